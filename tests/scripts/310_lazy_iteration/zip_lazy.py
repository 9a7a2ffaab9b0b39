# zip() is lazy and stops at the shortest iterable.
def src(name, items):
    for x in items:
        print("  ", name, "->", x)
        yield x


z = zip(src("a", [1, 2, 3]), src("b", "xy"))
print("zip created", type(z).__name__)
print(next(z))
print(list(z))
# the third item of "a" was pulled and then discarded

print(list(zip()))
print(list(zip([1, 2])))
print(list(zip(range(3), "abc", [True, False, None])))
print(dict(zip("abc", range(10))))

# zip pulls from the first iterable before noticing the second is empty
it = iter([1, 2, 3])
print(list(zip(it, [])))
print(list(it))
it = iter([1, 2, 3])
print(list(zip([], it)))
print(list(it))

# unzipping
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters)
print(list(zip(*zip(*pairs))))

# zip on the same iterator groups items
it = iter(range(7))
print(list(zip(it, it, it)))

try:
    zip(1, [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip([1], None)
except TypeError as e:
    print(type(e).__name__, e)

import itertools
print(list(zip(itertools.count(10), "abc")))
