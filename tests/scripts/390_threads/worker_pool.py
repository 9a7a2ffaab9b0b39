# A fixed pool of worker threads fed by a queue, results collected through another queue.
import queue
import threading

tasks = queue.Queue()
results = queue.Queue()

def worker():
    while True:
        job = tasks.get()
        if job is None:
            tasks.task_done()
            return
        n, fn = job
        try:
            results.put((n, "ok", fn(n)))
        except Exception as e:
            results.put((n, "error", type(e).__name__))
        finally:
            tasks.task_done()

def work(n):
    if n % 7 == 3:
        raise ZeroDivisionError("bad")
    return n * n

pool = [threading.Thread(target=worker, name=f"pool-{i}") for i in range(4)]
for t in pool:
    t.start()
for n in range(20):
    tasks.put((n, work))
tasks.join()
print("all tasks done, results:", results.qsize())
for _ in pool:
    tasks.put(None)
for t in pool:
    t.join()
print("pool stopped:", [t.is_alive() for t in pool])

collected = []
while True:
    try:
        collected.append(results.get_nowait())
    except queue.Empty:
        break
collected.sort()
for item in collected:
    if item[1] == "error":
        print(item)
print(sum(v for n, status, v in collected if status == "ok"))
print(len(collected), [n for n, _, _ in collected] == list(range(20)))

# a map-like helper preserving input order
def pmap(fn, items, workers=3):
    q = queue.Queue()
    out = [None] * len(items)
    for pair in enumerate(items):
        q.put(pair)
    def run():
        while True:
            try:
                i, x = q.get_nowait()
            except queue.Empty:
                return
            out[i] = fn(x)
    ts = [threading.Thread(target=run) for _ in range(workers)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return out

print(pmap(str.upper, ["a", "b", "c", "d", "e"]))
print(pmap(lambda x: x ** 3, list(range(10))))
