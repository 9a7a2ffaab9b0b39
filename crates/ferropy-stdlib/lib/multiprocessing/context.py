"""The (only) start method, 'spawn', and the module-level API bound to it."""

import os
import _multiprocessing

from multiprocessing import process


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


def cpu_count():
    '''Returns the number of CPUs in the system'''
    return _multiprocessing.cpu_count()


current_process = process.current_process
active_children = process.active_children
parent_process = process.parent_process


class Process(process.BaseProcess):
    _start_method = 'spawn'


def Queue(maxsize=0):
    '''Returns a queue object'''
    from multiprocessing.queues import Queue
    return Queue(maxsize)


def JoinableQueue(maxsize=0):
    '''Returns a queue object'''
    from multiprocessing.queues import JoinableQueue
    return JoinableQueue(maxsize)


def SimpleQueue():
    '''Returns a queue object'''
    from multiprocessing.queues import SimpleQueue
    return SimpleQueue()


def Pipe(duplex=True):
    '''Returns two connection object connected by a pipe'''
    from multiprocessing.connection import Pipe
    return Pipe(duplex)


def Lock():
    '''Returns a non-recursive lock object'''
    from multiprocessing.synchronize import Lock
    return Lock()


def RLock():
    '''Returns a recursive lock object'''
    from multiprocessing.synchronize import RLock
    return RLock()


def Condition(lock=None):
    '''Returns a condition object'''
    from multiprocessing.synchronize import Condition
    return Condition(lock)


def Semaphore(value=1):
    '''Returns a semaphore object'''
    from multiprocessing.synchronize import Semaphore
    return Semaphore(value)


def BoundedSemaphore(value=1):
    '''Returns a bounded semaphore object'''
    from multiprocessing.synchronize import BoundedSemaphore
    return BoundedSemaphore(value)


def Event():
    '''Returns an event object'''
    from multiprocessing.synchronize import Event
    return Event()


def Barrier(parties, action=None, timeout=None):
    '''Returns a barrier object'''
    from multiprocessing.synchronize import Barrier
    return Barrier(parties, action, timeout)


def Value(typecode_or_type, *args, lock=True):
    '''Returns a synchronized shared object'''
    from multiprocessing.sharedctypes import Value
    return Value(typecode_or_type, *args, lock=lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    '''Returns a synchronized shared array'''
    from multiprocessing.sharedctypes import Array
    return Array(typecode_or_type, size_or_initializer, lock=lock)


def RawValue(typecode_or_type, *args):
    '''Returns a shared object'''
    from multiprocessing.sharedctypes import RawValue
    return RawValue(typecode_or_type, *args)


def RawArray(typecode_or_type, size_or_initializer):
    '''Returns a shared array'''
    from multiprocessing.sharedctypes import RawArray
    return RawArray(typecode_or_type, size_or_initializer)


def Manager():
    '''Returns a manager associated with a running server process'''
    from multiprocessing.managers import SyncManager
    m = SyncManager()
    m.start()
    return m


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    '''Returns a process pool object'''
    from multiprocessing.pool import Pool
    return Pool(processes, initializer, initargs, maxtasksperchild)


def freeze_support():
    pass


def get_logger():
    import logging
    return logging.getLogger('multiprocessing')


def log_to_stderr(level=None):
    return get_logger()


def allow_connection_pickling():
    pass


def set_executable(executable):
    pass


def set_forkserver_preload(module_names):
    pass


def get_all_start_methods():
    return ['spawn']


_actual_method = None


def get_start_method(allow_none=False):
    global _actual_method
    if _actual_method is None and not allow_none:
        _actual_method = 'spawn'
    return _actual_method


def set_start_method(method, force=False):
    global _actual_method
    if _actual_method is not None and not force:
        raise RuntimeError('context has already been set')
    if method not in (None, 'spawn'):
        raise ValueError('cannot find context for %r' % (method,))
    _actual_method = method


class SpawnContext:
    '''The context of the 'spawn' start method: the module API as methods.'''
    _name = 'spawn'
    Process = Process
    ProcessError = ProcessError
    BufferTooShort = BufferTooShort
    TimeoutError = TimeoutError
    AuthenticationError = AuthenticationError

    def get_start_method(self, allow_none=False):
        return self._name

    def get_context(self, method=None):
        return get_context(method)

    def __repr__(self):
        return '<multiprocessing.context.SpawnContext object at %#x>' % id(self)


for _name in ('cpu_count', 'current_process', 'active_children', 'parent_process',
              'Queue', 'JoinableQueue', 'SimpleQueue', 'Pipe', 'Lock', 'RLock',
              'Condition', 'Semaphore', 'BoundedSemaphore', 'Event', 'Barrier', 'Value',
              'Array', 'RawValue', 'RawArray', 'Manager', 'Pool', 'freeze_support',
              'get_logger', 'log_to_stderr', 'allow_connection_pickling',
              'set_executable', 'set_forkserver_preload', 'get_all_start_methods'):
    setattr(SpawnContext, _name, staticmethod(globals()[_name]))
del _name

_spawn_context = SpawnContext()


def get_context(method=None):
    if method not in (None, 'spawn'):
        if method in ('fork', 'forkserver'):
            raise ValueError('cannot find context for %r (ferropy supports only spawn)'
                             % (method,))
        raise ValueError('cannot find context for %r' % (method,))
    return _spawn_context
