# Exceptions propagating through chains of awaits, with try/except/finally at each level.
import types

@types.coroutine
def pause(tag):
    yield tag

log = []

async def level3(kind):
    try:
        await pause("l3")
        if kind == "value":
            raise ValueError("deep")
        if kind == "key":
            raise KeyError("deep-key")
        return "l3 ok"
    finally:
        log.append("l3 finally")

async def level2(kind):
    try:
        return await level3(kind)
    except ValueError as e:
        log.append("l2 caught " + str(e))
        raise TypeError("converted") from e
    finally:
        log.append("l2 finally")

async def level1(kind):
    try:
        r = await level2(kind)
    except TypeError as e:
        return f"l1 handled {e} (cause {e.__cause__!r})"
    else:
        return "l1 else " + r
    finally:
        log.append("l1 finally")

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
    except BaseException as e:
        return f"escaped {type(e).__name__}: {e}"

for kind in ("none", "value", "key"):
    log.clear()
    print(kind, "->", run(level1(kind)))
    print("  log:", log)

# exception context is preserved across awaits
async def ctx():
    try:
        try:
            await pause("x")
            raise IndexError("first")
        except IndexError:
            await pause("in handler")
            raise AttributeError("second")
    except AttributeError as e:
        return repr(e.__context__)

print(run(ctx()))

# sys.exc_info inside a suspended handler survives switching to another coroutine
import sys
async def handler(name):
    try:
        raise OSError(name)
    except OSError:
        await pause(name)
        return name, str(sys.exc_info()[1])

a, b = handler("a"), handler("b")
a.send(None)
b.send(None)
print(run(a), run(b), sys.exc_info())
