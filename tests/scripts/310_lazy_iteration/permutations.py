# itertools.permutations in lexicographic order of positions.
from itertools import permutations

print(list(permutations([1, 2, 3])))
print(list(permutations("abc", 2)))
print(list(permutations("abcd", 1)))
print(list(permutations("ab", 0)))
print(list(permutations("ab", 3)))
print(list(permutations([])))
print(list(permutations("aab", 2)))
print(len(list(permutations(range(5)))), len(list(permutations(range(6), 3))))
print(list(permutations(range(3), r=None)))
print(["".join(p) for p in permutations("xyz")])


def src():
    for c in "ab":
        print("  src", c)
        yield c


p = permutations(src())
print("created")
print(list(p))

for args in [("abc", -1), ("abc", "2"), (5,), ()]:
    try:
        permutations(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# sorted input gives sorted output
print(list(permutations([1, 2, 3])) == sorted(permutations([1, 2, 3])))
print(list(permutations([3, 2, 1]))[:2])
