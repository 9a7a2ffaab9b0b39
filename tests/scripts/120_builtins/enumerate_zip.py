# enumerate with start, zip with uneven lengths and strict=, unzipping with zip(*).
print(list(enumerate("abc")), list(enumerate("abc", start=10)), list(enumerate([], 5)))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "done"))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip("ab", "cd", "ef")))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, lets = zip(*pairs)
print(nums, lets)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1, 2], [3, 4], strict=True)), type(zip()).__name__, type(enumerate([])).__name__)
print(dict(enumerate("xy")), dict(zip("ab", range(2))))
