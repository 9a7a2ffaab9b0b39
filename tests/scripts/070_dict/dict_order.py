# Insertion order is preserved across deletes and re-inserts; updates keep position.
d = {}
for k in "zyxwv":
    d[k] = ord(k)
print(list(d))
del d["x"]
d["x"] = 0
print(list(d))
d["z"] = -1
print(list(d.items())[:2])
d.pop("y")
d.setdefault("y", 5)
print(d)
e = dict.fromkeys([3, 1, 2])
print(list(e), list(sorted(e)))
print(list({**{"b": 1}, "a": 2, "b": 3}))
print(list(reversed({1: 0, 2: 0, 3: 0})))
