# Cycles through instance attributes, __slots__ and materialised __dict__.
import gc
import weakref

gc.disable()
gc.collect()
log = []

class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


class Plain:
    pass


class Slotted:
    __slots__ = ("name", "other", "__weakref__")

    def __del__(self):
        log.append(self.name)


class SlottedNoDel:
    __slots__ = ("other",)


def collect(label):
    n = gc.collect()
    print(label, "collected", n, "finalized", sorted(log))
    log.clear()


print("-- self reference")
n = Node("self")
n.me = n
del n
collect("self:")

print("-- pair")
a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a
print("b alive, finalized so far:", log)
del b
collect("pair:")

print("-- triangle plus a dangling child")
x, y, z = Node("x"), Node("y"), Node("z")
x.next, y.next, z.next = y, z, x
z.child = Node("child")
del x, y, z
collect("triangle:")

print("-- instances without __del__")
p = Plain()
q = Plain()
p.q, q.p = q, p
wp = weakref.ref(p, lambda r: print("callback for p"))
del p, q
collect("plain pair:")
print("weakref dead:", wp() is None)

print("-- __slots__ instances")
s = Slotted()
s.name = "slot-self"
s.other = s
del s
collect("slots self:")
s1 = Slotted()
s2 = Slotted()
s1.name, s2.name = "s1", "s2"
s1.other, s2.other = s2, s1
del s1, s2
collect("slots pair:")
t = SlottedNoDel()
t.other = [t]
del t
collect("slots+list:")

print("-- slot instance and dict instance")
s = Slotted()
s.name = "mixed-slot"
n = Node("mixed-dict")
s.other = n
n.other = s
del s, n
collect("mixed:")

print("-- attribute cycle reachable from a global survives")
keep = Node("kept")
keep.me = keep
collect("reachable:")
del keep
collect("unreachable:")
