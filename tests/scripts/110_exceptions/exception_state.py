# sys.exc_info() inside and outside handlers, and exception variable cleanup.
import sys
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None)
print(sys.exc_info())
def inner():
    return sys.exc_info()[0]
try:
    raise ValueError
except ValueError:
    print("in callee:", inner().__name__)
    try:
        raise TypeError
    except TypeError:
        print("nested:", sys.exc_info()[0].__name__)
    print("restored:", sys.exc_info()[0].__name__)
print(inner())
