# What cannot travel to a child, and misuse errors.
import multiprocessing as mp
import pickle
import threading


def noop(*args):
    pass


if __name__ == "__main__":
    mp.set_start_method("spawn")  # as ferropy does (Linux CPython forks by default)
    p = mp.Process(target=lambda: None)
    try:
        p.start()
    except (pickle.PicklingError, AttributeError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
    p = mp.Process(target=noop, args=(threading.Lock(),))
    try:
        p.start()
    except TypeError as e:
        print("TypeError:", e)
    q = mp.Queue()
    try:
        pickle.dumps(q)
    except RuntimeError as e:
        print("RuntimeError:", e)
    p = mp.Process(target=noop)
    try:
        p.join()
    except AssertionError as e:
        print("AssertionError:", e)
    try:
        mp.get_context("nonsense")
    except ValueError as e:
        print("ValueError:", e)
    print(mp.get_context("spawn").get_start_method())
    print(mp.cpu_count() >= 1)
