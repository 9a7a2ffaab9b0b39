# TypeErrors from async for on objects without the async iteration protocol.
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        print("ok", e.value)
    except Exception as e:
        print(type(e).__name__, "|", e)

async def use(obj):
    out = []
    async for x in obj:
        out.append(x)
    return out

run(use(5))
run(use([1, 2, 3]))

class AiterNoAnext:
    def __aiter__(self):
        return self

run(use(AiterNoAnext()))

class AiterReturnsInt:
    def __aiter__(self):
        return 7

run(use(AiterReturnsInt()))

class AnextReturnsInt:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 3

run(use(AnextReturnsInt()))

class AnextReturnsNone:
    def __aiter__(self):
        return self
    def __anext__(self):
        return None

run(use(AnextReturnsNone()))

class AsyncAiter:
    async def __aiter__(self):
        return self

run(use(AsyncAiter()))

# a sync for over an async iterable
class AIt:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration
try:
    for x in AIt():
        pass
except TypeError as e:
    print(type(e).__name__, "|", e)

# error raised from __anext__ propagates
class Raises:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise ValueError("from anext")

run(use(Raises()))

# StopIteration from __anext__ body becomes RuntimeError
class BadStop:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopIteration

run(use(BadStop()))
