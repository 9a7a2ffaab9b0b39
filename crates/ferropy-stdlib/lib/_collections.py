"""High performance data structures: deque and defaultdict.

ferropy's stand-in for CPython 3.11's C module Modules/_collectionsmodule.c, written in
Python with the same behaviour and messages.  The deque is two lists back to back
(``_left`` stored reversed, then ``_right``) so appends and pops at both ends are
amortised O(1).
"""

import sys as _sys


def _recursive_repr(fillvalue='...'):
    "Decorator to make a repr function return fillvalue for a recursive call."
    def decorating_function(user_function):
        repr_running = set()

        def wrapper(self):
            key = id(self)
            if key in repr_running:
                return fillvalue
            repr_running.add(key)
            try:
                result = user_function(self)
            finally:
                repr_running.discard(key)
            return result
        return wrapper
    return decorating_function


def _index(i):
    if isinstance(i, int):
        return i
    if hasattr(type(i), '__index__'):
        return type(i).__index__(i)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(i).__name__)


class _ReadOnly:
    "A read-only attribute, with CPython's getset-descriptor error message."

    def __init__(self, name, slot, doc):
        self.name = name
        self.slot = slot
        self.__doc__ = doc

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.slot)

    def __set__(self, obj, value):
        raise AttributeError("attribute '%s' of 'collections.deque' objects is not writable" % self.name)

    def __delete__(self, obj):
        raise AttributeError("attribute '%s' of 'collections.deque' objects is not writable" % self.name)


class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    __slots__ = ('_left', '_right', '_maxlen', '_state')

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._left = []
        self._right = []
        self._state = 0
        if iterable is not self:
            self.extend(iterable)
        else:
            self.extend(list(iterable))

    maxlen = _ReadOnly('maxlen', '_maxlen', 'maximum size of a deque or None if unbounded')

    def __len__(self):
        return len(self._left) + len(self._right)

    def __bool__(self):
        return bool(self._left) or bool(self._right)

    def _to_list(self):
        return self._left[::-1] + self._right

    def _set_list(self, items):
        self._left = []
        self._right = items
        self._state += 1

    # -- ends ------------------------------------------------------------------------
    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        if self._maxlen is not None and len(self) >= self._maxlen:
            if self._maxlen == 0:
                return
            self._popleft()
        self._right.append(x)

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        if self._maxlen is not None and len(self) >= self._maxlen:
            if self._maxlen == 0:
                return
            self._pop()
        self._left.append(x)

    def _pop(self):
        if not self._right:
            if not self._left:
                raise IndexError('pop from an empty deque')
            half = (len(self._left) + 1) // 2
            self._right = self._left[half - 1::-1]
            del self._left[:half]
        return self._right.pop()

    def _popleft(self):
        if not self._left:
            if not self._right:
                raise IndexError('pop from an empty deque')
            half = (len(self._right) + 1) // 2
            self._left = self._right[half - 1::-1]
            del self._right[:half]
        return self._left.pop()

    def pop(self):
        """Remove and return the rightmost element."""
        self._state += 1
        return self._pop()

    def popleft(self):
        """Remove and return the leftmost element."""
        self._state += 1
        return self._popleft()

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._set_list([])

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        n = _index(n)
        length = len(self)
        if length <= 1:
            return
        n %= length
        if n:
            items = self._to_list()
            self._set_list(items[-n:] + items[:-n])

    def reverse(self):
        """Reverse *IN PLACE*"""
        self._left, self._right = self._right, self._left
        self._state += 1

    def count(self, value):
        """Return number of occurrences of value."""
        state = self._state
        n = 0
        for x in self._to_list():
            if x is value or x == value:
                n += 1
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return n

    def index(self, value, start=0, stop=_sys.maxsize):
        """Return first index of value.

Raises ValueError if the value is not present."""
        items = self._to_list()
        n = len(items)
        start, stop = _index(start), _index(stop)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        state = self._state
        for i in range(start, min(stop, n)):
            x = items[i]
            if x is value or x == value:
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError('%r is not in deque' % (value,))

    def insert(self, index, value):
        """Insert value before index."""
        index = _index(index)
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items = self._to_list()
        items.insert(index, value)
        self._set_list(items)

    def remove(self, value):
        """Remove first occurrence of value."""
        items = self._to_list()
        for i, x in enumerate(items):
            if x is value or x == value:
                del items[i]
                self._set_list(items)
                return
        raise ValueError('%r is not in deque' % (value,))

    def copy(self):
        """Return a shallow copy of a deque."""
        return self.__copy__()

    def __copy__(self):
        cls = type(self)
        if cls is deque:
            return deque(self, self._maxlen)
        if self._maxlen is None:
            return cls(self)
        return cls(self, self._maxlen)

    def __reduce__(self):
        return (type(self), ((), self._maxlen), None, iter(self))

    # -- sequence protocol -------------------------------------------------------------
    def _norm(self, i):
        if not isinstance(i, int):
            if hasattr(type(i), '__index__'):
                i = _index(i)
            else:
                raise TypeError('sequence index must be integer, not %r' % type(i).__name__)
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('deque index out of range')
        return i

    def __getitem__(self, i):
        i = self._norm(i)
        nl = len(self._left)
        if i < nl:
            return self._left[nl - 1 - i]
        return self._right[i - nl]

    def __setitem__(self, i, value):
        i = self._norm(i)
        nl = len(self._left)
        if i < nl:
            self._left[nl - 1 - i] = value
        else:
            self._right[i - nl] = value

    def __delitem__(self, i):
        i = self._norm(i)
        items = self._to_list()
        del items[i]
        self._set_list(items)

    def __contains__(self, value):
        state = self._state
        for x in self._to_list():
            if x is value or x == value:
                return True
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return False

    def __iter__(self):
        state = self._state
        n = len(self)
        i = 0
        while i < n:
            if state != self._state or n != len(self):
                raise RuntimeError('deque mutated during iteration')
            yield self[i]
            i += 1
        if state != self._state:
            raise RuntimeError('deque mutated during iteration')

    def __reversed__(self):
        state = self._state
        i = len(self) - 1
        while i >= 0:
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
            yield self[i]
            i -= 1

    @_recursive_repr('[...]')
    def __repr__(self):
        name = type(self).__name__
        if self._maxlen is not None:
            return '%s(%r, maxlen=%d)' % (name, self._to_list(), self._maxlen)
        return '%s(%r)' % (name, self._to_list())

    # -- operators -----------------------------------------------------------------------
    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        new = self.__copy__()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        new = self.__copy__()
        new._set_list(self._to_list() * n)
        if self._maxlen is not None and len(new._right) > self._maxlen:
            new._right = new._right[len(new._right) - self._maxlen:]
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        items = self._to_list() * n
        if self._maxlen is not None and len(items) > self._maxlen:
            items = items[len(items) - self._maxlen:]
        self._set_list(items)
        return self

    def _cmp(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(self._to_list(), other._to_list())

    def __eq__(self, other):
        return self._cmp(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._cmp(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._cmp(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._cmp(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._cmp(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._cmp(other, lambda a, b: a >= b)

    __hash__ = None

    def __class_getitem__(cls, item):
        from _collections_abc import GenericAlias
        return GenericAlias(cls, item)


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

The default factory is called without arguments to produce
a new value when a key is not present, in __getitem__ only.
A defaultdict compares equal to a dict with the same items.
All remaining arguments are treated the same as if they were
passed to the dict constructor, including keyword arguments.
"""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    @_recursive_repr()
    def _factory_repr(self):
        return repr(self.default_factory)

    def __repr__(self):
        factory = self._factory_repr()
        return '%s(%s, %s)' % (type(self).__name__, factory, dict.__repr__(self))

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return (type(self), (self.default_factory,), None, None, iter(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


deque.__module__ = 'collections'
defaultdict.__module__ = 'collections'
