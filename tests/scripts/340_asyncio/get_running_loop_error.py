# Errors from loop-dependent APIs called with no running loop.
import asyncio

for name, fn in [
    ("get_running_loop", asyncio.get_running_loop),
    ("current_task", asyncio.current_task),
    ("all_tasks", asyncio.all_tasks),
]:
    try:
        fn()
    except RuntimeError as e:
        print(name, "->", type(e).__name__, e)

async def noop():
    return 1

c = noop()
try:
    asyncio.create_task(c)
except RuntimeError as e:
    print("create_task ->", type(e).__name__, e)
c.close()

# inside the loop get_running_loop works
async def main():
    loop = asyncio.get_running_loop()
    print("inside:", type(loop).__name__ != "", loop.is_running(), loop is asyncio.get_event_loop())
asyncio.run(main())

# after asyncio.run the running loop is gone again
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("after run:", e)

# a Future created with an explicit loop does not need a running one
loop = asyncio.new_event_loop()
f = asyncio.Future(loop=loop)
f.set_result("no running loop needed")
print(f.result(), f.get_loop() is loop)
loop.close()

# awaiting a future bound to a different loop fails
other = asyncio.new_event_loop()
foreign = other.create_future()
async def await_foreign():
    await foreign
try:
    asyncio.run(await_foreign())
except RuntimeError as e:
    print("foreign future:", type(e).__name__, "attached to a different loop" in str(e))
other.close()
