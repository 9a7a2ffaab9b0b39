# Exceptions in tasks: awaiting failed tasks, exception chaining, tasks awaiting tasks.
import asyncio

async def fail(msg, exc=ValueError):
    await asyncio.sleep(0)
    raise exc(msg)

async def wrapper():
    try:
        await fail("inner problem")
    except ValueError as e:
        raise RuntimeError("wrapped") from e

async def main():
    t = asyncio.create_task(fail("x"))
    for attempt in range(2):
        try:
            await t
        except ValueError as e:
            print(f"attempt {attempt}:", repr(e))
    print("same exception object each time:", t.exception() is t.exception())

    w = asyncio.create_task(wrapper())
    try:
        await w
    except RuntimeError as e:
        print(repr(e), "cause:", repr(e.__cause__))

    # a task awaiting a failing task sees its exception
    async def middle():
        inner = asyncio.create_task(fail("deep", KeyError))
        return await inner
    try:
        await asyncio.create_task(middle())
    except KeyError as e:
        print("propagated through two tasks:", repr(e))

    # exceptions in finally of a cancelled task replace CancelledError
    async def bad_cleanup():
        try:
            await asyncio.sleep(1)
        finally:
            raise OSError("cleanup failed")
    b = asyncio.create_task(bad_cleanup())
    await asyncio.sleep(0)
    b.cancel()
    try:
        await b
    except OSError as e:
        print("cleanup error:", repr(e), "cancelled():", b.cancelled(), "context:", type(e.__context__).__name__)

    # BaseException-derived custom exception
    class Fatal(BaseException):
        pass
    async def fatal():
        raise Fatal("fatal")
    try:
        await fatal()
    except Fatal as e:
        print("direct await Fatal:", repr(e))

    # exception() retrieval vs result()
    t2 = asyncio.create_task(fail("y", IndexError))
    await asyncio.sleep(0.01)
    print("exception():", repr(t2.exception()))
    try:
        t2.result()
    except IndexError as e:
        print("result():", repr(e))

asyncio.run(main())
