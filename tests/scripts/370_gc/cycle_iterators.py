# Built-in iterators over containers that contain the iterator.
import gc

gc.disable()
gc.collect()
log = []

class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


def collect(label):
    n = gc.collect()
    print(label, "collected", n, "finalized", sorted(log))
    log.clear()


print("-- list iterator inside its list")
l = [Tracked("list-it")]
it = iter(l)
l.append(it)
print(next(it).name)
del l, it
collect("list iterator:")

print("-- exhausted list iterator drops the list")
l = [Tracked("exhausted")]
it = iter(l)
l.append(it)
print(len(list(it)))
del l, it
print("freed by refcount:", log)
log.clear()
collect("exhausted:")

print("-- reversed list iterator")
l = [Tracked("reversed")]
it = reversed(l)
l.append(it)
del l, it
collect("reversed:")

print("-- tuple iterator through a list")
l = [Tracked("tuple-it")]
t = (l,)
it = iter(t)
l.append(it)
del l, t, it
collect("tuple iterator:")

print("-- dict iterators stored in the dict")
d = {"t": Tracked("dict-keys")}
d["it"] = iter(d)
del d
collect("dict keys iterator:")
d = {"t": Tracked("dict-values")}
d["it"] = iter(d.values())
del d
collect("dict values iterator:")

print("-- dict views stored in the dict")
d = {"t": Tracked("view")}
d["view"] = d.keys()
del d
collect("dict view:")

print("-- set iterator stored on a member")
class Member(Tracked):
    def __hash__(self):
        return 1

m = Member("set-it")
s = {m}
m.it = iter(s)
del m, s
collect("set iterator:")

print("-- composite iterators (they may own internal helper objects: lower bounds only)")
def collect_min(label, at_least):
    n = gc.collect()
    print(label, "collected >= %d:" % at_least, n >= at_least, "finalized", sorted(log))
    log.clear()

d = {"t": Tracked("dict-items")}
d["it"] = iter(d.items())
del d
collect_min("dict items iterator:", 3)
l = [Tracked("enumerate")]
e = enumerate(l)
l.append(e)
del l, e
collect_min("enumerate:", 3)
l = [Tracked("zip")]
z = zip(l, l)
l.append(z)
del l, z
collect_min("zip:", 3)
l = [Tracked("map")]
m = map(str, l)
l.append(m)
del l, m
collect_min("map:", 3)
l = [Tracked("filter")]
f = filter(None, l)
l.append(f)
del l, f
collect_min("filter:", 3)
