# Custom async context managers and async iterators used with real asyncio sleeps.
import asyncio

class Timer:
    log = []   # only used for single-task runs
    per = {}
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await asyncio.sleep(0)
        Timer.per.setdefault(self.name, []).append("enter")
        Timer.log.append(f"enter {self.name}")
        return self
    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        Timer.per[self.name].append(f"exit ({et.__name__ if et else 'ok'})")
        Timer.log.append(f"exit {self.name} ({et.__name__ if et else 'ok'})")
        return et is KeyError

class Countdown:
    def __init__(self, n, delay):
        self.n, self.delay = n, delay
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.n -= 1
        return self.n

async def user(name, n, delay):
    async with Timer(name):
        vals = [v async for v in Countdown(n, delay)]
        Timer.per[name].append(f"got {vals}")
        Timer.log.append(f"{name} got {vals}")
        if name == "k":
            raise KeyError(name)
        if name == "v":
            raise ValueError(name)
    return name

async def main():
    res = await asyncio.gather(user("a", 2, 0), user("b", 1, 0.02), user("k", 1, 0.04), return_exceptions=True)
    print(res)
    # each task's own sequence is deterministic; cross-task timing is not printed
    for name in sorted(Timer.per):
        print(name, Timer.per[name])
    Timer.log.clear()
    try:
        await user("v", 0, 0)
    except ValueError as e:
        print("ValueError", e, Timer.log)

    # interleaving of two async for loops driven by sleep(0)
    order = []
    async def loop(name):
        async for v in Countdown(3, 0):
            order.append(f"{name}{v}")
    await asyncio.gather(loop("x"), loop("y"))
    print(order)

asyncio.run(main())
