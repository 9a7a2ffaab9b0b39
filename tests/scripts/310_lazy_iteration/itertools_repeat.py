# itertools.repeat: the same object, forever or n times.
from itertools import repeat, islice
import operator

r = repeat("x", 3)
print(repr(r))
print(list(r), list(r))
print(repr(r))
print(list(islice(repeat(7), 4)))
print(repr(repeat(7)))
print(list(repeat(1, 0)), list(repeat(1, -5)))
print(repr(repeat(1, -5)))
print(list(repeat(None, times=2)))

# it's the very same object each time
obj = []
a, b = repeat(obj, 2)
print(a is b is obj)

r = repeat("y", 5)
print(operator.length_hint(r))
next(r)
print(operator.length_hint(r))
print(operator.length_hint(repeat(0)) if False else "infinite has no length")
try:
    len(repeat(1, 2))
except TypeError as e:
    print(type(e).__name__, e)

for args in [(), (1, "2"), (1, 2.0)]:
    try:
        repeat(*args)
    except TypeError as e:
        print(type(e).__name__, e)

# common use: constant stream for map/zip
print(list(map(pow, range(5), repeat(2))))
print(list(zip("abc", repeat(0))))
