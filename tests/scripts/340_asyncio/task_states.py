# Task state inspection: done, cancelled, result, exception, InvalidStateError.
import asyncio

async def value(v, delay=0):
    await asyncio.sleep(delay)
    return v

async def failing():
    await asyncio.sleep(0)
    raise ZeroDivisionError("task div")

async def main():
    t = asyncio.create_task(value(10, 0.01))
    print("pending: done", t.done(), "cancelled", t.cancelled())
    for meth in (t.result, t.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print(meth.__name__, "->", type(e).__name__, e)
    await t
    print("finished: done", t.done(), "result", t.result(), "exception", t.exception())

    f = asyncio.create_task(failing())
    try:
        await f
    except ZeroDivisionError as e:
        print("await raised", repr(e))
    print("failed: done", f.done(), "cancelled", f.cancelled(), "exception", repr(f.exception()))
    try:
        f.result()
    except ZeroDivisionError as e:
        print("result() re-raises", repr(e))

    # the task object is a Future subclass
    print(isinstance(t, asyncio.Task), isinstance(t, asyncio.Future), asyncio.isfuture(t))
    print("get_coro name:", t.get_coro().__name__)

    # cannot set results on tasks
    try:
        t.set_result(1)
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        t.set_exception(ValueError())
    except RuntimeError as e:
        print(type(e).__name__, e)

    # a task awaiting itself-like chains: awaiting a task from two places
    shared = asyncio.create_task(value("shared", 0.01))
    async def waiter(n):
        r = await shared
        return f"{n}:{r}"
    print(await asyncio.gather(waiter(1), waiter(2)))

    # cancel on a finished task returns False and keeps the result
    print("cancel finished:", t.cancel(), t.result())

asyncio.run(main())
