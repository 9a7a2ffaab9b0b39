# DEBUG_SAVEALL: unreachable objects are appended to gc.garbage instead of being freed.
import gc

gc.disable()
gc.collect()
log = []

class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


print("garbage is a list:", type(gc.garbage).__name__, gc.garbage)
gc.set_debug(gc.DEBUG_SAVEALL)
print("debug:", gc.get_debug() == gc.DEBUG_SAVEALL)

a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
n = gc.collect()
print("collected:", n, "finalized:", sorted(log))
log.clear()
print("saved:", len(gc.garbage), sorted(type(o).__name__ for o in gc.garbage))
print("names:", sorted(o.name for o in gc.garbage if isinstance(o, Node)))
print("still linked:", all(o.other.other is o for o in gc.garbage if isinstance(o, Node)))

l = []
l.append(l)
del l
n = gc.collect()
print("list cycle collected:", n, "garbage size:", len(gc.garbage))
print("types:", sorted(type(o).__name__ for o in gc.garbage))

n = gc.collect()
print("collect again finds nothing new:", n, len(gc.garbage))

gc.set_debug(0)
print("debug off:", gc.get_debug())
gc.garbage.clear()
n = gc.collect()
print("after clearing garbage:", n, "finalized again:", log)

print("-- without SAVEALL gc.garbage stays empty")
a = Node("c")
a.me = a
del a
print("collected:", gc.collect(), gc.garbage, sorted(log))
log.clear()

print("-- gc.garbage can be replaced by list operations")
gc.garbage.append("user value")
print(gc.garbage)
del gc.garbage[:]
print(gc.garbage)
