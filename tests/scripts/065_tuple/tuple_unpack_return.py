# Tuples as multiple return values, swapping, and iteration with unpacking.
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([3, 9, 1, 7])
print(lo, hi, minmax("hello"))
a, b = 1, 2
a, b = b, a
print(a, b)
points = [(1, 2), (3, 4), (5, 6)]
for x, y in points:
    print(x * y, end=" ")
print()
print(sum(x for x, _ in points), [y for _, y in points])
def divmod_like(a, b):
    return a // b, a % b
print(divmod_like(17, 5), divmod_like(-17, 5) == divmod(-17, 5))
t = tuple(sorted({3: "c", 1: "a"}.items()))
print(t)
