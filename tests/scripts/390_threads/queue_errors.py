# queue.Empty / queue.Full for non-blocking and timed operations.
import queue
import time

print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Empty.__name__, queue.Full.__name__)

q = queue.Queue(maxsize=1)
for label, f in [
    ("get(block=False)", lambda: q.get(block=False)),
    ("get_nowait()", q.get_nowait),
    ("get(timeout=0.01)", lambda: q.get(timeout=0.01)),
    ("get(True, 0.01)", lambda: q.get(True, 0.01)),
]:
    try:
        f()
    except queue.Empty as e:
        print(label, "-> Empty", repr(str(e)))

q.put("only")
for label, f in [
    ("put(block=False)", lambda: q.put("x", block=False)),
    ("put_nowait()", lambda: q.put_nowait("x")),
    ("put(timeout=0.01)", lambda: q.put("x", timeout=0.01)),
]:
    try:
        f()
    except queue.Full as e:
        print(label, "-> Full", repr(str(e)))
print("still holds:", q.qsize(), q.get())

try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
q.put(1)
try:
    q.put(2, timeout=-1)
except ValueError as e:
    print("ValueError:", e)

# timeout waits roughly that long
q = queue.Queue()
start = time.monotonic()
try:
    q.get(timeout=0.05)
except queue.Empty:
    pass
print("waited:", 0.04 <= time.monotonic() - start < 1)

# the timeout is ignored when block is False (raises immediately)
try:
    q.get(False, 10)
except queue.Empty:
    print("non-blocking ignores timeout")

# LifoQueue / PriorityQueue / SimpleQueue raise the same exceptions
for q in (queue.LifoQueue(), queue.PriorityQueue(), queue.SimpleQueue()):
    try:
        q.get_nowait()
    except queue.Empty:
        print(type(q).__name__, "Empty")
try:
    queue.SimpleQueue().get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue timed Empty")
try:
    queue.SimpleQueue().get(timeout=-1)
except ValueError as e:
    print("SimpleQueue ValueError:", e)
