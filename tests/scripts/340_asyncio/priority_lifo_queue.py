# PriorityQueue and LifoQueue ordering.
import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (5, "later")]:
        pq.put_nowait(item)
    print("pq size", pq.qsize())
    while not pq.empty():
        print(await pq.get())

    lq = asyncio.LifoQueue()
    for i in range(5):
        await lq.put(i)
    print([lq.get_nowait() for _ in range(5)])

    # bounded LifoQueue
    lq2 = asyncio.LifoQueue(maxsize=1)
    lq2.put_nowait("x")
    try:
        lq2.put_nowait("y")
    except asyncio.QueueFull:
        print("LifoQueue full")

    # PriorityQueue with consumer waiting
    pq2 = asyncio.PriorityQueue()
    out = []
    async def consumer():
        for _ in range(4):
            prio, name = await pq2.get()
            out.append(name)
            pq2.task_done()
    c = asyncio.create_task(consumer())
    for prio, name in [(4, "d"), (2, "b"), (3, "c"), (1, "a")]:
        pq2.put_nowait((prio, name))
    await pq2.join()
    await c
    print(out)

    # subclass relationships
    print(issubclass(asyncio.PriorityQueue, asyncio.Queue), issubclass(asyncio.LifoQueue, asyncio.Queue))

    # uncomparable items in PriorityQueue
    bad = asyncio.PriorityQueue()
    bad.put_nowait((1, {"a": 1}))
    try:
        bad.put_nowait((1, {"b": 2}))
    except TypeError as e:
        print(type(e).__name__, e)

asyncio.run(main())
