# map() is lazy: the function runs only when items are requested.
def loud(x):
    print("  loud", x)
    return x * 10


m = map(loud, [1, 2, 3])
print("map created", type(m).__name__)
print(next(m))
print("between")
print(list(m))
print(list(m))

# multiple iterables: stops at the shortest
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(map(pow, [2, 3, 4], [5, 2])))
print(list(map(lambda *a: a, "ab", "xyz", [1, 2, 3])))


def src(name, n):
    for i in range(n):
        print("  ", name, "yields", i)
        yield i


# the shorter iterable is detected only when pulled
print(list(map(lambda a, b: (a, b), src("A", 3), src("B", 2))))

# map over an infinite iterator is fine as long as we stop
import itertools
print(list(itertools.islice(map(str, itertools.count()), 4)))

# errors
for args in [(), (len,)]:
    try:
        map(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    map(len, 5)
except TypeError as e:
    print(type(e).__name__, e)
m = map(5, [1])
print("map with non-callable created")
try:
    next(m)
except TypeError as e:
    print(type(e).__name__, e)

# an exception from the function propagates and the map keeps going afterwards
m = map(lambda x: 1 / x, [1, 0, 2])
print(next(m))
try:
    next(m)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(next(m))
print(iter(m) is m)
