# coroutine.__await__() returns an iterator wrapper that drives the coroutine.
import types

@types.coroutine
def pause(tag):
    got = yield tag
    return got

async def work():
    a = await pause("one")
    b = await pause("two")
    return a + b

c = work()
w = c.__await__()
print(type(w).__name__, iter(w) is w)
print(next(w))
print(w.send(10))
try:
    w.send(5)
except StopIteration as e:
    print("result", e.value)

# throw and close through the wrapper
c = work()
w = c.__await__()
next(w)
try:
    w.throw(ValueError("via wrapper"))
except ValueError as e:
    print(type(e).__name__, e)

c = work()
w = c.__await__()
next(w)
w.close()
print("closed via wrapper; cr_frame None?", c.cr_frame is None)

# a coroutine object is not an iterator itself
c = work()
try:
    next(c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(c)
except TypeError as e:
    print(type(e).__name__, e)
c.close()

# a custom awaitable delegating to a coroutine's __await__
class Delegate:
    def __init__(self, coro):
        self.coro = coro
    def __await__(self):
        return self.coro.__await__()

async def main():
    return await Delegate(work())

m = main()
print(m.send(None), m.send(1))
try:
    m.send(2)
except StopIteration as e:
    print("delegated result", e.value)

# yield from a coroutine inside a types.coroutine generator
@types.coroutine
def gen_based():
    return (yield from work())

g = gen_based()
print(next(g), g.send("x"))
try:
    g.send("y")
except StopIteration as e:
    print("gen-based result", e.value)
