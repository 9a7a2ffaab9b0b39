# set_debug/get_debug flag values and get_objects() argument checking.
import gc

gc.disable()
print("flags:", gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE,
      gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print("LEAK composition:", gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
print("default debug:", gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print("set SAVEALL:", gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL | gc.DEBUG_UNCOLLECTABLE)
print("combined:", gc.get_debug())
gc.set_debug(0)
print("cleared:", gc.get_debug())

for bad in ["1", 1.0, None]:
    try:
        gc.set_debug(bad)
    except TypeError as e:
        print("set_debug", repr(bad), type(e).__name__, e)
print("set_debug returns:", gc.set_debug(0))

print("-- get_objects")
objs = gc.get_objects()
print("type:", type(objs).__name__)
marker = ["marker list"]
print("contains a live list:", any(o is marker for o in gc.get_objects()))
print("does not contain ints:", not any(type(o) is int for o in gc.get_objects()))
for gen in range(3):
    print("generation", gen, type(gc.get_objects(generation=gen)).__name__)
print("generation=None:", type(gc.get_objects(generation=None)).__name__)
for gen in [3, -1, -2, 10]:
    try:
        print(gen, "accepted:", type(gc.get_objects(generation=gen)).__name__)
    except ValueError as e:
        print(gen, type(e).__name__, e)

print("-- new objects start in generation 0")
gc.collect()
fresh = ["fresh"]
print("in gen 0:", any(o is fresh for o in gc.get_objects(generation=0)))
print("in gen 2:", any(o is fresh for o in gc.get_objects(generation=2)))
gc.collect()
print("after collect, gen 2:", any(o is fresh for o in gc.get_objects(generation=2)))
print("after collect, gen 0:", any(o is fresh for o in gc.get_objects(generation=0)))
gc.collect(0)
