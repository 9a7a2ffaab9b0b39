# map with multiple iterables, filter with None, any/all short-circuit and lazy evaluation.
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(len, ["", "ab"])))
print(list(filter(None, [0, 1, "", "x", [], [0], None])), list(filter(lambda x: x > 1, [0, 1, 2, 3])))
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any(x > 2 for x in [1, 5]), all(x for x in [1, 0]))
seen = []
def check(x):
    seen.append(x)
    return x > 1
print(any(check(x) for x in [0, 1, 2, 3, 4]), seen)
seen.clear()
print(all(check(x) for x in [5, 4, 1, 9]), seen)
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__)
