"""Helper to provide extensibility for pickle.

This is only useful to add pickle support for extension types defined in
C, not for instances of user-defined classes.
"""

# ferropy: adapted from CPython 3.11's Lib/copyreg.py (PSF license). Local changes are
# marked "ferropy:". The main one: ferropy's object.__reduce_ex__ cannot reduce
# anything yet, and its builtin types have no __reduce__/__getnewargs__/__getstate__,
# so _object_reduce_ex() below computes what CPython's typeobject.c
# (object___reduce_ex__, reduce_newobj, object_getstate) and the builtin types'
# reducers would return. pickle calls it whenever an object's __reduce_ex__ is the
# one inherited from object.

__all__ = ["pickle", "constructor",
           "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}

def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function

    # The constructor_ob function is a vestige of safe for unpickling.
    # There is no reason for the caller to pass it anymore.
    if constructor_ob is not None:
        constructor(constructor_ob)

def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")

# Example: provide pickling support for complex numbers.

try:
    complex
except NameError:
    pass
else:

    def pickle_complex(c):
        return complex, (c.real, c.imag)

    pickle(complex, pickle_complex, complex)

def pickle_union(obj):
    import functools, operator
    return functools.reduce, (operator.or_, obj.__args__)

pickle(type(int | str), pickle_union)

# Support for pickling new-style objects

def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj

_HEAPTYPE = 1<<9
_new_type = type(int.__new__)

# Python code for object.__reduce_ex__ for protocols 0 and 1

def _reduce_ex(self, proto):
    assert proto < 2
    cls = self.__class__
    for base in cls.__mro__:
        # ferropy: types have no __flags__; _is_heap() tells classes made by a
        # class statement from builtin ones. CPython 3.11 makes the _thread
        # types heap types, so locks fall through to object here.
        if not (_is_heap(base) or getattr(base, '__module__', None) == '_thread'):
            break
        new = base.__new__
        if isinstance(new, _new_type) and new.__self__ is base:
            break
    else:
        base = object # not really reachable
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    # ferropy: object has no __getstate__ yet; a missing one means the default.
    getstate = getattr(self, "__getstate__", None)
    if getstate is None or _is_object_getstate(self):
        if getattr(self, "__slots__", None):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        dict = _object_getstate_default(self, False)
    else:
        dict = getstate()
    if dict:
        return _reconstructor, args, dict
    else:
        return _reconstructor, args

# Helper for __reduce_ex__ protocol 2

def __newobj__(cls, *args):
    return cls.__new__(cls, *args)

def __newobj_ex__(cls, args, kwargs):
    """Used by pickle protocol 4, instead of __newobj__ to allow classes with
    keyword-only arguments to be pickled correctly.
    """
    return cls.__new__(cls, *args, **kwargs)

def _slotnames(cls):
    """Return a list of slot names for a given class.

    This needs to find slots defined by the class and its bases, so we
    can't simply return the __slots__ attribute.  We must walk down
    the Method Resolution Order and concatenate the __slots__ of each
    class found there.  (This assumes classes don't modify their
    __slots__ attribute to misrepresent their slots after the class is
    defined.)
    """

    # Get the value from a cache in the class if possible
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names

    # Not cached -- calculate the value
    names = []
    if not hasattr(cls, "__slots__"):
        # This class has no slots
        pass
    else:
        # Slots found -- gather slot names from all base classes
        for c in cls.__mro__:
            if "__slots__" in c.__dict__:
                slots = c.__dict__['__slots__']
                # if class has a single slot, it can be given as a string
                if isinstance(slots, str):
                    slots = (slots,)
                for name in slots:
                    # special descriptors
                    if name in ("__dict__", "__weakref__"):
                        continue
                    # mangled names
                    elif name.startswith('__') and not name.endswith('__'):
                        stripped = c.__name__.lstrip('_')
                        if stripped:
                            names.append('_%s%s' % (stripped, name))
                        else:
                            names.append(name)
                    else:
                        names.append(name)

    # Cache the outcome in the class if at all possible
    try:
        cls.__slotnames__ = names
    except:
        pass # But don't die if we can't

    return names

# A registry of extension codes.  This is an ad-hoc compression
# mechanism.  Whenever a global reference to <module>, <name> is about
# to be pickled, the (<module>, <name>) tuple is looked up here to see
# if it is a registered extension code for it.  Extension codes are
# universal, so that the meaning of a pickle does not depend on
# context.  (There are also some codes reserved for local use that
# don't have this restriction.)  Codes are positive ints; 0 is
# reserved.

_extension_registry = {}                # key -> code
_inverted_registry = {}                 # code -> key
_extension_cache = {}                   # code -> object
# Don't ever rebind those names:  pickling grabs a reference to them when
# it's initialized, and won't see a rebinding.

def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and
        _inverted_registry.get(code) == key):
        return # Redundant registrations are benign
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key

def remove_extension(module, name, code):
    """Unregister an extension code.  For testing only."""
    key = (module, name)
    if (_extension_registry.get(key) != code or
        _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" %
                         (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]

def clear_extension_cache():
    _extension_cache.clear()

# Standard extension code assignments

# Reserved ranges

# First  Last Count  Purpose
#     1   127   127  Reserved for Python standard library
#   128   191    64  Reserved for Zope
#   192   239    48  Reserved for 3rd parties
#   240   255    16  Reserved for private use (will never be assigned)
#   256   Inf   Inf  Reserved for future assignment

# Extension codes are assigned by the Python Software Foundation.


# ---------------------------------------------------------------------------
# ferropy: object.__reduce_ex__ written in Python (CPython: Objects/typeobject.c)
# ---------------------------------------------------------------------------

_object_reduce = getattr(object, '__reduce__', None)
_object_getstate = getattr(object, '__getstate__', None)


_native_types = set()


def _is_heap(cls):
    """True for classes made by a class statement (CPython's Py_TPFLAGS_HEAPTYPE)."""
    flags = getattr(cls, '__flags__', None)
    if isinstance(flags, int):
        return bool(flags & _HEAPTYPE)
    # ferropy has no __flags__. Builtin types are immutable: storing a type's own
    # __qualname__ back is a no-op for classes and a TypeError for builtin types.
    if cls in _native_types:
        return False
    try:
        type.__setattr__(cls, '__qualname__', cls.__qualname__)
    except TypeError:
        _native_types.add(cls)
        return False
    return True


def _tp_name(cls):
    """CPython's tp_name: dotted with the module for builtin types outside builtins."""
    if _is_heap(cls):
        return cls.__name__
    module = getattr(cls, '__module__', None)
    if isinstance(module, str) and module != 'builtins':
        return '%s.%s' % (module, cls.__qualname__)
    return cls.__name__


def _is_object_getstate(obj):
    """Whether obj.__getstate__ is object's own (the default state)."""
    if _object_getstate is None:
        return getattr(obj, '__getstate__', None) is None
    if getattr(type(obj), '__getstate__', None) is not _object_getstate:
        return False
    d = getattr(obj, '__dict__', None)
    return not (isinstance(d, dict) and '__getstate__' in d)


def _object_getstate_default(obj, required):
    """object_getstate_default(): the instance dict (None if empty) plus the
    values of the __slots__ that are set, as (dict, slots)."""
    cls = type(obj)
    if required:
        # CPython refuses objects whose C struct holds more than object's header
        # plus dict/weakref/slot pointers: any builtin base but object.
        for base in cls.__mro__:
            if base is not object and not _is_heap(base):
                raise TypeError("cannot pickle %r object" % _tp_name(cls))
    d = getattr(obj, '__dict__', None)
    state = d if d else None
    slotnames = _slotnames(cls)
    if slotnames:
        slots = {}
        for name in slotnames:
            try:
                value = getattr(obj, name)
            except AttributeError:
                continue
            slots[name] = value
        if slots:
            state = (state, slots)
    return state


def _object_getstate_call(obj, required):
    """object_getstate(): a user __getstate__ if there is one, else the default."""
    if _is_object_getstate(obj):
        return _object_getstate_default(obj, required)
    return obj.__getstate__()


def _lookup_special(obj, name):
    f = getattr(type(obj), name, None)
    if f is None:
        return None
    get = getattr(type(f), '__get__', None)
    return get(f, obj, type(obj)) if get is not None else f


def _builtin_getnewargs(obj):
    """The __getnewargs__ that CPython's immutable builtins define."""
    for base in type(obj).__mro__:
        if base is int or base is bool:
            return (int(obj),)
        if base is float:
            return (float(obj),)
        if base is complex:
            return (obj.real, obj.imag)
        if base is str:
            return (str(obj),)
        if base is bytes:
            return (bytes(obj),)
        if base is tuple:
            return (tuple(obj),)
    return None


def _get_new_arguments(obj):
    """_PyObject_GetNewArguments(): (args, kwargs), either may be None."""
    getnewargs_ex = _lookup_special(obj, '__getnewargs_ex__')
    if getnewargs_ex is not None:
        newargs = getnewargs_ex()
        if not isinstance(newargs, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%.200s'"
                            % type(newargs).__name__)
        if len(newargs) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, "
                             "not %d" % len(newargs))
        args, kwargs = newargs
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ "
                            "must be a tuple, not '%.200s'" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ "
                            "must be a dict, not '%.200s'" % type(kwargs).__name__)
        return args, kwargs
    getnewargs = _lookup_special(obj, '__getnewargs__')
    if getnewargs is not None:
        args = getnewargs()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%.200s'"
                            % type(args).__name__)
        return args, None
    return _builtin_getnewargs(obj), None


def _reduce_newobj(obj):
    """reduce_newobj(): the protocol 2+ reduction of object.__reduce_ex__."""
    cls = type(obj)
    args, kwargs = _get_new_arguments(obj)
    hasargs = args is not None
    if not kwargs:
        newobj = __newobj__
        newargs = (cls,) + (args if args is not None else ())
    elif args is not None:
        newobj = __newobj_ex__
        newargs = (cls, args, kwargs)
    else:
        raise SystemError("bad argument to internal function")
    required = not (hasargs or isinstance(obj, (list, dict)))
    state = _object_getstate_call(obj, required)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return (newobj, newargs, state, listitems, dictitems)


def _reduce_set(obj, proto):
    return (type(obj), (list(obj),), _object_getstate_call(obj, False))


def _reduce_bytearray(obj, proto):
    state = _object_getstate_call(obj, False)
    if not obj:
        return (type(obj), (), state)
    if proto < 3:
        return (type(obj), (bytes(obj).decode('latin-1'), 'latin-1'), state)
    return (type(obj), (bytes(obj),), state)


def _reduce_exception(obj, proto):
    d = getattr(obj, '__dict__', None)
    if d:
        return (type(obj), obj.args, d)
    return (type(obj), obj.args)


def _reduce_oserror(obj, proto):
    # OSError_reduce(): the file name(s) travel in args, as OSError() takes them.
    args = obj.args
    filename = getattr(obj, 'filename', None)
    if len(args) == 2 and filename is not None:
        filename2 = getattr(obj, 'filename2', None)
        if filename2 is not None:
            args = args + (filename, None, filename2)
        else:
            args = args + (filename,)
    d = getattr(obj, '__dict__', None)
    if d:
        return (type(obj), args, d)
    return (type(obj), args)


def _reduce_importerror(obj, proto):
    # ImportError_reduce(): name and path join the instance dict as state.
    state = dict(getattr(obj, '__dict__', None) or {})
    for key in ('name', 'path'):
        value = getattr(obj, key, None)
        if value is not None:
            state[key] = value
    if state:
        return (type(obj), obj.args, state)
    return (type(obj), obj.args)


def _reduce_range(obj, proto):
    return (range, (obj.start, obj.stop, obj.step))


def _reduce_slice(obj, proto):
    return (slice, (obj.start, obj.stop, obj.step))


def _reduce_builtin_function(obj, proto):
    # meth_reduce(): module-level functions by name, bound methods via getattr.
    owner = getattr(obj, '__self__', None)
    if owner is None or _is_module(owner):
        # ferropy: methods of builtin types are builtin functions bound to the
        # builtins module; CPython's method descriptors reduce to getattr.
        qualname = obj.__qualname__
        head, dot, tail = qualname.rpartition('.')
        if dot and owner is not None:
            cls = getattr(owner, head, None)
            if isinstance(cls, type) and getattr(cls, tail, None) is obj:
                return (getattr, (cls, tail))
        return qualname
    return (getattr, (owner, obj.__name__))


def _reduce_method(obj, proto):
    return (getattr, (obj.__self__, obj.__func__.__name__))


def _is_module(x):
    return type(x).__name__ == 'module' and not _is_heap(type(x))


# Builtin types whose CPython versions define their own __reduce__/__reduce_ex__.
_builtin_reducers = {
    set: _reduce_set,
    frozenset: _reduce_set,
    bytearray: _reduce_bytearray,
    BaseException: _reduce_exception,
    OSError: _reduce_oserror,
    ImportError: _reduce_importerror,
    range: _reduce_range,
    slice: _reduce_slice,
    type(len): _reduce_builtin_function,
    type(NotImplemented): lambda obj, proto: 'NotImplemented',
    type(Ellipsis): lambda obj, proto: 'Ellipsis',
}


def _add_method_type():
    class _C:
        def _m(self):
            pass
    _builtin_reducers[type(_C()._m)] = _reduce_method

_add_method_type()
del _add_method_type


def _object_reduce_ex(obj, proto):
    """What CPython's object.__reduce_ex__(obj, proto) returns."""
    cls = type(obj)
    reduce = getattr(cls, '__reduce__', None)
    if reduce is not None and reduce is not _object_reduce:
        return obj.__reduce__()
    for base in cls.__mro__:
        reducer = _builtin_reducers.get(base)
        if reducer is not None:
            return reducer(obj, proto)
    if proto >= 2:
        return _reduce_newobj(obj)
    return _reduce_ex(obj, proto)
