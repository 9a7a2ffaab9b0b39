# asyncio.wait_for: timeouts raise TimeoutError and cancel the inner awaitable.
import asyncio

log = []

async def slow(name, delay):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} completed")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} got CancelledError")
        raise
    finally:
        log.append(f"{name} finally")

async def main():
    print(await asyncio.wait_for(slow("fast", 0.01), timeout=1))
    try:
        await asyncio.wait_for(slow("too-slow", 1), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("timeout:", type(e).__name__, repr(str(e)))
        print("is builtin TimeoutError:", asyncio.TimeoutError is TimeoutError, isinstance(e, TimeoutError))
    print(log)

    # timeout=None waits forever
    log.clear()
    print(await asyncio.wait_for(slow("no-timeout", 0.01), timeout=None))

    # wait_for on a task: the task gets cancelled on timeout
    t = asyncio.create_task(slow("task", 1))
    try:
        await asyncio.wait_for(t, 0.01)
    except TimeoutError:
        print("task cancelled:", t.cancelled())

    # timeout <= 0 with a finished future returns immediately
    f = asyncio.get_running_loop().create_future()
    f.set_result("ready")
    print(await asyncio.wait_for(f, 0))

    # exception from inner propagates unchanged
    async def boom():
        await asyncio.sleep(0)
        raise LookupError("inner")
    try:
        await asyncio.wait_for(boom(), 1)
    except LookupError as e:
        print("propagated", repr(e))

    # inner that suppresses cancellation still leads to TimeoutError? it returns a value instead
    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return "stubborn value"
    try:
        print("stubborn ->", await asyncio.wait_for(stubborn(), 0.01))
    except TimeoutError:
        print("stubborn -> TimeoutError")
    print(log)

asyncio.run(main())
