# asyncio.run and run_until_complete cannot be nested inside a running loop.
import asyncio

async def inner():
    return "inner"

async def main():
    c = inner()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print(type(e).__name__, e)
    finally:
        c.close()
    loop = asyncio.get_running_loop()
    c = inner()
    try:
        loop.run_until_complete(c)
    except RuntimeError as e:
        print(type(e).__name__, e)
    finally:
        c.close()
    try:
        loop.run_forever()
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        loop.close()
    except RuntimeError as e:
        print(type(e).__name__, e)
    # the correct way: just await
    return await inner()

print(asyncio.run(main()))

# a different loop can't be run while one is running either
async def main2():
    other = asyncio.new_event_loop()
    c = inner()
    try:
        other.run_until_complete(c)
    except RuntimeError as e:
        print(type(e).__name__, e)
    finally:
        c.close()
        other.close()

asyncio.run(main2())
