# Threads doing file I/O: each writes and reads back its own file (reads and writes
# release the GIL), then all append to one shared file under a lock.
import threading
import _scratch

N = 4
paths = [_scratch.path("thread%d.txt" % i) for i in range(N)]
shared = _scratch.path("shared.txt")
results = {}
lock = threading.Lock()


def worker(i):
    with open(paths[i], "w") as f:
        for j in range(200):
            f.write("thread %d line %d\n" % (i, j))
    with open(paths[i]) as f:
        lines = f.readlines()
    total = 0
    with open(paths[i], "rb") as f:
        while True:
            chunk = f.read(1000)
            if not chunk:
                break
            total += len(chunk)
    results[i] = (len(lines), lines[0].strip(), lines[-1].strip(), total)
    for j in range(50):
        with lock:
            with open(shared, "a") as f:
                f.write("%d:%d\n" % (i, j))


try:
    open(shared, "w").close()
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(N)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for i in range(N):
        print(i, results[i])
    with open(shared) as f:
        lines = f.read().splitlines()
    print(len(lines), sorted(set(int(l.split(":")[0]) for l in lines)))
    for i in range(N):
        mine = [int(l.split(":")[1]) for l in lines if l.startswith("%d:" % i)]
        print(i, mine == list(range(50)))

    # One file object shared by threads, each reading whole lines under a lock.
    with open(paths[0]) as f:
        got = []

        def reader():
            while True:
                with lock:
                    line = f.readline()
                if not line:
                    return
                got.append(line)

        readers = [threading.Thread(target=reader) for _ in range(3)]
        for t in readers:
            t.start()
        for t in readers:
            t.join()
    print(len(got), sorted(got) == sorted(open(paths[0]).readlines()))
finally:
    _scratch.cleanup()
