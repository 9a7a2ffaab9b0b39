# asyncio.run: return values, exceptions, and argument checking.
import asyncio

async def add(a, b):
    await asyncio.sleep(0)
    return a + b

print(asyncio.run(add(2, 3)))
print(asyncio.run(add("x", "y")))

async def fails():
    await asyncio.sleep(0)
    raise ValueError("inside run")

try:
    asyncio.run(fails())
except ValueError as e:
    print(type(e).__name__, e)

async def none():
    pass
print(asyncio.run(none()))

# non-coroutine arguments
for bad in (5, None, "text"):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    asyncio.run(add)
except ValueError as e:
    print("coroutine function itself:", type(e).__name__)

# asyncio.run can be called several times sequentially; each gets a new loop
loops = []
async def grab():
    loops.append(asyncio.get_running_loop())
    return len(loops)
print(asyncio.run(grab()), asyncio.run(grab()))
print("different loops:", loops[0] is not loops[1], "both closed:", loops[0].is_closed(), loops[1].is_closed())

# KeyboardInterrupt-like BaseExceptions propagate too
async def sysexit():
    raise SystemExit(3)
try:
    asyncio.run(sysexit())
except SystemExit as e:
    print("SystemExit", e.code)

# nested awaits inside run
async def outer():
    total = 0
    for i in range(5):
        total += await add(i, i)
    return total
print(asyncio.run(outer()))

# sleep with a result argument
async def sl():
    return await asyncio.sleep(0, result="slept-result")
print(asyncio.run(sl()))
