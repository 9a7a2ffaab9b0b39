# Value and Array with their locks; Lock, Event and Semaphore across processes.
import multiprocessing as mp


def add(counter, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1


def fill(arr, start):
    for i in range(start, len(arr), 2):
        arr[i] = i * i


def waiter(ev, lock, out):
    ev.wait()
    with lock:
        out.put("woke")


if __name__ == "__main__":
    mp.set_start_method("spawn")  # as ferropy does (Linux CPython forks by default)
    counter = mp.Value("i", 0)
    ps = [mp.Process(target=add, args=(counter, 50)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("counter", counter.value)

    arr = mp.Array("i", 6)
    ps = [mp.Process(target=fill, args=(arr, s)) for s in (0, 1)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(arr[:], len(arr), list(arr))
    d = mp.Value("d", 1.5)
    print(d.value, mp.Array("d", [1, 2]).get_obj()[:])

    ev, lock, out = mp.Event(), mp.Lock(), mp.Queue()
    ws = [mp.Process(target=waiter, args=(ev, lock, out)) for _ in range(2)]
    for w in ws:
        w.start()
    print("event set?", ev.is_set())
    ev.set()
    for w in ws:
        w.join()
    print([out.get() for _ in range(2)])

    s = mp.BoundedSemaphore(1)
    s.acquire()
    s.release()
    try:
        s.release()
    except ValueError as e:
        print("ValueError:", e)
    lk = mp.Lock()
    print(lk.acquire(), lk.acquire(False), lk.acquire(timeout=0.01))
    lk.release()
    rl = mp.RLock()
    with rl:
        with rl:
            print("rlock reentered")
