# next() with and without a default.
it = iter([1, 2])
print(next(it))
print(next(it, "d"))
print(next(it, "d"))
print(next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args)

# the default is returned as-is, and any value works
sentinel = object()
print(next(iter([]), sentinel) is sentinel)
print(next(iter(()), [1, 2]))

# errors
for bad in [[1, 2], "ab", 5, None]:
    try:
        next(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    next()
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(iter([]), 1, 2)
except TypeError as e:
    print(type(e).__name__, e)


# next on a custom iterator
class It:
    def __next__(self):
        return "custom"


print(next(It()))


# non-StopIteration exceptions are not swallowed by the default
class Bad:
    def __next__(self):
        raise ValueError("bad next")


try:
    next(Bad(), "default")
except ValueError as e:
    print(type(e).__name__, e)


# a StopIteration with a value is swallowed by the default
def gen():
    yield 1
    return "ret"


g = gen()
print(next(g, "x"), next(g, "y"), next(g, "z"))

# first matching element idiom
data = [3, 8, 12, 5]
print(next((x for x in data if x > 10), None))
print(next((x for x in data if x > 100), None))
print(next(filter(str.isupper, "abCdE"), ""))
