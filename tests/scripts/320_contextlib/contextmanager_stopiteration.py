# StopIteration and other special exceptions raised in a contextmanager's with body.
from contextlib import contextmanager


@contextmanager
def passthrough():
    print("  enter")
    yield
    print("  exit (normal)")


@contextmanager
def guarded():
    try:
        yield
    finally:
        print("  guarded cleanup")


# StopIteration from the body is re-raised as-is, not turned into RuntimeError
try:
    with passthrough():
        raise StopIteration("from body")
except StopIteration as e:
    print(type(e).__name__, e)
except RuntimeError as e:
    print("wrongly converted:", e)

try:
    with guarded():
        next(iter([]))
except StopIteration as e:
    print("StopIteration passed through", e.args)

# a RuntimeError from the body is kept too
try:
    with guarded():
        raise RuntimeError("body runtime error")
except RuntimeError as e:
    print(type(e).__name__, e)

# GeneratorExit from the body
try:
    with guarded():
        raise GeneratorExit("body genexit")
except GeneratorExit as e:
    print(type(e).__name__, e)


# the generator itself raising StopIteration while handling
@contextmanager
def converts_to_stop():
    try:
        yield
    except ValueError:
        raise StopIteration("inside generator")


try:
    with converts_to_stop():
        raise ValueError("v")
except RuntimeError as e:
    print(type(e).__name__, e)
except StopIteration as e:
    print("StopIteration", e)


# using a contextmanager inside a generator body
def gen():
    with guarded():
        yield 1
        yield 2


print(list(gen()))
g = gen()
next(g)
g.close()
print("closed generator using contextmanager")
