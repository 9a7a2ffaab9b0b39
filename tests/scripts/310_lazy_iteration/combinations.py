# itertools.combinations and combinations_with_replacement.
from itertools import combinations, combinations_with_replacement as cwr

print(list(combinations("abcd", 2)))
print(list(combinations(range(4), 3)))
print(list(combinations("abc", 0)))
print(list(combinations("abc", 4)))
print(list(combinations([], 0)), list(combinations([], 1)))
print(list(combinations("aab", 2)))
print(len(list(combinations(range(10), 4))))

print(list(cwr("abc", 2)))
print(list(cwr([1, 2], 3)))
print(list(cwr("ab", 0)))
print(list(cwr([], 2)), list(cwr([], 0)))
print(list(cwr("a", 4)))
print(len(list(cwr(range(5), 3))))

for fn in [combinations, cwr]:
    for args in [("abc",), ("abc", -1), ("abc", 1.0), (3, 1)]:
        try:
            fn(*args)
        except (TypeError, ValueError) as e:
            print(fn.__name__, type(e).__name__, e)


def src():
    for c in "xyz":
        print("  src", c)
        yield c


c = combinations(src(), 2)
print("created")
print(next(c))
print(list(c))

# subset sums
nums = [3, 5, 8, 13]
print([c for r in range(len(nums) + 1) for c in combinations(nums, r) if sum(c) == 16])
print(list(combinations("abc", r=2)))
