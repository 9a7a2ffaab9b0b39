# Unpacking sequences and mappings into calls; multiple * and ** unpackings; duplicate keywords.
def f(a, b, c=0, d=0):
    return (a, b, c, d)
args = [1, 2]
kw = {"c": 3, "d": 4}
print(f(*args), f(*args, **kw), f(*"xy"), f(*range(4)), f(1, *[2], **{"d": 9}))
print(f(*[1], *[2], **{"c": 1}, **{"d": 2}))
print(f(**{"a": "A", "b": "B"}))
try:
    f(1, 2, **{"a": 5})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*[1, 2, 3, 4, 5])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, **{"b": 2}, **{"b": 3})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
print(max(*[3, 9, 2]), print(*[], sep=","))
