# A bound method stored on its own instance forms a cycle.
import gc
import weakref

gc.disable()
gc.collect()
log = []

class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)

    def method(self):
        return self.name


def collect(label):
    n = gc.collect()
    print(label, "collected", n, "finalized", sorted(log))
    log.clear()


o = Obj("bm")
o.callback = o.method
print("call stored method:", o.callback())
del o
print("after del, finalized:", log)
collect("bound method on self:")

print("-- bound method in a list held by the instance")
o = Obj("listed")
o.handlers = [o.method, o.method]
del o
collect("methods in list:")

print("-- bound method of another object")
a = Obj("a")
b = Obj("b")
a.peer = b.method
b.peer = a.method
del a, b
collect("crossed methods:")

print("-- bound method not stored: no cycle")
o = Obj("temp")
m = o.method
print("method self is o:", m.__self__ is o)
del o
print("still alive via method:", log)
del m
print("freed by refcount:", log)
log.clear()
collect("nothing:")

print("-- weakref to the instance in a method cycle")
o = Obj("weak")
o.m = o.method
w = weakref.ref(o, lambda r: log.append("callback"))
del o
collect("with weakref:")
print("weakref dead:", w() is None)
