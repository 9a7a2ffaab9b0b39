# Very deep chains are freed without overflowing the stack, by refcounting and by the
# collector, and every finalizer runs exactly once.
import gc

gc.disable()
gc.collect()
count = [0]

class Link:
    __slots__ = ("next",)

class Fin:
    __slots__ = ("next",)

    def __del__(self):
        count[0] += 1


N = 100000

head = None
for i in range(N):
    l = Link()
    l.next = head
    head = l
del l
head = None
print("deep slot chain freed by refcount")

nested = []
for i in range(N):
    nested = [nested]
nested = None
print("deep nested lists freed")

t = ()
for i in range(N):
    t = (t, i)
t = None
print("deep nested tuples freed")

d = {}
for i in range(N):
    d = {"d": d}
d = None
print("deep nested dicts freed")

head = None
for i in range(10000):
    f = Fin()
    f.next = head
    head = f
del f
head = None
print("finalizers run by refcount:", count[0])
count[0] = 0

print("-- deep chain closed into a cycle")
first = Fin()
cur = first
for i in range(9999):
    nxt = Fin()
    cur.next = nxt
    cur = nxt
cur.next = first
del first, cur, nxt
print("before collect:", count[0])
print("collected:", gc.collect(), "finalized:", count[0])
count[0] = 0

print("-- deep list cycle")
first = []
cur = first
for i in range(N):
    nxt = []
    cur.append(nxt)
    cur = nxt
cur.append(first)
del first, cur, nxt
print("collected:", gc.collect())

print("-- deep chain hanging off a cycle")
root = []
root.append(root)
cur = root
for i in range(N):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
del root, cur, nxt
print("collected:", gc.collect())
