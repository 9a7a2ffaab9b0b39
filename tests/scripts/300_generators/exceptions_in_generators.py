# An exception raised in a generator body propagates to the caller and finishes the generator.
def gen():
    yield 1
    raise ValueError("mid-iteration")
    yield 2


g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
print(next(g, "finished"))

# for loop propagation
collected = []
try:
    for x in gen():
        collected.append(x)
except ValueError as e:
    print("loop stopped by", e, "after", collected)


def safe(it):
    try:
        yield from it
    except ValueError as e:
        print("  safe caught", e)
        yield "fallback"


print(list(safe(gen())))


def divide(xs):
    for x in xs:
        try:
            yield 10 / x
        except ZeroDivisionError:
            yield "inf"


print(list(divide([1, 0, 5])))


# The exception is raised at the next() that resumes the failing code
def lazy_fail():
    print("  before failure")
    yield "ok"
    print("  failing now")
    {}["missing"]


g = lazy_fail()
print("created")
print(next(g))
try:
    next(g)
except KeyError as e:
    print(type(e).__name__, e)


# Exception inside a generator expression
ge = (1 // x for x in [1, 0, 2])
print(next(ge))
try:
    next(ge)
except ZeroDivisionError as e:
    print("genexpr:", e)
print(list(ge))


# Exceptions in a finally during an exception chain
def chained():
    try:
        yield 1
        raise KeyError("first")
    finally:
        print("  finally during exception")


g = chained()
next(g)
try:
    next(g)
except KeyError as e:
    print("KeyError", e)
