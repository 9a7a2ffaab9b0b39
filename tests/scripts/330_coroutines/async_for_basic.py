# async for over custom async iterators (__aiter__/__anext__, StopAsyncIteration).
import types

@types.coroutine
def pause(tag):
    yield tag

class ARange:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        print("  __aiter__")
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= self.n:
            print("  stop")
            raise StopAsyncIteration
        await pause(("anext", self.i))
        self.i += 1
        return self.i - 1

def run(coro):
    yields = []
    try:
        while True:
            yields.append(coro.send(None))
    except StopIteration as e:
        print("  driver saw", yields)
        return e.value

async def collect(n):
    out = []
    async for x in ARange(n):
        out.append(x * x)
    return out

print(run(collect(4)))
print(run(collect(0)))

async def with_break_continue():
    out = []
    async for x in ARange(10):
        if x % 2:
            continue
        if x > 6:
            break
        out.append(x)
    return out

print(run(with_break_continue()))

async def nested():
    pairs = []
    async for a in ARange(2):
        async for b in ARange(2):
            pairs.append((a, b))
    return pairs

print(run(nested()))

# __anext__ as a plain method returning an awaitable
class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return self.v
        yield

class Plain:
    def __init__(self):
        self.items = ["x", "y"]
    def __aiter__(self):
        return self
    def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return Ready(self.items.pop(0))

async def plain():
    return [v async for v in Plain()]

print(run(plain()))

# target can be unpacked / attribute
class Obj:
    pass
async def targets():
    o = Obj()
    async for o.attr in ARange(2):
        pass
    return o.attr
print(run(targets()))
