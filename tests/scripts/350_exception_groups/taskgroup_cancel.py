# asyncio.TaskGroup: cancelling the task that runs the group, and timeouts around a group.
import asyncio

log = []

async def forever(name):
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def runner(n_children):
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(n_children):
                tg.create_task(forever(f"child{i}"))
            log.append("body done")
    except asyncio.CancelledError:
        log.append("runner sees CancelledError")
        raise

async def main():
    # cancelling the parent while __aexit__ waits for the children
    t = asyncio.create_task(runner(3))
    for _ in range(3):
        await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("parent cancelled:", t.cancelled())
    print(sorted(log))

    # cancelling the parent while the body itself is waiting
    log.clear()
    async def runner2():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(forever("kid"))
            try:
                await asyncio.sleep(3600)
            except asyncio.CancelledError:
                log.append("body cancelled")
                raise
    t = asyncio.create_task(runner2())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel("stop it")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled with", e.args)
    print(log)

    # a timeout around a group: the children are cancelled and TimeoutError comes out
    log.clear()
    try:
        async with asyncio.timeout(0.01):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(forever("slow"))
    except TimeoutError:
        print("timed out", log)
    print("cancelling after timeout:", asyncio.current_task().cancelling())

    # a child error wins over the parent's cancellation
    log.clear()
    async def fail_on_cancel():
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            raise ValueError("failed while cancelled")
    async def runner3():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_on_cancel())
    t = asyncio.create_task(runner3())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except ExceptionGroup as eg:
        print("group:", [repr(e) for e in eg.exceptions], t.cancelled())
    except asyncio.CancelledError:
        print("cancelled")

    # CancelledError raised by the body alone is propagated (not wrapped)
    async def runner4():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(forever("c"))
            await asyncio.sleep(0)
            raise asyncio.CancelledError()
    log.clear()
    t = asyncio.create_task(runner4())
    try:
        await t
    except asyncio.CancelledError:
        print("runner4 cancelled:", t.cancelled(), log)

asyncio.run(main())
