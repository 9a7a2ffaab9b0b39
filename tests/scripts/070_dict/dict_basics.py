# Dict creation forms, lookup, assignment, deletion, len, membership, insertion order.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), d["a"], "a" in d, "z" not in d, 2 in d)
print(dict(), dict(x=1, y=2), dict([("k", "v"), ("k2", "v2")]), dict({"a": 1}, b=2), dict(zip("ab", [1, 2])))
del d["a"]
print(d, list(d))
d["a"] = 100
print(d)
print({1: "int", "1": "str", (1,): "tuple", None: "none", 1.5: "float"})
print({"x": 1, "x": 2})
e = {}
e[0] = e.get(0, 0) + 1
print(e, bool(e), bool({}))
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 1.0})
