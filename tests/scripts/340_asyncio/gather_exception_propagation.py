# gather without return_exceptions: the first exception propagates, other children keep running.
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

async def slow(name, delay, gate=None):
    try:
        await sleep_until(delay)
        if gate is not None:
            await gate.wait()
        log.append(f"{name} finished")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def fail(delay):
    await sleep_until(delay)
    log.append("fail raising")
    raise RuntimeError("gather child failed")

async def main():
    gate = asyncio.Event()
    mark()
    t_slow = asyncio.create_task(slow("s1", 0.03, gate))
    g = asyncio.gather(t_slow, fail(0.01), slow("s2", 0.02))
    try:
        await g
    except RuntimeError as e:
        print("caught", type(e).__name__, e)
    print("gather done?", g.done(), "slow task done?", t_slow.done())
    # the other children were not cancelled: let them finish
    gate.set()
    await t_slow
    print("slow task done?", t_slow.done(), "result", t_slow.result())
    print(log)

asyncio.run(main())

# two failures: the first one to occur propagates
async def main2():
    mark()
    try:
        await asyncio.gather(fail(0.02), asyncio.sleep(0.01, result=None), fail(0.01))
    except RuntimeError as e:
        print("main2 caught", e)
    await asyncio.sleep(0.03)  # well after both failures

log.clear()
asyncio.run(main2())
print(log)

# cancelling the gather future cancels the children
async def main3():
    log.clear()
    mark()
    g = asyncio.gather(slow("c1", 0.05), slow("c2", 0.05))
    await asyncio.sleep(0.01)
    print("cancel returned", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", g.cancelled())
    print(sorted(log))

asyncio.run(main3())
