# Futures: add_done_callback ordering, remove_done_callback, callbacks scheduled via the loop.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    log = []

    def cb(name):
        def inner(f):
            log.append(f"{name}: {f.result()}")
        return inner

    a, b, c = cb("a"), cb("b"), cb("c")
    fut.add_done_callback(a)
    fut.add_done_callback(b)
    fut.add_done_callback(c)
    fut.add_done_callback(b)
    print("removed:", fut.remove_done_callback(b))
    print("removed again:", fut.remove_done_callback(b))
    fut.set_result("R")
    print("right after set_result:", log)
    await asyncio.sleep(0)
    print("after one iteration:", log)

    # callback added after completion is scheduled soon, not called immediately
    log.clear()
    fut.add_done_callback(cb("late"))
    print("immediately:", log)
    await asyncio.sleep(0)
    print("later:", log)

    # callbacks on exception and on cancel
    f2 = loop.create_future()
    f2.add_done_callback(lambda f: log.append(f"exc cb: {f.exception()!r}"))
    f2.set_exception(KeyError("kk"))
    f3 = loop.create_future()
    f3.add_done_callback(lambda f: log.append(f"cancel cb: cancelled={f.cancelled()}"))
    f3.cancel()
    await asyncio.sleep(0)
    print(log[-2:])
    f2.exception()

    # task done callbacks
    async def work():
        await asyncio.sleep(0)
        return 99
    t = asyncio.create_task(work())
    t.add_done_callback(lambda tt: log.append(f"task cb {tt.result()}"))
    await t
    await asyncio.sleep(0)
    print(log[-1])

    # callbacks run in order of registration, across futures completed in one step
    order = []
    fs = [loop.create_future() for _ in range(3)]
    for i, f in enumerate(fs):
        f.add_done_callback(lambda f, i=i: order.append(i))
    for f in reversed(fs):
        f.set_result(None)
    await asyncio.sleep(0)
    print("completion order:", order)

asyncio.run(main())
