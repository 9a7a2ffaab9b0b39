"""High performance data structures: deque and defaultdict.

ferropy's stand-in for CPython 3.11's C module Modules/_collectionsmodule.c: the deque
is native (the ``_deque`` module); defaultdict is written in Python with the same
behaviour and messages.
"""



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


# The deque is native (crates/ferropy-stdlib/src/deque.rs), as CPython's is C: queues
# sit on hot paths (asyncio's ready queue), where a Python-source deque cost two or three
# Python calls per append or pop.
from _deque import deque


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


defaultdict.__module__ = 'collections'
