# asyncio.Semaphore limits concurrency; waiters acquire in FIFO order.
import asyncio

async def main():
    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]
    log = []

    async def job(name, steps):
        async with sem:
            active.append(name)
            peak[0] = max(peak[0], len(active))
            log.append(f"{name} start (active {sorted(active)})")
            for _ in range(steps):
                await asyncio.sleep(0)
            active.remove(name)
            log.append(f"{name} end")

    await asyncio.gather(*(job(n, s) for n, s in [("a", 3), ("b", 1), ("c", 1), ("d", 2), ("e", 0)]))
    print("\n".join(log))
    print("peak concurrency:", peak[0])

    # manual acquire/release and locked()
    s = asyncio.Semaphore(1)
    print("locked:", s.locked())
    print(await s.acquire(), "locked:", s.locked())
    s.release()
    s.release()  # plain Semaphore allows going above the initial value
    print("after two releases locked:", s.locked())
    await s.acquire()
    await s.acquire()
    print("acquired twice, locked:", s.locked())

    # zero-valued semaphore blocks until released
    z = asyncio.Semaphore(0)
    order = []
    async def waiter(n):
        await z.acquire()
        order.append(n)
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("none yet:", order)
    z.release()
    await asyncio.sleep(0)
    print("one released:", order)
    z.release()
    z.release()
    await asyncio.gather(*ws)
    print("all:", order)

    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(type(e).__name__, e)

asyncio.run(main())
