# asyncio.shield: the inner task survives cancellation of the outer await.
import asyncio

log = []

async def important(delay, gate=None):
    log.append("important start")
    await asyncio.sleep(delay)
    if gate is not None:
        await gate.wait()
    log.append("important end")
    return "precious"

async def main():
    gate = asyncio.Event()
    inner = asyncio.create_task(important(0, gate))
    async def waiter():
        return await asyncio.shield(inner)
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        log.append("waiter cancelled")
    print("inner done?", inner.done(), "cancelled?", inner.cancelled())
    gate.set()
    print("inner result:", await inner)
    print(log)

    # shield of a coroutine wraps it in a task; result passes through
    print(await asyncio.shield(important(0)))

    # shield of a finished future returns it directly
    f = asyncio.get_running_loop().create_future()
    f.set_result(5)
    print("same object:", asyncio.shield(f) is f)

    # cancelling the inner task itself is not prevented
    inner2 = asyncio.create_task(important(1))
    sh = asyncio.shield(inner2)
    await asyncio.sleep(0)
    inner2.cancel()
    try:
        await sh
    except asyncio.CancelledError:
        print("shield outer cancelled when inner cancelled:", sh.cancelled())

    # exceptions propagate through shield
    async def bad():
        raise ValueError("through shield")
    try:
        await asyncio.shield(bad())
    except ValueError as e:
        print(repr(e))

asyncio.run(main())
