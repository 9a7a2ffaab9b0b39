# Queue (FIFO), LifoQueue, PriorityQueue, SimpleQueue ordering and sizes.
import queue

def drain(q):
    out = []
    while not q.empty():
        out.append(q.get())
    return out

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for v in (3, 1, 4, 1, 5, 9, 2, 6):
        q.put(v)
    print(cls.__name__, "qsize:", q.qsize(), "maxsize:", q.maxsize, "full:", q.full())
    print(" ", drain(q), "empty:", q.empty())

# PriorityQueue with (priority, item) tuples
pq = queue.PriorityQueue()
for item in [(2, "b"), (1, "a"), (3, "c"), (1, "a0")]:
    pq.put(item)
print([pq.get() for _ in range(4)])

sq = queue.SimpleQueue()
for v in "abc":
    sq.put(v)
sq.put_nowait("d")
print(type(sq).__name__, sq.qsize(), sq.empty())
print([sq.get() for _ in range(3)], sq.get_nowait(), sq.empty())

# put_nowait / get_nowait
q = queue.Queue()
q.put_nowait("x")
print(q.get_nowait())

# maxsize and full
q = queue.Queue(maxsize=2)
q.put(1)
print("full at 1:", q.full())
q.put(2)
print("full at 2:", q.full(), q.qsize())
print(q.get(), q.full())

# maxsize <= 0 means unbounded
q = queue.Queue(0)
for i in range(100):
    q.put_nowait(i)
print("unbounded:", q.qsize(), q.full())
q = queue.LifoQueue(-5)
q.put(1)
print("negative maxsize full:", q.full())

# None and other objects are fine as items
q = queue.Queue()
q.put(None)
q.put([1, 2])
print(q.get(), q.get())
