# asyncio.all_tasks and current_task.
import asyncio

async def sleeper(d):
    await asyncio.sleep(d)

async def main():
    me = asyncio.current_task()
    tasks = asyncio.all_tasks()
    print("only main:", tasks == {me}, type(tasks).__name__)
    ts = [asyncio.create_task(sleeper(0.01), name=f"s{i}") for i in range(3)]
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print(names)
    await asyncio.sleep(0)
    print("still pending:", len(asyncio.all_tasks()))
    await asyncio.gather(*ts)
    print("after gather:", sorted(t.get_name() for t in asyncio.all_tasks()))
    # done tasks are not listed
    quick = asyncio.create_task(sleeper(0), name="quick")
    await quick
    print("quick listed?", quick in asyncio.all_tasks())
    # all_tasks with explicit loop argument
    loop = asyncio.get_running_loop()
    print("explicit loop:", asyncio.all_tasks(loop) == {me})

asyncio.run(main())

try:
    asyncio.all_tasks()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    asyncio.current_task()
except RuntimeError as e:
    print(type(e).__name__, e)

# current_task is None inside a plain callback
async def main2():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    def cb():
        fut.set_result(asyncio.current_task())
    loop.call_soon(cb)
    print("current_task in callback:", await fut)
asyncio.run(main2())
