# Suspended coroutines and async generators in reference cycles are closed by the
# collector: their finally blocks run during gc.collect().
import gc
import types

gc.disable()
gc.collect()
log = []


def collect(label):
    n = gc.collect()
    print(label, "collected", n, "finalized", sorted(log))
    log.clear()


@types.coroutine
def suspend():
    yield "suspended"


class Awaitable:
    def __init__(self, name):
        self.name = name

    def __await__(self):
        try:
            yield self.name
        finally:
            log.append("await " + self.name)


async def worker(box, name):
    me = box[0]
    try:
        await suspend()
        log.append("not reached")
    finally:
        log.append("finally " + name)


print("-- coroutine suspended, referencing itself through a list")
box = []
c = worker(box, "c1")
box.append(c)
print(c.send(None))
del c, box
print("before collect:", log)
collect("coroutine:")

print("-- coroutine awaiting a custom awaitable")
async def waiter(box):
    me = box
    try:
        await Awaitable("inner")
    finally:
        log.append("finally waiter")

box = []
c = waiter(box)
box.append(c)
print(c.send(None))
del c, box
collect("coroutine+awaitable:")

print("-- coroutine stored as an attribute of an object it holds")
class Holder:
    pass

async def held(h):
    try:
        await suspend()
    finally:
        log.append("finally held")

h = Holder()
h.coro = held(h)
print(h.coro.send(None))
del h
collect("coroutine attr:")

print("-- async generator suspended at a yield")
async def agen(box):
    me = box
    try:
        yield 1
        yield 2
    finally:
        log.append("finally agen")

box = []
ag = agen(box)
box.append(ag)
try:
    ag.__anext__().send(None)
except StopIteration as e:
    print("first value:", e.value)
del ag, box
collect("async generator:")

print("-- finished coroutine in a cycle")
async def quick(box):
    me = box
    return "done"

box = []
c = quick(box)
box.append(c)
try:
    c.send(None)
except StopIteration as e:
    print("returned:", e.value)
del c, box
collect("finished coroutine:")
