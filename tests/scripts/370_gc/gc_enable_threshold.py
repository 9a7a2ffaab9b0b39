# gc.enable/disable/isenabled and get_threshold/set_threshold.
import gc

print("initially enabled:", gc.isenabled())
gc.disable()
print("after disable:", gc.isenabled())
gc.disable()
print("disable twice:", gc.isenabled())
gc.enable()
print("after enable:", gc.isenabled())
gc.enable()
print("enable twice:", gc.isenabled())

print("default threshold:", gc.get_threshold())
orig = gc.get_threshold()
gc.set_threshold(100)
print("set one:", gc.get_threshold())
gc.set_threshold(50, 5)
print("set two:", gc.get_threshold())
gc.set_threshold(1000, 20, 30)
print("set three:", gc.get_threshold())
gc.set_threshold(0)
print("zero disables automatic collection:", gc.get_threshold(), "isenabled:", gc.isenabled())
gc.set_threshold(*orig)
print("restored:", gc.get_threshold())
print("type:", type(gc.get_threshold()).__name__)

for args in [(), (1, 2, 3, 4), ("x",), (1.5,), (None,)]:
    try:
        gc.set_threshold(*args)
        print("accepted", args, gc.get_threshold())
    except TypeError as e:
        print(args, type(e).__name__, e)
    gc.set_threshold(*orig)
print("after errors:", gc.get_threshold())

try:
    gc.set_threshold(threshold0=5)
except TypeError as e:
    print("keyword:", type(e).__name__, e)

print("return values:", gc.enable(), gc.disable(), gc.set_threshold(*orig))
gc.enable()
print("final:", gc.isenabled(), gc.get_threshold())
