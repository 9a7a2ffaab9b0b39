# asyncio.TaskGroup: the RuntimeErrors for misuse, and the group's repr.
import asyncio

async def noop():
    await asyncio.sleep(0)

async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    coro = noop()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()

    async with tg:
        print(repr(tg))
        tg.create_task(noop())
        print(repr(tg))
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)
    print(repr(tg))

    coro = noop()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()

    # creating tasks while the group is shutting down after an error
    async def fails():
        await asyncio.sleep(0)
        raise ValueError("x")
    messages = []
    async def late_spawner(group):
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            c = noop()
            try:
                group.create_task(c)
            except RuntimeError as e:
                messages.append(str(e))
            c.close()
            raise
    g = asyncio.TaskGroup()
    try:
        async with g:
            g.create_task(late_spawner(g))
            g.create_task(fails())
    except ExceptionGroup as eg:
        print([repr(e) for e in eg.exceptions])
    print(messages)
    print(repr(g))

    # the class lives in asyncio.taskgroups
    print(asyncio.TaskGroup.__module__, asyncio.TaskGroup.__name__)

asyncio.run(main())

# outside a running loop, entering fails
async def enter_outside():
    async with asyncio.TaskGroup():
        pass
c = enter_outside()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
