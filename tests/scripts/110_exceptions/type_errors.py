# TypeError messages for bad operand types and unsupported operations.
NONE = None
ops = [
    lambda: 1 + "a", lambda: "a" + 1, lambda: 1 + None, lambda: None + None, lambda: [1] - [1],
    lambda: {} + {}, lambda: 2 ** "x", lambda: "x" ** 2, lambda: 1 < None, lambda: None > None,
    lambda: 1 @ 2, lambda: [] * [], lambda: 3 / "1", lambda: 3 // [], lambda: 5 & 1.0, lambda: 1 << 1.0,
    lambda: "%d" % [], lambda: abs("x"), lambda: len(None), lambda: sum(["a", "b"]),
    lambda: sum([[1]], []) and sum("ab", ""), lambda: int([]), lambda: [1, 2][NONE],
    lambda: {}[[]], lambda: -[], lambda: +"s", lambda: ~"s", lambda: (1, 2) + [3],
]
for op in ops:
    try:
        print(op())
    except TypeError as e:
        print(type(e).__name__, e)
