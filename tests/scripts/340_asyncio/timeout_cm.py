# asyncio.timeout() async context manager (3.11).
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.02) as cm:
            print("timeout object:", type(cm).__name__)
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError as e:
        print("TimeoutError caught", type(e).__name__, "expired:", cm.expired())

    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print("no timeout, expired:", cm.expired())

    # None disables the deadline
    async with asyncio.timeout(None) as cm:
        print("when:", cm.when())
        await asyncio.sleep(0.01)
    print("None ok")

    # cleanup inside still runs
    log = []
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                log.append("inner saw CancelledError")
                raise
            finally:
                log.append("inner finally")
    except TimeoutError:
        log.append("outer TimeoutError")
    print(log)

    # reschedule to extend the deadline
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(loop.time() + 1)
        await asyncio.sleep(0.03)
    print("rescheduled, expired:", cm.expired())

    # timeout_at with a past deadline
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            await asyncio.sleep(0)
    except TimeoutError:
        print("past deadline times out at first await")

    # nested: the inner one fires first
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timeout fired")
            await asyncio.sleep(0)
            print("outer still alive")
    except TimeoutError:
        print("outer fired (unexpected)")

    # other exceptions pass through unchanged
    try:
        async with asyncio.timeout(1):
            raise KeyError("through")
    except KeyError as e:
        print("KeyError", e)

asyncio.run(main())
