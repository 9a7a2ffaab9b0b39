# What gc.collect() counts: tracked objects only. Dicts holding only atoms and tuples
# already untracked by an earlier collection are not counted; fresh tuples are.
import gc

gc.disable()
gc.collect()   # also untracks the atom-only constant tuples of this module

class Node:
    pass

class Slotted:
    __slots__ = ("me", "extra")


def check(label, setup):
    n = Node()
    n.me = n
    setup(n)
    del n
    print(label, gc.collect())


check("bare instance:", lambda n: None)
check("str/int/float/None attrs:", lambda n: n.__setattr__("s", "text") or n.__setattr__("i", 10 ** 20) or n.__setattr__("f", 1.5) or n.__setattr__("z", None))
check("dict of atoms:", lambda n: n.__setattr__("d", {"x": 1, "y": "two"}))
check("empty dict:", lambda n: n.__setattr__("d", {}))
check("dict holding a list:", lambda n: n.__setattr__("d", {"x": []}))
check("dict holding an empty tuple:", lambda n: n.__setattr__("d", {"x": ()}))
check("list of atoms:", lambda n: n.__setattr__("l", [1, 2, 3]))
check("two lists:", lambda n: n.__setattr__("l", [[1], [2]]))
check("constant tuple:", lambda n: n.__setattr__("t", (1, 2)))
check("fresh atom tuple:", lambda n: n.__setattr__("t", tuple([1, 2])))
check("fresh tuple holding a list:", lambda n: n.__setattr__("t", tuple([[1]])))
check("set of atoms:", lambda n: n.__setattr__("s", {1, 2}))
check("frozenset of atoms:", lambda n: n.__setattr__("f", frozenset([1, 2])))
check("bytes and range:", lambda n: n.__setattr__("b", b"xy") or n.__setattr__("r", range(3)))
check("second instance:", lambda n: n.__setattr__("other", Node()))
check("materialised __dict__:", lambda n: n.__dict__)
check("vars():", lambda n: vars(n))

s = Slotted()
s.me = s
del s
print("slotted:", gc.collect())
s = Slotted()
s.me = s
s.extra = {"k": 1}
del s
print("slotted + atom dict:", gc.collect())

print("-- a tuple that survives a collection is untracked, and no longer counted")
keep = tuple(["a", "b"])
gc.collect()
n = Node()
n.me = n
n.t = keep
del keep, n
print("untracked tuple in garbage:", gc.collect())

print("-- a dict untracked by a full collection is no longer counted")
d = {"x": []}
d.pop("x")
gc.collect()
n = Node()
n.me = n
n.d = d
del d, n
print("untracked dict in garbage:", gc.collect())
