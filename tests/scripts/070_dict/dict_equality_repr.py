# Dict equality ignores order; repr of nested and recursive dicts; dict(**) keyword restrictions.
a = {"x": [1, 2], "y": {"z": None}}
b = {"y": {"z": None}, "x": [1, 2]}
print(a == b, a is b, repr(a))
print({1: 1} == {1.0: 1.0}, {} == dict(), {"a": 1} == {"a": 1, "b": 2})
r = {}
r["me"] = r
print(r)
print(dict(**{"k": 1}), {"a": "'quote'", "b": '"dq"'})
try:
    dict(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
