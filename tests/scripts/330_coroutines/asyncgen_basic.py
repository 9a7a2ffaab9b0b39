# Async generators driven by hand through __anext__() awaitables.
import inspect

async def agen(n):
    print("  agen start")
    for i in range(n):
        print("  about to yield", i)
        yield i
    print("  agen end")

g = agen(3)
print(type(g).__name__, inspect.isasyncgen(g), inspect.isasyncgenfunction(agen))
print(inspect.iscoroutinefunction(agen), inspect.isasyncgenfunction(g), inspect.isawaitable(g))
print(g.__aiter__() is g)

def step(aw):
    """Run one __anext__/asend awaitable to completion; report what happened."""
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration as e:
        return ("exhausted", e.args)

aw = g.__anext__()
print("awaitable type:", type(aw).__name__, inspect.isawaitable(aw))
print(step(aw))
print(step(g.__anext__()))
print(step(g.__anext__()))
print(step(g.__anext__()))
print(step(g.__anext__()))

# yield values of various kinds; yielding None
async def kinds():
    yield None
    yield (1, 2)
    yield [3]
    yield StopIteration
    return

g = kinds()
for _ in range(5):
    print(step(g.__anext__()))

# an async generator with no yield executed still is an async generator
async def empty():
    if False:
        yield
g = empty()
print(type(g).__name__, step(g.__anext__()))

# driving with async for, from a hand-driven coroutine
async def consume(gen):
    out = []
    async for v in gen:
        out.append(v)
    return out

c = consume(agen(2))
try:
    c.send(None)
except StopIteration as e:
    print("consumed", e.value)

print(agen.__name__, agen(1).__name__, agen(1).__qualname__, agen(1).ag_code.co_name)
