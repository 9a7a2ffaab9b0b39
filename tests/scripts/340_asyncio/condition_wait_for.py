# Condition.wait_for(predicate): bounded buffer between producers and consumers.
import asyncio

async def main():
    cond = asyncio.Condition()
    buf = []
    cap = 2
    log = []

    async def producer(name, items):
        for it in items:
            async with cond:
                await cond.wait_for(lambda: len(buf) < cap)
                buf.append(it)
                log.append(f"{name} put {it} -> {buf}")
                cond.notify_all()
            await asyncio.sleep(0)

    async def consumer(name, n):
        got = []
        for _ in range(n):
            async with cond:
                await cond.wait_for(lambda: buf)
                got.append(buf.pop(0))
                log.append(f"{name} took {got[-1]} -> {buf}")
                cond.notify_all()
        return got

    res = await asyncio.gather(
        consumer("C", 6),
        producer("P1", ["a", "b", "c"]),
        producer("P2", [1, 2, 3]),
    )
    print("\n".join(log))
    print(res[0])

    # wait_for returns the predicate's value; immediate if already true
    async with cond:
        print("immediate:", await cond.wait_for(lambda: "truthy"))

    # predicate evaluated again after each notify
    state = {"n": 0}
    checks = []
    def pred():
        checks.append(state["n"])
        return state["n"] >= 3
    async def waiter():
        async with cond:
            return await cond.wait_for(pred)
    t = asyncio.create_task(waiter())
    for _ in range(3):
        await asyncio.sleep(0)
        async with cond:
            state["n"] += 1
            cond.notify()
    print("waiter ->", await t, "checks:", checks)

asyncio.run(main())
