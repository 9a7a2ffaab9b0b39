# Generators that don't behave: didn't yield, didn't stop, didn't stop after throw().
from contextlib import contextmanager


@contextmanager
def no_yield():
    print("  no_yield body")
    if False:
        yield


try:
    with no_yield():
        print("not reached")
except RuntimeError as e:
    print(type(e).__name__, e, "| context:", e.__context__, "| suppress:", e.__suppress_context__)


@contextmanager
def yields_twice():
    yield 1
    print("  second yield")
    yield 2


try:
    with yields_twice() as v:
        print("body", v)
except RuntimeError as e:
    print(type(e).__name__, e)


@contextmanager
def yields_after_exception():
    try:
        yield
    except ValueError:
        print("  swallowing and yielding again")
        yield


try:
    with yields_after_exception():
        raise ValueError("first")
except RuntimeError as e:
    print(type(e).__name__, e)


@contextmanager
def returns_early(flag):
    if flag:
        return
    yield "ok"


with returns_early(False) as v:
    print("fine:", v)
try:
    with returns_early(True):
        pass
except RuntimeError as e:
    print(type(e).__name__, e)


@contextmanager
def raises_before_yield():
    raise KeyError("setup failed")
    yield


try:
    with raises_before_yield():
        print("not reached")
except KeyError as e:
    print(type(e).__name__, e)

# the helper function isn't itself a context manager
try:
    with yields_twice:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

# using the same manager object twice
cm = yields_twice()
with_count = 0
try:
    with cm:
        with_count += 1
except RuntimeError as e:
    print("first use:", e)
try:
    with cm:
        with_count += 1
except (RuntimeError, AttributeError) as e:
    print("second use:", type(e).__name__)
print("bodies run:", with_count)
