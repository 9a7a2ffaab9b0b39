# The proxy half of the `_weakref` module: `proxy()`, `ProxyType` and `CallableProxyType`
# (CPython `Objects/weakrefobject.c`, the `proxy_*` functions, and `Modules/_weakref.c`).
#
# This source runs in the `_weakref` module's namespace, after the native part defined
# `ref`, `ReferenceType`, `getweakrefcount`, `getweakrefs` and `_remove_dead_weakref`.
#
# CPython's proxy *is* a weak reference object (a `PyWeakReference` with proxy slots).
# Here a proxy is a plain object holding a weak reference of the private subclass
# `_ProxyRef` to its referent; every slot of CPython's proxy type is a method forwarding
# to the referent (unwrapping proxy operands first, as CPython's UNWRAP macro does) and
# raising ReferenceError once the referent is gone. Differences from CPython that remain
# visible:
# - `ProxyType.__dict__` also holds `__new__` (raising CPython's "cannot create ...
#   instances" error), `__init_subclass__` (refusing subclasses, as CPython does),
#   `__slots__` and the slots `_wr` and `__weakref__`; `__hash__` is a method raising
#   CPython's "unhashable type: 'weakref.ProxyType'" error rather than None (a None
#   `__hash__` would name the type 'ProxyType' in the message, as for any Python class).
#   The methods shared by both types have `__qualname__` 'ProxyType.<name>'.
# - A proxy can itself be weakly referenced (every instance of a Python class can be, in
#   ferropy); in CPython `ref(proxy)` raises TypeError. The proxy machinery keeps one
#   such reference (`_ProxyRef._proxy`) to map the referent's weak references back to
#   their proxies, so `getweakrefcount(a_proxy)` is 1, not 0.
# - `getweakrefs` is wrapped (below) so that it lists proxies, not their `_ProxyRef`s,
#   in CPython's order.
# - `CallableProxyType.__dict__` has `__reversed__ = None` (see below).
# - Errors naming the proxy's type say 'ProxyType' where CPython says 'weakref.ProxyType'
#   (ferropy names a Python class by its `__name__`, like CPython does for heap types).
# - Three-argument `pow(x, proxy, m)` does not consult the proxy (Python classes never
#   get a reflected ternary pow); CPython's C slot unwraps it.
# - The repr uses `type(referent).__name__` where CPython prints `tp_name` (which differs
#   only for static types defined outside builtins, e.g. 'collections.deque').


class _ProxyRef(ref):
    # The weak reference a proxy holds. `_proxy` is a (plain) weak reference back to the
    # proxy, `_callback` the user's callback, called with the proxy (as in CPython) when
    # the referent dies.
    __slots__ = ('_proxy', '_callback')


def _proxy_callback(wr):
    p = wr._proxy()
    cb = wr._callback
    if p is not None and cb is not None:
        cb(p)


_object_getattribute = object.__getattribute__
_object_setattr = object.__setattr__


def _deref(p):
    # CPython `proxy_checkref` + `PyWeakref_GET_OBJECT`.
    o = _object_getattribute(p, '_wr')()
    if o is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return o


def _unwrap(o):
    # CPython's UNWRAP macro: a proxy operand stands for its referent.
    t = type(o)
    if t is ProxyType or t is CallableProxyType:
        return _deref(o)
    return o


def _make_proxy_methods():
    ns = {}

    def __getattribute__(self, name):
        return getattr(_deref(self), name)

    def __setattr__(self, name, value):
        setattr(_deref(self), name, value)

    def __delattr__(self, name):
        delattr(_deref(self), name)

    def __repr__(self):
        o = _object_getattribute(self, '_wr')()
        return '<weakproxy at %#x to %s at %#x>' % (id(self), type(o).__name__, id(o))

    def __str__(self):
        return str(_deref(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '%s.%s' instances" % (cls.__module__, cls.__qualname__))

    def __init_subclass__(cls, **kwargs):
        # CPython's proxy types are not acceptable base types.
        base = cls.__mro__[1]
        raise TypeError("type '%s.%s' is not an acceptable base type"
                        % (base.__module__, base.__qualname__))

    # rich comparisons (proxy_richcompare)
    def __lt__(self, other):
        return _deref(self) < _unwrap(other)

    def __le__(self, other):
        return _deref(self) <= _unwrap(other)

    def __eq__(self, other):
        return _deref(self) == _unwrap(other)

    def __ne__(self, other):
        return _deref(self) != _unwrap(other)

    def __gt__(self, other):
        return _deref(self) > _unwrap(other)

    def __ge__(self, other):
        return _deref(self) >= _unwrap(other)

    # number slots: CPython's nb_* slot gets the operands in source order whichever side
    # the proxy is on, so the reflected method computes `other OP referent`.
    def __add__(self, other):
        return _deref(self) + _unwrap(other)

    def __radd__(self, other):
        return _unwrap(other) + _deref(self)

    def __sub__(self, other):
        return _deref(self) - _unwrap(other)

    def __rsub__(self, other):
        return _unwrap(other) - _deref(self)

    def __mul__(self, other):
        return _deref(self) * _unwrap(other)

    def __rmul__(self, other):
        return _unwrap(other) * _deref(self)

    def __matmul__(self, other):
        return _deref(self) @ _unwrap(other)

    def __rmatmul__(self, other):
        return _unwrap(other) @ _deref(self)

    def __truediv__(self, other):
        return _deref(self) / _unwrap(other)

    def __rtruediv__(self, other):
        return _unwrap(other) / _deref(self)

    def __floordiv__(self, other):
        return _deref(self) // _unwrap(other)

    def __rfloordiv__(self, other):
        return _unwrap(other) // _deref(self)

    def __mod__(self, other):
        return _deref(self) % _unwrap(other)

    def __rmod__(self, other):
        return _unwrap(other) % _deref(self)

    def __divmod__(self, other):
        return divmod(_deref(self), _unwrap(other))

    def __rdivmod__(self, other):
        return divmod(_unwrap(other), _deref(self))

    def __pow__(self, other, mod=None):
        if mod is None:
            return _deref(self) ** _unwrap(other)
        return pow(_deref(self), _unwrap(other), _unwrap(mod))

    def __rpow__(self, other, mod=None):
        if mod is None:
            return _unwrap(other) ** _deref(self)
        return pow(_unwrap(other), _deref(self), _unwrap(mod))

    def __lshift__(self, other):
        return _deref(self) << _unwrap(other)

    def __rlshift__(self, other):
        return _unwrap(other) << _deref(self)

    def __rshift__(self, other):
        return _deref(self) >> _unwrap(other)

    def __rrshift__(self, other):
        return _unwrap(other) >> _deref(self)

    def __and__(self, other):
        return _deref(self) & _unwrap(other)

    def __rand__(self, other):
        return _unwrap(other) & _deref(self)

    def __xor__(self, other):
        return _deref(self) ^ _unwrap(other)

    def __rxor__(self, other):
        return _unwrap(other) ^ _deref(self)

    def __or__(self, other):
        return _deref(self) | _unwrap(other)

    def __ror__(self, other):
        return _unwrap(other) | _deref(self)

    # in-place operators: the result of the referent's in-place operation (CPython
    # PyNumber_InPlace*), which is what the target name gets rebound to.
    def __iadd__(self, other):
        o = _deref(self)
        o += _unwrap(other)
        return o

    def __isub__(self, other):
        o = _deref(self)
        o -= _unwrap(other)
        return o

    def __imul__(self, other):
        o = _deref(self)
        o *= _unwrap(other)
        return o

    def __imatmul__(self, other):
        o = _deref(self)
        o @= _unwrap(other)
        return o

    def __itruediv__(self, other):
        o = _deref(self)
        o /= _unwrap(other)
        return o

    def __ifloordiv__(self, other):
        o = _deref(self)
        o //= _unwrap(other)
        return o

    def __imod__(self, other):
        o = _deref(self)
        o %= _unwrap(other)
        return o

    def __ipow__(self, other, mod=None):
        o = _deref(self)
        o **= _unwrap(other)
        return o

    def __ilshift__(self, other):
        o = _deref(self)
        o <<= _unwrap(other)
        return o

    def __irshift__(self, other):
        o = _deref(self)
        o >>= _unwrap(other)
        return o

    def __iand__(self, other):
        o = _deref(self)
        o &= _unwrap(other)
        return o

    def __ixor__(self, other):
        o = _deref(self)
        o ^= _unwrap(other)
        return o

    def __ior__(self, other):
        o = _deref(self)
        o |= _unwrap(other)
        return o

    def __neg__(self):
        return -_deref(self)

    def __pos__(self):
        return +_deref(self)

    def __abs__(self):
        return abs(_deref(self))

    def __invert__(self):
        return ~_deref(self)

    def __int__(self):
        return int(_deref(self))

    def __float__(self):
        return float(_deref(self))

    def __index__(self):
        # PyNumber_Index on the referent.
        o = _deref(self)
        try:
            index = type(o).__index__
        except AttributeError:
            raise TypeError("'%.200s' object cannot be interpreted as an integer"
                            % type(o).__name__) from None
        return index(o)

    def __bool__(self):
        return bool(_deref(self))

    # sequence / mapping slots
    def __len__(self):
        return len(_deref(self))

    def __contains__(self, value):
        return value in _deref(self)

    def __getitem__(self, key):
        return _deref(self)[_unwrap(key)]

    def __setitem__(self, key, value):
        _deref(self)[key] = value

    def __delitem__(self, key):
        del _deref(self)[key]

    # iterator slots
    def __iter__(self):
        return iter(_deref(self))

    def __next__(self):
        o = _deref(self)
        if not hasattr(type(o), '__next__'):
            raise TypeError(
                "Weakref proxy referenced a non-iterator '%.200s' object" % type(o).__name__
            )
        return next(o)

    for k, v in list(locals().items()):
        if k.startswith('__') and callable(v):
            v.__qualname__ = 'ProxyType.' + k
            ns[k] = v

    # `__bytes__` and `__reversed__` are ProxyType's tp_methods (CallableProxyType has
    # none): they call the referent's method, looked up on the instance.
    def __bytes__(self):
        return _deref(self).__bytes__()

    def __reversed__(self):
        return _deref(self).__reversed__()

    def __call__(self, /, *args, **kwargs):
        return _deref(self)(*args, **kwargs)

    return ns, __bytes__, __reversed__, __call__


def _make_proxy_types():
    common, bytes_, reversed_, call = _make_proxy_methods()
    ns = dict(common)
    ns.update(__module__='weakref', __qualname__='ProxyType', __doc__=None,
              __slots__=('_wr', '__weakref__'), __bytes__=bytes_, __reversed__=reversed_)
    bytes_.__qualname__ = 'ProxyType.__bytes__'
    reversed_.__qualname__ = 'ProxyType.__reversed__'
    pt = type('ProxyType', (), ns)
    ns = dict(common)
    ns.update(__module__='weakref', __qualname__='CallableProxyType', __doc__=None,
              __slots__=('_wr', '__weakref__'), __call__=call,
              # CPython's CallableProxyType has no sq_item, so it is not reversible; a
              # Python class with __len__/__getitem__ would be, unless this is None.
              __reversed__=None)
    call.__qualname__ = 'CallableProxyType.__call__'
    cpt = type('CallableProxyType', (), ns)
    return pt, cpt


ProxyType, CallableProxyType = _make_proxy_types()
del _make_proxy_types, _make_proxy_methods


def proxy(*args, **kwargs):
    """Create a proxy object that weakly references 'object'.

'callback', if given, is called with a reference to the
proxy when 'object' is about to be finalized."""
    # CPython's argument errors for `proxy(object[, callback])`.
    if kwargs:
        raise TypeError('_weakref.proxy() takes no keyword arguments')
    if not args:
        raise TypeError('proxy expected at least 1 argument, got 0')
    if len(args) > 2:
        raise TypeError('proxy expected at most 2 arguments, got %d' % len(args))
    object = args[0]
    callback = args[1] if len(args) == 2 else None
    if callback is None:
        # A proxy without callback is shared, as CPython does (`get_basic_refs`).
        for wr in _getweakrefs_native(object):
            if type(wr) is _ProxyRef and wr._callback is None:
                p = wr._proxy()
                if p is not None:
                    return p
    cls = CallableProxyType if callable(object) else ProxyType
    wr = _ProxyRef(object, _proxy_callback)
    p = _object_new(cls)
    _object_setattr(p, '_wr', wr)
    wr._proxy = ref(p)
    wr._callback = callback
    return p


_object_new = object.__new__
_getweakrefs_native = getweakrefs


def getweakrefs(object, /):
    """Return a list of all weak reference objects pointing to 'object'."""
    # The native list holds each proxy's private `_ProxyRef` (shown as the proxy here),
    # in creation order. CPython's list starts with the shared plain reference and the
    # shared proxy, followed by the other references newest first: reorder likewise.
    basic_ref = basic_proxy = None
    others = []
    for wr in _getweakrefs_native(object):
        t = type(wr)
        if t is _ProxyRef:
            p = wr._proxy()
            if p is None:
                continue
            if wr._callback is None and basic_proxy is None:
                basic_proxy = p
            else:
                others.append(p)
        elif t is ref and wr.__callback__ is None and basic_ref is None:
            basic_ref = wr
        else:
            others.append(wr)
    result = [w for w in (basic_ref, basic_proxy) if w is not None]
    result.extend(reversed(others))
    return result
