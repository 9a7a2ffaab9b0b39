# asyncio.Condition: wait, notify(n), notify_all, and lock requirements.
import asyncio

async def main():
    cond = asyncio.Condition()
    log = []
    items = []

    async def consumer(name):
        async with cond:
            log.append(f"{name} waiting")
            await cond.wait()
            log.append(f"{name} notified, items={items}")

    cs = [asyncio.create_task(consumer(f"c{i}")) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        items.append(1)
        cond.notify()
        log.append("notified 1")
    await asyncio.sleep(0)
    async with cond:
        items.append(2)
        cond.notify(2)
        log.append("notified 2")
    await asyncio.sleep(0)
    async with cond:
        items.append(3)
        cond.notify_all()
        log.append("notified all")
    await asyncio.gather(*cs)
    print("\n".join(log))

    # notify without holding the lock
    for meth in (cond.notify, cond.notify_all):
        try:
            meth()
        except RuntimeError as e:
            print(meth.__name__, type(e).__name__, e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("wait", type(e).__name__, e)

    # sharing an existing lock
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print("shared lock locked:", lock.locked(), c2.locked())
    print("after:", lock.locked())

    # wait() returns True
    async def w():
        async with c2:
            return await c2.wait()
    t = asyncio.create_task(w())
    await asyncio.sleep(0)
    async with c2:
        c2.notify()
    print("wait returned", await t)

asyncio.run(main())
