# close() on a delegating generator closes the sub-generator first.
def inner():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  inner GeneratorExit")
        raise
    finally:
        print("  inner finally")


def outer():
    try:
        yield from inner()
    except GeneratorExit:
        print("  outer GeneratorExit")
        raise
    finally:
        print("  outer finally")


g = outer()
print(next(g))
g.close()
print("closed")


# Sub-generator that ignores GeneratorExit
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("  stubborn yields anyway")
        yield 2


def deleg():
    yield from stubborn()


g = deleg()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)


# Sub-generator that returns on GeneratorExit: outer still gets GeneratorExit
def returner():
    try:
        yield 1
    except GeneratorExit:
        print("  returner returns")
        return "ret"


def deleg2():
    try:
        r = yield from returner()
        print("  not reached", r)
    except GeneratorExit:
        print("  deleg2 got GeneratorExit")
        raise


g = deleg2()
next(g)
g.close()


# Sub-generator raising a different exception on close
def raiser():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("close failed")


def deleg3():
    yield from raiser()


g = deleg3()
next(g)
try:
    g.close()
except ValueError as e:
    print(type(e).__name__, e)


# Deallocation of the delegator closes the inner generator
g = outer()
next(g)
del g
print("after del")
