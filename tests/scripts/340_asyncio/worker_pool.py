# A worker pool: N workers pull jobs from a queue; results collected; workers cancelled at the end.
import asyncio

async def worker(name, jobs, results, log):
    try:
        while True:
            job_id, cost = await jobs.get()
            log.append(f"{name} start job{job_id}")
            for _ in range(cost):      # cost = number of scheduling steps
                await asyncio.sleep(0)
            results[job_id] = f"job{job_id} by {name}"
            log.append(f"{name} done job{job_id}")
            jobs.task_done()
    except asyncio.CancelledError:
        log.append(f"{name} stopping")
        raise

async def main():
    jobs = asyncio.Queue()
    results = {}
    log = []
    for job_id, cost in enumerate([5, 1, 2, 1, 3]):
        jobs.put_nowait((job_id, cost))
    workers = [asyncio.create_task(worker(f"w{i}", jobs, results, log)) for i in range(2)]
    await jobs.join()
    for w in workers:
        w.cancel()
    outcomes = await asyncio.gather(*workers, return_exceptions=True)
    print("\n".join(log))
    for k in sorted(results):
        print(k, results[k])
    print([type(o).__name__ for o in outcomes])
    print("queue empty:", jobs.empty())

asyncio.run(main())
