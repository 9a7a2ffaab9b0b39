# Async generators that yield again after GeneratorExit: "async generator ignored GeneratorExit".
def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return ("value", e.value)
    except StopAsyncIteration:
        return ("exhausted",)
    except BaseException as e:
        return ("raised", type(e).__name__, str(e))

stop = False

async def stubborn():
    while not stop:
        try:
            yield "tick"
        except GeneratorExit:
            print("  ignoring GeneratorExit")

g = stubborn()
print(run(g.__anext__()))
print(run(g.aclose()))
# the generator is still alive after the failed aclose
stop = True
print(run(g.__anext__()))

# yield inside finally during aclose
async def yield_in_finally():
    try:
        yield 1
    finally:
        print("  in finally")
        yield 2
        print("  resumed after second yield")

g = yield_in_finally()
print(run(g.__anext__()))
print(run(g.aclose()))
print(run(g.__anext__()))

# athrow(GeneratorExit) behaves like aclose
async def stubborn2():
    try:
        yield "a"
    except GeneratorExit:
        yield "b"
g = stubborn2()
print(run(g.__anext__()))
print(run(g.athrow(GeneratorExit)))
print(run(g.__anext__()))

# awaiting inside the GeneratorExit handler is allowed
import types
@types.coroutine
def pause():
    yield "pause"

async def awaits_in_cleanup():
    try:
        yield "x"
    finally:
        await pause()
        print("  cleanup awaited")

g = awaits_in_cleanup()
print(run(g.__anext__()))
aw = g.aclose()
print("first step yields:", aw.send(None))
try:
    aw.send(None)
except StopIteration as e:
    print("closed with", e.value)
