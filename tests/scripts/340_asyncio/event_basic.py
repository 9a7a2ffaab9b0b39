# asyncio.Event: wait/set/clear/is_set and waking multiple waiters.
import asyncio

async def main():
    ev = asyncio.Event()
    print("is_set:", ev.is_set())
    log = []

    async def waiter(name):
        log.append(f"{name} waiting")
        r = await ev.wait()
        log.append(f"{name} woke with {r}")

    ws = [asyncio.create_task(waiter(f"w{i}")) for i in range(3)]
    await asyncio.sleep(0)
    log.append("setting")
    ev.set()
    print("is_set after set:", ev.is_set())
    await asyncio.gather(*ws)
    print("\n".join(log))

    # wait on an already-set event returns immediately
    print("immediate:", await ev.wait())

    ev.clear()
    print("after clear:", ev.is_set())

    # set then clear before waiters run: waiters still wake
    log.clear()
    ws = [asyncio.create_task(waiter(f"x{i}")) for i in range(2)]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await asyncio.gather(*ws)
    print(log, "is_set:", ev.is_set())

    # waiting with a timeout
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except asyncio.TimeoutError:
        print("wait timed out")

    # an event used as a start signal
    start = asyncio.Event()
    order = []
    async def runner(n):
        await start.wait()
        order.append(n)
    rs = [asyncio.create_task(runner(i)) for i in range(4)]
    await asyncio.sleep(0.01)
    print("before start:", order)
    start.set()
    await asyncio.gather(*rs)
    print("after start:", order)

asyncio.run(main())
