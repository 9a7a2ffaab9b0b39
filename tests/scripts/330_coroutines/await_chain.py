# Nested awaits: values propagate up through chains of coroutines; yields pass through to the driver.
import types

@types.coroutine
def pause(tag):
    yield tag

def run(coro):
    steps = 0
    try:
        while True:
            y = coro.send(None)
            steps += 1
            print("  driver got", y)
    except StopIteration as e:
        print("  finished after", steps, "yields")
        return e.value

def quiet(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def leaf(x):
    print("leaf", x)
    await pause(("leaf", x))
    return x * 10

async def middle(x):
    a = await leaf(x)
    b = await leaf(x + 1)
    print("middle", a, b)
    return a + b

async def top():
    total = 0
    for i in range(3):
        total += await middle(i)
    return total

print(run(top()))

async def fact(n):
    if n <= 1:
        return 1
    return n * await fact(n - 1)

print(quiet(fact(10)))

async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)

print([quiet(fib(i)) for i in range(12)])

# await in various expression positions
async def val(v):
    return v

async def expressions():
    d = {await val("k"): await val("v")}
    l = [await val(i) for i in range(3)]
    t = (await val(1), await val(2))
    s = f"{await val('x')}-{await val(5)}"
    cond = await val(1) if await val(True) else await val(0)
    print(d, l, t, s, cond)
    return len(l)

print(run(expressions()))
