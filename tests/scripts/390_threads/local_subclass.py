# threading.local subclass: __init__ re-runs per thread with the original arguments.
import threading

inits = []
lock = threading.Lock()

class MyLocal(threading.local):
    color = "red"          # class attribute, shared

    def __init__(self, start, *, step=1):
        with lock:
            inits.append((threading.current_thread().name, start, step))
        self.value = start
        self.step = step

    def bump(self):
        self.value += self.step
        return self.value

loc = MyLocal(10, step=5)
loc.bump()
print("main:", loc.value, loc.color)

results = {}
def worker():
    name = threading.current_thread().name
    vals = [loc.bump(), loc.bump()]
    with lock:
        results[name] = vals

threads = [threading.Thread(target=worker, name=f"t{i}") for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in sorted(results):
    print(name, results[name])
print("inits:", sorted(inits))
print("main unchanged:", loc.value)

# __init__ runs lazily: a thread that never touches the object does not call it
before = len(inits)
t = threading.Thread(target=lambda: None)
t.start()
t.join()
print("no touch, no init:", len(inits) == before)

# class attributes visible, instance attributes set in another thread are not
loc.extra = "main only"
seen = []
def check():
    seen.append((loc.color, hasattr(loc, "extra"), loc.value))
t = threading.Thread(target=check)
t.start()
t.join()
print(seen)

# subclass with __slots__-free plain attributes and no __init__
class Plain(threading.local):
    pass
p = Plain()
p.a = 1
out = []
t = threading.Thread(target=lambda: out.append(getattr(p, "a", None)))
t.start()
t.join()
print(out)
try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)
