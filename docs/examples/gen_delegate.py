def inner():
    x = yield 1
    return x * 2


def outer():
    r = yield from inner()
    yield r


async def waiter(aw):
    return await aw


g = outer()
print(next(g))
print(g.send(21))
