# threading.Timer: fires after the interval, or not at all when cancelled.
import threading
import time

fired = []
t = threading.Timer(0.02, fired.append, args=("first",))
print(type(t).__name__, isinstance(t, threading.Thread))
print("interval:", t.interval)
t.start()
t.join()
print(fired, "finished:", t.finished.is_set())

# kwargs
t = threading.Timer(0.01, lambda **kw: fired.append(sorted(kw.items())), kwargs={"a": 1})
t.start()
t.join()
print(fired[-1])

# cancel before it fires
t = threading.Timer(10, fired.append, args=("never",))
t.start()
start = time.monotonic()
t.cancel()
t.join()
print("cancelled quickly:", time.monotonic() - start < 1, fired[-1] != "never")

# cancel before start
t = threading.Timer(0.01, fired.append, args=("also never",))
t.cancel()
t.start()
t.join()
print("cancel before start:", fired[-1] != "also never")

# cancel after firing is harmless
t = threading.Timer(0, fired.append, args=("zero",))
t.start()
t.join()
t.cancel()
print(fired[-1])

# the timer does not fire early
stamps = []
begin = time.monotonic()
t = threading.Timer(0.05, lambda: stamps.append(time.monotonic() - begin))
t.start()
t.join()
print("not early:", stamps[0] >= 0.04)

# several timers fire in order of their delay
order = []
lock = threading.Lock()
def note(x):
    with lock:
        order.append(x)
timers = [threading.Timer(d, note, args=(d,)) for d in (0.15, 0.0, 0.3)]
for tm in timers:
    tm.start()
for tm in timers:
    tm.join()
print(order)
