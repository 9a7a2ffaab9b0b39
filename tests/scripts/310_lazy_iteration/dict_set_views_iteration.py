# Iterating dict views: order, liveness, and set operations.
d = {"b": 2, "a": 1, "c": 3}
print(list(d), list(d.values()), list(d.items()))
k = d.keys()
v = d.values()
i = d.items()
d["d"] = 4
del d["b"]
print(list(k), list(v), list(i))
print(len(k), "a" in k, 4 in v, ("c", 3) in i)

# set-like operations on keys and items
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}))
print(sorted(i & {("a", 1), ("c", 0)}))

# re-inserting a key moves it to the end only after deletion
d = {"x": 1, "y": 2}
d["x"] = 10
print(list(d))
del d["x"]
d["x"] = 1
print(list(d))

# iterator over a view sees values updated in place
d = {"a": 1, "b": 2}
it = iter(d.values())
print(next(it))
d["b"] = 200
print(next(it))

# zip over keys and values stays aligned
d = {"one": 1, "two": 2, "three": 3}
print(all(d[key] == val for key, val in zip(d.keys(), d.values())))
print(dict(zip(d.values(), d.keys())))
print(list(reversed(d.keys())), list(reversed(d.values())))
print(list(enumerate(d.items(), 1)))
