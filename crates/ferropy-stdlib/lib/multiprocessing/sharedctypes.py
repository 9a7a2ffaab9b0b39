"""Shared values and arrays (CPython's Lib/multiprocessing/sharedctypes.py).

CPython keeps ctypes objects in shared memory. Here a value lives, pickled, in a
`_multiprocessing.SharedCell` reached by id from every interpreter; `Value('i', 0)` and
`Array('d', 3)` behave the same from Python (typecodes pick the default and the type
conversions), `lock=True` adds a shared RLock as `get_lock()`.
"""

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'copy', 'synchronized']

import pickle
import _multiprocessing

from multiprocessing import process
from multiprocessing import synchronize

_typecode_to_type = {
    'c': bytes, 'u': str,
    'b': int, 'B': int, 'h': int, 'H': int, 'i': int, 'I': int,
    'l': int, 'L': int, 'q': int, 'Q': int,
    'f': float, 'd': float,
}

_typecode_names = {
    'c': 'c_char', 'u': 'c_wchar', 'b': 'c_byte', 'B': 'c_ubyte', 'h': 'c_short',
    'H': 'c_ushort', 'i': 'c_int', 'I': 'c_uint', 'l': 'c_long', 'L': 'c_ulong',
    'q': 'c_longlong', 'Q': 'c_ulonglong', 'f': 'c_float', 'd': 'c_double',
}


def _default(typecode):
    t = _typecode_to_type.get(typecode)
    if t is None:
        raise TypeError("unsupported typecode %r" % (typecode,))
    return b'\x00' if t is bytes else t()


def _convert(typecode, value):
    t = _typecode_to_type[typecode]
    if t is float:
        return float(value)
    if t is int:
        if not isinstance(value, int):
            raise TypeError("int expected instead of %s" % type(value).__name__)
        return value
    return value


class _Cell:
    def __init__(self, data=None, cid=None):
        self._cell = _multiprocessing.SharedCell(pickle.dumps(data)) if cid is None \
            else _multiprocessing.cell(cid)

    def load(self):
        return pickle.loads(self._cell.get())

    def store(self, data):
        self._cell.set(pickle.dumps(data))


class RawValueType:
    def __init__(self, typecode, value=None, _cid=None):
        self._typecode = typecode
        if _cid is None:
            value = _default(typecode) if value is None else _convert(typecode, value)
        self._cell = _Cell(value, _cid)

    @property
    def value(self):
        return self._cell.load()

    @value.setter
    def value(self, v):
        self._cell.store(_convert(self._typecode, v))

    def __reduce__(self):
        process._assert_spawning(self)
        return (RawValueType, (self._typecode, None, self._cell._cell.id()))

    def __repr__(self):
        return '%s(%r)' % (_typecode_names.get(self._typecode, self._typecode), self.value)


class RawArrayType:
    def __init__(self, typecode, init=None, _cid=None):
        self._typecode = typecode
        if _cid is None:
            if isinstance(init, int):
                init = [_default(typecode)] * init
            else:
                init = [_convert(typecode, v) for v in init]
        self._cell = _Cell(init, _cid)

    def __len__(self):
        return len(self._cell.load())

    def __getitem__(self, i):
        return self._cell.load()[i]

    def __setitem__(self, i, v):
        items = self._cell.load()
        if isinstance(i, slice):
            new = [_convert(self._typecode, x) for x in v]
            if len(range(*i.indices(len(items)))) != len(new):
                raise ValueError("Can only assign sequence of same size")
            items[i] = new
        else:
            items[i] = _convert(self._typecode, v)
        self._cell.store(items)

    def __iter__(self):
        return iter(self._cell.load())

    def __reduce__(self):
        process._assert_spawning(self)
        return (RawArrayType, (self._typecode, None, self._cell._cell.id()))

    def __repr__(self):
        return '<%s_Array_%d object at %#x>' % (
            _typecode_names.get(self._typecode, self._typecode), len(self), id(self))


def RawValue(typecode_or_type, *args):
    '''
    Returns a ctypes object allocated from shared memory
    '''
    return RawValueType(typecode_or_type, *args)


def RawArray(typecode_or_type, size_or_initializer):
    '''
    Returns a ctypes array allocated from shared memory
    '''
    return RawArrayType(typecode_or_type, size_or_initializer)


class Synchronized:
    def __init__(self, obj, lock=None):
        self._obj = obj
        self._lock = lock or synchronize.RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __reduce__(self):
        process._assert_spawning(self)
        return (type(self), (self._obj, self._lock))

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


class SynchronizedArray(Synchronized):
    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self._lock:
            self._obj[i] = value

    def __iter__(self):
        return iter(self[:])


def Value(typecode_or_type, *args, lock=True, ctx=None):
    '''
    Return a synchronization wrapper for a Value
    '''
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    if lock in (True, None):
        lock = synchronize.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return Synchronized(obj, lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    '''
    Return a synchronization wrapper for a RawArray
    '''
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    if lock in (True, None):
        lock = synchronize.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return SynchronizedArray(obj, lock)


def copy(obj):
    return obj


def synchronized(obj, lock=None, ctx=None):
    if isinstance(obj, RawArrayType):
        return SynchronizedArray(obj, lock)
    return Synchronized(obj, lock)
