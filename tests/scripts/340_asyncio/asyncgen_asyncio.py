# Async generators inside asyncio: sleeping producers, async for, aclose, shutdown_asyncgens.
import asyncio

log = []

async def ticker(name, n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield f"{name}{i}"
    finally:
        log.append(f"{name} closed")

async def consume(gen, out):
    async for v in gen:
        out.append(v)

async def main():
    out = []
    await asyncio.gather(consume(ticker("a", 3, 0), out), consume(ticker("b", 2, 0), out))
    print(out)
    print(log)

    # async comprehension with sleeps
    print([v async for v in ticker("c", 3, 0)])

    # explicit aclose after break
    log.clear()
    g = ticker("d", 10, 0)
    async for v in g:
        if v == "d1":
            break
    print("after break:", log)
    await g.aclose()
    print("after aclose:", log)

    # anext with default
    g2 = ticker("e", 1, 0)
    print(await anext(g2), await anext(g2, "exhausted"))

    # an async generator left suspended is finalized when the loop shuts down
    global pending_gen
    pending_gen = ticker("f", 5, 0)
    print("f first:", await anext(pending_gen))
    log.clear()

asyncio.run(main())
print("after run:", log)

# gathering from several generators via tasks and a queue
async def merge(*gens):
    q = asyncio.Queue()
    async def pump(g):
        async for v in g:
            await q.put(v)
        await q.put(None)
    tasks = [asyncio.create_task(pump(g)) for g in gens]
    finished, out = 0, []
    while finished < len(gens):
        v = await q.get()
        if v is None:
            finished += 1
        else:
            out.append(v)
    await asyncio.gather(*tasks)
    return out

log.clear()
print(asyncio.run(merge(ticker("p", 3, 0), ticker("q", 2, 0.03))))
print(sorted(log))
