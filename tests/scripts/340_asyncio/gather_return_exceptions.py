# gather(return_exceptions=True) puts exceptions into the result list.
import asyncio

async def ok(v):
    await asyncio.sleep(0)
    return v

async def bad(msg, exc=ValueError):
    await asyncio.sleep(0)
    raise exc(msg)

async def main():
    res = await asyncio.gather(ok(1), bad("two"), ok(3), bad("four", KeyError), return_exceptions=True)
    for r in res:
        print(type(r).__name__, repr(r))

    # a cancelled child shows up as CancelledError
    t = asyncio.create_task(ok("never"))
    t.cancel()
    res = await asyncio.gather(ok("a"), t, return_exceptions=True)
    print([type(r).__name__ for r in res])

    # all failures
    res = await asyncio.gather(*(bad(str(i)) for i in range(3)), return_exceptions=True)
    print([str(r) for r in res])

    # return_exceptions=True does not make gather itself swallow outer cancellation
    g = asyncio.gather(asyncio.sleep(1), return_exceptions=True)
    await asyncio.sleep(0)
    g.cancel()
    try:
        print("gathered", await g)
    except asyncio.CancelledError:
        print("outer gather cancelled")

asyncio.run(main())
