"""A teaching script about threads and locks."""
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed
import queue as q

counter = 0
lock = threading.Lock()


def worker(n: int, *, delay: float = 0.0) -> None:
    global counter
    for _ in range(n):
        with lock:
            counter += 1


class Pool:
    """Owns some workers."""

    size: int = 4

    def __init__(self, size=4, **options):
        self.size = size
        self.options = {**options, 'daemon': True}
        self._threads: list[threading.Thread] = []

    def start(self, target, /, *args):
        for i in range(self.size):
            t = threading.Thread(target=target, args=(i, *args), name=f"worker-{i:02d}")
            self._threads.append(t)
            t.start()
        return self

    def join(self):
        while self._threads:
            self._threads.pop().join()

    def __repr__(self):
        return f'{type(self).__name__}(size={self.size!r})'


if __name__ == "__main__":
    pool = Pool(8).start(worker, 1000)
    pool.join()
    print(f"{counter = }", counter == 8 * 1000)
    results = [x ** 2 for x in range(10) if x % 2 == 0]
    squares = {x: x * x for x in range(5)}
    evens = {x for x in results if not x & 1}
    total = sum(x for x in results)
    first, *rest = results
    print(first, rest, total, sep=", ", end="\n")
    try:
        raise ValueError("bad") from None
    except (ValueError, TypeError) as exc:
        print("caught", exc)
