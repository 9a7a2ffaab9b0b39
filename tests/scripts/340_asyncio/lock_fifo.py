# asyncio.Lock: mutual exclusion and FIFO fairness among waiters.
import asyncio

async def main():
    lock = asyncio.Lock()
    order = []
    print("locked initially:", lock.locked())

    async def worker(name, hold):
        order.append(f"{name} wants")
        async with lock:
            order.append(f"{name} acquired")
            for _ in range(hold):
                await asyncio.sleep(0)
            order.append(f"{name} releasing")

    tasks = [asyncio.create_task(worker(n, h)) for n, h in [("A", 2), ("B", 1), ("C", 0), ("D", 1)]]
    await asyncio.sleep(0)
    print("locked while A holds:", lock.locked())
    await asyncio.gather(*tasks)
    print("\n".join(order))
    print("locked after:", lock.locked())

    # explicit acquire/release
    print("acquire ->", await lock.acquire(), lock.locked())
    lock.release()
    print("released", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(type(e).__name__, e)

    # protecting a read-modify-write with awaits in between
    counter = {"n": 0}
    async def incr():
        for _ in range(5):
            async with lock:
                v = counter["n"]
                await asyncio.sleep(0)
                counter["n"] = v + 1
    await asyncio.gather(*(incr() for _ in range(4)))
    print("counter with lock:", counter["n"])

    # the same without the lock loses updates
    counter["n"] = 0
    async def racy():
        for _ in range(5):
            v = counter["n"]
            await asyncio.sleep(0)
            counter["n"] = v + 1
    await asyncio.gather(*(racy() for _ in range(4)))
    print("counter without lock:", counter["n"])

    # a cancelled waiter does not get the lock
    await lock.acquire()
    got = []
    async def waiter(n):
        async with lock:
            got.append(n)
    w1 = asyncio.create_task(waiter(1))
    w2 = asyncio.create_task(waiter(2))
    await asyncio.sleep(0)
    w1.cancel()
    await asyncio.sleep(0)
    lock.release()
    await asyncio.gather(w1, w2, return_exceptions=True)
    print("got lock:", got, "w1 cancelled:", w1.cancelled())

asyncio.run(main())
