"""Process pools (CPython's Lib/multiprocessing/pool.py, reduced to its semantics).

Workers are child interpreters reading `(job, i, func, args, kwds)` tasks from a shared
task queue and writing `(job, i, (ok, value))` results to a result queue; a thread in the
parent hands results to the `ApplyResult`/`MapResult` objects waiting for them. `map`
splits its input into chunks the way CPython does.
"""

__all__ = ['Pool', 'ThreadPool']

import collections
import itertools
import os
import threading

from multiprocessing import process
from multiprocessing.queues import SimpleQueue
from multiprocessing.context import TimeoutError

INIT = "INIT"
RUN = "RUN"
CLOSE = "CLOSE"
TERMINATE = "TERMINATE"

job_counter = itertools.count()


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))


class MaybeEncodingError(Exception):
    """Wraps possible unpickleable errors, so they can be
    safely sent through the socket."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super(MaybeEncodingError, self).__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value,
                                                             self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None):
    if (maxtasks is not None) and not (isinstance(maxtasks, int)
                                       and maxtasks >= 1):
        raise AssertionError("Maxtasks {!r} is not valid".format(maxtasks))
    if initializer is not None:
        initializer(*initargs)
    completed = 0
    while maxtasks is None or (maxtasks and completed < maxtasks):
        task = inqueue.get()
        if task is None:
            break
        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            result = (False, e)
        try:
            outqueue.put((job, i, result))
        except Exception as e:
            wrapped = MaybeEncodingError(e, result[1])
            outqueue.put((job, i, (False, wrapped)))
        task = job = result = func = args = kwds = None
        completed += 1


class Pool(object):
    '''
    Class which supports an async version of applying functions to arguments.
    '''
    _wrap_exception = True

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        self._pool = []
        self._state = INIT
        self._cache = {}
        self._maxtasksperchild = maxtasksperchild
        self._initializer = initializer
        self._initargs = initargs
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._inqueue = SimpleQueue()
        self._outqueue = SimpleQueue()
        self._lock = threading.Lock()
        from multiprocessing.context import Process
        process._spawning[0] += 1
        try:
            for i in range(processes):
                w = Process(target=worker,
                            args=(self._inqueue, self._outqueue, initializer,
                                  initargs, maxtasksperchild))
                w.name = w.name.replace('Process', 'SpawnPoolWorker')
                w.daemon = True
                w.start()
                self._pool.append(w)
        finally:
            process._spawning[0] -= 1
        self._result_handler = threading.Thread(
            target=self._handle_results, daemon=True, name='Thread-results')
        self._result_handler.start()
        self._state = RUN

    def __repr__(self):
        cls = self.__class__
        return (f'<{cls.__module__}.{cls.__qualname__} '
                f'state={self._state} '
                f'pool_size={len(self._pool)}>')

    def _handle_results(self):
        while True:
            task = self._outqueue.get()
            if task is None:
                return
            job, i, obj = task
            with self._lock:
                result = self._cache.get(job)
            if result is not None:
                result._set(i, obj)

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _submit(self, job, i, func, args, kwds):
        self._inqueue.put((job, i, func, args, kwds))

    def apply(self, func, args=(), kwds={}):
        '''
        Equivalent of `func(*args, **kwds)`.
        Pool must be running.
        '''
        return self.apply_async(func, args, kwds).get()

    def map(self, func, iterable, chunksize=None):
        '''
        Apply `func` to each element in `iterable`, collecting the results
        in a list that is returned.
        '''
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        '''
        Like `map()` method but the elements of the `iterable` are expected to
        be iterables as well and will be unpacked as arguments. Hence
        `func` and (a, b) becomes func(a, b).
        '''
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        '''
        Asynchronous version of `starmap()` method.
        '''
        return self._map_async(func, iterable, starmapstar, chunksize,
                               callback, error_callback)

    def imap(self, func, iterable, chunksize=1):
        '''
        Equivalent of `map()` -- can be MUCH slower than `Pool.map()`.
        '''
        self._check_running()
        if chunksize < 1:
            raise ValueError(
                "Chunksize must be 1+, not {0:n}".format(chunksize))
        return self._imap(func, iterable, chunksize, ordered=True)

    def imap_unordered(self, func, iterable, chunksize=1):
        '''
        Like `imap()` method but ordering of results is arbitrary.
        '''
        self._check_running()
        if chunksize < 1:
            raise ValueError(
                "Chunksize must be 1+, not {0!r}".format(chunksize))
        return self._imap(func, iterable, chunksize, ordered=False)

    def _imap(self, func, iterable, chunksize, ordered):
        items = list(iterable)
        chunks = [items[k:k + chunksize] for k in range(0, len(items), chunksize)]
        result = IMapIterator(self, len(chunks), ordered=ordered)
        for i, chunk in enumerate(chunks):
            self._submit(result._job, i, mapstar, ((func, chunk),), {})
        return result

    def apply_async(self, func, args=(), kwds={}, callback=None,
                    error_callback=None):
        '''
        Asynchronous version of `apply()` method.
        '''
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._submit(result._job, 0, func, args, kwds)
        return result

    def map_async(self, func, iterable, chunksize=None, callback=None,
                  error_callback=None):
        '''
        Asynchronous version of `map()` method.
        '''
        return self._map_async(func, iterable, mapstar, chunksize, callback,
                               error_callback)

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None,
                   error_callback=None):
        '''
        Helper function to implement map, starmap and their async counterparts.
        '''
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)

        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0

        items = list(iterable)
        chunks = [items[k:k + chunksize] for k in range(0, len(items), chunksize)] \
            if chunksize else []
        result = MapResult(self, chunksize, len(items), callback,
                           error_callback=error_callback)
        for i, chunk in enumerate(chunks):
            self._submit(result._job, i, mapper, ((func, chunk),), {})
        return result

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            for _ in self._pool:
                self._inqueue.put(None)

    def terminate(self):
        if self._state == TERMINATE:
            return
        was_running = self._state == RUN
        self._state = TERMINATE
        if was_running:
            for _ in self._pool:
                self._inqueue.put(None)
        # Child interpreters cannot be killed: they stop at the sentinel after their
        # current task (see docs/divergences.md).
        self._join_workers()

    def _join_workers(self):
        for p in self._pool:
            p.join()
        if self._result_handler.is_alive():
            self._outqueue.put(None)
            self._result_handler.join()

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        self._join_workers()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()

    def __reduce__(self):
        raise NotImplementedError(
              'pool objects cannot be passed between processes or pickled'
              )


class ApplyResult(object):

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = next(job_counter)
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        with pool._lock:
            self._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        else:
            raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        del self._cache[self._job]
        self._pool = None

    __class_getitem__ = classmethod(type(list[int]))


AsyncResult = ApplyResult


class MapResult(ApplyResult):

    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback,
                             error_callback=error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            del self._cache[self._job]
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                del self._cache[self._job]
                self._event.set()
                self._pool = None
        else:
            if not success and self._success:
                # only store first exception
                self._success = False
                self._value = result
            if self._number_left == 0:
                # only consider the result ready once all jobs are done
                if self._error_callback:
                    self._error_callback(self._value)
                del self._cache[self._job]
                self._event.set()
                self._pool = None


class IMapIterator(object):

    def __init__(self, pool, nchunks, ordered):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._job = next(job_counter)
        self._cache = pool._cache
        self._items = collections.deque()
        self._chunks = {}
        self._index = 0
        self._length = nchunks
        self._ordered = ordered
        with pool._lock:
            self._cache[self._job] = self

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            while True:
                if self._items:
                    success, value = self._items.popleft()
                    if success:
                        return value
                    raise value
                if self._index == self._length:
                    self._pool = None
                    raise StopIteration from None
                if not self._cond.wait(timeout):
                    if self._index == self._length:
                        self._pool = None
                        raise StopIteration from None
                    raise TimeoutError from None

    __next__ = next

    def _set(self, i, obj):
        with self._cond:
            success, value = obj
            if self._ordered:
                self._chunks[i] = obj
                while self._index in self._chunks:
                    ok, val = self._chunks.pop(self._index)
                    self._index += 1
                    if ok:
                        self._items.extend((True, v) for v in val)
                    else:
                        self._items.append((False, val))
            else:
                self._index += 1
                if success:
                    self._items.extend((True, v) for v in value)
                else:
                    self._items.append((False, value))
            self._cond.notify()
            if self._index == self._length:
                del self._cache[self._job]


class ThreadPool(Pool):
    '''A pool of threads with the Pool interface (multiprocessing.pool.ThreadPool).'''

    def __init__(self, processes=None, initializer=None, initargs=()):
        import queue
        self._pool = []
        self._state = INIT
        self._cache = {}
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        self._inqueue = queue.SimpleQueue()
        self._outqueue = queue.SimpleQueue()
        self._lock = threading.Lock()
        for i in range(processes):
            t = threading.Thread(target=worker,
                                 args=(self._inqueue, self._outqueue, initializer, initargs),
                                 daemon=True)
            t.start()
            self._pool.append(t)
        self._result_handler = threading.Thread(target=self._handle_results, daemon=True)
        self._result_handler.start()
        self._state = RUN
