# itertools.tee: independent iterators over one source.
from itertools import tee, islice


def src():
    for i in range(4):
        print("  src", i)
        yield i


a, b = tee(src())
print("created", type(a).__name__)
print(next(a), next(a))
print(next(b))
print(list(a))
print(list(b))

# n copies
copies = tee("xyz", 3)
print(type(copies).__name__, len(copies))
print([list(c) for c in copies])
print(tee([1], 0))
print(len(tee([1])))

# each copy advances independently
x, y, z = tee(iter(range(5)), 3)
print(next(x), next(x), next(x))
print(list(y))
print(next(z), list(x), list(z))

# the source shouldn't be used directly after tee: those items are lost to the tees
it = iter(range(6))
p, q = tee(it)
print(next(p))
print(next(it))
print(list(p), list(q))

# teeing a tee
a, b = tee(range(3))
c, d = tee(a)
print(list(c), list(d), list(b))

# tee objects can be copied
import copy
t1, _ = tee(range(4))
next(t1)
t2 = copy.copy(t1)
print(list(t1), list(t2))

try:
    tee([1], -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    tee(5)
except TypeError as e:
    print(type(e).__name__, e)

# pairwise via tee
def pairs(iterable):
    a, b = tee(iterable)
    next(b, None)
    return zip(a, b)


print(list(pairs("abcd")))
print(list(islice(tee(iter(int, 1))[0], 3)))
