"""ProcessPoolExecutor over multiprocessing's Pool of child interpreters.

CPython's version runs its own management thread over pipes; this one submits each call
to a `multiprocessing.pool.Pool` and completes the `Future` from the pool's callbacks.
"""

__all__ = ['ProcessPoolExecutor', 'BrokenProcessPool']

import os
import threading
from concurrent.futures import _base


class BrokenProcessPool(_base.BrokenExecutor):
    """
    Raised when a process in a ProcessPoolExecutor terminated abruptly
    while a future was in the running state.
    """


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=(), *, max_tasks_per_child=None):
        if max_workers is None:
            self._max_workers = os.cpu_count() or 1
        else:
            if max_workers <= 0:
                raise ValueError("max_workers must be greater than 0")
            self._max_workers = max_workers
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._initializer = initializer
        self._initargs = initargs
        self._max_tasks_per_child = max_tasks_per_child
        self._pool = None
        self._shutdown_thread = False
        self._shutdown_lock = threading.Lock()

    def _start(self):
        if self._pool is None:
            from multiprocessing.pool import Pool
            self._pool = Pool(self._max_workers, self._initializer, self._initargs,
                              self._max_tasks_per_child)

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            self._start()
            f = _base.Future()
            f.set_running_or_notify_cancel()
            self._pool.apply_async(fn, args, kwargs, callback=f.set_result,
                                   error_callback=f.set_exception)
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return super().map(fn, *iterables, timeout=timeout)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown_thread = True
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.close()
            if wait:
                pool.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
