# Exceptions in cycles: __context__/__cause__ loops, attributes, and an exception kept in a
# local of the frame its traceback refers to.
import gc
import weakref

gc.disable()
gc.collect()
log = []

class E(Exception):
    def __del__(self):
        log.append("del " + self.tag)


def make(tag):
    e = E()
    e.tag = tag
    return e


def collect(label):
    n = gc.collect()
    print(label, "collected", n, "finalized", sorted(log))
    log.clear()


print("-- __context__ loop")
a = make("a")
b = make("b")
a.__context__ = b
b.__context__ = a
del a, b
collect("context loop:")

print("-- __cause__ loop")
a = make("c1")
b = make("c2")
a.__cause__ = b
b.__cause__ = a
print("suppress_context set:", a.__suppress_context__)
del a, b
collect("cause loop:")

print("-- exception attribute pointing at itself")
a = make("self")
a.me = a
del a
collect("self attr:")

print("-- exception in a list in its own args")
box = []
a = E(box)
a.tag = "args"
box.append(a)
del a, box
collect("args cycle:")

print("-- caught exception without traceback: no cycle")
try:
    raise make("plain")
except E as e:
    e.__traceback__ = None
    kept = e
del kept
print("freed by refcount:", log)
log.clear()

print("-- exception stored in a local of the frame that raised it")
def keep_in_frame():
    try:
        raise make("frame")
    except E as e:
        err = e
    return weakref.ref(err)

w = keep_in_frame()
print("alive after return:", w() is not None, "finalized:", log)
collect("frame cycle:")
print("alive after collect:", w() is not None)

print("-- same, with the traceback cleared before returning")
def clear_tb():
    try:
        raise make("cleared")
    except E as e:
        err = e
    err.__traceback__ = None
    return weakref.ref(err)

w = clear_tb()
print("alive after return:", w() is not None, "finalized:", log)
log.clear()
collect("cleared:")

print("-- same, with the local deleted before returning")
def del_local():
    try:
        raise make("deleted")
    except E as e:
        err = e
    ref = weakref.ref(err)
    del err
    return ref

w = del_local()
print("alive after return:", w() is not None, "finalized:", log)
log.clear()
collect("deleted local:")

print("-- chained exceptions caught in a handler")
def chained():
    try:
        try:
            raise make("inner")
        except E:
            raise make("outer")
    except E as e:
        return e.__context__.tag, e.tag

print(chained())
collect("after chained:")
