# Weakref callbacks versus __del__: refcount deallocation runs __del__ first, while the
# collector clears weak references (and runs callbacks) before calling finalizers.
import gc
import weakref

gc.disable()
gc.collect()
events = []

class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        events.append("del " + self.name)


def cb(name):
    return lambda ref: events.append("callback " + name + " dead=" + str(ref() is None))


print("-- refcount release")
o = Obj("rc")
w = weakref.ref(o, cb("rc"))
del o
print(events)
events.clear()

print("-- cycle collected")
o = Obj("gc")
o.me = o
w = weakref.ref(o, cb("gc"))
del o
print("collected:", gc.collect())
print(events)
events.clear()

print("-- weakref seen from __del__ during collection")
class Peek(Obj):
    def __del__(self):
        events.append("del sees weakref alive: " + str(wr() is not None))

o = Peek("peek")
o.me = o
wr = weakref.ref(o)
del o
gc.collect()
print(events)
events.clear()

print("-- weakref seen from __del__ during refcount release")
o = Peek("peek2")
wr = weakref.ref(o)
del o
print(events)
events.clear()

print("-- weakref that is itself garbage: no callback")
o = Obj("both")
o.me = o
o.wr = weakref.ref(o, cb("both"))
del o
gc.collect()
print(events)
events.clear()

print("-- several callbacks on one object run newest first")
o = Obj("multi")
w1 = weakref.ref(o, lambda r: events.append("first"))
w2 = weakref.ref(o, lambda r: events.append("second"))
w3 = weakref.ref(o, lambda r: events.append("third"))
del o
print(events)
events.clear()

print("-- callbacks for a collected cycle of several objects")
a = Obj("a")
b = Obj("b")
a.b, b.a = b, a
wa = weakref.ref(a, cb("a"))
wb = weakref.ref(b, cb("b"))
del a, b
print("collected:", gc.collect())
print(sorted(events))
events.clear()

print("-- resurrecting __del__: weakref already cleared")
saved = []
class Res(Obj):
    def __del__(self):
        saved.append(self)

o = Res("res")
o.me = o
w = weakref.ref(o, cb("res"))
del o
print("collected:", gc.collect())
print(events, "weakref:", w(), "saved:", saved[0].name)
events.clear()
