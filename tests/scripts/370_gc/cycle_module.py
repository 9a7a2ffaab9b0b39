# types.ModuleType instances whose namespace refers back to the module.
import gc
import sys
import types
import weakref

gc.disable()
gc.collect()
log = []

class Sentinel:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


def collect(label):
    n = gc.collect()
    print(label, "collected", n, "finalized", sorted(log))
    log.clear()


m = types.ModuleType("fake")
m.me = m
m.token = Sentinel("module-token")
wm = weakref.ref(m, lambda r: print("module callback"))
del m
print("alive before collect:", wm() is not None)
collect("module self:")
print("alive after collect:", wm() is not None)

print("-- function defined in the module namespace (globals cycle)")
m = types.ModuleType("withfunc")
exec("def f():\n    return f\ntoken = None\n", m.__dict__)
m.token = Sentinel("exec-token")
print("f() is f:", m.f() is m.f)
del m
collect("module+function:")

print("-- module registered in sys.modules is kept")
m = types.ModuleType("registered_mod")
m.me = m
m.token = Sentinel("registered")
sys.modules["registered_mod"] = m
del m
collect("registered:")
del sys.modules["registered_mod"]
collect("unregistered:")

print("-- module without a cycle")
m = types.ModuleType("plain")
m.token = Sentinel("plain")
del m
print("freed by refcount:", log)
log.clear()
collect("nothing:")
