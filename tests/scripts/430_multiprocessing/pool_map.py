# Pool: map, starmap, apply, apply_async, map_async, imap, imap_unordered, errors.
import math
from multiprocessing import Pool


def square(x):
    return x * x


def power(base, exp):
    return base ** exp


def fact_digits(n):
    return len(str(math.factorial(n)))


def fail_on(x):
    if x == 3:
        raise ValueError(f"bad value {x}")
    return x


if __name__ == "__main__":
    import multiprocessing
    multiprocessing.set_start_method("spawn")  # as ferropy does (Linux CPython forks by default)
    with Pool(processes=2) as pool:
        print(pool.map(square, range(10)))
        print(pool.map(square, []))
        print(pool.map(square, range(7), chunksize=3))
        print(pool.starmap(power, [(2, 10), (3, 3), (10, 2)]))
        print(pool.apply(power, (2, 5)))
        r = pool.apply_async(fact_digits, (500,))
        print(r.get(timeout=30), r.ready(), r.successful())
        m = pool.map_async(fact_digits, [10, 100, 1000])
        print(m.get())
        print(list(pool.imap(square, range(6))))
        print(list(pool.imap(square, range(6), chunksize=4)))
        print(sorted(pool.imap_unordered(square, range(6))))
        try:
            pool.map(fail_on, range(6))
        except ValueError as e:
            print("ValueError:", e)
        bad = pool.apply_async(fail_on, (3,))
        bad.wait()
        print(bad.ready(), bad.successful())
        try:
            bad.get()
        except ValueError as e:
            print("ValueError:", e)
        collected = []
        done = pool.apply_async(square, (12,), callback=collected.append)
        done.wait()
        print(collected)
    try:
        pool.map(square, [1])
    except ValueError as e:
        print("ValueError:", e)
    try:
        Pool(0)
    except ValueError as e:
        print("ValueError:", e)
