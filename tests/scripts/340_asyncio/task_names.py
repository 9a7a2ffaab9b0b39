# Task names: default Task-N numbering, name= argument, set_name, current_task.
import asyncio

async def who():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()

async def main():
    me = asyncio.current_task()
    print("main task:", me.get_name())
    t1 = asyncio.create_task(who())
    t2 = asyncio.create_task(who(), name="custom")
    t3 = asyncio.create_task(who())
    print(t1.get_name(), t2.get_name(), t3.get_name())
    t3.set_name("renamed")
    print(await t1, await t2, await t3)
    t4 = asyncio.create_task(who(), name=12345)
    print(repr(t4.get_name()), await t4)
    t5 = asyncio.create_task(who())
    print(t5.get_name())
    await t5
    t5.set_name(("tuple", 1))
    print(repr(t5.get_name()))
    print("main still:", asyncio.current_task() is me)

asyncio.run(main())

# a second asyncio.run continues the global counter
async def main2():
    print("second run main:", asyncio.current_task().get_name())
    t = asyncio.create_task(who())
    print("its child:", t.get_name(), await t)

asyncio.run(main2())

# loop.create_task also takes a name
async def main3():
    loop = asyncio.get_running_loop()
    t = loop.create_task(who(), name="via-loop")
    print(await t)
asyncio.run(main3())
