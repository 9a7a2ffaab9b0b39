# Program: a three-stage pipeline connected by bounded queues with sentinel shutdown.
import asyncio

DONE = object()

async def source(out_q, items, log):
    for it in items:
        await out_q.put(it)
        log.append(f"src -> {it}")
    await out_q.put(DONE)
    log.append("src finished")

async def stage(name, in_q, out_q, fn, log):
    count = 0
    while True:
        item = await in_q.get()
        if item is DONE:
            await out_q.put(DONE)
            log.append(f"{name} finished after {count}")
            return count
        await asyncio.sleep(0)
        res = fn(item)
        count += 1
        log.append(f"{name}: {item!r} -> {res!r}")
        await out_q.put(res)

async def sink(in_q, log):
    collected = []
    while True:
        item = await in_q.get()
        if item is DONE:
            log.append("sink finished")
            return collected
        collected.append(item)

async def main():
    log = []
    q1, q2, q3 = asyncio.Queue(2), asyncio.Queue(2), asyncio.Queue(2)
    words = ["alpha", "beta", "gamma", "delta", "epsilon"]
    results = await asyncio.gather(
        source(q1, words, log),
        stage("upper", q1, q2, str.upper, log),
        stage("len", q2, q3, lambda s: (s, len(s)), log),
        sink(q3, log),
    )
    print("\n".join(log))
    print("counts:", results[1], results[2])
    print("collected:", results[3])
    print("queues empty:", q1.empty(), q2.empty(), q3.empty())

asyncio.run(main())
