# Program: retry with timeouts and backoff around a flaky simulated service.
import asyncio

class Flaky:
    def __init__(self, plan):
        # plan: list of ("ok", value) / ("slow",) / ("error", msg), consumed per call
        self.plan = list(plan)
        self.calls = 0

    async def call(self):
        self.calls += 1
        step = self.plan.pop(0)
        if step[0] == "slow":
            await asyncio.sleep(1)
            return "too late"
        await asyncio.sleep(0.01)
        if step[0] == "error":
            raise ConnectionError(step[1])
        return step[1]

async def retry(fn, attempts, timeout, log):
    delay = 0.01
    for i in range(1, attempts + 1):
        try:
            res = await asyncio.wait_for(fn(), timeout)
            log.append(f"attempt {i}: ok {res}")
            return res
        except asyncio.TimeoutError:
            log.append(f"attempt {i}: timeout")
        except ConnectionError as e:
            log.append(f"attempt {i}: error {e}")
        if i < attempts:
            log.append(f"  backoff {delay:.2f}")
            await asyncio.sleep(delay)
            delay *= 2
    raise RuntimeError(f"gave up after {attempts} attempts")

async def main():
    for plan in [
        [("ok", "first try")],
        [("error", "reset"), ("slow",), ("ok", "third time lucky")],
        [("slow",), ("error", "refused"), ("error", "refused")],
    ]:
        svc = Flaky(plan)
        log = []
        try:
            res = await retry(svc.call, 3, 0.05, log)
            outcome = f"result={res!r}"
        except RuntimeError as e:
            outcome = f"failed: {e}"
        print("\n".join(log))
        print(outcome, "| calls:", svc.calls)
        print("-" * 10)

asyncio.run(main())
