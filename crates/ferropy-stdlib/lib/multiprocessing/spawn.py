"""The child side of the spawn start method (CPython's Lib/multiprocessing/spawn.py).

The facade runs a child interpreter like this: the parent's `sys.path` is copied, the
parent's main script is re-run as ``__mp_main__`` (and aliased as ``__main__``, so
functions pickled by reference as ``__main__.f`` are found), then `_ferropy_child`
unpickles the process object and runs its `_bootstrap()`; the return value is the exit
code.
"""

import sys


def _ferropy_child(payload):
    import pickle
    from multiprocessing import process
    process._spawning[0] += 1
    try:
        process_obj = pickle.loads(payload)
    finally:
        process._spawning[0] -= 1
    return process_obj._bootstrap()


def freeze_support():
    pass


def get_executable():
    return sys.executable
