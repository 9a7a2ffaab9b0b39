"""The asyncio package: coroutines driven by a single-threaded event loop.

A compact, pure-Python version of CPython 3.11's ``asyncio`` (Lib/asyncio/),
written to behave -- down to the order in which things happen -- like the
original, minus everything that needs I/O or threads.  How it works:

* The **event loop** (base_events.BaseEventLoop) keeps a FIFO deque of ready
  callbacks (``Handle`` objects, added by ``call_soon``) and a heap of timers
  (``TimerHandle``, added by ``call_later``/``call_at``, ordered by
  ``(when, sequence)``).  One iteration, ``_run_once()``, sleeps until the
  earliest timer if nothing is ready, moves every due timer to the ready
  queue, and then calls the callbacks that were ready at that moment.
  Callbacks scheduled meanwhile wait for the next iteration.

* A **Future** (futures.Future) is a box for a result that is not there yet.
  ``await future`` runs ``Future.__await__``, which *yields the future
  itself* when it is still pending.  Setting a result (or an exception, or
  cancelling) schedules the future's done-callbacks with ``call_soon``.

* A **Task** (tasks.Task, a Future subclass) drives one coroutine.  Creating
  it schedules ``Task.__step`` with ``call_soon``.  ``__step`` calls
  ``coro.send(None)`` (or ``coro.throw(exc)``), so the coroutine runs until
  it suspends.  Whatever the innermost ``await`` yielded arrives in
  ``__step``: a Future means "wake me when it is done" (``__step`` adds the
  done-callback ``__wakeup``, which steps again); a bare ``None`` (as in
  ``sleep(0)``) means "let everybody else run once, then continue".  When
  the coroutine returns or raises, the task gets that result or exception.
  ``task.cancel()`` makes the next ``__step`` throw ``CancelledError`` into
  the coroutine.

* Everything else is built from these pieces: ``sleep(d)`` is a future
  resolved by a ``call_later`` timer; ``gather``, ``wait``, ``wait_for``,
  ``shield`` and ``as_completed`` combine futures with done-callbacks; locks
  and queues park waiters on futures; ``timeout()`` cancels the current task
  from a timer; ``run()`` creates a loop, runs a task to completion, cancels
  what is left and closes the loop.

Module layout follows CPython: exceptions, coroutines, events (handles,
policy, get/set_event_loop), base_events (the loop), futures, tasks, locks,
queues, taskgroups, timeouts, runners, threads (placeholder for
``to_thread``).  Not available: streams, subprocesses, sockets, executors,
signal handling, contextvars support.
"""

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .runners import *
from .queues import *
from .tasks import *
from .taskgroups import *
from .timeouts import *
from .threads import *

from . import base_events
from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import locks
from . import runners
from . import queues
from . import tasks
from . import taskgroups
from . import timeouts
from . import threads

# Like CPython 3.11, taskgroups.__all__ (a list) is not part of __all__, so
# `from asyncio import *` does not import TaskGroup.
__all__ = (base_events.__all__ +
           coroutines.__all__ +
           events.__all__ +
           exceptions.__all__ +
           futures.__all__ +
           locks.__all__ +
           runners.__all__ +
           queues.__all__ +
           tasks.__all__ +
           threads.__all__ +
           timeouts.__all__)
