# Cycles through lists and tuples survive refcounting and are found by gc.collect().
import gc
import weakref

gc.disable()
gc.collect()
log = []

class Sentinel:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


def collect(label):
    n = gc.collect()
    print(label, "collected", n, "finalized", sorted(log))
    log.clear()


print("-- nothing to collect")
collect("empty:")

print("-- self-referencing list")
l = []
l.append(l)
del l
collect("list self:")

print("-- list holding a sentinel and itself")
l = [Sentinel("in-list")]
l.append(l)
del l
print("after del, finalized", log)
collect("list+sentinel:")

print("-- two lists")
a = [Sentinel("a")]
b = [Sentinel("b"), a]
a.append(b)
del a
print("b still holds a:", len(b[1]))
collect("while reachable:")
del b
collect("two lists:")

print("-- tuple cycle through a list")
l = [Sentinel("tup")]
t = (l, 1, "x")
l.append(t)
del l, t
collect("tuple via list:")

print("-- tuple of tuples through a list")
l = []
t = ((l,),)
l.append(t)
del l, t
collect("nested tuples:")

print("-- weakref callback on a list member")
s = Sentinel("weak")
wr = weakref.ref(s, lambda r: print("callback, alive:", r() is not None))
l = [s, None]
l[1] = l
del s, l
print("weakref alive before collect:", wr() is not None)
collect("with weakref:")
print("weakref after collect:", wr())

print("-- long ring of lists")
first = [Sentinel("ring")]
cur = first
for i in range(9):
    nxt = []
    cur.append(nxt)
    cur = nxt
cur.append(first)
del first, cur, nxt
collect("ring of 10 lists:")
collect("again:")
