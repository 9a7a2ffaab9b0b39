# Nested unpacking targets in assignment and for loops, including attribute and subscript targets.
(a, b), c = (1, 2), 3
print(a, b, c)
[a, [b, c]] = [10, [20, 30]]
print(a, b, c)
data = [("alice", (30, "NYC")), ("bob", (25, "LA"))]
for name, (age, city) in data:
    print(name, age, city)
lst = [0, 0, 0]
lst[0], lst[2] = "first", "third"
print(lst)
class O:
    pass
o = O()
o.x, o.y = 5, 6
print(o.x, o.y)
d = {}
d["a"], d["b"] = [1, 2]
print(d)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
((p, q), (r, s)) = ["ab", "cd"]
print(p, q, r, s)
