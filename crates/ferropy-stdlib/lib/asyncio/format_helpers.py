"""Formatting helpers used by the reprs of handles, futures and tasks.

Mirrors CPython 3.11's Lib/asyncio/format_helpers.py.  CPython uses the
``reprlib``, ``inspect`` and ``traceback`` modules here; ferropy does not have
them, so this module carries the few small pieces asyncio needs:

- ``short_repr()``: the size-limited repr of ``reprlib.repr()`` (used for
  ``result=...`` in future reprs and for callback arguments);
- ``_format_callback_source()``: ``"func(args) at file:line"`` for handles;
- ``format_exception()``: a plain-text traceback for the default exception
  handler (no source lines).
"""

import functools
import itertools
import types


# --- a compact reprlib.Repr() with CPython's default limits -----------------

_FILL = '...'
_MAXSTRING = 30
_MAXLONG = 40
_MAXOTHER = 30
_MAXITEMS = {'tuple': 6, 'list': 6, 'set': 6, 'frozenset': 6, 'deque': 6}
_MAXDICT = 4


def _possibly_sorted(x):
    try:
        return sorted(x)
    except Exception:
        return list(x)


def _truncate(s, limit):
    if len(s) > limit:
        i = max(0, (limit - 3) // 2)
        j = max(0, limit - 3 - i)
        s = s[:i] + _FILL + s[len(s) - j:]
    return s


def _repr_iterable(x, level, left, right, maxiter, trail=''):
    n = len(x)
    if level <= 0 and n:
        s = _FILL
    else:
        pieces = [_repr1(elem, level - 1)
                  for elem in itertools.islice(x, maxiter)]
        if n > maxiter:
            pieces.append(_FILL)
        s = ', '.join(pieces)
        if n == 1 and trail:
            right = trail + right
    return f'{left}{s}{right}'


def _repr1(x, level):
    # Like reprlib, dispatch on the exact type name (subclasses fall back to
    # the generic "instance" case).
    typename = type(x).__name__
    if typename == 'str':
        s = repr(x[:_MAXSTRING])
        if len(s) > _MAXSTRING:
            i = max(0, (_MAXSTRING - 3) // 2)
            j = max(0, _MAXSTRING - 3 - i)
            s = repr(x[:i] + x[len(x) - j:])
            s = s[:i] + _FILL + s[len(s) - j:]
        return s
    if typename == 'int':
        return _truncate(repr(x), _MAXLONG)
    if typename == 'tuple':
        return _repr_iterable(x, level, '(', ')', _MAXITEMS['tuple'], ',')
    if typename == 'list':
        return _repr_iterable(x, level, '[', ']', _MAXITEMS['list'])
    if typename == 'set':
        if not x:
            return 'set()'
        return _repr_iterable(_possibly_sorted(x), level, '{', '}',
                              _MAXITEMS['set'])
    if typename == 'frozenset':
        if not x:
            return 'frozenset()'
        return _repr_iterable(_possibly_sorted(x), level, 'frozenset({', '})',
                              _MAXITEMS['frozenset'])
    if typename == 'deque':
        return _repr_iterable(x, level, 'deque([', '])', _MAXITEMS['deque'])
    if typename == 'dict':
        n = len(x)
        if n == 0:
            return '{}'
        if level <= 0:
            return '{' + _FILL + '}'
        pieces = []
        for key in itertools.islice(_possibly_sorted(x), _MAXDICT):
            pieces.append(f'{_repr1(key, level - 1)}: {_repr1(x[key], level - 1)}')
        if n > _MAXDICT:
            pieces.append(_FILL)
        return '{' + ', '.join(pieces) + '}'
    try:
        s = repr(x)
    except Exception:
        return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
    return _truncate(s, _MAXOTHER)


def short_repr(x):
    """Return a size-limited repr of *x*, like CPython's ``reprlib.repr()``."""
    return _repr1(x, 6)


_repr_running = set()


def recursive_repr(func):
    """Decorator: return '...' for a recursive call of a repr function."""

    def wrapper(self):
        key = id(self)
        if key in _repr_running:
            return _FILL
        _repr_running.add(key)
        try:
            return func(self)
        finally:
            _repr_running.discard(key)

    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    return wrapper


# --- callbacks ---------------------------------------------------------------

def _get_function_source(func):
    while hasattr(func, '__wrapped__'):        # inspect.unwrap()
        func = func.__wrapped__
    if isinstance(func, types.FunctionType):
        code = func.__code__
        return (code.co_filename, code.co_firstlineno)
    if isinstance(func, functools.partial):
        return _get_function_source(func.func)
    return None


def _format_args_and_kwargs(args, kwargs):
    """Format function arguments and keyword arguments.

    Special case for a single parameter: ('hello',) is formatted as ('hello').
    """
    items = []
    if args:
        items.extend(short_repr(arg) for arg in args)
    if kwargs:
        items.extend(f'{k}={short_repr(v)}' for k, v in kwargs.items())
    return '({})'.format(', '.join(items))


def _format_callback(func, args, kwargs, suffix=''):
    if isinstance(func, functools.partial):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)

    if getattr(func, '__qualname__', None):
        func_repr = func.__qualname__
    elif getattr(func, '__name__', None):
        func_repr = func.__name__
    else:
        func_repr = repr(func)

    func_repr += _format_args_and_kwargs(args, kwargs)
    if suffix:
        func_repr += suffix
    return func_repr


def _format_callback_source(func, args):
    func_repr = _format_callback(func, args, None)
    source = _get_function_source(func)
    if source:
        func_repr += f' at {source[0]}:{source[1]}'
    return func_repr


# --- exceptions ----------------------------------------------------------------

def _format_exception_only(exc):
    cls = type(exc)
    name = cls.__qualname__
    module = getattr(cls, '__module__', None)
    if module not in (None, 'builtins', '__main__'):
        name = f'{module}.{name}'
    try:
        text = str(exc)
    except Exception:
        text = '<exception str() failed>'
    return f'{name}: {text}' if text else name


_source_cache = {}


def _source_line(filename, lineno):
    # A tiny linecache.getline(); '' when the file cannot be read.
    if filename not in _source_cache:
        try:
            with open(filename) as f:
                _source_cache[filename] = f.read().splitlines()
        except Exception:
            _source_cache[filename] = []
    lines = _source_cache[filename]
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1].strip()
    return ''


def _format_one(exc, lines):
    tb = getattr(exc, '__traceback__', None)
    if tb is not None:
        lines.append('Traceback (most recent call last):')
        while tb is not None:
            code = tb.tb_frame.f_code
            lines.append(f'  File "{code.co_filename}", line {tb.tb_lineno}, '
                         f'in {code.co_name}')
            source = _source_line(code.co_filename, tb.tb_lineno)
            if source:
                lines.append(f'    {source}')
            tb = tb.tb_next
    lines.append(_format_exception_only(exc))


def format_exception(exc):
    """Return the traceback text for *exc*, chained exceptions included.

    Stands in for ``traceback.format_exception()`` (without the ``^^^``
    position markers); used for the messages the default exception handler
    writes to stderr.
    """
    chain = []          # (exception, text to print after it)
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if exc.__cause__ is not None:
            nxt = exc.__cause__
            note = ('The above exception was the direct cause '
                    'of the following exception:')
        elif exc.__context__ is not None and not exc.__suppress_context__:
            nxt = exc.__context__
            note = ('During handling of the above exception, '
                    'another exception occurred:')
        else:
            nxt = note = None
        chain.append((exc, note))
        exc = nxt
    # Oldest first, with the note linking each one to the next.
    lines = []
    for i in range(len(chain) - 1, -1, -1):
        exc, _ = chain[i]
        _format_one(exc, lines)
        if i > 0:
            lines.extend(['', chain[i - 1][1], ''])
    return '\n'.join(lines)
