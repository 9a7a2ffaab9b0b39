# A shared counter protected by a lock reaches the exact total.
import threading

counter = 0
lock = threading.Lock()
N = 4
ITER = 2000

def inc():
    global counter
    for _ in range(ITER):
        with lock:
            counter += 1

threads = [threading.Thread(target=inc) for _ in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter, counter == N * ITER)

# the same with an RLock and explicit acquire/release
total = {"v": 0}
rlock = threading.RLock()
def add(k):
    for _ in range(500):
        rlock.acquire()
        try:
            with rlock:
                total["v"] += k
        finally:
            rlock.release()
threads = [threading.Thread(target=add, args=(k,)) for k in (1, 2, 3, 4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total["v"])

# per-thread partial sums combined at the end
partials = [0] * 4
def partial(i):
    partials[i] = sum(range(i * 1000, (i + 1) * 1000))
threads = [threading.Thread(target=partial, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sum(partials) == sum(range(4000)), sum(partials))
