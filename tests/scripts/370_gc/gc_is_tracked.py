# gc.is_tracked: atoms are never tracked; dicts and tuples are tracked lazily.
import gc

gc.disable()

class Plain:
    pass

class Slotted:
    __slots__ = ("a",)

def func():
    pass

print("int:", gc.is_tracked(1))
print("big int:", gc.is_tracked(10 ** 40))
print("float:", gc.is_tracked(1.5))
print("str:", gc.is_tracked("abc"))
print("bytes:", gc.is_tracked(b"abc"))
print("None:", gc.is_tracked(None))
print("bool:", gc.is_tracked(True))
print("list:", gc.is_tracked([]))
print("list of ints:", gc.is_tracked([1, 2]))
print("empty dict:", gc.is_tracked({}))
print("dict of atoms:", gc.is_tracked({"a": 1}))
print("dict with list:", gc.is_tracked({"a": []}))
print("dict with a fresh tuple key:", gc.is_tracked({tuple([1, 2]): 1}))
print("set:", gc.is_tracked(set()))
print("frozenset:", gc.is_tracked(frozenset()))
print("instance:", gc.is_tracked(Plain()))
print("slotted instance:", gc.is_tracked(Slotted()))
print("function:", gc.is_tracked(func))
print("lambda:", gc.is_tracked(lambda: 0))
print("class:", gc.is_tracked(Plain))
print("module:", gc.is_tracked(gc))
print("type:", gc.is_tracked(int))
print("range:", gc.is_tracked(range(3)))
print("generator:", gc.is_tracked(x for x in []))
print("bound method:", gc.is_tracked(Plain().__init__))
print("builtin function:", gc.is_tracked(len))
print("exception:", gc.is_tracked(ValueError()))

print("-- dicts become tracked when they first hold a container")
d = {}
print("empty:", gc.is_tracked(d))
d["x"] = 1
print("atom value:", gc.is_tracked(d))
d["y"] = []
print("list value:", gc.is_tracked(d))
del d["y"]
print("list removed (still tracked):", gc.is_tracked(d))
gc.collect()
print("after full collection:", gc.is_tracked(d))
d.update({"z": (1, [])})
print("update with tuple holding list:", gc.is_tracked(d))
d2 = dict(a=1, b="s")
print("dict(a=1):", gc.is_tracked(d2))
d3 = dict.fromkeys(["a", "b"], [])
print("fromkeys with list:", gc.is_tracked(d3))
d4 = {"k": {}}
print("dict holding empty dict:", gc.is_tracked(d4))
d5 = d4.copy()
print("copy:", gc.is_tracked(d5))
d6 = {"a": 1}.copy()
print("copy of atoms:", gc.is_tracked(d6))
d7 = {}
d7.setdefault("k", [])
print("setdefault list:", gc.is_tracked(d7))

print("-- tuples are untracked by a collection when they hold only atoms")
t = tuple([1, "a", None])
print("new atom tuple:", gc.is_tracked(t))
gc.collect()
print("after collection:", gc.is_tracked(t))
t2 = tuple([1, []])
gc.collect()
print("tuple holding a list after collection:", gc.is_tracked(t2))
t3 = (t, t)
gc.collect()
print("tuple of untracked tuples after collection:", gc.is_tracked(t3))
print("empty tuple:", gc.is_tracked(()))
print("tuple with list:", gc.is_tracked(([],)))
