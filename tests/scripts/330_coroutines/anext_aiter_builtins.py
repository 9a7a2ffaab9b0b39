# Builtins aiter() and anext() (with and without default).
async def agen(n):
    for i in range(n):
        yield i * 3

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def main():
    g = agen(2)
    print("aiter is identity:", aiter(g) is g)
    print(await anext(g))
    print(await anext(g))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    print("default:", await anext(g, "dflt"))
    print("default None:", await anext(agen(0), None))
    return "main done"

print(run(main()))

class Counter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return CounterIter(self.n)

class CounterIter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def custom():
    it = aiter(Counter(2))
    print(type(it).__name__)
    a = await anext(it)
    b = await anext(it)
    c = await anext(it, "end")
    return a, b, c

print(run(custom()))

# errors
for bad in (5, [1, 2], "s"):
    try:
        aiter(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in (5, iter([1])):
    try:
        anext(bad)
    except TypeError as e:
        print(type(e).__name__, e)

class AiterReturnsNonIter:
    def __aiter__(self):
        return 1
try:
    aiter(AiterReturnsNonIter())
except TypeError as e:
    print(type(e).__name__, e)

# anext returns an awaitable that can be driven by hand
aw = anext(agen(1))
try:
    aw.send(None)
except StopIteration as e:
    print("hand-driven anext:", e.value)
