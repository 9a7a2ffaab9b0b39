# gc.collect(generation): young garbage is found by a generation-0 collection, survivors
# move to older generations, and bad generations are rejected.
import gc

gc.disable()
gc.collect()
log = []

class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


def cycle(name):
    n = Node(name)
    n.me = n
    return n


def show(label, n):
    print(label, n, sorted(log))
    log.clear()


x = cycle("young")
del x
show("collect(0):", gc.collect(0))

x = cycle("young1")
del x
show("collect(1):", gc.collect(1))

x = cycle("young2")
del x
show("collect(2):", gc.collect(2))

x = cycle("aged-once")
show("survive collect(0):", gc.collect(0))
del x
show("collect(0) misses gen1:", gc.collect(0))
show("collect(1) finds it:", gc.collect(1))

x = cycle("aged-twice")
gc.collect(0)
gc.collect(1)
del x
show("collect(0) misses gen2:", gc.collect(0))
show("collect(1) misses gen2:", gc.collect(1))
show("collect(2) finds it:", gc.collect(2))

x = cycle("default")
del x
show("collect():", gc.collect())
x = cycle("keyword")
del x
show("collect(generation=2):", gc.collect(generation=2))

print("-- counts right after collections")
gc.collect()
print(gc.get_count())
gc.collect(0)
print(gc.get_count())
gc.collect(0)
print(gc.get_count())
gc.collect(1)
print(gc.get_count())
gc.collect()
print(gc.get_count())

print("-- invalid generations")
for gen in [3, -1, 100, -100]:
    try:
        gc.collect(gen)
    except ValueError as e:
        print(gen, type(e).__name__, e)
for gen in ["0", 1.0, None]:
    try:
        gc.collect(gen)
    except TypeError as e:
        print(repr(gen), type(e).__name__, e)
try:
    gc.collect(True)
    print("collect(True) ok")
except Exception as e:
    print(type(e).__name__, e)
try:
    gc.collect(0, 1)
except TypeError as e:
    print(type(e).__name__, e)
