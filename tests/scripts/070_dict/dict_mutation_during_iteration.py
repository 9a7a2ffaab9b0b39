# Mutating a dict during iteration raises RuntimeError; modifying values is fine.
d = {"a": 1, "b": 2, "c": 3}
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(d))
d = {"a": 1, "b": 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {"a": 1, "b": 2}
for k in d:
    d[k] *= 10
print(d)
for k in list(d):
    if k == "a":
        del d[k]
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 100)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1}
try:
    for v in d.values():
        d.pop(1)
except RuntimeError as e:
    print(type(e).__name__, e)
