# loop.call_soon / call_later / call_at ordering and handle cancellation.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    log = []
    done = loop.create_future()

    loop.call_later(0.03, log.append, "later 0.03")
    loop.call_later(0.01, log.append, "later 0.01")
    loop.call_soon(log.append, "soon 1")
    loop.call_at(loop.time() + 0.02, log.append, "at +0.02")
    loop.call_soon(log.append, "soon 2")
    h = loop.call_later(0.015, log.append, "cancelled timer")
    h2 = loop.call_soon(log.append, "cancelled soon")
    loop.call_later(0.0, log.append, "later 0")
    loop.call_later(0.05, done.set_result, None)
    h.cancel()
    h2.cancel()
    print("handles cancelled:", h.cancelled(), h2.cancelled())
    print("before yielding:", log)
    await done
    print("\n".join(log))

    # call_soon callbacks run FIFO, and a callback can schedule another
    log.clear()
    fut = loop.create_future()
    def chain(n):
        log.append(f"chain {n}")
        if n < 3:
            loop.call_soon(chain, n + 1)
        else:
            fut.set_result(None)
    loop.call_soon(chain, 0)
    loop.call_soon(log.append, "interleaved")
    await fut
    print(log)

    # handle repr-free checks: TimerHandle.when() is loop-relative
    th = loop.call_later(10, print, "never")
    print(type(th).__name__, th.when() > loop.time())
    th.cancel()
    print(type(loop.call_soon(lambda: None)).__name__)

    # exceptions in callbacks do not stop the loop (they go to the exception handler)
    caught = []
    loop.set_exception_handler(lambda lp, ctx: caught.append(type(ctx["exception"]).__name__))
    loop.call_soon(lambda: 1 / 0)
    loop.call_soon(log.append, "still running")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("handler saw:", caught, log[-1])

asyncio.run(main())
