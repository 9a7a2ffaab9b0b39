# types.coroutine: generator-based coroutines usable with await.
import types
import inspect

@types.coroutine
def suspend(value):
    got = yield value
    return ("resumed", got)

@types.coroutine
def nop():
    return "no yield"
    yield

async def main():
    r1 = await suspend("s1")
    print("r1", r1)
    r2 = await nop()
    print("r2", r2)
    r3 = await suspend("s2")
    print("r3", r3)
    return "ok"

c = main()
print(c.send(None))
print(c.send("A"))
try:
    c.send("B")
except StopIteration as e:
    print("result", e.value)

g = suspend(1)
print(type(g).__name__, inspect.isawaitable(g), inspect.iscoroutine(g))

# undecorated generator is not awaitable
def plain():
    yield 1

async def bad():
    await plain()

try:
    bad().send(None)
except TypeError as e:
    print(type(e).__name__, e)

# types.coroutine on a generator-based coroutine that yields from another
@types.coroutine
def two_steps():
    a = yield "step1"
    b = yield "step2"
    return a, b

@types.coroutine
def wrapper():
    res = yield from two_steps()
    return ("wrapped", res)

async def m():
    return await wrapper()

c = m()
print(c.send(None), c.send(1))
try:
    c.send(2)
except StopIteration as e:
    print(e.value)

# a types.coroutine generator can also await a native coroutine via yield from
async def native():
    return "native!"

@types.coroutine
def gen_awaits_native():
    v = yield from native()
    return v * 2

async def m2():
    return await gen_awaits_native()

try:
    m2().send(None)
except StopIteration as e:
    print(e.value)
