# asyncio.Barrier (3.11): parties wait for each other, then proceed together.
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

async def main():
    b = asyncio.Barrier(3)
    print("parties", b.parties, "n_waiting", b.n_waiting, "broken", b.broken)
    log = []

    async def worker(name, delay):
        await sleep_until(delay)
        log.append(f"{name} arrives")
        idx = await b.wait()
        log.append(f"{name} passes")
        return idx

    mark()
    res = await asyncio.gather(worker("a", 0.01), worker("b", 0.03), worker("c", 0.02))
    print("\n".join(log))
    print("indices are a permutation:", sorted(res))

    # the barrier is reusable
    log.clear()
    mark()
    res = await asyncio.gather(worker("x", 0), worker("y", 0), worker("z", 0))
    print(log, sorted(res))

    # abort breaks the barrier for waiters
    b2 = asyncio.Barrier(2)
    async def lonely():
        try:
            await b2.wait()
        except asyncio.BrokenBarrierError as e:
            return type(e).__name__
    t = asyncio.create_task(lonely())
    await asyncio.sleep(0)
    print("waiting:", b2.n_waiting)
    await b2.abort()
    print("lonely ->", await t, "broken:", b2.broken)
    try:
        await b2.wait()
    except asyncio.BrokenBarrierError:
        print("wait on broken barrier raises")
    await b2.reset()
    print("after reset broken:", b2.broken)

    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(type(e).__name__, e)

    # async with on a barrier
    b3 = asyncio.Barrier(2)
    async def ctx(n):
        async with b3 as pos:
            return pos
    print(sorted(await asyncio.gather(ctx(1), ctx(2))))

asyncio.run(main())
