# keys/values/items views: dynamic, set operations on keys/items, reversed, len, repr.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
print(list(k), list(v), list(it), len(k))
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(("a", 1) in it, ("a", 2) in it, 4 in v, "a" in k)
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items()))[0])
print(k == {"a", "b", "c", "d"}, sorted(it - {("a", 1)}))
print(k.isdisjoint({"x"}), type(k).__name__, type(v).__name__, type(it).__name__)
for key, val in d.items():
    print(key, val, end="; ")
print()
print(d.values() == d.values())
