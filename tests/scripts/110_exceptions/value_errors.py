# ValueError messages from conversions, unpacking, and container methods.
ops = [
    lambda: int("x"), lambda: int("12a", 16), lambda: float("1.2.3"), lambda: [1].remove(5),
    lambda: "abc".index("d"), lambda: (1, 2).index(3), lambda: range(3).index(7),
    lambda: "a b".split(""), lambda: chr(-5), lambda: int("9" * 5000),
    lambda: bytes.fromhex("x"), lambda: list(range(2)).index(9), lambda: "{0:d}".format("s"),
    lambda: max([]), lambda: min([], key=len), lambda: "x".center(3, ""),
]
for op in ops:
    try:
        print(op())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = "xy"
except ValueError as e:
    print(type(e).__name__, e)
