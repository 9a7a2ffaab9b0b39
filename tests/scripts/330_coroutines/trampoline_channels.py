# Producer/consumer over a bounded channel implemented with custom awaitables and a tiny scheduler.
from collections import deque

class Channel:
    def __init__(self, cap):
        self.cap = cap
        self.items = deque()
        self.closed = False
    def put(self, item):
        return PutOp(self, item)
    def get(self):
        return GetOp(self)

class PutOp:
    def __init__(self, ch, item):
        self.ch, self.item = ch, item
    def __await__(self):
        while len(self.ch.items) >= self.ch.cap:
            yield ("blocked-put", self.item)
        self.ch.items.append(self.item)

class GetOp:
    def __init__(self, ch):
        self.ch = ch
    def __await__(self):
        while not self.ch.items:
            if self.ch.closed:
                return None
            yield ("blocked-get",)
        return self.ch.items.popleft()

class Switch:
    def __await__(self):
        yield ("switch",)

def run_all(tasks):
    queue = deque(tasks)
    while queue:
        name, coro = queue.popleft()
        try:
            why = coro.send(None)
            print(f"  {name} waits: {why}")
            queue.append((name, coro))
        except StopIteration as e:
            print(f"  {name} finished: {e.value}")

async def producer(ch, n):
    for i in range(n):
        await ch.put(i)
        print(f"put {i} (size {len(ch.items)})")
    ch.closed = True
    return "produced %d" % n

async def consumer(ch, name):
    got = []
    while True:
        v = await ch.get()
        if v is None:
            return got
        print(f"{name} got {v}")
        got.append(v)
        await Switch()

ch = Channel(2)
run_all([("P", producer(ch, 5)), ("C1", consumer(ch, "C1")), ("C2", consumer(ch, "C2"))])
