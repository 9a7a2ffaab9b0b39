# yield from forwards throw() to the sub-generator.
def inner():
    while True:
        try:
            yield "inner waiting"
        except ValueError as e:
            print("  inner handled", e)
            yield "inner recovered"


def outer():
    try:
        yield from inner()
    except KeyError as e:
        print("  outer handled", repr(e))
        yield "outer recovered"


g = outer()
print(next(g))
print(g.throw(ValueError("v")))
print(next(g))
# KeyError is not handled by inner: it propagates out of inner into outer
print(g.throw(KeyError("k")))
print(next(g, "done"))


# If inner returns in response to throw, outer continues after yield from
def inner_returns():
    try:
        yield 1
    except ValueError:
        return "inner stopped"


def outer2():
    r = yield from inner_returns()
    print("  outer2 resumed with", r)
    yield "after"


g = outer2()
next(g)
print(g.throw(ValueError))


# Exception escaping both
g = outer2()
next(g)
try:
    g.throw(IndexError("nobody"))
except IndexError as e:
    print("escaped:", type(e).__name__, e)
print(next(g, "finished"))


# finally blocks of both levels run in order
def fin_inner():
    try:
        yield 1
    finally:
        print("  inner finally")


def fin_outer():
    try:
        yield from fin_inner()
    finally:
        print("  outer finally")


g = fin_outer()
next(g)
try:
    g.throw(RuntimeError("boom"))
except RuntimeError as e:
    print("caught", e)
