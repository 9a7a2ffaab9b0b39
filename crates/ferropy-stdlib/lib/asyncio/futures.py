"""A Future class similar to the one in PEP 3148.

Mirrors CPython 3.11's Lib/asyncio/futures.py and base_futures.py.  Where
CPython's C accelerator (``_asyncio.Future``, the class actually used by
CPython) differs observably from the pure-Python version, we follow the C
one: e.g. ``result()`` on a pending future says "Result is not set." and
``set_result()`` on a done future says "invalid state".

A Future is a one-shot box for a result.  Code that awaits it runs
``Future.__await__``: if the future is not done yet, it *yields the future
itself*.  That value travels up through every ``await`` to the Task driving
the coroutine (see tasks.Task.__step), which registers a done-callback and
goes to sleep.  When someone calls set_result()/set_exception()/cancel(),
the callbacks are scheduled with ``loop.call_soon`` and the task resumes.
"""

__all__ = (
    'Future', 'wrap_future', 'isfuture',
)

import types

from . import events
from . import exceptions
from . import format_helpers


# States for Future.
_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """Check for a Future.

    This returns True when obj is a Future instance or is advertising
    itself as duck-type compatible by setting _asyncio_future_blocking.
    """
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def _class_getitem(cls, item):
    # ``Future[int]`` in annotations.  ferropy's types.GenericAlias cannot
    # be instantiated yet, so fall back to the plain class.
    try:
        return types.GenericAlias(cls, item)
    except TypeError:
        return cls


# Futures whose exception nobody has looked at yet, by id().  CPython
# reports them from Future.__del__ when they are garbage collected; here the
# loop reports the leftovers when it closes.  Both Future classes (the native
# _asyncio.Future and the pure-Python one below) note and forget them through
# these two helpers.
_unretrieved = {}


def _note_unretrieved(fut):
    _unretrieved[id(fut)] = fut


def _forget_unretrieved(fut):
    _unretrieved.pop(id(fut), None)


def _report_unretrieved(loop):
    for key, fut in list(_unretrieved.items()):
        if fut._loop is not loop:
            continue
        del _unretrieved[key]
        if fut._log_traceback:
            fut._log_traceback = False
            context = {
                'message':
                    f'{fut.__class__.__name__} exception was never retrieved',
                'exception': fut._exception,
                'future': fut,
            }
            loop.call_exception_handler(context)


def _format_callbacks(cb):
    """helper function for Future.__repr__"""
    size = len(cb)
    if not size:
        cb = ''

    def format_cb(callback):
        return format_helpers._format_callback_source(callback, ())

    if size == 1:
        cb = format_cb(cb[0][0])
    elif size == 2:
        cb = '{}, {}'.format(format_cb(cb[0][0]), format_cb(cb[1][0]))
    elif size > 2:
        cb = '{}, <{} more>, {}'.format(format_cb(cb[0][0]),
                                        size - 2,
                                        format_cb(cb[-1][0]))
    return f'cb=[{cb}]'


@format_helpers.recursive_repr
def _future_repr(future):
    """repr() of a future or task (CPython's base_futures._future_repr)."""
    info = ' '.join(_future_repr_info(future))
    return f'<{future.__class__.__name__} {info}>'


def _future_repr_info(future):
    """helper function for Future.__repr__"""
    info = [future._state.lower()]
    if future._state == _FINISHED:
        if future._exception is not None:
            info.append(f'exception={future._exception!r}')
        else:
            result = format_helpers.short_repr(future._result)
            info.append(f'result={result}')
    if future._callbacks:
        info.append(_format_callbacks(future._callbacks))
    return info


class Future:
    """A result that will be available later (PEP 3148 style).

    Differences from concurrent.futures.Future:

    - not thread-safe;
    - result() and exception() take no timeout and raise InvalidStateError
      if the future is not done yet;
    - callbacks registered with add_done_callback() are always called via
      the event loop's call_soon().
    """

    # Class variables serving as defaults for instance variables.
    _state = _PENDING
    _result = None
    _exception = None
    _exception_tb = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    # A saved CancelledError for later chaining as an exception context.
    _cancelled_exc = None

    # This field is used for a dual purpose:
    # - Its presence is a marker to declare that a class implements
    #   the Future protocol (i.e. is intended to be duck-type compatible).
    #   The value must also be not-None, to enable a subclass to declare
    #   that it is not compatible by setting this to None.
    # - It is set by __await__() below so that Task.__step() can tell
    #   the difference between `await Future()` (correct) and
    #   `yield Future()` (incorrect).
    _asyncio_future_blocking = False

    __log_traceback = False

    def __init__(self, *, loop=None):
        """Initialize the future.

        The optional loop argument sets the event loop used by the future;
        by default it is the running (or current) event loop.
        """
        if loop is None:
            self._loop = events._get_event_loop()
        else:
            self._loop = loop
        self._callbacks = []

    @format_helpers.recursive_repr
    def __repr__(self):
        info = ' '.join(self._repr_info())
        return f'<{self.__class__.__name__} {info}>'

    def _repr_info(self):
        return _future_repr_info(self)

    __class_getitem__ = classmethod(_class_getitem)

    @property
    def _log_traceback(self):
        return self.__log_traceback

    @_log_traceback.setter
    def _log_traceback(self, val):
        if val:
            raise ValueError('_log_traceback can only be set to False')
        self.__log_traceback = False
        _forget_unretrieved(self)

    def get_loop(self):
        """Return the event loop the Future is bound to."""
        loop = self._loop
        if loop is None:
            raise RuntimeError("Future object is not initialized.")
        return loop

    def _make_cancelled_error(self):
        """Create the CancelledError to raise if the Future is cancelled.

        This should only be called once when handling a cancellation since
        it erases the saved context exception value.
        """
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc

        if self._cancel_message is None:
            exc = exceptions.CancelledError()
        else:
            exc = exceptions.CancelledError(self._cancel_message)
        exc.__context__ = self._cancelled_exc
        # Remove the reference since we don't need this anymore.
        self._cancelled_exc = None
        return exc

    def cancel(self, msg=None):
        """Cancel the future and schedule callbacks.

        If the future is already done or cancelled, return False.  Otherwise,
        change the future's state to cancelled, schedule the callbacks and
        return True.
        """
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self.__schedule_callbacks()
        return True

    def __schedule_callbacks(self):
        """Internal: Ask the event loop to call all callbacks.

        The callbacks are scheduled to be called as soon as possible. Also
        clears the callback list.
        """
        callbacks = self._callbacks[:]
        if not callbacks:
            return

        self._callbacks[:] = []
        for callback, ctx in callbacks:
            self._loop.call_soon(callback, self, context=ctx)

    def cancelled(self):
        """Return True if the future was cancelled."""
        return self._state == _CANCELLED

    def done(self):
        """Return True if the future is done.

        Done means either that a result / exception are available, or that the
        future was cancelled.
        """
        return self._state != _PENDING

    def result(self):
        """Return the result this future represents.

        If the future has been cancelled, raises CancelledError.  If the
        future's result isn't yet available, raises InvalidStateError.  If
        the future is done and has an exception set, this exception is raised.
        """
        if self._state == _CANCELLED:
            exc = self._make_cancelled_error()
            raise exc
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception_tb)
        return self._result

    def exception(self):
        """Return the exception that was set on this future.

        The exception (or None if no exception was set) is returned only if
        the future is done.  If the future has been cancelled, raises
        CancelledError.  If the future isn't done yet, raises
        InvalidStateError.
        """
        if self._state == _CANCELLED:
            exc = self._make_cancelled_error()
            raise exc
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """Add a callback to be run when the future becomes done.

        The callback is called with a single argument - the future object. If
        the future is already done when this is called, the callback is
        scheduled with call_soon.
        """
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        """Remove all instances of a callback from the "call when done" list.

        Returns the number of callbacks removed.
        """
        filtered_callbacks = [(f, ctx)
                              for (f, ctx) in self._callbacks
                              if f != fn]
        removed_count = len(self._callbacks) - len(filtered_callbacks)
        if removed_count:
            self._callbacks[:] = filtered_callbacks
        return removed_count

    def set_result(self, result):
        """Mark the future done and set its result.

        If the future is already done when this method is called, raises
        InvalidStateError.
        """
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self.__schedule_callbacks()

    def set_exception(self, exception):
        """Mark the future done and set an exception.

        If the future is already done when this method is called, raises
        InvalidStateError.
        """
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self.__schedule_callbacks()
        self.__log_traceback = True
        _note_unretrieved(self)

    def __await__(self):
        """Suspend the awaiting task until the future is done; return its
        result (or raise its exception)."""
        if not self.done():
            self._asyncio_future_blocking = True
            yield self  # This tells Task to wait for completion.
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()  # May raise too.

    __iter__ = __await__  # make compatible with 'yield from'.


# Needed for testing purposes.
_PyFuture = Future


def _get_loop(fut):
    # Tries to call Future.get_loop() if it's available.
    # Otherwise fallbacks to using the old '_loop' property.
    try:
        get_loop = fut.get_loop
    except AttributeError:
        pass
    else:
        return get_loop()
    return fut._loop


def _set_result_unless_cancelled(fut, result):
    """Helper setting the result only if the future was not cancelled."""
    if fut.cancelled():
        return
    fut.set_result(result)


def _copy_future_state(source, dest):
    """Internal helper to copy state from another Future."""
    assert source.done()
    if dest.cancelled():
        return
    assert not dest.done()
    if source.cancelled():
        dest.cancel()
    else:
        exception = source.exception()
        if exception is not None:
            dest.set_exception(exception)
        else:
            result = source.result()
            dest.set_result(result)


def _chain_future(source, destination):
    """Chain two futures so that when one completes, so does the other.

    The result (or exception) of source will be copied to destination.
    If destination is cancelled, source gets cancelled too.
    """
    if not isfuture(source):
        raise TypeError('A future is required for source argument')
    if not isfuture(destination):
        raise TypeError('A future is required for destination argument')

    def _call_check_cancel(destination):
        if destination.cancelled():
            source.cancel()

    def _call_set_state(source):
        if destination.cancelled() and destination.get_loop().is_closed():
            return
        _copy_future_state(source, destination)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    """Wrap concurrent.futures.Future object.

    ferropy has no concurrent.futures yet, so only asyncio futures (which
    are returned unchanged) are accepted.
    """
    if isfuture(future):
        return future
    raise TypeError(f'concurrent.futures.Future is expected, got {future!r}')


try:
    import _asyncio
except ImportError:
    pass
else:
    # _CFuture is needed for tests.
    Future = _CFuture = _asyncio.Future
