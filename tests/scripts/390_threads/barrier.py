# threading.Barrier: parties, wait indices, action, abort, reset, timeouts.
import threading

b = threading.Barrier(3)
print("parties:", b.parties, "n_waiting:", b.n_waiting, "broken:", b.broken)

indices = []
lock = threading.Lock()
def worker():
    i = b.wait()
    with lock:
        indices.append(i)
threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("indices:", sorted(indices), "n_waiting:", b.n_waiting)

# reusable for another round
indices.clear()
threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
indices.append(b.wait())
for t in threads:
    t.join()
print("second round:", sorted(indices))

# action runs exactly once per round
actions = []
b2 = threading.Barrier(2, action=lambda: actions.append("action"))
t = threading.Thread(target=b2.wait)
t.start()
b2.wait()
t.join()
print(actions)

# abort breaks the barrier for waiting threads
b3 = threading.Barrier(3)
errors = []
def waiter():
    try:
        b3.wait()
    except threading.BrokenBarrierError as e:
        with lock:
            errors.append(type(e).__name__)
ts = [threading.Thread(target=waiter) for _ in range(2)]
for t in ts:
    t.start()
while b3.n_waiting < 2:
    threading.Event().wait(0.001)
b3.abort()
for t in ts:
    t.join()
print("errors:", errors, "broken:", b3.broken)
try:
    b3.wait()
except threading.BrokenBarrierError as e:
    print("wait on broken:", type(e).__name__, e.args)
b3.reset()
print("after reset broken:", b3.broken, "n_waiting:", b3.n_waiting)

# a timeout breaks the barrier
b4 = threading.Barrier(2)
try:
    b4.wait(0.02)
except threading.BrokenBarrierError:
    print("timeout -> BrokenBarrierError, broken:", b4.broken)
b5 = threading.Barrier(2, timeout=0.02)
try:
    b5.wait()
except threading.BrokenBarrierError:
    print("default timeout -> broken:", b5.broken)

print(issubclass(threading.BrokenBarrierError, RuntimeError))

# a single-party barrier never blocks
b1 = threading.Barrier(1)
print("single:", b1.wait(), b1.wait())

# action raising breaks the barrier
def bad_action():
    raise KeyError("oops")
b6 = threading.Barrier(1, action=bad_action)
try:
    b6.wait()
except KeyError as e:
    print("action raised:", repr(e), "broken:", b6.broken)
