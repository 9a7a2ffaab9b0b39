# The 3-argument throw(type, value, traceback) form and argument errors.
import sys


def gen():
    while True:
        try:
            yield
        except Exception as e:
            print("  got", type(e).__name__, e.args)


g = gen()
next(g)
g.throw(ValueError, "v1")
g.throw(ValueError, ValueError("v2"))
g.throw(ValueError, None)
g.throw(ValueError, ("t1", "t2"))
g.throw(ValueError, ValueError("v3"), None)

try:
    raise KeyError("from tb")
except KeyError:
    tb = sys.exc_info()[2]
g.throw(KeyError, KeyError("with tb"), tb)
g.throw(LookupError, KeyError("subclass instance"))

for args in [(1,), ("text",), (object(),), (ValueError("x"), "extra"), (ValueError, "v", "not tb"), (int,)]:
    try:
        g.throw(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    g.throw()
except TypeError as e:
    print(type(e).__name__)
print(next(g))
g.close()
