# Program: publish/subscribe with per-subscriber queues and Events for readiness and shutdown.
import asyncio

class Broker:
    def __init__(self):
        self.subs = {}
        self.closed = asyncio.Event()
        self.acks = asyncio.Queue()

    def subscribe(self, name, topics):
        q = asyncio.Queue()
        self.subs[name] = (set(topics), q)
        return q

    def publish(self, topic, msg):
        delivered = []
        for name, (topics, q) in self.subs.items():
            if topic in topics:
                q.put_nowait((topic, msg))
                delivered.append(name)
        return delivered

async def subscriber(broker, name, topics, ready, log):
    q = broker.subscribe(name, topics)
    ready.set()
    got = []
    while True:
        getter = asyncio.create_task(q.get())
        closer = asyncio.create_task(broker.closed.wait())
        done, pending = await asyncio.wait({getter, closer}, return_when=asyncio.FIRST_COMPLETED)
        for p in pending:
            p.cancel()
        if getter in done:
            topic, msg = getter.result()
            got.append(f"{topic}:{msg}")
            log.append(f"{name} <- {topic}:{msg}")
            broker.acks.put_nowait(name)
        else:
            while not q.empty():
                topic, msg = q.get_nowait()
                got.append(f"{topic}:{msg}")
            log.append(f"{name} closing")
            return got

async def main():
    broker = Broker()
    log = []
    specs = [("alice", ["news", "sports"]), ("bob", ["news"]), ("carol", ["weather"])]
    readies = [asyncio.Event() for _ in specs]
    subs = [asyncio.create_task(subscriber(broker, n, t, r, log)) for (n, t), r in zip(specs, readies)]
    await asyncio.gather(*(r.wait() for r in readies))
    print("all subscribed:", sorted(broker.subs))
    for topic, msg in [("news", "hello"), ("sports", "goal"), ("weather", "rain"), ("tech", "nobody"), ("news", "bye")]:
        delivered = broker.publish(topic, msg)
        print(f"publish {topic}:{msg} ->", delivered)
        # wait until every receiver has handled it
        acked = sorted([await broker.acks.get() for _ in delivered])
        print("  acked by", acked)
    broker.closed.set()
    results = await asyncio.gather(*subs)
    print("\n".join(log))
    for (name, _), got in zip(specs, results):
        print(name, got)

asyncio.run(main())
