# 10^4 concurrent asyncio tasks (issue 4's acceptance): every task sleeps, meets the
# others through a queue and an event, and the loop's scheduling order decides the sum.
import asyncio


async def worker(i, queue, ready):
    await asyncio.sleep(0)
    await ready.wait()
    await queue.put(i * i % 1009)
    await asyncio.sleep(0)
    return i


async def main(n):
    queue = asyncio.Queue()
    ready = asyncio.Event()
    tasks = [asyncio.create_task(worker(i, queue, ready)) for i in range(n)]
    await asyncio.sleep(0)
    ready.set()
    results = await asyncio.gather(*tasks)
    total = 0
    while not queue.empty():
        total += queue.get_nowait()
    print(len(results), sum(results), total)


asyncio.run(main(10_000))
