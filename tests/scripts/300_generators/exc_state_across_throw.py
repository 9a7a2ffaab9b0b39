# A generator keeps its own "exception being handled" across suspensions, even when the
# exception was thrown in from the caller's own except block (CPython's gi_exc_state).
import sys


def g():
    try:
        yield 1
    except ValueError:
        print("in gen handler:", repr(sys.exc_info()[1]))
        yield 2
        print("resumed in handler:", repr(sys.exc_info()[1]))
        raise


gen = g()
next(gen)
try:
    raise ValueError("x")
except ValueError as exc:
    print("thrown:", gen.throw(exc))
print("outside:", sys.exc_info())
try:
    next(gen)
except ValueError as e:
    print("re-raised:", repr(e))


def outer_visible():
    # With nothing of its own, a generator sees the caller's exception.
    yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])


o = outer_visible()
try:
    raise KeyError("caller")
except KeyError:
    print(next(o))
print(next(o))


def nested():
    try:
        raise TypeError("inner")
    except TypeError:
        yield "suspended in handler"
        print("context of new error:", end=" ")
        try:
            raise RuntimeError("new")
        except RuntimeError as e:
            print(repr(e.__context__))


n = nested()
print(next(n))
try:
    raise OSError("caller side")
except OSError:
    try:
        next(n)
    except StopIteration:
        print("done")
