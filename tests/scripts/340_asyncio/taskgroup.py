# asyncio.TaskGroup (3.11): structured concurrency, failure cancels siblings.
import asyncio

# Timers of tasks started together are set relative to one shared mark (T0), so the order in
# which they fire never depends on how long each task took to get its first turn.
T0 = 0.0

def mark():
    global T0
    T0 = asyncio.get_running_loop().time()

async def sleep_until(offset):
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    handle = loop.call_at(T0 + offset, lambda: fut.done() or fut.set_result(None))
    try:
        await fut
    finally:
        handle.cancel()

log = []

async def job(name, delay, fail=False):
    try:
        await sleep_until(delay)
        if fail:
            raise ValueError(f"{name} failed")
        log.append(f"{name} ok")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def main():
    mark()
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("a", 0.02))
        t2 = tg.create_task(job("b", 0.01))
        print("inside group, done?", t1.done(), t2.done())
    print("after group:", t1.result(), t2.result(), log)

    log.clear()
    mark()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("slow", 0.05))
            tg.create_task(job("bad", 0.01, fail=True))
            tg.create_task(job("fast", 0))
    except ExceptionGroup as eg:
        print("ExceptionGroup:", eg.message, [repr(e) for e in eg.exceptions])
    print(log)

    # two failures at the same step are both collected
    log.clear()
    mark()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("e1", 0, fail=True))
            tg.create_task(job("e2", 0, fail=True))
    except ExceptionGroup as eg:
        print(sorted(str(e) for e in eg.exceptions))

    # an exception in the body cancels the children too
    log.clear()
    mark()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("child", 0.05))
            await asyncio.sleep(0)
            raise KeyError("body")
    except ExceptionGroup as eg:
        print("body error:", [repr(e) for e in eg.exceptions])
    except KeyError as e:
        print("plain KeyError", e)
    print(log)

    # names and create_task after the group has finished
    mark()
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(job("named", 0), name="my-task")
    print(t.get_name(), t.result())
    c = job("late", 0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(type(e).__name__, e)
    c.close()

asyncio.run(main())
