# A hand-written round-robin trampoline scheduler: deterministic interleaving of coroutines.
import types
from collections import deque

@types.coroutine
def switch():
    yield ("switch",)

@types.coroutine
def spawn(coro):
    return (yield ("spawn", coro))

class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.results = {}
        self.next_id = 1
    def add(self, coro):
        tid = self.next_id
        self.next_id += 1
        self.ready.append((tid, coro, None))
        return tid
    def run(self):
        while self.ready:
            tid, coro, value = self.ready.popleft()
            try:
                req = coro.send(value)
            except StopIteration as e:
                self.results[tid] = e.value
                print(f"[sched] task {tid} finished -> {e.value!r}")
                continue
            except Exception as e:
                self.results[tid] = e
                print(f"[sched] task {tid} failed: {type(e).__name__}: {e}")
                continue
            if req[0] == "switch":
                self.ready.append((tid, coro, None))
            elif req[0] == "spawn":
                child = self.add(req[1])
                self.ready.append((tid, coro, child))

async def worker(name, n):
    for i in range(n):
        print(f"{name} step {i}")
        await switch()
    return f"{name} did {n}"

async def parent():
    print("parent spawning")
    a = await spawn(worker("child-a", 2))
    b = await spawn(worker("child-b", 1))
    print("parent got ids", a, b)
    await switch()
    print("parent ending")
    return "parent"

async def failing():
    await switch()
    raise ValueError("task exploded")

s = Scheduler()
s.add(worker("A", 3))
s.add(worker("B", 2))
s.add(parent())
s.add(failing())
s.run()
print(sorted((k, repr(v)) for k, v in s.results.items()))
