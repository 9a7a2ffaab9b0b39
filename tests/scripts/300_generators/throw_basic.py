# throw() raises an exception at the paused yield.
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("  caught ValueError:", e)
            yield "handled " + str(e)
        except KeyError as e:
            print("  caught KeyError:", e)


g = catcher()
print(next(g))
print(g.throw(ValueError("bad")))
print(next(g))
print(g.throw(ValueError))
print(next(g))
print(g.throw(KeyError("k")))
print(g.throw(KeyError, "with value"))

# An exception the generator doesn't handle comes back out of throw().
try:
    g.throw(TypeError("not handled"))
except TypeError as e:
    print("propagated:", type(e).__name__, e)
print(next(g, "exhausted"))

# throw with a class instantiates it.
def show_exc():
    try:
        yield
    except Exception as e:
        print("  got", type(e).__name__, e.args)
        yield "ok"


for exc in [ValueError, ValueError("x"), IndexError]:
    s = show_exc()
    next(s)
    print(s.throw(exc))


class MyError(Exception):
    def __init__(self, *args):
        print("  MyError init", args)
        super().__init__(*args)


s = show_exc()
next(s)
print(s.throw(MyError))
s = show_exc()
next(s)
print(s.throw(MyError, "payload"))
s = show_exc()
next(s)
print(s.throw(MyError, ("a", "b")))
