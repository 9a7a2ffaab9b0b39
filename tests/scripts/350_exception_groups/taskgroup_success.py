# asyncio.TaskGroup: children run concurrently and are all awaited on exit.
import asyncio

log = []

async def worker(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name * 2

async def main():
    async with asyncio.TaskGroup() as tg:
        print(repr(tg))
        a = tg.create_task(worker("a", 3))
        b = tg.create_task(worker("b", 1), name="task-b")
        c = tg.create_task(worker("c", 2))
        print(repr(tg))
        print(a.done(), b.done(), c.done(), b.get_name())
    print(log)
    print(a.result(), b.result(), c.result())
    print(repr(tg))

    # tasks may add more tasks to the group while it is running
    log.clear()
    async with asyncio.TaskGroup() as tg:
        async def spawner():
            log.append("spawner")
            await asyncio.sleep(0)
            t = tg.create_task(worker("x", 2))
            return t
        s = tg.create_task(spawner())
    print(log, s.result().result())

    # an empty group, and a group whose body awaits
    async with asyncio.TaskGroup() as tg:
        pass
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(worker("y", 1))
        await t
        print("awaited inside:", t.result())

    # the body's own result is not affected; the group returns itself from __aenter__
    g = asyncio.TaskGroup()
    async with g as entered:
        print(entered is g)

    # all children finish before the group exits, however long they take
    finished = []
    async def sleeper(d):
        await asyncio.sleep(d)
        finished.append(d)
    async with asyncio.TaskGroup() as tg:
        for d in (0.03, 0.01, 0.02):
            tg.create_task(sleeper(d))
    print(sorted(finished))

asyncio.run(main())
