# Cycles through instance attributes, with and without a materialized __dict__:
# gc.collect() counts, get_referents order, and __del__ order when an instance goes.
import gc

gc.disable()
gc.collect()


class Node:
    pass


a = Node()
a.me = a
a.x = [1]
del a
print("inline:", gc.collect())

b = Node()
b.me = b
b.__dict__
del b
print("materialized:", gc.collect())

c = Node()
c.other = Node()
c.other.back = c
del c
print("pair:", gc.collect())

n = Node()
n.first = "f"
n.second = [2]
n.third = 3
print([type(r).__name__ for r in gc.get_referents(n)])
vars(n)
print([type(r).__name__ for r in gc.get_referents(n)])
print(gc.is_tracked(n))

events = []


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        events.append(self.name)


h = Node()
h.z = Noisy("z")
h.a = Noisy("a")
h.m = Noisy("m")
del h
print(events)
events.clear()

h = Node()
h.one = Noisy("one")
h.two = Noisy("two")
h.self = h
del h
gc.collect()
print(sorted(events))
events.clear()


class Reentrant:
    def __init__(self, owner):
        self.owner = owner

    def __del__(self):
        self.owner.seen = getattr(self.owner, "slot", None)
        events.append("reentrant del")


o = Node()
o.slot = Reentrant(o)
o.slot = "replaced"
print(events, o.seen)
