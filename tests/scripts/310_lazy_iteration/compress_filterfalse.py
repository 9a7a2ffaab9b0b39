# itertools.compress and itertools.filterfalse.
from itertools import compress, filterfalse, count, cycle, islice

print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(compress("abcdef", [True, False])))
print(list(compress("ab", [1, 1, 1, 1])))
print(list(compress(range(10), cycle([0, 0, 1]))))
print(list(compress(count(), [0, 1, 0, 1])))
print(list(compress([], [])))
print(list(compress("abc", ["", "x", [0]])))
print(list(compress(data="xyz", selectors=[0, 1, 1])))


def sel():
    for s in [1, 0, 1]:
        print("  selector", s)
        yield s


c = compress("abc", sel())
print("created", type(c).__name__)
print(list(c))

try:
    compress("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    compress("a", 1)
except TypeError as e:
    print(type(e).__name__, e)

print(list(filterfalse(lambda x: x % 3, range(10))))
print(list(filterfalse(None, [0, 1, "", "a", None, [], [1]])))
print(list(islice(filterfalse(lambda x: x % 2, count()), 4)))


def pred(x):
    print("  pred", x)
    return x > 1


ff = filterfalse(pred, [1, 2, 0])
print("created", type(ff).__name__)
print(next(ff))
print(list(ff))

try:
    filterfalse(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(filterfalse(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)

# partition with tee + filter / filterfalse
from itertools import tee
a, b = tee(range(8))
print(list(filterfalse(lambda x: x % 2, a)), list(filter(lambda x: x % 2, b)))
