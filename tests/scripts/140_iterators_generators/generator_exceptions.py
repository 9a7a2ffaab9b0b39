# Exceptions inside generators propagate to the consumer; generator is then finished.
def risky():
    yield 1
    raise ValueError("inside generator")
    yield 2
g = risky()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
print(next(g, "finished"))
def safe(it):
    for x in it:
        try:
            yield 10 // x
        except ZeroDivisionError:
            yield "div0"
print(list(safe([1, 0, 5, 0])))
def thrower():
    try:
        yield "ready"
    except KeyError as e:
        yield f"caught {e!r}"
t = thrower()
print(next(t), t.throw(KeyError("k")))
def running():
    yield
gen = running()
next(gen)
try:
    next(gen)
    next(gen)
except StopIteration:
    print("StopIteration once done")
