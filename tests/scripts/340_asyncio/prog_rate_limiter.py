# Program: rate-limit concurrent "API calls" with a Semaphore; track peak concurrency and order.
import asyncio

class Limiter:
    def __init__(self, n):
        self.sem = asyncio.Semaphore(n)
        self.active = 0
        self.peak = 0
        self.log = []

    async def call(self, name, cost):
        self.log.append(f"{name} queued")
        async with self.sem:
            self.active += 1
            self.peak = max(self.peak, self.active)
            self.log.append(f"{name} running ({self.active} active)")
            for _ in range(cost):   # cost in scheduling steps
                await asyncio.sleep(0)
            self.active -= 1
            self.log.append(f"{name} finished")
            return name.upper()

async def main():
    lim = Limiter(2)
    jobs = [("a", 3), ("b", 1), ("c", 5), ("d", 1), ("e", 1)]
    results = await asyncio.gather(*(lim.call(n, c) for n, c in jobs))
    print("\n".join(lim.log))
    print("results:", results)
    print("peak:", lim.peak, "active now:", lim.active)

    # a token-bucket style limiter: at most 2 starts per 'tick' using an Event per tick
    starts = []
    bucket = asyncio.Queue()
    async def refill(ticks):
        for t in range(ticks):
            for _ in range(2):
                bucket.put_nowait(t)
            await asyncio.sleep(0.02)
    async def request(i):
        tick = await bucket.get()
        starts.append((tick, i))
    refiller = asyncio.create_task(refill(3))
    await asyncio.gather(*(request(i) for i in range(6)))
    await refiller
    print("starts per tick:", starts)

asyncio.run(main())
