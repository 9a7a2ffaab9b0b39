# concurrent.futures: ThreadPoolExecutor and ProcessPoolExecutor.
from concurrent.futures import (ThreadPoolExecutor, ProcessPoolExecutor, as_completed,
                                wait, FIRST_COMPLETED, ALL_COMPLETED)


def cube(x):
    return x ** 3


def slow_fail(x):
    raise KeyError(x)


if __name__ == "__main__":
    import multiprocessing
    multiprocessing.set_start_method("spawn")  # as ferropy does (Linux CPython forks by default)
    with ThreadPoolExecutor(max_workers=3) as ex:
        print(list(ex.map(cube, range(6))))
        futs = [ex.submit(cube, i) for i in range(5)]
        print(sorted(f.result() for f in as_completed(futs)))
        done, not_done = wait(futs, return_when=ALL_COMPLETED)
        print(len(done), len(not_done))
        bad = ex.submit(slow_fail, "k")
        print(type(bad.exception()).__name__, bad.exception())
    try:
        ex.submit(cube, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    with ProcessPoolExecutor(max_workers=2) as pex:
        print(list(pex.map(cube, range(5))))
        f = pex.submit(cube, 7)
        print(f.result())
        g = pex.submit(slow_fail, 9)
        try:
            g.result()
        except KeyError as e:
            print("KeyError:", e)
