"""Coroutine helpers: iscoroutine(), iscoroutinefunction() and repr support.

Mirrors CPython 3.11's Lib/asyncio/coroutines.py.
"""

__all__ = 'iscoroutinefunction', 'iscoroutine'

import collections.abc
import functools
import types


# A marker for iscoroutinefunction() (set on helpers that behave like
# coroutine functions without being ``async def``).
_is_coroutine = object()

_CO_COROUTINE = 0x80


def _inspect_iscoroutinefunction(func):
    # inspect.iscoroutinefunction(): look through bound methods and
    # functools.partial objects, then test the code flags.
    while True:
        if isinstance(func, types.MethodType):
            func = func.__func__
        elif isinstance(func, functools.partial):
            func = func.func
        else:
            break
    if not isinstance(func, types.FunctionType):
        return False
    return bool(func.__code__.co_flags & _CO_COROUTINE)


def iscoroutinefunction(func):
    """Return True if func is a coroutine function (``async def``)."""
    return (_inspect_iscoroutinefunction(func) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)


# Prioritize native coroutine check to speed-up asyncio.iscoroutine.
_COROUTINE_TYPES = (types.CoroutineType, types.GeneratorType,
                    collections.abc.Coroutine)


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    return isinstance(obj, _COROUTINE_TYPES)


def _format_coroutine(coro):
    """Describe *coro* for a Task repr: ``f() running at FILE:LINE`` or
    ``f() done, defined at FILE:LINE``."""
    if getattr(coro, '__qualname__', None):
        coro_name = f'{coro.__qualname__}()'
    elif getattr(coro, '__name__', None):
        coro_name = f'{coro.__name__}()'
    else:
        coro_name = f'<{type(coro).__name__} without __name__>()'

    coro_code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not coro_code:
        running = getattr(coro, 'cr_running', getattr(coro, 'gi_running', False))
        return f'{coro_name} running' if running else coro_name

    coro_frame = getattr(coro, 'gi_frame', None) or getattr(coro, 'cr_frame', None)
    filename = coro_code.co_filename or '<empty co_filename>'
    if coro_frame:
        # ferropy: a live coroutine's cr_frame is not a real frame object yet,
        # so fall back to the line of the ``def`` when f_lineno is missing.
        lineno = getattr(coro_frame, 'f_lineno', coro_code.co_firstlineno)
        return f'{coro_name} running at {filename}:{lineno}'
    return f'{coro_name} done, defined at {filename}:{coro_code.co_firstlineno}'
