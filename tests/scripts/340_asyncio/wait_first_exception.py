# asyncio.wait(return_when=FIRST_EXCEPTION).
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

async def job(name, delay, fail=False):
    await sleep_until(delay)
    if fail:
        raise ValueError(f"{name} failed")
    return name

async def main():
    mark()
    ts = {
        asyncio.create_task(job("a", 0.01)),
        asyncio.create_task(job("b", 0.02, fail=True)),
        asyncio.create_task(job("c", 1)),
    }
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("done:", sorted(t.get_coro().__name__ + ":" + (str(t.exception()) if t.exception() else t.result()) for t in done))
    print("pending count:", len(pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print("pending cancelled:", [t.cancelled() for t in pending])

    # with no exception at all, FIRST_EXCEPTION waits for everything
    mark()
    ts = [asyncio.create_task(job(n, d)) for n, d in [("x", 0.02), ("y", 0.01)]]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.result() for t in done), len(pending))

    # an already-failed task makes it return immediately
    mark()
    f = asyncio.create_task(job("pre", 0, fail=True))
    await asyncio.sleep(0.001)
    s = asyncio.create_task(job("s", 0.05))
    done, pending = await asyncio.wait([f, s], return_when=asyncio.FIRST_EXCEPTION)
    print("immediate:", [str(t.exception()) for t in done], len(pending))
    s.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("s cancelled")

    # cancellation is not an exception for FIRST_EXCEPTION purposes
    mark()
    c = asyncio.create_task(job("c", 0.05))
    d = asyncio.create_task(job("d", 0.02))
    c.cancel()
    done, pending = await asyncio.wait([c, d], return_when=asyncio.FIRST_EXCEPTION)
    print("after cancel:", len(done), len(pending), c.cancelled(), d.result())

asyncio.run(main())
