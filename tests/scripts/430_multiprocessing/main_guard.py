# Spawn re-runs the main module in the child as __mp_main__: top-level code runs again,
# code under the guard does not.
import multiprocessing as mp

print("top level runs in", __name__, flush=True)


def child():
    print("child: __name__ of main is", __import__("__main__").__name__, flush=True)
    print("child: current process", mp.current_process().name, flush=True)
    print("child: parent", mp.parent_process().name, flush=True)


if __name__ == "__main__":
    mp.set_start_method("spawn")  # as ferropy does (Linux CPython forks by default)
    p = mp.Process(target=child)
    p.start()
    p.join()
    print("parent done", p.exitcode)
