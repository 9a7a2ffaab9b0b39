# gather of tasks/futures that are already finished.
import asyncio

async def value(v):
    return v

async def boom():
    raise ValueError("done-with-error")

async def main():
    t1 = asyncio.create_task(value(1))
    t2 = asyncio.create_task(value(2))
    await asyncio.sleep(0)
    print("already done:", t1.done(), t2.done())
    print(await asyncio.gather(t1, t2))
    # gathering again returns the same results
    print(await asyncio.gather(t2, t1, t2))

    t3 = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print("t3 done:", t3.done())
    print(await asyncio.gather(t1, t3, return_exceptions=True))
    try:
        await asyncio.gather(t3, t1)
    except ValueError as e:
        print("raised", e)

    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("preset")
    print(await asyncio.gather(f, value("fresh")))

    c = loop.create_future()
    c.cancel()
    try:
        await asyncio.gather(c)
    except asyncio.CancelledError:
        print("gather of cancelled future raised CancelledError")
    print(await asyncio.gather(c, return_exceptions=True))

    # awaiting a finished task repeatedly
    print(await t1, await t1, t1.result())

asyncio.run(main())
