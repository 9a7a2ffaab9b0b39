# close() on coroutines: finally blocks run, GeneratorExit handling, ignored GeneratorExit.
import types

@types.coroutine
def pause():
    yield "paused"

async def with_finally(log):
    try:
        log.append("start")
        await pause()
        log.append("not reached")
    finally:
        log.append("finally")

log = []
c = with_finally(log)
c.send(None)
print(c.close(), log)
print("close again:", c.close())

log = []
c = with_finally(log)
c.close()
print("unstarted close:", log)

async def catches_exit():
    try:
        await pause()
    except GeneratorExit:
        print("  got GeneratorExit")
        raise

c = catches_exit()
c.send(None)
c.close()
print("closed cleanly")

stop = False

async def ignores_exit():
    while not stop:
        try:
            await pause()
        except GeneratorExit:
            print("  ignoring GeneratorExit")
    return "finished later"

c = ignores_exit()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)
# the coroutine is still suspended; let it finish normally
stop = True
try:
    c.send(None)
except StopIteration as e:
    print("then finished:", e.value)

async def returns_on_exit():
    try:
        await pause()
    except GeneratorExit:
        return "swallowed"

c = returns_on_exit()
c.send(None)
print("returns on exit:", c.close())

async def raises_other():
    try:
        await pause()
    except GeneratorExit:
        raise ValueError("during close")

c = raises_other()
c.send(None)
try:
    c.close()
except ValueError as e:
    print(type(e).__name__, e)

# close propagates into the awaited inner coroutine first
async def inner():
    try:
        await pause()
    finally:
        print("  inner finally")

async def outer():
    try:
        await inner()
    finally:
        print("  outer finally")

c = outer()
c.send(None)
c.close()
print("nested closed")
