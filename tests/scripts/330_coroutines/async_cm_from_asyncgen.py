# A hand-written asynccontextmanager-like decorator built on async generators.
import types

@types.coroutine
def pause(tag):
    yield tag

class GenCM:
    def __init__(self, agen):
        self.gen = agen
    async def __aenter__(self):
        return await self.gen.__anext__()
    async def __aexit__(self, et, ev, tb):
        if et is None:
            try:
                await self.gen.__anext__()
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            await self.gen.athrow(ev)
        except StopAsyncIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator didn't stop after athrow()")

def acm(func):
    def wrapper(*args):
        return GenCM(func(*args))
    return wrapper

@acm
async def opened(name):
    print("  acquire", name)
    await pause("acq-" + name)
    try:
        yield name.upper()
    except KeyError as e:
        print("  handled", repr(e))
    finally:
        await pause("rel-" + name)
        print("  release", name)

def run(coro):
    seen = []
    try:
        while True:
            seen.append(coro.send(None))
    except StopIteration as e:
        return seen, e.value
    except Exception as e:
        return seen, f"{type(e).__name__}: {e}"

async def ok():
    async with opened("a") as v:
        print("  body", v)
    return "ok"

async def suppressed():
    async with opened("b") as v:
        raise KeyError(v)
    return "after suppressed"

async def propagated():
    async with opened("c"):
        raise ValueError("not handled")

for f in (ok, suppressed, propagated):
    print(f.__name__, run(f()))
