# asyncio.TaskGroup: a failing child cancels its siblings; errors come out as an ExceptionGroup.
import asyncio

log = []

async def steps(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def fail_after(name, n, exc):
    for i in range(n):
        await asyncio.sleep(0)
    log.append(f"{name} raising")
    raise exc

async def main():
    # one failure: siblings still running are cancelled, finished ones keep their result
    try:
        async with asyncio.TaskGroup() as tg:
            quick = tg.create_task(steps("quick", 1))
            slow1 = tg.create_task(steps("slow1", 10))
            slow2 = tg.create_task(steps("slow2", 10))
            tg.create_task(fail_after("bad", 3, ValueError("boom")))
    except ExceptionGroup as eg:
        print(type(eg).__name__, repr(eg.message), [repr(e) for e in eg.exceptions])
        print("cause:", eg.__cause__, "suppress:", eg.__suppress_context__)
    print(sorted(log))
    print(quick.result(), slow1.cancelled(), slow2.cancelled())

    # several failures in the same step are all collected, in completion order
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after("e1", 1, KeyError("k")))
            tg.create_task(fail_after("e2", 1, TypeError("t")))
            tg.create_task(steps("other", 5))
    except ExceptionGroup as eg:
        print(str(eg), [repr(e) for e in eg.exceptions])
    print(log)

    # a child that fails while handling its cancellation adds its error too
    log.clear()
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            log.append("stubborn cleanup failing")
            raise RuntimeError("cleanup failed")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(stubborn())
            tg.create_task(fail_after("first", 2, ValueError("first")))
    except ExceptionGroup as eg:
        print([repr(e) for e in eg.exceptions])
    print(log)

    # a child that swallows the cancellation just finishes normally
    log.clear()
    async def swallow():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            log.append("swallowed")
        return "survived"
    try:
        async with asyncio.TaskGroup() as tg:
            s = tg.create_task(swallow())
            tg.create_task(fail_after("f", 1, ValueError("f")))
    except ExceptionGroup as eg:
        print([repr(e) for e in eg.exceptions], s.result(), log)

    # a cancelled child (cancelled directly) is not an error
    async with asyncio.TaskGroup() as tg:
        victim = tg.create_task(asyncio.sleep(10))
        tg.create_task(steps("ok", 1))
        await asyncio.sleep(0)
        victim.cancel()
    print("victim cancelled:", victim.cancelled())

    # the failure interrupts the body of the async with as well
    log.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after("child", 1, ValueError("child")))
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                log.append("body cancelled")
                raise
            log.append("not reached")
    except ExceptionGroup as eg:
        print([repr(e) for e in eg.exceptions], log)
    # 3.11 only un-cancels the parent when the failure happened before __aexit__ started:
    # the groups above whose child failed while __aexit__ was waiting leave the count raised
    print("cancelling:", asyncio.current_task().cancelling())
    await asyncio.sleep(0)
    print("parent still runs")

asyncio.run(main())
