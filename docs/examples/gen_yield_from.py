# `yield from` runs a SEND loop: sends, throws and close() go through to the delegate.
def inner():
    try:
        x = yield "inner ready"
        while True:
            try:
                x = yield f"inner got {x}"
            except ValueError as e:
                x = f"caught {e}"
            except KeyError:
                return "inner result"
    finally:
        print("  inner: finally")


def outer():
    try:
        result = yield from inner()
        print("  outer: yield from returned", repr(result))
        yield "outer continues"
    finally:
        print("  outer: finally")


g = outer()
print(next(g))  # outer -> inner, runs to inner's first yield
print(g.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_frame.f_lineno)  # the delegate
print(g.send(1))  # straight to inner's yield expression
print(g.throw(ValueError("v")))  # thrown into inner, which handles it
print(g.throw(KeyError("k")))  # inner returns: outer goes on past its SEND loop
print(g.gi_yieldfrom)  # no delegate any more
print(next(g, "exhausted"))

g = outer()
next(g)
g.close()  # closes inner first (its finally), then raises GeneratorExit in outer
