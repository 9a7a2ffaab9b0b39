# asyncio.Queue producer/consumer with task_done() and join().
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print(f"produced {i}, qsize={q.qsize()}")
        await asyncio.sleep(0)
    print("producer done")

async def consumer(q, name, out):
    while True:
        item = await q.get()
        out.append((name, item))
        print(f"{name} consumed {item}")
        await asyncio.sleep(0)
        q.task_done()

async def main():
    q = asyncio.Queue()
    print("empty", q.empty(), "full", q.full(), "maxsize", q.maxsize)
    out = []
    consumers = [asyncio.create_task(consumer(q, f"c{i}", out)) for i in range(2)]
    await producer(q, 5)
    await q.join()
    print("joined; all items processed:", sorted(x for _, x in out))
    for c in consumers:
        c.cancel()
    res = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in res])

    # join on an empty queue returns immediately
    await q.join()
    print("empty join ok")

    # task_done called too many times
    try:
        q.task_done()
    except ValueError as e:
        print(type(e).__name__, e)

    # get waits until something is put
    q2 = asyncio.Queue()
    async def late_put():
        await asyncio.sleep(0.01)
        print("putting late")
        q2.put_nowait("late item")
    asyncio.create_task(late_put())
    print("waiting for get")
    print("got", await q2.get())

    # FIFO order is preserved
    for ch in "queue":
        q2.put_nowait(ch)
    print("".join([q2.get_nowait() for _ in range(q2.qsize())]))

asyncio.run(main())
