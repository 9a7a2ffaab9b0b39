"""Queues between processes (CPython's Lib/multiprocessing/queues.py).

A queue is a `_multiprocessing.Channel` of pickles shared by id between interpreters,
plus a semaphore for `maxsize`. Objects are pickled when `put` is called (CPython pickles
in a feeder thread, so an unpicklable object fails later and elsewhere there).
"""

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']

import time
import pickle
import _multiprocessing
from queue import Empty, Full

from multiprocessing import process
from multiprocessing import synchronize

_PY_MAXSIZE = 2147483647  # CPython caps an unbounded queue's semaphore at SEM_VALUE_MAX


class Queue(object):

    def __init__(self, maxsize=0, *, ctx=None):
        if maxsize <= 0:
            maxsize = _PY_MAXSIZE
        self._maxsize = maxsize
        self._channel = _multiprocessing.Channel()
        self._sem = synchronize.BoundedSemaphore(maxsize)
        self._closed = False

    def __getstate__(self):
        process._assert_spawning(self)
        return (self._channel.id(), self._maxsize, self._sem)

    def __setstate__(self, state):
        cid, self._maxsize, self._sem = state
        self._channel = _multiprocessing.channel(cid)
        self._closed = False

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if not self._sem.acquire(block, timeout):
            raise Full
        self._channel.put(pickle.dumps(obj))

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if block and timeout is not None and timeout < 0:
            timeout = 0
        data = self._channel.get(block, timeout)
        if data is None:
            raise Empty
        self._sem.release()
        return pickle.loads(data)

    def qsize(self):
        return self._channel.qsize()

    def empty(self):
        return not self._channel.qsize()

    def full(self):
        return self._channel.qsize() >= self._maxsize

    def get_nowait(self):
        return self.get(False)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def close(self):
        self._closed = True

    def join_thread(self):
        assert self._closed, "Queue {0!r} not closed".format(self)

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):

    def __init__(self, maxsize=0, *, ctx=None):
        Queue.__init__(self, maxsize)
        self._unfinished_tasks = synchronize.Semaphore(0)
        self._cond = synchronize.Condition()

    def __getstate__(self):
        return Queue.__getstate__(self) + (self._cond, self._unfinished_tasks)

    def __setstate__(self, state):
        Queue.__setstate__(self, state[:-2])
        self._cond, self._unfinished_tasks = state[-2:]

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        if not self._sem.acquire(block, timeout):
            raise Full
        with self._cond:
            self._channel.put(pickle.dumps(obj))
            self._unfinished_tasks.release()

    def task_done(self):
        with self._cond:
            if not self._unfinished_tasks.acquire(False):
                raise ValueError('task_done() called too many times')
            if self._unfinished_tasks._semlock._get_value() == 0:
                self._cond.notify_all()

    def join(self):
        with self._cond:
            if self._unfinished_tasks._semlock._get_value() != 0:
                self._cond.wait()


class SimpleQueue(object):

    def __init__(self, *, ctx=None):
        self._channel = _multiprocessing.Channel()
        self._closed = False

    def close(self):
        self._closed = True

    def empty(self):
        return not self._channel.qsize()

    def __getstate__(self):
        process._assert_spawning(self)
        return self._channel.id()

    def __setstate__(self, state):
        self._channel = _multiprocessing.channel(state)
        self._closed = False

    def get(self):
        return pickle.loads(self._channel.get())

    def put(self, obj):
        self._channel.put(pickle.dumps(obj))

    __class_getitem__ = classmethod(type(list[int]))
