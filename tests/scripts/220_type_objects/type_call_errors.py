# Error messages for malformed type() calls.
tests = [
    lambda: type(),
    lambda: type(1, 2),
    lambda: type("A", (), {}, 4),
    lambda: type(1, (), {}),
    lambda: type("A", 5, {}),
    lambda: type("A", (), 3),
    lambda: type("A", (1,), {}),
    lambda: type("A", (bool,), {}),
    lambda: type("A", (int, str), {}),
]
for t in tests:
    try:
        r = t()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)
