# cr_running, cr_await, cr_frame, cr_code, __name__, __qualname__.
import types

@types.coroutine
def pause(tag):
    yield tag

async def inner():
    await pause("inner-pause")
    return "inner-done"

state = {}

async def outer():
    state["running_inside"] = coro.cr_running
    r = await inner()
    await pause("outer-pause")
    return r

coro = outer()
print("code name:", coro.cr_code.co_name, coro.__name__, coro.__qualname__)
print("before start: running", coro.cr_running, "await", coro.cr_await, "frame None?", coro.cr_frame is None)
y = coro.send(None)
print("yielded", y)
print("running inside was", state["running_inside"])
print("suspended: running", coro.cr_running, "frame None?", coro.cr_frame is None)
aw = coro.cr_await
print("cr_await type:", type(aw).__name__, aw.cr_code.co_name)
print("inner cr_await:", type(aw.cr_await).__name__)
y = coro.send(None)
print("yielded", y)
print("now cr_await:", type(coro.cr_await).__name__)
try:
    coro.send(None)
except StopIteration as e:
    print("result", e.value)
print("after: running", coro.cr_running, "await", coro.cr_await, "frame None?", coro.cr_frame is None)

# cr_frame of a suspended coroutine exposes locals
async def with_locals(a):
    b = a * 2
    await pause("p")
    return b

c = with_locals(4)
c.send(None)
c.close()
print("closed frame None?", c.cr_frame is None)

# __name__ and __qualname__ are writable
c = with_locals(1)
c.__name__ = "renamed"
c.__qualname__ = "Q.renamed"
print(c.__name__, c.__qualname__, c.cr_code.co_name)
c.close()

class Holder:
    async def meth(self):
        return 1
m = Holder().meth()
print(m.__qualname__, m.cr_code.co_name)
m.close()
