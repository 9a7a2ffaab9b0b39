# Queues between processes: Queue, SimpleQueue, JoinableQueue, Empty/Full.
import multiprocessing as mp
import queue


def produce(q, n):
    for i in range(n):
        q.put({"i": i, "sq": i * i, "tag": ("x", i)})
    q.put(None)


def echo(inq, outq):
    while True:
        item = inq.get()
        if item is None:
            break
        outq.put(item[::-1])


def consume(jq, out):
    while True:
        item = jq.get()
        out.put(item * 10)
        jq.task_done()


if __name__ == "__main__":
    mp.set_start_method("spawn")  # as ferropy does (Linux CPython forks by default)
    q = mp.Queue()
    p = mp.Process(target=produce, args=(q, 5))
    p.start()
    got = []
    while True:
        item = q.get()
        if item is None:
            break
        got.append(item)
    p.join()
    print(got)
    print(q.empty(), q.qsize())
    try:
        q.get(timeout=0.05)
    except queue.Empty:
        print("Empty after timeout")
    try:
        q.get_nowait()
    except queue.Empty:
        print("Empty without waiting")

    small = mp.Queue(maxsize=1)
    small.put(1)
    try:
        small.put(2, block=False)
    except queue.Full:
        print("Full")
    print(small.get(), small.full())

    inq, outq = mp.SimpleQueue(), mp.SimpleQueue()
    p = mp.Process(target=echo, args=(inq, outq))
    p.start()
    for word in ["abc", "hello", "multiprocessing"]:
        inq.put(word)
        print(outq.get())
    inq.put(None)
    p.join()
    print(inq.empty(), outq.empty())

    jq, out = mp.JoinableQueue(), mp.Queue()
    c = mp.Process(target=consume, args=(jq, out), daemon=True)
    c.start()
    for i in range(4):
        jq.put(i)
    jq.join()
    print(sorted(out.get() for _ in range(4)))
    try:
        mp.Queue().task_done()
    except AttributeError as e:
        print("AttributeError")
