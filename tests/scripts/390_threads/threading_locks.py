# threading.Lock and threading.RLock.
import threading

lock = threading.Lock()
print(type(lock).__name__, threading.Lock is not None)
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with lock:
    print("with:", lock.locked())
print("after:", lock.locked())

r = threading.RLock()
print(type(r).__name__)
print(r.acquire(), r.acquire(), r.acquire(timeout=0.01))
for _ in range(3):
    r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# recursive use through a function that re-enters
def recurse(n):
    with r:
        if n:
            return 1 + recurse(n - 1)
        return 0
print("depth:", recurse(20))

# another thread blocks until the RLock is fully released
events = []
other_events = []
r.acquire()
r.acquire()
def other():
    got = r.acquire(timeout=5)
    other_events.append(("other got it", got))
    r.release()
t = threading.Thread(target=other)
t.start()
r.release()
events.append("main released once")
t.join(0.05)
events.append(("other alive", t.is_alive()))
r.release()
events.append("main released twice")
t.join()
for e in events + other_events:
    print(e)

# non-owner release
r.acquire()
errs = []
def bad_release():
    try:
        r.release()
    except RuntimeError as e:
        errs.append(str(e))
t = threading.Thread(target=bad_release)
t.start()
t.join()
r.release()
print(errs)
