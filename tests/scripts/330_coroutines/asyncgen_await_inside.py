# await inside async generators: awaited yields go to the driver, async-gen yields become values.
import types

@types.coroutine
def pause(tag):
    got = yield ("pause", tag)
    return got

async def fetch(i):
    r = await pause(f"fetch{i}")
    return f"data{i}:{r}"

async def producer(n):
    for i in range(n):
        d = await fetch(i)
        yield d
        await pause(f"after-yield{i}")

def drive(aw, reply="R"):
    seen = []
    try:
        msg = aw.send(None)
        while True:
            seen.append(msg)
            msg = aw.send(reply)
    except StopIteration as e:
        return seen, ("value", e.value)
    except StopAsyncIteration:
        return seen, ("exhausted",)

g = producer(3)
print(drive(g.__anext__()))
print(drive(g.__anext__(), "X"))
print(drive(g.__anext__()))
print(drive(g.__anext__()))

# consumer coroutine using async for; the driver sees every pause
async def consumer():
    out = []
    async for d in producer(2):
        out.append(d)
        await pause("consumer-" + d)
    return out

print(drive(consumer(), "ok"))

# async generator awaiting another async generator's __anext__
async def inner():
    yield 1
    await pause("inner")
    yield 2

async def outer():
    it = inner()
    a = await it.__anext__()
    b = await it.__anext__()
    yield a + b
    try:
        await it.__anext__()
    except StopAsyncIteration:
        yield "inner exhausted"

g = outer()
print(drive(g.__anext__()))
print(drive(g.__anext__()))
print(drive(g.__anext__()))
