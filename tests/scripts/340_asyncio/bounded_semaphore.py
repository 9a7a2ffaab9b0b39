# BoundedSemaphore raises when released too many times.
import asyncio

async def main():
    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print(type(e).__name__, e)

    async with b:
        async with b:
            print("both slots taken, locked:", b.locked())
        print("one released, locked:", b.locked())
    try:
        b.release()
    except ValueError as e:
        print("again:", e)

    print(issubclass(asyncio.BoundedSemaphore, asyncio.Semaphore))

    # used as a limiter
    results = []
    async def task(i):
        async with b:
            results.append(("in", i))
            for _ in range(i + 1):
                await asyncio.sleep(0)
            results.append(("out", i))
    await asyncio.gather(*(task(i) for i in range(4)))
    print(results)

    b1 = asyncio.BoundedSemaphore()
    async with b1:
        print("default value 1, locked:", b1.locked())
    try:
        b1.release()
    except ValueError as e:
        print("default:", e)

asyncio.run(main())
