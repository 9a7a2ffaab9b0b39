# Ordering between ready callbacks, sleep(0), and staggered timers.
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

log = []

async def ticker(name, delay, times):
    for i in range(times):
        await asyncio.sleep(delay)
        log.append(f"{name}{i}")

async def zero(name, times):
    for i in range(times):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(log.append, "cb-soon")
    t = asyncio.create_task(zero("z", 3))
    loop.call_soon(log.append, "cb-soon2")
    await asyncio.sleep(0)
    log.append("main-resumed")
    await t
    print(log)

    log.clear()
    # timers set against one shared mark fire in deadline order
    async def one_shot(name, offset):
        await sleep_until(offset)
        log.append(name)
    mark()
    await asyncio.gather(*(one_shot(n, d) for n, d in [("D", 0.04), ("A", 0.01), ("E", 0.05), ("C", 0.03), ("B", 0.02)]))
    print(log)

    # zero-delay tasks all run before any timer fires
    log.clear()
    await asyncio.gather(ticker("T", 0.03, 1), zero("Z", 3), zero("Y", 2))
    print(log)

    # sleep(0) in main lets exactly the already-ready tasks run one step
    log.clear()
    tasks = [asyncio.create_task(zero(n, 2)) for n in "PQ"]
    log.append("main before")
    await asyncio.sleep(0)
    log.append("main after 1")
    await asyncio.sleep(0)
    log.append("main after 2")
    await asyncio.gather(*tasks)
    print(log)

    # negative delay behaves like zero
    log.clear()
    await asyncio.gather(ticker("neg", -1, 1), zero("z", 2))
    print(log)

asyncio.run(main())
