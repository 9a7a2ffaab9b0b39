# Functions containing yield become generator functions; calling does not run the body.
def g():
    print("body started")
    yield 1
    print("between")
    yield 2
    print("body ended")
gen = g()
print("created", type(gen).__name__)
print(next(gen))
print(next(gen))
try:
    next(gen)
except StopIteration as e:
    print("StopIteration", e.value)
def with_return():
    yield "x"
    return "result"
it = with_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print("returned", e.value)
print(g.__name__, g.__code__.co_flags & 0x20 != 0)
