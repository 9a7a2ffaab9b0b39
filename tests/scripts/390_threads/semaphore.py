# threading.Semaphore and BoundedSemaphore.
import threading

s = threading.Semaphore(2)
print(type(s).__name__)
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release()
print(s.acquire(False))
s.release(2)          # release(n) adds n
print(s.acquire(False), s.acquire(False), s.acquire(False))
s.release()
s.release()
s.release()           # plain Semaphore can go above its initial value
print([s.acquire(False) for _ in range(4)])

try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
print("zero ok:", threading.Semaphore(0).acquire(False))
print("default value 1:", threading.Semaphore().acquire(False))
try:
    s.release(0)
except ValueError as e:
    print("ValueError:", e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)

with threading.Semaphore(1) as v:
    print("with returns:", v)

b = threading.BoundedSemaphore(2)
print(type(b).__name__)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print("ValueError:", e)
b.release(2)
print("back to full:", b.acquire(False), b.acquire(False), b.acquire(False))

# a semaphore limits concurrency
sem = threading.Semaphore(2)
lock = threading.Lock()
current = 0
peak = 0
def worker():
    global current, peak
    with sem:
        with lock:
            current += 1
            peak = max(peak, current)
        threading.Event().wait(0.02)
        with lock:
            current -= 1
threads = [threading.Thread(target=worker) for _ in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("peak <= 2:", peak <= 2, "final:", current)
