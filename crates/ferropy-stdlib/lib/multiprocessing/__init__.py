"""Process-based parallelism (CPython's `multiprocessing`, spawn start method).

In ferropy a "process" is a sub-interpreter: a whole second interpreter -- its own heap,
GIL, modules and (simulated) pid -- on its own OS thread. As with CPython's spawn start
method the child re-runs the main script as ``__mp_main__`` and receives its target and
arguments pickled; nothing but bytes crosses between interpreters (see
docs/processes.md).
"""

from multiprocessing.context import (
    ProcessError, BufferTooShort, TimeoutError, AuthenticationError,
    get_context, get_start_method, set_start_method, get_all_start_methods,
    cpu_count, current_process, active_children, parent_process,
    Process, Queue, SimpleQueue, JoinableQueue, Pipe,
    Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier,
    Value, Array, RawValue, RawArray, Manager, Pool, freeze_support,
    log_to_stderr, get_logger, allow_connection_pickling, set_executable,
    set_forkserver_preload,
)

__all__ = [
    'Array', 'AuthenticationError', 'Barrier', 'BoundedSemaphore', 'BufferTooShort',
    'Condition', 'Event', 'JoinableQueue', 'Lock', 'Manager', 'Pipe', 'Pool', 'Process',
    'ProcessError', 'Queue', 'RLock', 'RawArray', 'RawValue', 'Semaphore', 'SimpleQueue',
    'TimeoutError', 'Value', 'active_children', 'allow_connection_pickling', 'cpu_count',
    'current_process', 'freeze_support', 'get_all_start_methods', 'get_context',
    'get_logger', 'get_start_method', 'log_to_stderr', 'parent_process',
    'set_executable', 'set_forkserver_preload', 'set_start_method',
]

SUBDEBUG = 5
SUBWARNING = 25
