# sys.exc_info during nested handling and in generators, cleared after handler exits.
import sys
def current():
    t = sys.exc_info()[0]
    return t.__name__ if t else None
print(current())
try:
    raise KeyError("a")
except KeyError:
    print(current())
    try:
        raise ValueError
    except ValueError:
        print(current())
    print(current())
print(current())
def gen():
    yield current()
    try:
        raise TypeError
    except TypeError:
        yield current()
    yield current()
try:
    raise IndexError
except IndexError:
    g = gen()
    print(next(g))
print(next(g), next(g))
