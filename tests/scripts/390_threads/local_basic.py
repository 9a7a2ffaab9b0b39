# threading.local: per-thread attribute storage.
import threading

data = threading.local()
print(type(data).__name__, threading.local is not None)
data.x = "main"
data.shared = [1]

seen = {}
lock = threading.Lock()
def worker(i):
    try:
        data.x
    except AttributeError as e:
        with lock:
            seen[(i, "err")] = str(e)
    data.x = i
    threading.Event().wait(0.01)
    with lock:
        seen[i] = (data.x, hasattr(data, "shared"))

threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(seen, key=str):
    print(k, seen[k])
print("main value kept:", data.x, data.shared)

# __dict__ is per-thread
d = {}
def dict_worker():
    data.y = 5
    d["keys"] = sorted(data.__dict__)
t = threading.Thread(target=dict_worker)
t.start()
t.join()
print(d["keys"], sorted(data.__dict__))

# delattr, getattr default
del data.x
print(hasattr(data, "x"), getattr(data, "x", "default"))
try:
    del data.nope
except AttributeError:
    print("AttributeError on del")

# local() takes no arguments unless subclassed with __init__
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
