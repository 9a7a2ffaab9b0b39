# StopIteration raised inside a coroutine is converted to RuntimeError (PEP 479).
async def raises_si():
    raise StopIteration("inner")

c = raises_si()
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)

async def next_on_empty():
    return next(iter([]))

try:
    next_on_empty().send(None)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

# StopIteration caught inside the coroutine is fine
async def caught():
    try:
        next(iter(()))
    except StopIteration:
        return "caught it"

try:
    caught().send(None)
except StopIteration as e:
    print(e.value)

# a custom awaitable raising StopIteration with value is just a return
class Ret:
    def __await__(self):
        raise StopIteration("from-await")
        yield

async def uses_ret():
    return await Ret()

try:
    uses_ret().send(None)
except StopIteration as e:
    print("value:", e.value)
except RuntimeError as e:
    print("RuntimeError", e)

# StopAsyncIteration inside a plain coroutine is NOT converted
async def sai():
    raise StopAsyncIteration("sai")

try:
    sai().send(None)
except StopAsyncIteration as e:
    print(type(e).__name__, e)
except RuntimeError as e:
    print("RuntimeError", e)

# awaited coroutine raising StopIteration: outer sees RuntimeError
async def outer():
    try:
        await raises_si()
    except RuntimeError as e:
        return "outer caught: " + str(e)

try:
    outer().send(None)
except StopIteration as e:
    print(e.value)
