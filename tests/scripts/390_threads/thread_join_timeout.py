# join(timeout) on a thread blocked on an Event returns with the thread still alive.
import threading
import time

ev = threading.Event()
t = threading.Thread(target=ev.wait)
t.start()
start = time.monotonic()
r = t.join(0.05)
elapsed = time.monotonic() - start
print("join returned:", r)
print("still alive:", t.is_alive())
print("waited roughly the timeout:", 0.04 <= elapsed < 0.5)
print("join(0) returns immediately:", t.join(0), t.is_alive())
ev.set()
t.join(5)
print("alive after set+join:", t.is_alive())

# join with timeout None waits for completion
ev2 = threading.Event()
def slow():
    time.sleep(0.05)
    ev2.set()
t2 = threading.Thread(target=slow)
t2.start()
t2.join(None)
print("completed:", ev2.is_set(), t2.is_alive())

# a negative timeout behaves like 0
ev3 = threading.Event()
t3 = threading.Thread(target=ev3.wait)
t3.start()
t3.join(-1)
print("negative timeout alive:", t3.is_alive())
ev3.set()
t3.join()
print("done:", t3.is_alive())
