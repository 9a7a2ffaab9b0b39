# An exception in the with body is raised inside the generator at the yield.
from contextlib import contextmanager


@contextmanager
def observe(name):
    print("enter", name)
    try:
        yield
    except Exception as e:
        print("  generator saw", type(e).__name__, e)
        raise
    finally:
        print("exit", name)


try:
    with observe("a"):
        raise ValueError("boom")
except ValueError as e:
    print("caller got", type(e).__name__, e)


@contextmanager
def no_try():
    print("enter no_try")
    yield
    print("  not reached when the body raises")


try:
    with no_try():
        raise KeyError("k")
except KeyError as e:
    print("caller got", type(e).__name__, e)


@contextmanager
def translate():
    try:
        yield
    except KeyError as e:
        raise LookupError("translated") from e


try:
    with translate():
        {}["missing"]
except LookupError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__)


@contextmanager
def replace_implicit():
    try:
        yield
    except ZeroDivisionError:
        raise RuntimeError("replaced")


try:
    with replace_implicit():
        1 / 0
except RuntimeError as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__)

# the same exception object comes out
err = ValueError("identity")
try:
    with observe("b"):
        raise err
except ValueError as e:
    print("same object:", e is err)

# BaseException subclasses also pass through
try:
    with observe("c"):
        raise SystemExit(3)
except SystemExit as e:
    print("SystemExit", e.code)
