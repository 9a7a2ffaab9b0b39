# min/max with iterables, multiple args, key= and default=, and error messages.
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min((5,)))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([], default="empty"), min([], default=None), max([1], default=0))
print(max([(1, "b"), (1, "a"), (0, "z")]), min({3: "x", 1: "y"}), max({3: "x", 1: "y"}.values()))
print(max(1, 2, key=lambda x: -x), max([1, 3, 2, 3], key=lambda x: x % 3))
print(max([2, 2.0]), max([2.0, 2]), min([1, True]), min([True, 1]))
for call in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max([1, "a"]), lambda: max(1, 2, default=0)]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
