# ag_running, ag_frame, ag_await, ag_code and names of async generators.
import types

@types.coroutine
def pause(tag):
    yield tag

holder = {}

async def agen():
    holder["running_inside"] = g.ag_running
    await pause("p1")
    yield "v1"
    await pause("p2")
    yield "v2"

g = agen()
print(g.__name__, g.__qualname__, g.ag_code.co_name)
print("created: running", g.ag_running, "frame None?", g.ag_frame is None, "await", g.ag_await)
aw = g.__anext__()
print(aw.send(None))
print("running inside:", holder["running_inside"])
print("mid-await: running", g.ag_running, "ag_await type", type(g.ag_await).__name__)
try:
    aw.send(None)
except StopIteration as e:
    print("yielded", e.value)
print("suspended at yield: running", g.ag_running, "ag_await", g.ag_await)

# __anext__ while the previous one is still in progress
aw = g.__anext__()
print(aw.send(None))
aw2 = g.__anext__()
try:
    aw2.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    aw.send(None)
except StopIteration as e:
    print("yielded", e.value)
aw3 = g.__anext__()
try:
    aw3.send(None)
except StopAsyncIteration:
    print("exhausted")
print("done: running", g.ag_running, "frame None?", g.ag_frame is None)

class C:
    async def method_gen(self):
        yield 1
m = C().method_gen()
print(m.__name__, m.__qualname__)
m.__name__ = "x"
m.__qualname__ = "C.x"
print(m.__name__, m.__qualname__, m.ag_code.co_name)
