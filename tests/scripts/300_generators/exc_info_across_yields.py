# sys.exc_info() inside generators: the handled exception survives yields inside except blocks.
import sys


def name():
    t = sys.exc_info()[0]
    return t.__name__ if t else None


def gen():
    print("  start:", name())
    try:
        raise ValueError("inside gen")
    except ValueError:
        print("  in except:", name())
        yield 1
        print("  resumed in except:", name())
        yield 2
    print("  after except:", name())
    yield 3


g = gen()
print(next(g))
print("caller sees:", name())
try:
    raise KeyError("caller")
except KeyError:
    print("caller in except:", name())
    print(next(g))
    print("caller still:", name())
print(next(g))
print("caller after:", name())


# A generator started inside an except block sees the caller's exception
def peek():
    print("  peek:", name())
    yield
    print("  peek resumed:", name())
    yield


p = peek()
try:
    raise IndexError
except IndexError:
    next(p)
next(p)


# Bare raise inside a generator except block after a yield re-raises the right exception
def reraiser():
    try:
        raise TypeError("original")
    except TypeError:
        yield "in handler"
        raise


r = reraiser()
next(r)
try:
    raise OSError("unrelated")
except OSError:
    try:
        next(r)
    except TypeError as e:
        print("re-raised:", type(e).__name__, e)


# exception context across a yield
def ctx():
    try:
        raise ValueError("A")
    except ValueError:
        yield
        raise KeyError("B")


c = ctx()
next(c)
try:
    next(c)
except KeyError as e:
    print(type(e.__context__).__name__, e.__context__)
