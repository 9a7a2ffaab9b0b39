# Exceptions inside async with: passed to __aexit__, suppression by truthy return.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        return self
    async def __aexit__(self, et, ev, tb):
        print(f"  {self.name}.__aexit__", et.__name__ if et else None, repr(ev), tb is not None)
        return self.suppress

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    except Exception as e:
        return "raised " + type(e).__name__ + ": " + str(e)

async def no_suppress():
    async with CM("ns"):
        raise ValueError("v1")
    return "unreachable"

async def suppress():
    async with CM("s", suppress=True):
        raise ValueError("v2")
    return "continued after suppress"

async def truthy_suppress():
    async with CM("t", suppress=1):
        1 / 0
    return "truthy suppressed"

async def nested():
    async with CM("outer", suppress=True):
        async with CM("inner"):
            raise KeyError("k")
        print("not reached")
    return "outer suppressed inner"

print(run(no_suppress()))
print(run(suppress()))
print(run(truthy_suppress()))
print(run(nested()))

class Replacer:
    async def __aenter__(self):
        return None
    async def __aexit__(self, et, ev, tb):
        raise RuntimeError("replaced") from ev

async def replaced():
    try:
        async with Replacer():
            raise IndexError("orig")
    except RuntimeError as e:
        return f"{e} cause={e.__cause__!r} context={type(e.__context__).__name__}"

print(run(replaced()))

class FailEnter:
    async def __aenter__(self):
        raise OSError("cannot enter")
    async def __aexit__(self, *a):
        print("  exit should not run")

async def fail_enter():
    async with FailEnter():
        print("body should not run")

print(run(fail_enter()))

# exception in __aexit__ when body succeeded
class FailExit:
    async def __aenter__(self):
        return "v"
    async def __aexit__(self, *a):
        print("  FailExit args", a)
        raise LookupError("exit failed")

async def fail_exit():
    async with FailExit() as v:
        print("  body", v)

print(run(fail_exit()))
