# yield from / await chains resumed directly by SEND: values in and out, return values,
# exceptions and PEP 479 across levels, throw/close into a suspended chain, and the
# delegation attributes while suspended.
import types


def inner():
    got = yield "i1"
    print("inner got", got)
    got = yield "i2"
    print("inner got", got)
    return "inner-result"


def outer():
    r = yield from inner()
    print("outer received", r)
    yield "o1"
    return "outer-result"


g = outer()
print(next(g))
print(g.send("a"))
print(g.gi_yieldfrom is not None, g.gi_yieldfrom.__name__)
print(g.send("b"))
print(g.gi_yieldfrom)
try:
    g.send("c")
except StopIteration as e:
    print("StopIteration", e.value)


def raiser():
    yield 1
    raise StopIteration("inside")


def delegator():
    yield from raiser()


try:
    list(delegator())
except RuntimeError as e:
    print(type(e).__name__, e)


def catching():
    try:
        yield from inner()
    except ValueError as e:
        print("outer caught", e)
        yield "recovered"


c = catching()
print(next(c))
print(c.throw(ValueError("thrown in")))

c2 = outer()
next(c2)
c2.close()
print("closed chain", c2.gi_frame)


def self_ref():
    yield from me


me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)


class Fut:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        got = yield self
        return (self.v, got)


async def leaf(v):
    return await Fut(v)


async def mid():
    a = await leaf(1)
    b = await leaf(2)
    return [a, b]


async def boom():
    await Fut(0)
    raise StopIteration("in coroutine")


co = mid()
print(type(co.send(None)).__name__)
print(co.cr_await is not None)
print(type(co.send("x")).__name__)
try:
    co.send("y")
except StopIteration as e:
    print("result", e.value)

b = boom()
b.send(None)
try:
    b.send(None)
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))


async def reuse(c):
    return await c


async def value():
    return 5


v = value()
r1 = reuse(v)
try:
    r1.send(None)
except StopIteration as e:
    print("first await", e.value)
r2 = reuse(v)
try:
    r2.send(None)
except RuntimeError as e:
    print("RuntimeError", e)


@types.coroutine
def legacy():
    x = yield "legacy"
    return x * 2


async def uses_legacy():
    return await legacy()


u = uses_legacy()
print(u.send(None))
try:
    u.send(21)
except StopIteration as e:
    print("legacy result", e.value)


def deep(n):
    if n == 0:
        x = yield "bottom"
        return x
    return (yield from deep(n - 1)) + 1


d = deep(100)
print(next(d))
try:
    d.send(0)
except StopIteration as e:
    print("depth result", e.value)
