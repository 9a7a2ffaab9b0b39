# A generator-based context manager suppresses an exception by not re-raising it.
from contextlib import contextmanager


@contextmanager
def ignore(*types):
    try:
        yield
    except types as e:
        print("  ignored", type(e).__name__, e)


with ignore(ValueError):
    print("before")
    raise ValueError("swallowed")
    print("not reached")
print("continued after with")

try:
    with ignore(ValueError):
        raise TypeError("not matching")
except TypeError as e:
    print("escaped:", type(e).__name__, e)

with ignore(LookupError):
    [][1]
with ignore(LookupError):
    {}["k"]


@contextmanager
def retry_log():
    try:
        yield
    except Exception as e:
        print("  logged:", e)
    print("  after except in generator")


with retry_log():
    raise RuntimeError("logged and suppressed")
print("ok")

# __exit__ returns True when suppressed
cm = ignore(ValueError)
cm.__enter__()
print("exit returned", cm.__exit__(ValueError, ValueError("manual"), None))
cm = ignore(ValueError)
cm.__enter__()
print("exit returned", cm.__exit__(None, None, None))


# suppression inside a function: execution continues after the with
def compute(x):
    result = "default"
    with ignore(ZeroDivisionError):
        result = 10 / x
    return result


print(compute(2), compute(0))


# suppressing an exception class given as instance in the body
@contextmanager
def catch_all():
    try:
        yield
    except BaseException as e:
        print("  caught", type(e).__name__)


with catch_all():
    raise KeyboardInterrupt
print("survived KeyboardInterrupt")
