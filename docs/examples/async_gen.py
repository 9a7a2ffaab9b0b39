# Async generators: their own yields are wrapped, values from their awaits pass up as is.
import sys


class Tick:
    def __await__(self):
        yield "tick"  # what an event loop would see (e.g. a Future)


async def agen():
    try:
        await Tick()
        received = yield 1  # wrapped: ends the __anext__()/asend() awaitable
        print("  agen received", received)
        yield 2
    finally:
        print("  agen: finally")


def drive(awaitable):
    """Run one awaitable to its end by hand, showing what passes through."""
    try:
        while True:
            print("  passed up to the loop:", awaitable.send(None))
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"


g = agen()
print("anext ->", drive(g.__anext__()))  # one unwrapped "tick", then the value 1
print("asend ->", drive(g.asend("hello")))
print("aclose ->", drive(g.aclose()))  # GeneratorExit at the yield, finally runs
print("anext ->", drive(g.__anext__()))  # finished

# Each awaitable is one-shot, and only one may drive the generator at a time.
g = agen()
first = g.__anext__()
print(first.send(None), "| ag_running:", g.ag_running)  # suspended in `await Tick()`
try:
    g.__anext__().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print("first ->", drive(first), "| ag_running:", g.ag_running)
try:
    first.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
del first, g  # freed while suspended at `yield 1`: closed, so its finally runs


async def catcher():
    try:
        yield "first"
    except ValueError as e:
        yield f"caught {e}"


c = catcher()
print("anext ->", drive(c.__anext__()))
print("athrow ->", drive(c.athrow(ValueError("boom"))))


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2  # yielding while being closed


s = stubborn()
drive(s.__anext__())
try:
    drive(s.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)


# The hook an event loop installs to learn about every async generator it runs.
def firstiter(gen):
    print("  firstiter hook:", gen.__name__)


old_hooks = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=firstiter)
h = agen()
aw = h.__anext__()  # the hook runs when the first awaitable is made
print(type(aw).__name__)
sys.set_asyncgen_hooks(*old_hooks)
