# Subclassing threading.Thread and overriding run().
import threading

class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"counter-{n}")
        self.n = n
        self.total = None

    def run(self):
        self.total = sum(range(self.n))
        self.inside = threading.current_thread() is self

threads = [Counter(n) for n in (10, 100, 1000)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for t in threads:
    print(t.name, t.total, t.inside)

# run() overriding ignores target unless it calls super().run()
class Wrapped(threading.Thread):
    def run(self):
        log.append("before")
        super().run()
        log.append("after")

log = []
w = Wrapped(target=log.append, args=("target",))
w.start()
w.join()
print(log)

# calling run() directly runs in the current thread
class Direct(threading.Thread):
    def run(self):
        self.where = threading.current_thread().name

d = Direct()
d.run()
print("direct run in:", d.where, "alive:", d.is_alive())

# isinstance checks
print(isinstance(w, threading.Thread), issubclass(Counter, threading.Thread))
