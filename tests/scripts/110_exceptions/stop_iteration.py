# StopIteration from next(), value attribute, and conversion to RuntimeError inside generators.
it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value, e.args)
e = StopIteration(42)
print(e.value, e.args)
def gen():
    yield 1
    raise StopIteration("inside")
g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def ret():
    return "done"
    yield
try:
    next(ret())
except StopIteration as e:
    print("value:", e.value)
print(next(iter([]), "default"))
