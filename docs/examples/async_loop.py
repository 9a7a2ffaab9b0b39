# One event loop, two tasks, sleep(0): watch the ready queue between iterations.
import asyncio


def describe(handle):
    """Name a ready-queue entry: which task's step, or which plain callback."""
    cb = handle._callback
    owner = getattr(cb, "__self__", None)
    if isinstance(owner, asyncio.Task):  # Task.__step or Task.__wakeup
        kind = "wakeup" if "wakeup" in getattr(cb, "__name__", "") else "step"
        return f"{owner.get_name()} {kind}"
    return cb.__name__


async def worker(name, steps):
    for i in range(steps):
        print(f"    {name} step {i}")
        await asyncio.sleep(0)  # a bare yield up to Task.__step: "run me again soon"
    return name


async def main():
    a = asyncio.create_task(worker("A", 2), name="A")
    b = asyncio.create_task(worker("B", 1), name="B")
    print("    main awaits A and B")
    return await asyncio.gather(a, b)


loop = asyncio.new_event_loop()
run_once = loop._run_once
iteration = 0


def traced_run_once():
    global iteration
    iteration += 1
    print(f"iteration {iteration}: ready = {[describe(h) for h in loop._ready]}")
    run_once()


loop._run_once = traced_run_once
print("result:", loop.run_until_complete(main()))
loop.close()


# Cancellation is an exception thrown into the coroutine at its await.
async def sleeper():
    try:
        await asyncio.sleep(3600)
    finally:
        print("sleeper: finally runs (CancelledError at its await)")


async def cancelling():
    task = asyncio.create_task(sleeper())
    await asyncio.sleep(0)  # let it start and block on its timer future
    task.cancel()  # cancels the future it waits on; __wakeup throws CancelledError
    try:
        await task
    except asyncio.CancelledError:
        print("task.cancelled():", task.cancelled())
    try:
        await asyncio.wait_for(asyncio.sleep(3600), timeout=0.01)
    except TimeoutError:
        print("wait_for: TimeoutError")
    try:
        async with asyncio.timeout(0.01):  # a timer that cancels the current task
            await asyncio.sleep(3600)
    except TimeoutError:
        print("timeout(): TimeoutError")


asyncio.run(cancelling())
