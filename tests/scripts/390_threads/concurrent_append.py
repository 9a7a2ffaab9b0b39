# Many threads appending to shared lists; the sorted result is deterministic.
import threading

out = []
def worker(i):
    for j in range(10):
        out.append(i * 100 + j)

threads = [threading.Thread(target=worker, args=(i,)) for i in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(out))
s = sorted(out)
print(s[:12])
print(s == [i * 100 + j for i in range(10) for j in range(10)])

# each thread's own appends keep their relative order
for i in (0, 5, 9):
    mine = [v for v in out if v // 100 == i]
    print(i, mine == sorted(mine))

# dict updates from many threads
d = {}
def fill(i):
    d[i] = threading.current_thread().name
threads = [threading.Thread(target=fill, args=(i,), name=f"n{i}") for i in range(20)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(d), sorted(d.items())[:3])

# set of thread idents seen: one per live-at-once thread (all distinct while alive)
barrier = threading.Barrier(5)
idents = set()
lock = threading.Lock()
def record():
    with lock:
        idents.add(threading.get_ident())
    barrier.wait()
threads = [threading.Thread(target=record) for _ in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("distinct idents:", len(idents))
