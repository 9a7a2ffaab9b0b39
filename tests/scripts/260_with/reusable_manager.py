# A manager object reused and re-entered; tracking depth and state across uses.
class Depth:
    def __init__(self):
        self.depth = 0
        self.log = []
    def __enter__(self):
        self.depth += 1
        self.log.append("in%d" % self.depth)
        return self.depth
    def __exit__(self, t, v, tb):
        self.log.append("out%d" % self.depth)
        self.depth -= 1
d = Depth()
with d as a:
    with d as b:
        with d as c:
            print(a, b, c)
with d:
    pass
print(d.log, d.depth)
class Lock:
    def __init__(self):
        self.held = False
    def __enter__(self):
        if self.held:
            raise RuntimeError("already held")
        self.held = True
        return self
    def __exit__(self, *a):
        self.held = False
lock = Lock()
try:
    with lock:
        with lock:
            pass
except RuntimeError as e:
    print(type(e).__name__, e, lock.held)
