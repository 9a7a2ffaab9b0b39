# Threads that sleep run concurrently: four 0.2s sleeps finish well under 0.8s.
import threading
import time

def nap():
    time.sleep(0.2)

start = time.monotonic()
threads = [threading.Thread(target=nap) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.monotonic() - start
print("at least one sleep:", elapsed >= 0.19)
print("overlapped:", elapsed < 0.6)

# Event.wait in several threads also overlaps
ev = threading.Event()
start = time.monotonic()
results = []
lock = threading.Lock()
def waiter():
    r = ev.wait(0.1)
    with lock:
        results.append(r)
threads = [threading.Thread(target=waiter) for _ in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.monotonic() - start
print(results, "overlapped:", elapsed < 0.4)

# the main thread keeps running while a worker sleeps
flag = []
t = threading.Thread(target=lambda: (time.sleep(0.1), flag.append("worker")))
t.start()
flag.append("main")
t.join()
print(flag)
