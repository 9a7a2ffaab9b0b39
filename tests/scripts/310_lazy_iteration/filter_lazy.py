# filter() is lazy and accepts None as the predicate.
def is_even(x):
    print("  test", x)
    return x % 2 == 0


f = filter(is_even, range(6))
print("filter created", type(f).__name__)
print(next(f))
print(next(f))
print(list(f))

print(list(filter(None, [0, 1, "", "a", [], [0], None, False, True, 0.0])))


# the predicate result is judged by truthiness
class Weird:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("  __bool__", self.v)
        return self.v > 1


print(list(filter(lambda x: Weird(x), [1, 2, 3])))

# chained filters run interleaved
a = filter(lambda x: print("  f1", x) or x > 1, [1, 2, 3])
b = filter(lambda x: print("  f2", x) or x != 2, a)
print(list(b))

# errors
try:
    filter(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    filter(None, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    filter(None, [1], [2])
except TypeError as e:
    print(type(e).__name__, e)
f = filter(len, [[1], 5])
print(next(f))
try:
    next(f)
except TypeError as e:
    print(type(e).__name__, e)
print(list(f))

# filter over a generator consumes it
g = (x for x in range(5))
print(list(filter(lambda x: x > 2, g)), list(g))
