# asyncio.Future: results, exceptions, InvalidStateError, cancel, awaiting.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print("done:", f.done(), "cancelled:", f.cancelled())
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("result():", type(e).__name__)
    try:
        f.exception()
    except asyncio.InvalidStateError as e:
        print("exception():", type(e).__name__, e)
    f.set_result([1, 2])
    print("result:", f.result(), "exception:", f.exception())
    for op in (lambda: f.set_result(3), lambda: f.set_exception(ValueError())):
        try:
            op()
        except asyncio.InvalidStateError as e:
            print("second set:", type(e).__name__, e)
    print("cancel done future:", f.cancel())

    g = loop.create_future()
    g.set_exception(ValueError("bad value"))
    try:
        g.result()
    except ValueError as e:
        print("result raised", repr(e))
    print("exception:", repr(g.exception()))

    # exception class is instantiated; StopIteration is rejected
    h = loop.create_future()
    h.set_exception(KeyError)
    print(repr(h.exception()))
    s = loop.create_future()
    try:
        s.set_exception(StopIteration("no"))
    except TypeError as e:
        print(type(e).__name__, e)

    # awaiting a future set later by a callback
    w = loop.create_future()
    loop.call_soon(w.set_result, "from call_soon")
    print(await w)

    # cancel a pending future
    c = loop.create_future()
    print("cancel:", c.cancel("why"), c.cancelled(), c.done())
    try:
        await c
    except asyncio.CancelledError as e:
        print("await cancelled future:", e.args)
    try:
        c.set_result(1)
    except asyncio.InvalidStateError as e:
        print("set after cancel:", e)

    # Future constructed directly
    d = asyncio.Future()
    print("get_loop is running loop:", d.get_loop() is loop)
    d.set_result(None)
    print(await d)

    # a future is awaitable via __await__ / __iter__
    e = loop.create_future()
    e.set_result("iter")
    print(asyncio.isfuture(e), asyncio.isfuture(object()))

asyncio.run(main())
