# CPU-bound threads take turns holding the GIL; sleeping threads release it and overlap.
import threading
import time


def count(n):
    total = 0
    for i in range(n):  # a for loop: its JUMP_BACKWARD is a safe point
        total += i


def timed(target, args, nthreads):
    threads = [threading.Thread(target=target, args=args) for _ in range(nthreads)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start


one = timed(count, (1_000_000,), 1)
two = timed(count, (1_000_000,), 2)
print(f"2 CPU-bound threads take {two / one:.1f}x as long as 1")
naps = timed(time.sleep, (0.2,), 4)
print(f"4 threads sleeping 0.2 s take {naps:.1f} s")
