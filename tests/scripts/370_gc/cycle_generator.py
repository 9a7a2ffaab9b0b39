# Suspended generators referencing themselves through a local are collected; the collector
# closes them, so their finally blocks run.
import gc
import weakref

gc.disable()
gc.collect()
log = []


def collect(label):
    n = gc.collect()
    print(label, "collected", n, "finalized", sorted(log))
    log.clear()


def selfish(name):
    me = yield "started"
    try:
        yield "got me: %s" % (me is not None)
        yield "more"
    finally:
        log.append("finally " + name)


g = selfish("g1")
print(next(g))
print(g.send(g))
del g
print("after del, log:", log)
collect("generator self:")

print("-- generator holding a list that holds it")
def holder(box):
    try:
        while True:
            yield len(box)
    finally:
        log.append("finally holder")

box = []
g = holder(box)
box.append(g)
print(next(g))
del g, box
collect("generator+list:")

print("-- unstarted generator in a cycle (no finally runs)")
def never_started(box):
    try:
        yield 1
    finally:
        log.append("never")

box = []
g = never_started(box)
box.append(g)
del g, box
collect("unstarted:")

print("-- finished generator in a cycle")
box = []
g = holder(box)
box.append(g)
next(g)
g.close()
print("closed, log:", log)
log.clear()
del g, box
collect("finished:")

print("-- generator without a cycle is closed by refcount")
def plain():
    try:
        yield 1
    finally:
        log.append("plain finally")

g = plain()
next(g)
del g
print("refcount close:", log)
log.clear()

print("-- generator that yields in finally during collection")
def stubborn(box):
    try:
        yield 1
    finally:
        log.append("stubborn finally")

box = []
g = stubborn(box)
box.append(g)
next(g)
wg = weakref.ref(g)
del g, box
collect("stubborn:")
print("weakref dead:", wg() is None)

print("-- generator expression over a list containing it")
items = [1, 2, 3]
ge = (x for x in items)
items.append(ge)
print(next(ge))
del ge, items
collect("genexpr:")
