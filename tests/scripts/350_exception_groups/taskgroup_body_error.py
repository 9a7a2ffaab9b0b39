# asyncio.TaskGroup: exceptions raised in the body of `async with`, and BaseExceptionGroups.
import asyncio

log = []

async def child(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
        log.append(f"{name} done")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def main():
    # an error in the body cancels the children and is wrapped in the group
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c1", 10))
            await asyncio.sleep(0)
            raise KeyError("body")
    except ExceptionGroup as eg:
        print([repr(e) for e in eg.exceptions])
    print(log)

    # body error together with child errors: children's first, then the body's
    log.clear()
    async def failing():
        await asyncio.sleep(0)
        raise ValueError("child failed")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            try:
                await asyncio.sleep(1)
            finally:
                raise TypeError("body failed")
    except ExceptionGroup as eg:
        print([repr(e) for e in eg.exceptions])

    # a body error when there are no children at all
    try:
        async with asyncio.TaskGroup() as tg:
            raise IndexError("alone")
    except ExceptionGroup as eg:
        print(repr(eg))

    # errors that are not Exceptions make a BaseExceptionGroup
    class Stop(BaseException):
        pass
    async def stop():
        await asyncio.sleep(0)
        raise Stop("halt")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(stop())
            tg.create_task(failing())
    except Exception as e:
        print("not an Exception group:", e)
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, [repr(e) for e in eg.exceptions])

    # the group can be split like any other
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(stop())
            tg.create_task(failing())
    except BaseExceptionGroup as eg:
        m, r = eg.split(Exception)
        print(type(m).__name__, repr(m))
        print(type(r).__name__, repr(r))

asyncio.run(main())
