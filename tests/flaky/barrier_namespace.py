# A Barrier across processes, and a Manager's Queue, Namespace, Value and Lock.
import multiprocessing as mp


def racer(b, q):
    q.put(b.wait())


def put_tenfold(q, i):
    q.put(i * 10)


def bump(ns, lock):
    with lock:
        ns.total = ns.total + 1


if __name__ == "__main__":
    mp.set_start_method("spawn")  # as ferropy does (Linux CPython forks by default)
    b = mp.Barrier(3)
    q = mp.Queue()
    ps = [mp.Process(target=racer, args=(b, q)) for _ in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(sorted(q.get() for _ in range(3)), b.parties, b.n_waiting, b.broken)
    with mp.Manager() as m:
        mq = m.Queue()
        ps = [mp.Process(target=put_tenfold, args=(mq, i)) for i in range(3)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted(mq.get() for _ in range(3)), mq.empty())
        ns = m.Namespace(total=0)
        lock = m.Lock()
        ps = [mp.Process(target=bump, args=(ns, lock)) for _ in range(4)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print("total", ns.total)
        v = m.Value("i", 5)
        v.value = 7
        print(v.value)
