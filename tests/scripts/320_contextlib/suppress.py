# contextlib.suppress ignores the listed exceptions (and their subclasses).
from contextlib import suppress

with suppress(ValueError):
    int("x")
print("after ValueError")

with suppress(LookupError):
    [][5]
print("IndexError is a LookupError")

with suppress(KeyError, IndexError):
    {}["k"]
print("one of several")

try:
    with suppress(ValueError):
        raise TypeError("not suppressed")
except TypeError as e:
    print(type(e).__name__, e)

with suppress():
    print("no exceptions listed, nothing raised")
try:
    with suppress():
        raise ValueError("empty suppress")
except ValueError as e:
    print(type(e).__name__, e)

# execution stops at the raise: later statements in the block are skipped
with suppress(ZeroDivisionError):
    print("before")
    1 / 0
    print("skipped")
print("after block")

# __exit__ return values
s = suppress(ValueError)
print(s.__enter__())
print(s.__exit__(ValueError, ValueError(), None))
print(s.__exit__(TypeError, TypeError(), None))
print(s.__exit__(None, None, None))

# reusable and reentrant
s = suppress(KeyError)
for i in range(2):
    with s:
        with s:
            raise KeyError(i)
print("reused")

# BaseException
with suppress(KeyboardInterrupt):
    raise KeyboardInterrupt
print("suppressed KeyboardInterrupt")


def first_int(items):
    for item in items:
        with suppress(ValueError, TypeError):
            return int(item)
    return None


print(first_int(["a", None, "42", "7"]), first_int([]))
