"""Locks, semaphores, conditions, events and barriers between processes (CPython's
Lib/multiprocessing/synchronize.py; Condition and Event are CPython's code).

Each primitive is built on a `_multiprocessing.SemLock`, a counting semaphore shared by id
between interpreters; `_SemLock` below gives it the interface of CPython's C `SemLock`
(owner and recursion count are tracked per process, as CPython does).
"""

__all__ = [
    'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier',
]

import os
import sys
import time
import threading
import _multiprocessing

from multiprocessing import process

RECURSIVE_MUTEX, SEMAPHORE = list(range(2))
SEM_VALUE_MAX = 2147483647


class _SemLock:
    """CPython's `_multiprocessing.SemLock` over the shared native semaphore."""

    def __init__(self, kind, value, maxvalue, shared=None):
        self.kind = kind
        self.maxvalue = maxvalue
        self._shared = shared if shared is not None else \
            _multiprocessing.SemLock(kind, value, maxvalue)
        self._owner = None
        self._level = 0

    def _me(self):
        return (os.getpid(), threading.get_ident())

    def acquire(self, block=True, timeout=None):
        if self.kind == RECURSIVE_MUTEX and self._level > 0 and self._owner == self._me():
            self._level += 1
            return True
        if not self._shared.acquire(block, timeout):
            return False
        self._owner = self._me()
        self._level += 1
        return True

    def release(self):
        if self.kind == RECURSIVE_MUTEX:
            if self._level == 0 or self._owner != self._me():
                raise AssertionError("attempt to release recursive lock not owned by thread")
            if self._level > 1:
                self._level -= 1
                return
            self._level = 0
            self._owner = None
            self._shared.release()
        else:
            if not self._shared.release():
                raise ValueError("semaphore or lock released too many times")
            self._level = max(self._level - 1, 0)
            if self._level == 0:
                self._owner = None

    __enter__ = acquire

    def __exit__(self, *args):
        return self.release()

    def _count(self):
        return self._level

    def _is_mine(self):
        return self._level > 0 and self._owner == self._me()

    def _get_value(self):
        return self._shared.value()

    def _is_zero(self):
        return self._shared.value() == 0

    def _after_fork(self):
        self._level = 0
        self._owner = None


class SemLock(object):

    def __init__(self, kind, value, maxvalue, *, ctx=None):
        self._semlock = _SemLock(kind, value, maxvalue)
        self._make_methods()

    def _make_methods(self):
        self.acquire = self._semlock.acquire
        self.release = self._semlock.release

    def __enter__(self):
        return self._semlock.__enter__()

    def __exit__(self, *args):
        return self._semlock.__exit__(*args)

    def __getstate__(self):
        process._assert_spawning(self)
        sl = self._semlock
        return (sl._shared.id(), sl.kind, sl.maxvalue)

    def __setstate__(self, state):
        sid, kind, maxvalue = state
        self._semlock = _SemLock(kind, 0, maxvalue, _multiprocessing.semlock(sid))
        self._make_methods()


class Semaphore(SemLock):

    def __init__(self, value=1, *, ctx=None):
        SemLock.__init__(self, SEMAPHORE, value, SEM_VALUE_MAX, ctx=ctx)

    def get_value(self):
        return self._semlock._get_value()

    def __repr__(self):
        try:
            value = self._semlock._get_value()
        except Exception:
            value = 'unknown'
        return '<%s(value=%s)>' % (self.__class__.__name__, value)


class BoundedSemaphore(Semaphore):

    def __init__(self, value=1, *, ctx=None):
        SemLock.__init__(self, SEMAPHORE, value, value, ctx=ctx)

    def __repr__(self):
        try:
            value = self._semlock._get_value()
        except Exception:
            value = 'unknown'
        return '<%s(value=%s, maxvalue=%s)>' % \
               (self.__class__.__name__, value, self._semlock.maxvalue)


class Lock(SemLock):

    def __init__(self, *, ctx=None):
        SemLock.__init__(self, SEMAPHORE, 1, 1, ctx=ctx)

    def __repr__(self):
        try:
            if self._semlock._is_mine():
                name = process.current_process().name
                if threading.current_thread().name != 'MainThread':
                    name += '|' + threading.current_thread().name
            elif self._semlock._get_value() == 1:
                name = 'None'
            elif self._semlock._count() > 0:
                name = 'SomeOtherThread'
            else:
                name = 'SomeOtherProcess'
        except Exception:
            name = 'unknown'
        return '<%s(owner=%s)>' % (self.__class__.__name__, name)


class RLock(SemLock):

    def __init__(self, *, ctx=None):
        SemLock.__init__(self, RECURSIVE_MUTEX, 1, 1, ctx=ctx)

    def __repr__(self):
        try:
            if self._semlock._is_mine():
                name = process.current_process().name
                if threading.current_thread().name != 'MainThread':
                    name += '|' + threading.current_thread().name
                count = self._semlock._count()
            elif self._semlock._get_value() == 1:
                name, count = 'None', 0
            elif self._semlock._count() > 0:
                name, count = 'SomeOtherThread', 'nonzero'
            else:
                name, count = 'SomeOtherProcess', 'nonzero'
        except Exception:
            name, count = 'unknown', 'unknown'
        return '<%s(%s, %s)>' % (self.__class__.__name__, name, count)


class Condition(object):

    def __init__(self, lock=None, *, ctx=None):
        self._lock = lock or RLock()
        self._sleeping_count = Semaphore(0)
        self._woken_count = Semaphore(0)
        self._wait_semaphore = Semaphore(0)
        self._make_methods()

    def __getstate__(self):
        process._assert_spawning(self)
        return (self._lock, self._sleeping_count,
                self._woken_count, self._wait_semaphore)

    def __setstate__(self, state):
        (self._lock, self._sleeping_count,
         self._woken_count, self._wait_semaphore) = state
        self._make_methods()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def _make_methods(self):
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __repr__(self):
        try:
            num_waiters = (self._sleeping_count._semlock._get_value() -
                           self._woken_count._semlock._get_value())
        except Exception:
            num_waiters = 'unknown'
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._lock, num_waiters)

    def wait(self, timeout=None):
        assert self._lock._semlock._is_mine(), \
               'must acquire() condition before using wait()'

        # indicate that this thread is going to sleep
        self._sleeping_count.release()

        # release lock
        count = self._lock._semlock._count()
        for i in range(count):
            self._lock.release()

        try:
            # wait for notification or timeout
            return self._wait_semaphore.acquire(True, timeout)
        finally:
            # indicate that this thread has woken
            self._woken_count.release()

            # reacquire lock
            for i in range(count):
                self._lock.acquire()

    def notify(self, n=1):
        assert self._lock._semlock._is_mine(), 'lock is not owned'
        assert not self._wait_semaphore.acquire(
            False), ('notify: Should not have been able to acquire '
                     + '_wait_semaphore')

        # to take account of timeouts since last notify*() we subtract
        # woken_count from sleeping_count and rezero woken_count
        while self._woken_count.acquire(False):
            res = self._sleeping_count.acquire(False)
            assert res, ('notify: Bug in sleeping_count.acquire'
                         + '- res should not be False')

        sleepers = 0
        while sleepers < n and self._sleeping_count.acquire(False):
            self._wait_semaphore.release()        # wake up one sleeper
            sleepers += 1

        if sleepers:
            for i in range(sleepers):
                self._woken_count.acquire()       # wait for a sleeper to wake

            # rezero wait_semaphore in case some timeouts just happened
            while self._wait_semaphore.acquire(False):
                pass

    def notify_all(self):
        self.notify(n=sys.maxsize)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is not None:
            endtime = time.monotonic() + timeout
        else:
            endtime = None
            waittime = None
        while not result:
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result

#
# Event
#

class Event(object):

    def __init__(self, *, ctx=None):
        self._cond = Condition(Lock())
        self._flag = Semaphore(0)

    def is_set(self):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    def set(self):
        with self._cond:
            self._flag.acquire(False)
            self._flag.release()
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag.acquire(False)

    def wait(self, timeout=None):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
            else:
                self._cond.wait(timeout)

            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    def __repr__(self) -> str:
        set_status = 'set' if self.is_set() else 'unset'
        return f"<{type(self).__qualname__} at {id(self):#x} {set_status}>"

class Barrier(threading.Barrier):
    """threading.Barrier's algorithm over a shared Condition and shared state."""

    def __init__(self, parties, action=None, timeout=None, *, ctx=None):
        import pickle
        self._cell = _multiprocessing.SharedCell(pickle.dumps((0, 0)))
        self.__setstate__((parties, action, timeout, Condition(), self._cell.id()))

    def __setstate__(self, state):
        (self._parties, self._action, self._timeout, self._cond, cid) = state
        self._cell = _multiprocessing.cell(cid)

    def __getstate__(self):
        process._assert_spawning(self)
        return (self._parties, self._action, self._timeout, self._cond, self._cell.id())

    def _load(self):
        import pickle
        return pickle.loads(self._cell.get())

    def _store(self, state, count):
        import pickle
        self._cell.set(pickle.dumps((state, count)))

    @property
    def _state(self):
        return self._load()[0]

    @_state.setter
    def _state(self, value):
        self._store(value, self._load()[1])

    @property
    def _count(self):
        return self._load()[1]

    @_count.setter
    def _count(self, value):
        self._store(self._load()[0], value)
