# Producers and consumers connected by a bounded queue, stopped with sentinels.
import queue
import threading

SENTINEL = object()
q = queue.Queue(maxsize=3)
consumed = []
lock = threading.Lock()

def producer(base):
    for i in range(10):
        q.put(base + i)

def consumer():
    while True:
        item = q.get()
        if item is SENTINEL:
            break
        with lock:
            consumed.append(item)

producers = [threading.Thread(target=producer, args=(b,)) for b in (0, 100, 200)]
consumers = [threading.Thread(target=consumer) for _ in range(2)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(SENTINEL)
for t in consumers:
    t.join()
print(len(consumed))
print(sorted(consumed) == sorted(b + i for b in (0, 100, 200) for i in range(10)))
print(sorted(consumed)[:5], sorted(consumed)[-3:])
print("queue empty:", q.empty())

# each producer's items arrive in order (FIFO per producer with one consumer)
q = queue.Queue()
seq = []
def single_consumer():
    while (item := q.get()) is not None:
        seq.append(item)
c = threading.Thread(target=single_consumer)
c.start()
ps = [threading.Thread(target=lambda tag=tag: [q.put((tag, i)) for i in range(20)]) for tag in "ab"]
for p in ps:
    p.start()
for p in ps:
    p.join()
q.put(None)
c.join()
for tag in "ab":
    mine = [i for t, i in seq if t == tag]
    print(tag, mine == list(range(20)))
