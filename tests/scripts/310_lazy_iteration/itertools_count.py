# itertools.count: infinite arithmetic progression.
from itertools import count, islice

c = count()
print(next(c), next(c), next(c))
print(repr(c))
print(list(islice(count(5), 3)))
print(list(islice(count(10, -3), 4)))
print(list(islice(count(1.5, 0.5), 4)))
print(repr(count(1.5, 0.5)), repr(count(0, 2)), repr(count(3, 1)), repr(count(-1)))
print(list(islice(count(start=2, step=5), 3)))
print(list(islice(count(2**64), 2)))
print(list(islice(count(0, 1j), 3)))

c = count(7)
next(c)
print(repr(c))
c = count(0, 0)
print(list(islice(c, 3)), repr(c))

for args in [("a",), (1, "b"), (None,)]:
    try:
        count(*args)
    except TypeError as e:
        print(type(e).__name__, e)

# zip with count numbers items lazily
print(list(zip(count(1), "abc")))
# count is an iterator
c = count()
print(iter(c) is c, type(c).__name__)
