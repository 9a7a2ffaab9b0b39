# __await__ written as a generator: sent values flow into the generator, return value is the await result.
class Request:
    def __init__(self, what):
        self.what = what
    def __await__(self):
        reply = yield ("request", self.what)
        print("  Request got reply", reply)
        return reply.upper()

async def client():
    a = await Request("alpha")
    b = await Request("beta")
    return a + "+" + b

c = client()
msg = c.send(None)
print("driver saw", msg)
msg = c.send("first")
print("driver saw", msg)
try:
    c.send("second")
except StopIteration as e:
    print("client result", e.value)

# a generator-based __await__ that yields several times
class Multi:
    def __await__(self):
        total = 0
        for i in range(3):
            got = yield i
            total += got
        return total

async def use_multi():
    return await Multi() * 2

c = use_multi()
v = c.send(None)
while True:
    print("yielded", v)
    try:
        v = c.send(v * 100)
    except StopIteration as e:
        print("final", e.value)
        break

# the same awaitable object can be awaited repeatedly (new generator each time)
class Again:
    count = 0
    def __await__(self):
        Again.count += 1
        return Again.count
        yield

a = Again()
async def twice():
    return [await a, await a, await a]
try:
    twice().send(None)
except StopIteration as e:
    print("twice", e.value)
