# object.__new__ misuse: non-type argument, non-subtype, and builtin-type restrictions.
class A: pass
tests = [
    lambda: object.__new__(1),
    lambda: object.__new__(int),
    lambda: int.__new__(A),
    lambda: A.__new__(A),
    lambda: list.__new__(list),
    lambda: object.__new__(),
    lambda: int.__new__(bool, 1),
]
for t in tests:
    try:
        r = t()
        print("ok", type(r).__name__)
    except TypeError as e:
        print(type(e).__name__, e)
