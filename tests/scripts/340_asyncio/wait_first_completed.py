# asyncio.wait(return_when=FIRST_COMPLETED): done/pending sets.
# Completion order is controlled with Events (not timers) so the result never depends on timing.
import asyncio

async def job(name, gate):
    await gate.wait()
    return name

async def main():
    gates = {n: asyncio.Event() for n in ("fast", "mid", "slow")}
    tasks = {asyncio.create_task(job(n, g), name=n) for n, g in gates.items()}
    await asyncio.sleep(0)
    gates["fast"].set()
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", sorted(t.result() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    gates["mid"].set()
    done2, pending2 = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print("done:", sorted(t.result() for t in done2), "pending:", sorted(t.get_name() for t in pending2))
    gates["slow"].set()
    done3, pending3 = await asyncio.wait(pending2, return_when=asyncio.FIRST_COMPLETED)
    print("done:", sorted(t.result() for t in done3), "pending:", len(pending3))
    print(type(done).__name__, type(pending).__name__)

    # two completing in the same step are both reported
    g1, g2, g3 = asyncio.Event(), asyncio.Event(), asyncio.Event()
    ts = [asyncio.create_task(job(f"j{i}", g)) for i, g in enumerate((g1, g2, g3))]
    await asyncio.sleep(0)
    g1.set()
    g3.set()
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("same step:", sorted(t.result() for t in done), "pending:", [t.done() for t in pending])
    g2.set()
    await asyncio.wait(pending)

    # already-finished tasks count as completed immediately
    t = asyncio.create_task(asyncio.sleep(0, result="instant"))
    await asyncio.sleep(0.001)
    later = asyncio.create_task(asyncio.sleep(1))
    done, pending = await asyncio.wait([t, later], return_when=asyncio.FIRST_COMPLETED)
    print([x.result() for x in done], [x.done() for x in pending])
    later.cancel()

    # an exception also counts as completion
    async def bad():
        await asyncio.sleep(0.01)
        raise ValueError("bad")
    b = asyncio.create_task(bad())
    s = asyncio.create_task(asyncio.sleep(1))
    done, pending = await asyncio.wait({b, s}, return_when=asyncio.FIRST_COMPLETED)
    print("done has bad:", b in done, "exception:", repr(b.exception()), "pending has s:", s in pending)
    s.cancel()
    await asyncio.wait({s})
    print("s cancelled:", s.cancelled())

    # with a timeout and nothing finishing: both sets returned, nothing cancelled
    n = asyncio.create_task(asyncio.sleep(1))
    done, pending = await asyncio.wait({n}, timeout=0.01, return_when=asyncio.FIRST_COMPLETED)
    print("timeout:", len(done), len(pending), n.cancelled())
    n.cancel()

asyncio.run(main())
print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
