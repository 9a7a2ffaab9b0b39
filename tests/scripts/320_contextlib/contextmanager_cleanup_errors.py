# Exceptions raised during cleanup of a generator-based context manager.
from contextlib import contextmanager


@contextmanager
def bad_cleanup():
    yield "resource"
    raise OSError("cleanup failed")


try:
    with bad_cleanup() as r:
        print("using", r)
except OSError as e:
    print("normal exit:", type(e).__name__, e, "| context:", e.__context__)


@contextmanager
def bad_finally():
    try:
        yield
    finally:
        raise OSError("finally failed")


try:
    with bad_finally():
        raise ValueError("body failed")
except OSError as e:
    print("replaced:", type(e).__name__, e)
    print("context:", type(e.__context__).__name__, e.__context__)


@contextmanager
def logs_and_reraises():
    try:
        yield
    except Exception as e:
        print("  logging", type(e).__name__)
        raise
    finally:
        print("  finally")


try:
    with logs_and_reraises():
        raise KeyError("original")
except KeyError as e:
    print("kept:", e, "| context:", e.__context__)


# cleanup order with multiple managers when the inner cleanup fails
@contextmanager
def named(name):
    try:
        yield
    finally:
        print("  cleanup", name)


try:
    with named("outer"), bad_cleanup(), named("inner"):
        print("body")
except OSError as e:
    print("OSError", e)


# exception with a traceback passes through unchanged
@contextmanager
def noop():
    yield


def thrower():
    raise IndexError("deep")


try:
    with noop():
        thrower()
except IndexError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("traceback frames:", names)
