# inspect.getcoroutinestate across the lifecycle of a coroutine.
import inspect
import types

@types.coroutine
def pause():
    yield

seen = []

async def work():
    seen.append(inspect.getcoroutinestate(c))
    await pause()
    seen.append(inspect.getcoroutinestate(c))
    return "w"

c = work()
print(inspect.getcoroutinestate(c))
c.send(None)
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
print(inspect.getcoroutinestate(c))
print(seen)

# closing a suspended coroutine
c = work()
seen.clear()
c.send(None)
c.close()
print("after close:", inspect.getcoroutinestate(c), seen)

# closing a created coroutine
c2 = work()
c2.close()
print("closed unstarted:", inspect.getcoroutinestate(c2))

# coroutine ending with an exception
async def fails():
    await pause()
    raise ValueError("bad")

c3 = fails()
c3.send(None)
print(inspect.getcoroutinestate(c3))
try:
    c3.send(None)
except ValueError as e:
    print("ValueError", e)
print(inspect.getcoroutinestate(c3))

print(inspect.CORO_CREATED, inspect.CORO_RUNNING, inspect.CORO_SUSPENDED, inspect.CORO_CLOSED)

# getgeneratorstate on the generator-based coroutine
g = pause()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g))
