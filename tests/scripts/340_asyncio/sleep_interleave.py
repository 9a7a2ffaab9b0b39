# sleep(0) interleaving: tasks alternate in round-robin order.
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

async def worker(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    print(f"{name} done")
    return name

async def main():
    t1 = asyncio.create_task(worker("A", 3))
    t2 = asyncio.create_task(worker("B", 2))
    t3 = asyncio.create_task(worker("C", 4))
    print("main created tasks")
    await asyncio.sleep(0)
    print("main after first sleep(0)")
    res = [await t1, await t2, await t3]
    print("results", res)

asyncio.run(main())

# a coroutine that never yields runs to completion without interleaving
async def greedy(name):
    for i in range(3):
        print(f"{name} greedy {i}")
    return name

async def main2():
    ts = [asyncio.create_task(greedy(n)) for n in "XY"]
    ts.append(asyncio.create_task(worker("Z", 2)))
    await asyncio.gather(*ts)

asyncio.run(main2())

# sleep with increasing delays orders the wakeups
async def sleeper(name, delay, log):
    await sleep_until(delay)
    log.append(name)

async def main3():
    log = []
    mark()
    await asyncio.gather(sleeper("slow", 0.03, log), sleeper("fast", 0.01, log), sleeper("mid", 0.02, log))
    print(log)

asyncio.run(main3())
