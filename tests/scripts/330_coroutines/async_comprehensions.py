# Async comprehensions: list/set/dict, await inside, async generator expressions.
import types

@types.coroutine
def pause():
    yield "p"

class ARange:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await pause()
        return self.i - 1

async def sq(x):
    await pause()
    return x * x

def run(coro):
    n = 0
    try:
        while True:
            coro.send(None)
            n += 1
    except StopIteration as e:
        return n, e.value

async def comps():
    a = [x async for x in ARange(4)]
    b = {x % 2 async for x in ARange(5)}
    c = {x: str(x) async for x in ARange(3)}
    d = [x async for x in ARange(6) if x % 2 == 0]
    e = [await sq(x) for x in range(4)]
    f = [await sq(x) async for x in ARange(3)]
    g = [(x, y) async for x in ARange(2) for y in "ab"]
    h = [(x, y) for x in "ab" async for y in ARange(2)]
    return a, sorted(b), c, d, e, f, g, h

steps, vals = run(comps())
print("yields:", steps)
for v in vals:
    print(v)

async def genexp():
    ag = (x * 10 async for x in ARange(3))
    print(type(ag).__name__)
    out = []
    async for v in ag:
        out.append(v)
    ag2 = (await sq(x) for x in range(3))
    print(type(ag2).__name__)
    out.append([v async for v in ag2])
    return out

print(run(genexp()))

async def nested_comp():
    return [[y async for y in ARange(x)] async for x in ARange(4)]

print(run(nested_comp()))

# comprehension variables don't leak
async def leak():
    x = "outer"
    _ = [x async for x in ARange(2)]
    return x
print(run(leak()))
