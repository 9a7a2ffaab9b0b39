# Cancelling tasks blocked on Queue.get, Lock, Event, Condition, Semaphore, Future leaves primitives usable.
import asyncio

async def blocked(name, coro_fn, log):
    try:
        await coro_fn()
        log.append(f"{name} finished")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def main():
    log = []
    q = asyncio.Queue()
    lock = asyncio.Lock()
    ev = asyncio.Event()
    cond = asyncio.Condition()
    sem = asyncio.Semaphore(0)
    fut = asyncio.get_running_loop().create_future()

    async def cond_wait():
        async with cond:
            await cond.wait()

    await lock.acquire()
    waits = {
        "queue": q.get,
        "lock": lock.acquire,
        "event": ev.wait,
        "cond": cond_wait,
        "sem": sem.acquire,
        "future": lambda: fut,
    }
    tasks = {n: asyncio.create_task(blocked(n, fn, log)) for n, fn in waits.items()}
    await asyncio.sleep(0)
    for t in tasks.values():
        t.cancel()
    await asyncio.gather(*tasks.values(), return_exceptions=True)
    print(log)
    print("future cancelled too:", fut.cancelled())

    # primitives still work after their waiters were cancelled
    q.put_nowait("item")
    print("queue:", await q.get())
    lock.release()
    async with lock:
        print("lock usable:", lock.locked())
    ev.set()
    print("event:", await ev.wait())
    async with cond:
        cond.notify_all()
        print("cond usable")
    sem.release()
    print("sem:", await sem.acquire())

    # a cancelled lock waiter in the middle of the FIFO doesn't block the next one
    await lock.acquire()
    order = []
    async def take(n):
        async with lock:
            order.append(n)
    ts = [asyncio.create_task(take(i)) for i in range(3)]
    await asyncio.sleep(0)
    ts[1].cancel()
    lock.release()
    await asyncio.gather(*ts, return_exceptions=True)
    print("lock order:", order, [t.cancelled() for t in ts])

asyncio.run(main())
