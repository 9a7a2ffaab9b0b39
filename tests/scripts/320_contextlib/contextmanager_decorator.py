# A contextmanager-produced object works as a function decorator (ContextDecorator).
from contextlib import contextmanager, ContextDecorator

depth = 0


@contextmanager
def traced(label):
    global depth
    print("  " * depth + "enter", label)
    depth += 1
    try:
        yield
    finally:
        depth -= 1
        print("  " * depth + "exit", label)


@traced("work")
def work(x):
    print("  " * depth + "working on", x)
    return x * 2


print(work(1))
print(work(2))
print(work.__name__)


@traced("outer")
def outer():
    return inner()


@traced("inner")
def inner():
    return "inner result"


print(outer())


@traced("fails")
def fails():
    raise ValueError("inside decorated")


try:
    fails()
except ValueError as e:
    print("caught", e)


class timer(ContextDecorator):
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("start", self.name)
        return self

    def __exit__(self, *exc):
        print("stop", self.name, exc[0].__name__ if exc[0] else None)
        return False


@timer("decorated")
def job(a, b=2):
    return a + b


print(job(1), job(1, b=10))
with timer("as with") as t:
    print("inside with:", t.name)


@contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError:
        print("  swallowed")


@swallow()
def divide(a, b):
    return a / b


print(divide(6, 3), divide(1, 0))
