# Errors when awaiting things that are not awaitable.
def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        print("ok", e.value)
    except Exception as e:
        print(type(e).__name__, "|", e)

async def aw(x):
    return await x

drive(aw(5))
drive(aw("str"))
drive(aw(None))
drive(aw([1, 2]))

class NonIter:
    def __await__(self):
        return 42

drive(aw(NonIter()))

class ReturnsList:
    def __await__(self):
        return [1, 2, 3]

drive(aw(ReturnsList()))

async def c():
    return 1

class ReturnsCoro:
    def __init__(self):
        self.c = c()
    def __await__(self):
        return self.c

r = ReturnsCoro()
drive(aw(r))
r.c.close()

class RaisesInAwait:
    def __await__(self):
        raise ValueError("boom in __await__")

drive(aw(RaisesInAwait()))

class AwaitIsNone:
    __await__ = None

drive(aw(AwaitIsNone()))

class Good:
    def __await__(self):
        yield "x"
        return "good"

drive(aw(Good()))

# a coroutine function (not called) is not awaitable
async def f():
    pass
drive(aw(f))
