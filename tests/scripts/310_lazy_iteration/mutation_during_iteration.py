# Mutating containers while iterating over them.
d = {"a": 1, "b": 2}
try:
    for k in d:
        d["new_" + k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(d))

d = {"a": 1, "b": 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)

# modifying values is fine
d = {"a": 1, "b": 2}
for k in d:
    d[k] *= 10
print(d)

# iterating over a copy of the keys allows deletion
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)

# dict views are live
d = {"x": 1}
keys = d.keys()
d["y"] = 2
print(list(keys), len(keys))

s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)

# lists allow mutation; the iterator uses an index
lst = [1, 2, 3, 4]
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print(lst)

lst = [1, 2]
out = []
for x in lst:
    out.append(x)
    if len(lst) < 5:
        lst.append(x * 10)
print(out)

# changing keys without changing size
d = {1: "a", 2: "b"}
try:
    for k in d:
        del d[k]
        d[k + 100] = "moved"
except RuntimeError as e:
    print(type(e).__name__, e)

# items() iteration with a view
d = {"a": 1}
it = iter(d.items())
d["b"] = 2
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
