# A class is always part of a cycle (type <-> __mro__, __dict__ descriptors); classes and
# their instances are freed by the collector. Counts include type internals, so only
# lower bounds are printed.
import gc
import weakref

gc.disable()
gc.collect()
log = []


def collect(label, at_least):
    n = gc.collect()
    print(label, "collected >= %d:" % at_least, n >= at_least, "finalized", sorted(log))
    log.clear()


def make_class(name):
    class C:
        def __del__(self):
            log.append(name + "-instance")
    C.__name__ = name
    return C


print("-- class held by its instance held by the class")
C = make_class("A")
inst = C()
C.instance = inst
wc = weakref.ref(C, lambda r: print("class callback"))
del C, inst
print("class alive before collect:", wc() is not None)
collect("class+instance:", 2)
print("class alive after collect:", wc() is not None)

print("-- class without instances")
C = make_class("B")
wc = weakref.ref(C)
del C
print("alive without collect:", wc() is not None)
collect("bare class:", 1)
print("alive after collect:", wc() is not None)

print("-- instance kept alive by a live reference keeps the class alive")
C = make_class("Kept")
inst = C()
wc = weakref.ref(C)
del C
collect("class reachable:", 0)
print("class alive:", wc() is not None, "name:", type(inst).__name__)
del inst
print("instance freed by refcount:", log)
log.clear()
collect("then class:", 1)
print("class alive:", wc() is not None)

print("-- subclass and base")
Base = make_class("Base")
class Sub(Base):
    pass
ws = weakref.ref(Sub)
wb = weakref.ref(Base)
obj = Sub()
obj.cls = Sub
del Base, Sub
collect("subclass reachable:", 0)
print("alive:", ws() is not None, wb() is not None)
del obj
collect("subclass+base:", 2)
print("alive:", ws() is not None, wb() is not None)

print("-- instance attribute pointing at a class attribute list")
class Registry:
    items = []
    def __init__(self, name):
        self.name = name
        Registry.items.append(self)
    def __del__(self):
        log.append(self.name)

Registry("r1")
Registry("r2")
collect("registry reachable:", 0)
del Registry
collect("registry class gone:", 3)
