# create_task: tasks start in creation order, only once the creator yields.
import asyncio

log = []

async def child(n):
    log.append(f"child {n} start")
    await asyncio.sleep(0)
    log.append(f"child {n} end")
    return n * n

async def main():
    tasks = []
    for i in range(3):
        tasks.append(asyncio.create_task(child(i)))
        log.append(f"created {i}")
    log.append("before await")
    print("done flags before yield:", [t.done() for t in tasks])
    await asyncio.sleep(0)
    log.append("after one sleep(0)")
    results = [await t for t in tasks]
    log.append(f"results {results}")
    print("done flags after:", [t.done() for t in tasks])

asyncio.run(main())
print("\n".join(log))

# a task created by a task
async def spawner():
    print("spawner start")
    t = asyncio.create_task(child(99))
    print("spawner created child, done?", t.done())
    r = await t
    print("spawner got", r)
    return r

async def main2():
    log.clear()
    r = await asyncio.create_task(spawner())
    print("main2 got", r, log)

asyncio.run(main2())

# create_task with something that is not a coroutine
async def main3():
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print(type(e).__name__, e)
asyncio.run(main3())

# create_task outside a running loop
c = child(0)
try:
    asyncio.create_task(c)
except RuntimeError as e:
    print(type(e).__name__, e)
c.close()
