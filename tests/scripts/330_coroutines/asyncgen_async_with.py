# yield inside async with; aclose and exceptions unwind the async context manager.
import types

@types.coroutine
def pause(tag):
    yield tag

class CM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("  enter", self.name)
        await pause("enter-" + self.name)
        return self.name
    async def __aexit__(self, et, ev, tb):
        print("  exit", self.name, et.__name__ if et else None)
        await pause("exit-" + self.name)
        return False

async def gen():
    async with CM("outer") as o:
        for i in range(3):
            async with CM(f"inner{i}") as n:
                yield (o, n, i)

def drive(aw):
    seen = []
    try:
        while True:
            seen.append(aw.send(None))
    except StopIteration as e:
        return seen, ("value", e.value)
    except StopAsyncIteration:
        return seen, ("exhausted",)
    except Exception as e:
        return seen, ("raised", type(e).__name__, str(e))

g = gen()
print(drive(g.__anext__()))
print(drive(g.__anext__()))
print("aclose:", drive(g.aclose()))

g = gen()
for _ in range(4):
    print(drive(g.__anext__()))

g = gen()
print(drive(g.__anext__()))
print("athrow:", drive(g.athrow(ValueError("boom"))))

# a context manager that suppresses the thrown exception lets the generator continue
class Suppress:
    async def __aenter__(self):
        return self
    async def __aexit__(self, et, ev, tb):
        print("  suppressing", et.__name__ if et else None)
        return True

async def gen2():
    for i in range(2):
        async with Suppress():
            yield i
    yield "end"

g = gen2()
print(drive(g.__anext__()))
print(drive(g.athrow(KeyError("k"))))
print(drive(g.__anext__()))
print(drive(g.__anext__()))
