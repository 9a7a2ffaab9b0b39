# CancelledError caught inside coroutines: cleanup in finally, re-raise vs swallow.
import asyncio

log = []

async def resource_user(name):
    log.append(f"{name} acquire")
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled, cleaning up")
        await asyncio.sleep(0)   # awaiting during cleanup is allowed
        log.append(f"{name} cleanup done")
        raise
    finally:
        log.append(f"{name} release")

async def swallower():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("swallower swallowed")
    return "swallowed result"

async def nested_inner():
    try:
        await asyncio.sleep(1)
    finally:
        log.append("inner finally")

async def nested_outer():
    try:
        await nested_inner()
    finally:
        log.append("outer finally")

async def main():
    t = asyncio.create_task(resource_user("R"))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("main saw R cancelled")
    print(t.cancelled(), log)

    log.clear()
    t = asyncio.create_task(swallower())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, "cancelled():", t.cancelled(), log)

    log.clear()
    t = asyncio.create_task(nested_outer())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled(), log)

    # cancellation of the awaiting task propagates into an awaited task
    log.clear()
    inner = asyncio.create_task(resource_user("I"))
    async def awaiter():
        return await inner
    outer = asyncio.create_task(awaiter())
    await asyncio.sleep(0.01)
    outer.cancel()
    await asyncio.gather(outer, return_exceptions=True)
    print("outer cancelled", outer.cancelled(), "inner cancelled", inner.cancelled(), log)

    # cancelling() counter (3.11) and uncancel()
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print("cancelling count:", t.cancelling())
    print("uncancel ->", t.uncancel())
    await asyncio.gather(t, return_exceptions=True)
    print("still cancelled:", t.cancelled())

asyncio.run(main())
