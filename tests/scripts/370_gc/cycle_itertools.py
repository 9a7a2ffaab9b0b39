# itertools objects (cycle, chain, tee, ...) over lists that contain them. How many
# internal objects an itertools object owns is an implementation detail, so this prints
# finalizer evidence and a lower bound only.
import gc
import itertools
import weakref

gc.disable()
gc.collect()
log = []

class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


def collect(label, at_least):
    n = gc.collect()
    print(label, "collected >= %d:" % at_least, n >= at_least, "finalized", sorted(log))
    log.clear()


print("-- itertools.cycle")
l = [Tracked("cycle")]
c = itertools.cycle(l)
l.append(c)
print(next(c).name, next(c) is c, next(c).name)
del l, c
collect("cycle:", 2)

print("-- itertools.chain")
l = [Tracked("chain")]
c = itertools.chain(l, [1])
l.append(c)
print(next(c).name)
del l, c
collect("chain:", 3)

print("-- itertools.chain.from_iterable")
l = [Tracked("from_iterable")]
c = itertools.chain.from_iterable([l])
l.append(c)
del l, c
collect("from_iterable:", 3)

print("-- itertools.tee")
l = [Tracked("tee")]
a, b = itertools.tee(l)
l.append(a)
l.append(b)
print(next(a).name)
del l, a, b
collect("tee:", 4)

print("-- tee iterator stored in its own source")
l = [Tracked("tee-late"), 1, 2]
a, b = itertools.tee(iter(l))
print(next(a).name, next(a), next(b).name)
l.append(a)
del l, a, b
collect("tee late:", 3)

print("-- itertools.islice / count / repeat / accumulate")
l = [Tracked("islice")]
s = itertools.islice(l, 5)
l.append(s)
del l, s
collect("islice:", 3)
t = Tracked("repeat")
r = itertools.repeat(t)
t.r = r
del t, r
collect("repeat:", 2)
l = [Tracked("zip_longest")]
z = itertools.zip_longest(l, l)
l.append(z)
del l, z
collect("zip_longest:", 3)
l = [Tracked("groupby")]
g = itertools.groupby(l)
l.append(g)
del l, g
collect("groupby:", 3)

print("-- weakref to a cycle member")
l = [Tracked("weak")]
c = itertools.cycle(l)
l.append(c)
w = weakref.ref(l[0])
del l, c
print("alive before:", w() is not None)
collect("cycle weak:", 3)
print("alive after:", w() is not None)
