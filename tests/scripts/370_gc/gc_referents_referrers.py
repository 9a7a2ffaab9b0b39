# gc.get_referents and gc.get_referrers on containers built by the test.
import gc

gc.disable()

def show(label, objs):
    print(label, sorted(repr(o) for o in objs))

show("list:", gc.get_referents([1, "two", None, 3.5]))
show("tuple:", gc.get_referents((1, ("x", "y"), "z")))
show("dict:", gc.get_referents({"a": 1, "b": "bee"}))
show("set:", gc.get_referents({10, 20, 30}))
show("frozenset:", gc.get_referents(frozenset(["p", "q"])))
show("nested list:", gc.get_referents([[1], [2, 3]]))
show("empty list:", gc.get_referents([]))
show("several args:", gc.get_referents([1], (2,), {"k": 3}))
show("no args:", gc.get_referents())
show("atoms have no referents:", gc.get_referents(1, "s", None, 2.5))

inner = ["inner"]
outer = [inner, inner]
refs = gc.get_referents(outer)
print("same object twice:", len(refs), all(r is inner for r in refs))

class Thing:
    def __repr__(self):
        return "Thing()"

t = Thing()
refs = gc.get_referents([t, t, 5])
print("instance referent:", [r is t for r in refs if not isinstance(r, int)])

print("-- get_referrers")
target = Thing()
mylist = [target]
mydict = {"key": target}
mytuple = (target, 1)
other = [1, 2]
refs = gc.get_referrers(target)
print("mylist:", any(r is mylist for r in refs))
print("mydict:", any(r is mydict for r in refs))
print("mytuple:", any(r is mytuple for r in refs))
print("other:", any(r is other for r in refs))

holder = Thing()
holder.attr = ["marker"]
refs = gc.get_referrers(holder.attr)
print("instance holding attr among referrers:",
      any(r is holder or r is getattr(holder, "__dict__", None) for r in refs))

mylist.remove(target)
refs = gc.get_referrers(target)
print("after remove, mylist:", any(r is mylist for r in refs))

def local_scope():
    obj = Thing()
    box = [obj]
    pair = {"o": obj}
    found = gc.get_referrers(obj)
    return [name for name, c in (("box", box), ("pair", pair)) if any(r is c for r in found)]

print("locals:", local_scope())

print("-- get_referrers with several objects")
a = Thing()
b = Thing()
la = [a]
lb = [b]
lab = [a, b]
refs = gc.get_referrers(a, b)
print([name for name, c in (("la", la), ("lb", lb), ("lab", lab)) if any(r is c for r in refs)])
print("lab reported once:", sum(1 for r in refs if r is lab))

print("-- untracked dicts are not reported")
key_holder = {"k": "value-string"}
print("dict tracked:", gc.is_tracked(key_holder))
s = "".join(["value", "-string2"])
d = {"k": s}
refs = gc.get_referrers(s)
print("untracked dict found:", any(r is d for r in refs))
l = [s]
refs = gc.get_referrers(s)
print("list found:", any(r is l for r in refs))
