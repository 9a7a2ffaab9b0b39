import asyncio


async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)


async def main():
    async for t in ticker(3):
        print(t)
    got = [t async for t in ticker(2)]
    data = await asyncio.gather(*(asyncio.sleep(0, result=i) for i in range(3)))
    async with asyncio.Lock() as l:
        pass
    return got, data


def gen():
    x = yield
    y = yield x + 1
    z = yield from range(3)
    return (yield)


def deco(f):
    return f


@deco
@deco.attr(1, k=2)
def decorated(a, b, /, c, *, d=1, **kw):
    nonlocal_thing = lambda *a, **k: (a, k)
    return nonlocal_thing


def outer():
    x = 1

    def inner():
        nonlocal x
        x += 1
        return x
    return inner


try:
    pass
except* ValueError as eg:
    print(eg.exceptions)
except* (TypeError, KeyError):
    pass

asyncio.run(main())
