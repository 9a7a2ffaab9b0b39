# Task.cancel with and without a message; CancelledError args.
import asyncio

async def sleeper():
    await asyncio.sleep(1)

async def catcher():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        return f"caught inside with args {e.args}"

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print("cancel ->", t.cancel("stop now"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting cancelled task:", type(e).__name__, e.args)
    print("cancelled:", t.cancelled(), "done:", t.done())
    print("cancel again ->", t.cancel())

    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print("no message:", e.args)

    t = asyncio.create_task(catcher())
    await asyncio.sleep(0)
    t.cancel("msg-for-catcher")
    print(await t)
    print("cancelled:", t.cancelled())

    # cancelling before the task starts: the coroutine never runs
    ran = []
    async def body():
        ran.append(1)
    t = asyncio.create_task(body())
    t.cancel("early")
    try:
        await t
    except asyncio.CancelledError as e:
        print("early cancel:", e.args, "ran:", ran)

    # result()/exception() on a cancelled task raise CancelledError
    for meth in (t.result, t.exception):
        try:
            meth()
        except asyncio.CancelledError as e:
            print(meth.__name__, "->", type(e).__name__, e.args)

    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))

asyncio.run(main())
