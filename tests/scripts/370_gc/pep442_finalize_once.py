# __del__ runs at most once per object; gc.is_finalized reports it.
import gc

gc.disable()
gc.collect()
calls = []
keep = []

class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        calls.append(self.name)


class Resurrect(Obj):
    def __del__(self):
        calls.append(self.name)
        keep.append(self)


o = Obj("plain")
print("is_finalized fresh:", gc.is_finalized(o))
o.__del__()
print("explicit __del__ call:", calls, "is_finalized:", gc.is_finalized(o))
del o
print("then freed:", calls)
calls.clear()

print("-- refcount resurrection, then freed again")
r = Resurrect("r")
del r
print("first release:", calls)
r = keep.pop()
print("is_finalized:", gc.is_finalized(r))
del r
print("second release:", calls)
calls.clear()

print("-- gc resurrection, then released by refcount after breaking the cycle")
r = Resurrect("rc")
r.me = r
del r
print("collected:", gc.collect(), calls)
r = keep.pop()
r.me = None
del r
print("after break + del:", calls)
calls.clear()

print("-- many objects, each finalized once")
objs = [Resurrect("m%d" % i) for i in range(5)]
for o in objs:
    o.ring = objs
del o, objs
print("collected:", gc.collect(), sorted(calls))
print("kept:", sorted(k.name for k in keep))
print("all finalized:", all(gc.is_finalized(k) for k in keep))
calls.clear()
keep.clear()
print("collected again:", gc.collect(), calls)

print("-- is_finalized of non-finalizable objects")
print(gc.is_finalized([]), gc.is_finalized(1), gc.is_finalized("s"), gc.is_finalized(None))

print("-- an exception in __del__ does not stop the object from being freed")
class Bad:
    def __del__(self):
        calls.append("bad")
        raise ValueError("ignored")

b = Bad()
b.me = b
del b
print("collected:", gc.collect(), calls)
calls.clear()
b = Bad()
del b
print("refcount:", calls)
