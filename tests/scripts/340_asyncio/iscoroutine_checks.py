# asyncio.iscoroutine / iscoroutinefunction / isfuture / ensure_future.
import asyncio
import types

async def native():
    return "native"

@types.coroutine
def gen_based():
    yield

def plain():
    return 1

async def agen():
    yield 1

c = native()
g = gen_based()
print("iscoroutine:", asyncio.iscoroutine(c), asyncio.iscoroutine(g), asyncio.iscoroutine(plain), asyncio.iscoroutine(1))
print("iscoroutinefunction:", asyncio.iscoroutinefunction(native), asyncio.iscoroutinefunction(plain),
      asyncio.iscoroutinefunction(agen), asyncio.iscoroutinefunction(c))
ag = agen()
print("async gen object:", asyncio.iscoroutine(ag))
c.close()
g.close()

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(native())
    print("ensure_future(coro) ->", type(t).__name__, await t)
    f = loop.create_future()
    print("ensure_future(future) is identity:", asyncio.ensure_future(f) is f)
    f.cancel()

    class Awaitable:
        def __await__(self):
            yield
            return "custom"
    t2 = asyncio.ensure_future(Awaitable())
    print("ensure_future(awaitable) ->", type(t2).__name__, await t2)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print(type(e).__name__, e)
    print("isfuture:", asyncio.isfuture(t), asyncio.isfuture(f), asyncio.isfuture(native))

    # awaiting the same task in two places
    t3 = asyncio.ensure_future(native())
    print(await asyncio.gather(t3, t3))

asyncio.run(main())
