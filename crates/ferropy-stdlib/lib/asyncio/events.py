"""Event loop handles, the abstract loop, and the event loop policy.

Mirrors CPython 3.11's Lib/asyncio/events.py (Handle, TimerHandle,
AbstractEventLoop, the default policy and the get/set/new_event_loop
functions).  ferropy has no threads, so the "current loop" and the "running
loop" are plain module globals instead of thread-locals.
"""

__all__ = (
    'AbstractEventLoopPolicy',
    'AbstractEventLoop',
    'Handle', 'TimerHandle',
    'get_event_loop_policy', 'set_event_loop_policy',
    'get_event_loop', 'set_event_loop', 'new_event_loop',
    '_set_running_loop', 'get_running_loop',
    '_get_running_loop',
)

import itertools

from . import format_helpers


class Handle:
    """Object returned by callback registration methods (``call_soon``).

    The loop keeps handles in its ready queue and calls ``_run()`` on them;
    ``cancel()`` makes the loop skip the callback.
    """

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_repr',
                 '_context')

    def __init__(self, callback, args, loop, context=None):
        # ferropy has no contextvars: *context* is accepted and stored, but
        # callbacks simply run in the caller's (global) context.
        self._context = context
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._repr = None

    def _repr_info(self):
        info = [self.__class__.__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(format_helpers._format_callback_source(
                self._callback, self._args))
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        info = self._repr_info()
        return '<{}>'.format(' '.join(info))

    def cancel(self):
        """Cancel the call; the loop will skip it."""
        if not self._cancelled:
            self._cancelled = True
            if self._loop.get_debug():
                self._repr = repr(self)
            self._callback = None
            self._args = None

    def cancelled(self):
        """Return True if the handle was cancelled."""
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            cb = format_helpers._format_callback_source(
                self._callback, self._args)
            msg = f'Exception in callback {cb}'
            context = {
                'message': msg,
                'exception': exc,
                'handle': self,
            }
            self._loop.call_exception_handler(context)
        self = None  # Needed to break cycles when an exception occurs.


# Tie-breaker for timers due at exactly the same time: first scheduled,
# first called.
_timer_sequence = itertools.count()


class TimerHandle(Handle):
    """Object returned by timed callback registration methods
    (``call_later``/``call_at``); ordered by ``(when, sequence)`` in the
    loop's heap."""

    __slots__ = ('_scheduled', '_when', '_seq')

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._seq = next(_timer_sequence)
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        pos = 2 if self._cancelled else 1
        info.insert(pos, f'when={self._when}')
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when, self._seq) < (other._when, other._seq)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when, self._seq) <= (other._when, other._seq)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when, self._seq) > (other._when, other._seq)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when, self._seq) >= (other._when, other._seq)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and
                    self._callback == other._callback and
                    self._args == other._args and
                    self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        """Cancel the timer; the loop drops it from its heap lazily."""
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        """Return the scheduled callback time (in ``loop.time()`` units)."""
        return self._when


class AbstractEventLoop:
    """Abstract event loop: the interface concrete loops implement.

    Only the part of CPython's interface that makes sense without I/O is
    listed here; see base_events.BaseEventLoop for the implementation.
    """

    def run_forever(self):
        """Run the event loop until stop() is called."""
        raise NotImplementedError

    def run_until_complete(self, future):
        """Run the event loop until a Future is done."""
        raise NotImplementedError

    def stop(self):
        """Stop the event loop as soon as reasonable."""
        raise NotImplementedError

    def is_running(self):
        """Return whether the event loop is currently running."""
        raise NotImplementedError

    def is_closed(self):
        """Returns True if the event loop was closed."""
        raise NotImplementedError

    def close(self):
        """Close the loop."""
        raise NotImplementedError

    async def shutdown_asyncgens(self):
        """Shutdown all active asynchronous generators."""
        raise NotImplementedError

    async def shutdown_default_executor(self):
        """Schedule the shutdown of the default executor."""
        raise NotImplementedError

    def call_soon(self, callback, *args, context=None):
        """Arrange for callback(*args) to be called soon (FIFO)."""
        raise NotImplementedError

    def call_later(self, delay, callback, *args, context=None):
        """Arrange for callback(*args) to be called after delay seconds."""
        raise NotImplementedError

    def call_at(self, when, callback, *args, context=None):
        """Arrange for callback(*args) to be called at loop time when."""
        raise NotImplementedError

    def time(self):
        """Return the loop's clock time."""
        raise NotImplementedError

    def create_future(self):
        """Create a Future attached to the loop."""
        raise NotImplementedError

    def create_task(self, coro, *, name=None, context=None):
        """Wrap coro in a Task scheduled on the loop."""
        raise NotImplementedError

    def get_exception_handler(self):
        """Return the custom exception handler, or None."""
        raise NotImplementedError

    def set_exception_handler(self, handler):
        """Set (or with None, reset) the exception handler."""
        raise NotImplementedError

    def default_exception_handler(self, context):
        """Report an error context the default way."""
        raise NotImplementedError

    def call_exception_handler(self, context):
        """Report an error context through the current handler."""
        raise NotImplementedError

    def get_debug(self):
        """Return the debug flag."""
        raise NotImplementedError

    def set_debug(self, enabled):
        """Set the debug flag."""
        raise NotImplementedError


class AbstractEventLoopPolicy:
    """Abstract policy for accessing the event loop."""

    def get_event_loop(self):
        """Get the event loop for the current context."""
        raise NotImplementedError

    def set_event_loop(self, loop):
        """Set the event loop for the current context to loop."""
        raise NotImplementedError

    def new_event_loop(self):
        """Create and return a new event loop object."""
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """Default policy: one current loop, created on first use unless
    set_event_loop() was called before."""

    _loop_factory = None

    def __init__(self):
        self._loop = None
        self._set_called = False

    def get_event_loop(self):
        """Get the current event loop, creating one on first use."""
        if self._loop is None and not self._set_called:
            self.set_event_loop(self.new_event_loop())

        if self._loop is None:
            raise RuntimeError('There is no current event loop in thread %r.'
                               % 'MainThread')

        return self._loop

    def set_event_loop(self, loop):
        """Set the event loop."""
        self._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop "
                            f"or None, not '{type(loop).__name__}'")
        self._loop = loop

    def new_event_loop(self):
        """Create a new event loop (not made current)."""
        return self._loop_factory()


# The policy is global; the default one is installed by the first call to
# get_event_loop_policy().
_event_loop_policy = None

# The loop currently inside run_forever(), or None.  (A thread-local in
# CPython; ferropy has a single thread.)
_running_loop = None


def get_running_loop():
    """Return the running event loop.  Raise a RuntimeError if there is none."""
    loop = _running_loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def _get_running_loop():
    """Return the running event loop or None."""
    return _running_loop


def _set_running_loop(loop):
    """Set the running event loop (called by the loop itself)."""
    global _running_loop
    _running_loop = loop


def _init_event_loop_policy():
    global _event_loop_policy
    if _event_loop_policy is None:
        from .base_events import DefaultEventLoopPolicy
        _event_loop_policy = DefaultEventLoopPolicy()


def get_event_loop_policy():
    """Get the current event loop policy."""
    if _event_loop_policy is None:
        _init_event_loop_policy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    """Set the current event loop policy (None restores the default)."""
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy "
                        f"or None, not '{type(policy).__name__}'")
    _event_loop_policy = policy


def get_event_loop():
    """Return an asyncio event loop.

    Inside a coroutine or callback this is the running loop; otherwise it is
    ``get_event_loop_policy().get_event_loop()`` (which creates a loop on
    first use).
    """
    return _get_event_loop()


def _get_event_loop(stacklevel=3):
    current_loop = _get_running_loop()
    if current_loop is not None:
        return current_loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    """Equivalent to calling get_event_loop_policy().set_event_loop(loop)."""
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    """Equivalent to calling get_event_loop_policy().new_event_loop()."""
    return get_event_loop_policy().new_event_loop()
