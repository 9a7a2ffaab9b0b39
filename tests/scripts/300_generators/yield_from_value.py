# The value of a yield from expression is the sub-generator's return value.
def ret(v):
    if False:
        yield
    return v


def collect():
    a = yield from ret(1)
    b = yield from ret("two")
    c = yield from ret(None)
    d = yield from []
    print("  values:", a, b, c, d)
    yield a, b, c, d


print(list(collect()))


def averager():
    total = 0
    n = 0
    while True:
        x = yield
        if x is None:
            break
        total += x
        n += 1
    return total / n if n else None


def grouper(results, key):
    while True:
        results[key] = yield from averager()
        print("  stored", key, results[key])


results = {}
for key, values in [("a", [1, 2, 3]), ("b", [10, 20])]:
    g = grouper(results, key)
    next(g)
    for v in values:
        g.send(v)
    g.send(None)
print(results)


# yield from used as an expression inside other expressions
def expr():
    x = (yield from ret(3)) + (yield from ret(4))
    yield x


print(list(expr()))


# A StopIteration raised by a custom iterator carries the value
class It:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration("iterator value")


def use_it():
    v = yield from It()
    yield v


print(list(use_it()))


# The value of yield from when the inner returns a generator's StopIteration.value
def inner_tuple():
    yield "i"
    return (1, [2])


def outer():
    v = yield from inner_tuple()
    yield type(v).__name__
    yield v


print(list(outer()))
