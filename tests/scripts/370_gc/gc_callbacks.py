# gc.callbacks: called with ("start", info) and ("stop", info) around every collection.
import gc

gc.disable()
gc.collect()
events = []

def cb(phase, info):
    events.append((phase, sorted(info), info["generation"], info["collected"], info["uncollectable"]))


print("callbacks is a list:", type(gc.callbacks).__name__, gc.callbacks)
gc.callbacks.append(cb)

gc.collect()
for e in events:
    print(e)
events.clear()

class Node:
    pass

for i in range(3):
    n = Node()
    n.me = n
del n
l = []
l.append(l)
del l
print("collect returned:", gc.collect())
for e in events:
    print(e)
events.clear()

gc.collect(0)
gc.collect(1)
print([(e[0], e[2]) for e in events])
events.clear()

print("-- several callbacks run in list order")
order = []
gc.callbacks.append(lambda phase, info: order.append(("second", phase)))
gc.callbacks.insert(0, lambda phase, info: order.append(("first", phase)))
gc.collect()
print(order)
events.clear()

print("-- a callback that raises does not stop the collection")
def bad(phase, info):
    raise RuntimeError("callback failed")

gc.callbacks[:] = [bad, cb]
x = Node()
x.me = x
del x
print("collect returned:", gc.collect())
print([(e[0], e[3]) for e in events])
events.clear()

print("-- callback sees info as a dict")
seen = []
gc.callbacks[:] = [lambda phase, info: seen.append(type(info).__name__)]
gc.collect()
print(seen)

gc.callbacks.clear()
gc.collect()
print("after clear:", gc.callbacks, seen)
