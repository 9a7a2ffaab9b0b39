# A trampoline scheduler with virtual time: sleep(n) ordered by (wake time, sequence).
import heapq
import types

@types.coroutine
def sleep(dt):
    return (yield ("sleep", dt))

@types.coroutine
def now():
    return (yield ("now",))

class Loop:
    def __init__(self):
        self.time = 0
        self.seq = 0
        self.heap = []
    def spawn(self, coro, at=0):
        self.seq += 1
        heapq.heappush(self.heap, (at, self.seq, coro, None))
    def run(self):
        while self.heap:
            t, _, coro, value = heapq.heappop(self.heap)
            self.time = t
            while True:
                try:
                    req = coro.send(value)
                except StopIteration as e:
                    print(f"t={self.time}: {coro.__name__} returned {e.value!r}")
                    break
                if req[0] == "now":
                    value = self.time
                    continue
                self.seq += 1
                heapq.heappush(self.heap, (self.time + req[1], self.seq, coro, self.time + req[1]))
                break
        return self.time

async def ticker(name, period, count):
    for _ in range(count):
        woke = await sleep(period)
        print(f"t={woke}: {name} tick")
    return name

async def alarm():
    t0 = await now()
    await sleep(7)
    t1 = await now()
    print(f"alarm waited from {t0} to {t1}")
    return t1 - t0

async def chained():
    total = 0
    for d in (1, 2, 3):
        await sleep(d)
        total += d
        print(f"t={await now()}: chained slept {d}")
    return total

loop = Loop()
loop.spawn(ticker("fast", 2, 4))
loop.spawn(ticker("slow", 3, 3))
loop.spawn(alarm())
loop.spawn(chained(), at=1)
print("end time", loop.run())
