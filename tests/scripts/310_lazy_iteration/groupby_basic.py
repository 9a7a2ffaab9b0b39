# itertools.groupby groups consecutive items with equal keys.
from itertools import groupby

print([(k, list(g)) for k, g in groupby("aaabbcaa")])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
print([(k, list(g)) for k, g in groupby([])])

words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for k, g in groupby(words, key=lambda w: w[0]):
    print(k, list(g))

# sort first to group all equal keys
for k, g in groupby(sorted(words, key=len), key=len):
    print(k, list(g))

# key=None means identity
print([k for k, _ in groupby([1, 1, 2], None)])

# equality, not identity, decides grouping
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2, 2.0])])


def keyfn(x):
    print("  key", x)
    return x // 10


gb = groupby([1, 5, 12, 18, 31], keyfn)
print("created")
k, g = next(gb)
print("first key", k)
print(list(g))
print([(k, list(g)) for k, g in gb])

# run-length encoding
s = "WWWWBBBWWCCCCCD"
print("".join(f"{len(list(g))}{k}" for k, g in groupby(s)))

# group objects are iterators
k, g = next(groupby("xx"))
print(type(g).__name__, iter(g) is g, type(groupby("")).__name__)

try:
    groupby(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(groupby([1, "a"], key=lambda x: x + 1))
except TypeError as e:
    print(type(e).__name__, e)
