# Bounded asyncio.Queue: backpressure, QueueFull, QueueEmpty.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    q.put_nowait("a")
    q.put_nowait("b")
    print("full:", q.full(), "qsize:", q.qsize())
    try:
        q.put_nowait("c")
    except asyncio.QueueFull as e:
        print("QueueFull raised", type(e).__name__, repr(str(e)))

    log = []
    async def slow_producer():
        for item in "cde":
            log.append(f"put {item} waiting")
            await q.put(item)
            log.append(f"put {item} done")

    p = asyncio.create_task(slow_producer())
    await asyncio.sleep(0)
    print(log)
    for _ in range(5):
        item = await q.get()
        log.append(f"got {item}")
        await asyncio.sleep(0)
    await p
    print("\n".join(log))

    print("empty:", q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty raised", type(e).__name__)

    # maxsize <= 0 means unbounded
    u = asyncio.Queue(maxsize=0)
    for i in range(100):
        u.put_nowait(i)
    print("unbounded qsize", u.qsize(), "full", u.full())
    n = asyncio.Queue(-1)
    n.put_nowait(1)
    print("negative maxsize full:", n.full())

    # multiple blocked getters are served in FIFO order
    q3 = asyncio.Queue()
    order = []
    async def getter(name):
        order.append((name, await q3.get()))
    gs = [asyncio.create_task(getter(n)) for n in ("g1", "g2", "g3")]
    await asyncio.sleep(0)
    for v in (10, 20, 30):
        q3.put_nowait(v)
    await asyncio.gather(*gs)
    print(order)

asyncio.run(main())
