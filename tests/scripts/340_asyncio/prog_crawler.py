# Program: a simulated web crawler with a fake network (sleeps), a worker pool and a visited set.
import asyncio

# page -> (latency in units of 10ms, links)
SITE = {
    "/": (1, ["/a", "/b", "/c"]),
    "/a": (2, ["/a/1", "/b"]),
    "/b": (1, ["/", "/b/1", "/b/2"]),
    "/c": (5, []),
    "/a/1": (1, ["/missing"]),
    "/b/1": (2, ["/a/1"]),
    "/b/2": (1, ["/c"]),
}

class NotFound(Exception):
    pass

async def fetch(url):
    if url not in SITE:
        await asyncio.sleep(0.01)
        raise NotFound(url)
    latency, links = SITE[url]
    await asyncio.sleep(latency * 0.01)
    return links

async def crawl(start, workers=3):
    seen = {start}
    queue = asyncio.Queue()
    queue.put_nowait((start, 0))
    results = {}
    errors = []

    async def worker(wid):
        while True:
            url, depth = await queue.get()
            try:
                links = await fetch(url)
                results[url] = (depth, len(links))
                for link in links:
                    if link not in seen:
                        seen.add(link)
                        queue.put_nowait((link, depth + 1))
            except NotFound as e:
                errors.append(str(e))
            finally:
                queue.task_done()

    tasks = [asyncio.create_task(worker(i)) for i in range(workers)]
    await queue.join()
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return results, errors, seen

results, errors, seen = asyncio.run(crawl("/"))
for url in sorted(results):
    depth, nlinks = results[url]
    print(f"{url:6} depth={depth} links={nlinks}")
print("errors:", errors)
print("seen:", sorted(seen))
print("pages crawled:", len(results))
