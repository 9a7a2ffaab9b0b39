# `counter += 1` from four threads, first without a lock, then with one.
import threading

N = 10_000
counter = 0
lock = threading.Lock()


def unsafe():
    global counter
    for _ in range(N):
        counter += 1  # LOAD_GLOBAL, LOAD_CONST, BINARY_OP, STORE_GLOBAL


def safe():
    global counter
    for _ in range(N):
        with lock:
            counter += 1


def run(target):
    global counter
    counter = 0
    threads = [threading.Thread(target=target) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return counter


print(f"expected:       {4 * N}")
print(f"without a lock: {run(unsafe)}")
print(f"with a lock:    {run(safe)}")
