# Future reprs (no file paths involved).
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.set_result(42)
    print(repr(f))
    g = loop.create_future()
    g.set_exception(ValueError("v"))
    print(repr(g))
    g.exception()
    c = loop.create_future()
    c.cancel()
    print(repr(c))
    s = loop.create_future()
    s.set_result("text")
    print(s)
    n = loop.create_future()
    n.set_result(None)
    print(n)
    print(asyncio.CancelledError("m"), repr(asyncio.CancelledError("m")))
    print(repr(asyncio.InvalidStateError("x")), repr(asyncio.TimeoutError()))

asyncio.run(main())
