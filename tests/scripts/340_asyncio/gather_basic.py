# gather: result ordering follows argument order, not completion order.
import asyncio

# Timers of tasks started together are set relative to one shared mark (T0), so the order in
# which they fire never depends on how long each task took to get its first turn.
T0 = 0.0

def mark():
    global T0
    T0 = asyncio.get_running_loop().time()

async def sleep_until(offset):
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    handle = loop.call_at(T0 + offset, lambda: fut.done() or fut.set_result(None))
    try:
        await fut
    finally:
        handle.cancel()

async def delayed(value, delay):
    await sleep_until(delay)
    print("finished", value)
    return value

async def main():
    mark()
    res = await asyncio.gather(delayed("a", 0.03), delayed("b", 0.01), delayed("c", 0.02))
    print(res, type(res).__name__)

    # mixing tasks and coroutines
    mark()
    t = asyncio.create_task(delayed("task", 0.01))
    res = await asyncio.gather(delayed("coro", 0), t)
    print(res)

    # empty gather
    print(await asyncio.gather())

    # gather of plain futures
    loop = asyncio.get_running_loop()
    f1, f2 = loop.create_future(), loop.create_future()
    loop.call_soon(f2.set_result, "f2")
    loop.call_soon(f1.set_result, "f1")
    print(await asyncio.gather(f1, f2))

    # same coroutine-task passed twice
    mark()
    t = asyncio.create_task(delayed("twice", 0))
    print(await asyncio.gather(t, t))

    # nested gathers
    mark()
    inner = asyncio.gather(delayed(1, 0.01), delayed(2, 0))
    print(await asyncio.gather(inner, delayed(3, 0)))

    # gather returns a future
    mark()
    g = asyncio.gather(delayed("x", 0))
    print(isinstance(g, asyncio.Future), g.done())
    print(await g, g.done(), g.result())

asyncio.run(main())
