# Starred expressions in list/tuple/set/dict displays and in calls.
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, 0), {*a, *b, 1}, [*"hi", *range(2)])
d1 = {"x": 1}
d2 = {"y": 2, "x": 0}
print({**d1, **d2}, {**d2, **d1}, {"z": 3, **d1})
print(*a, *b, sep=",")
def f(*args, **kw):
    return args, kw
print(f(*a, 5, *b, k=1, **d1))
t = *a, *b
print(t, type(t).__name__)
nested = [*[*a, *a], *[]]
print(nested)
print([*{1: "a", 2: "b"}], [*{"k": 1}.values()])
