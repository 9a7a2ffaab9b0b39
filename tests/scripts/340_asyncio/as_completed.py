# asyncio.as_completed yields awaitables in completion order.
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
        raise RuntimeError(f"{name} failed")
    return name

async def main():
    mark()
    aws = [job("c", 0.03), job("a", 0.01), job("b", 0.02)]
    for i, fut in enumerate(asyncio.as_completed(aws)):
        print(i, await fut)

    results = []
    mark()
    for fut in asyncio.as_completed([job("x", 0.02), job("y", 0.01, fail=True), job("z", 0.03)]):
        try:
            results.append(await fut)
        except RuntimeError as e:
            results.append(f"error: {e}")
    print(results)

    # timeout: later awaits raise TimeoutError
    got = []
    mark()
    try:
        for fut in asyncio.as_completed([job("quick", 0), job("never", 1)], timeout=0.03):
            got.append(await fut)
    except asyncio.TimeoutError:
        got.append("timeout")
    print(got)

    # empty input
    print(list(asyncio.as_completed([])))

    # tasks created in advance
    mark()
    ts = [asyncio.create_task(job(str(i), 0.01 * (4 - i))) for i in range(4)]
    print([await f for f in asyncio.as_completed(ts)])

    # a single coroutine is rejected (when the generator is iterated)
    single = job("single", 0)
    try:
        list(asyncio.as_completed(single))
    except TypeError as e:
        print(type(e).__name__, e)
    single.close()

asyncio.run(main())
