# asyncio.wait with ALL_COMPLETED (default), timeouts and argument errors.
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise KeyError(name)
    return name

async def main():
    tasks = [asyncio.create_task(job(f"j{i}", 0.01 * (3 - i))) for i in range(3)]
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), pending)

    tasks = [asyncio.create_task(job("ok", 0.01)), asyncio.create_task(job("err", 0.01, fail=True))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED)
    for t in tasks:
        print(t in done, t.exception() is None and t.result() or repr(t.exception()))

    # timeout: returns what is done so far, does not cancel the rest
    quick = asyncio.create_task(job("quick", 0.01))
    slow = asyncio.create_task(job("slow", 0.2))
    done, pending = await asyncio.wait({quick, slow}, timeout=0.05)
    print("done:", [t.result() for t in done], "pending is slow:", pending == {slow}, "slow cancelled?", slow.cancelled())
    slow.cancel()

    # timeout=0 just polls
    t = asyncio.create_task(job("x", 0.01))
    done, pending = await asyncio.wait({t}, timeout=0)
    print("poll:", len(done), len(pending))
    await t

    # errors
    try:
        await asyncio.wait(set())
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        await asyncio.wait({t}, return_when="SOMETIMES")
    except ValueError as e:
        print(type(e).__name__, e)
    c = job("coro", 0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print(type(e).__name__, e)
    c.close()

asyncio.run(main())
