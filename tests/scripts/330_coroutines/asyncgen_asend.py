# asend(): sending values into async generators.
def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "<exhausted>"

async def accumulator():
    total = 0
    while True:
        got = yield total
        print("  received", got)
        if got is None:
            return
        total += got

g = accumulator()
print(run(g.asend(None)))
print(run(g.asend(5)))
print(run(g.asend(10)))
print(run(g.__anext__()))
print(run(g.asend(1)))

# asend non-None to a just-started async generator
g = accumulator()
try:
    run(g.asend(3))
except TypeError as e:
    print(type(e).__name__, e)
print(run(g.asend(None)))

# echo with transformation; asend awaitable type
async def echo():
    v = yield "ready"
    while v != "stop":
        v = yield v[::-1]
    yield "bye"

g = echo()
aw = g.asend(None)
print(type(aw).__name__)
print(run(aw))
for word in ["abc", "hello", "stop"]:
    print(word, "->", run(g.asend(word)))
print(run(g.asend("x")))

# the asend awaitable can be driven with a non-None first send? it carries its own value
async def show():
    x = yield 1
    print("  show got", x)
    yield 2
g = show()
run(g.asend(None))
aw = g.asend("carried")
try:
    aw.send(None)
except StopIteration as e:
    print("value", e.value)
