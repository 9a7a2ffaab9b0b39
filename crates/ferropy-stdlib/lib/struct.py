"""Functions to convert between Python values and C structs.
Python bytes objects are used to hold the data representing the C struct
and also as format strings (explained below) to describe the layout of data
in the C struct.

The optional first format char indicates byte order, size and alignment:
  @: native order, size & alignment (default)
  =: native order, std. size & alignment
  <: little-endian, std. size & alignment
  >: big-endian, std. size & alignment
  !: same as >

The remaining chars indicate types of args and must match exactly;
these can be preceded by a decimal repeat count:
  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;
  ?: _Bool (requires C99; if not available, char is used instead)
  h:short; H:unsigned short; i:int; I:unsigned int;
  l:long; L:unsigned long; f:float; d:double; e:half-float.
Special cases (preceding decimal count indicates length):
  s:string (array of char); p: pascal string (with count byte).
Special cases (only available in native format):
  n:ssize_t; N:size_t;
  P:an integer type that is wide enough to hold a pointer.
Special case (not in native mode unless 'long long' in platform C):
  q:long long; Q:unsigned long long
Whitespace between formats is ignored.

The variable struct.error is an exception raised on errors.
"""

# ferropy: CPython 3.11's Lib/struct.py re-exports the C module _struct; this is a
# pure-Python rewrite of Modules/_struct.c for an LP64 little-endian machine (the
# platform CPython's goldens come from). Each format character carries the packer
# CPython's tables install for it, because the error messages differ by table: with
# '<' on a little-endian machine CPython swaps in the native packers wherever the
# standard and native sizes agree, so '<h' reports "short format requires ..." while
# '>h' reports "'h' format requires ...". Floats are encoded bit by bit with
# math.frexp/ldexp, rounding half to even like a C cast (PyFloat_Pack2/4/8).

import math

__all__ = [
    # Functions
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack',

    # Classes
    'Struct',

    # Exceptions
    'error'
    ]


class error(Exception):
    pass


# -- integer conversion (get_pylong / get_long / get_ulong / ... in _struct.c) --

def _get_pylong(v):
    if isinstance(v, int):
        return v
    index = getattr(type(v), '__index__', None)
    if index is None:
        raise error("required argument is not an integer")
    return index(v)


def _get_in_range(v, lo, hi):
    """PyLong_AsLong & co.: an int outside the C type's range is an OverflowError,
    which _struct.c reports as "argument out of range"."""
    v = _get_pylong(v)
    if v < lo or v > hi:
        raise error("argument out of range")
    return v


_LONG_MIN, _LONG_MAX = -(1 << 63), (1 << 63) - 1
_ULONG_MAX = (1 << 64) - 1


def _range_error(code, size, unsigned):
    ulargest = (1 << (size * 8)) - 1
    if unsigned:
        return error("'%s' format requires 0 <= number <= %d" % (code, ulargest))
    largest = ulargest >> 1
    return error("'%s' format requires %d <= number <= %d" % (code, ~largest, largest))


class _IntOverflow(Exception):
    """An OverflowError raised while packing an int argument; the caller turns it into
    struct.error("int too large to convert") like s_pack_internal does."""


def _to_bytes(x, size, little, signed):
    return x.to_bytes(size, 'little' if little else 'big', signed=signed)


# Native packers (np_* in _struct.c). Each returns the value to store as an int.

def _np_byte(v, code, size):
    x = _get_in_range(v, _LONG_MIN, _LONG_MAX)
    if x < -128 or x > 127:
        raise error("byte format requires -128 <= number <= 127")
    return x


def _np_ubyte(v, code, size):
    x = _get_in_range(v, _LONG_MIN, _LONG_MAX)
    if x < 0 or x > 255:
        raise error("ubyte format requires 0 <= number <= 255")
    return x


def _np_short(v, code, size):
    x = _get_in_range(v, _LONG_MIN, _LONG_MAX)
    if x < -32768 or x > 32767:
        raise error("short format requires -32768 <= number <= 32767")
    return x


def _np_ushort(v, code, size):
    x = _get_in_range(v, _LONG_MIN, _LONG_MAX)
    if x < 0 or x > 65535:
        raise error("ushort format requires 0 <= number <= 65535")
    return x


def _np_int(v, code, size):
    x = _get_in_range(v, _LONG_MIN, _LONG_MAX)
    if x < -(1 << 31) or x > (1 << 31) - 1:
        raise _range_error(code, 4, False)
    return x


def _np_uint(v, code, size):
    x = _get_in_range(v, 0, _ULONG_MAX)
    if x > (1 << 32) - 1:
        raise _range_error(code, 4, True)
    return x


def _np_long(v, code, size):
    return _get_in_range(v, _LONG_MIN, _LONG_MAX)


def _np_ulong(v, code, size):
    return _get_in_range(v, 0, _ULONG_MAX)


def _np_void_p(v, code, size):
    # PyLong_AsVoidPtr accepts negative values as a signed long long.
    x = _get_pylong(v)
    if x < _LONG_MIN or x > _ULONG_MAX:
        raise _IntOverflow()
    return x & _ULONG_MAX


# Standard packers (lp_*/bp_* in _struct.c) where they differ from the native ones.

def _std_int(v, code, size):
    x = _get_in_range(v, _LONG_MIN, _LONG_MAX)
    if size == 2 and (x < -32768 or x > 32767):
        raise _range_error(code, size, False)
    if size == 4 and (x < -(1 << 31) or x > (1 << 31) - 1):
        raise _range_error(code, size, False)
    return x


def _std_uint(v, code, size):
    x = _get_in_range(v, 0, _ULONG_MAX)
    if size != 8 and x >= (1 << (size * 8)):
        raise _range_error(code, size, True)
    return x


def _std_longlong(v, code, size):
    # _PyLong_AsByteArray's OverflowError becomes "int too large to convert".
    x = _get_pylong(v)
    if x < _LONG_MIN or x > _LONG_MAX:
        raise _IntOverflow()
    return x


def _std_ulonglong(v, code, size):
    x = _get_pylong(v)
    if x < 0 or x > _ULONG_MAX:
        raise _IntOverflow()
    return x


# -- floats (PyFloat_Pack2/4/8 and PyFloat_Unpack2/4/8) --

def _get_double(v):
    if isinstance(v, float):
        return v
    try:
        if isinstance(v, int):
            return float(v)
        conv = getattr(type(v), '__float__', None)
        if conv is not None:
            return conv(v)
        index = getattr(type(v), '__index__', None)
        if index is not None:
            return float(index(v))
    except Exception:
        pass
    raise error("required argument is not a float")


def _round_half_even(n, shift):
    """n / 2**shift rounded to the nearest integer, ties to even (n >= 0)."""
    if shift <= 0:
        return n << -shift
    q = n >> shift
    rem = n - (q << shift)
    half = 1 << (shift - 1)
    if rem > half or (rem == half and q & 1):
        q += 1
    return q


def _float_bits(x, mant_bits, exp_bits):
    """The IEEE-754 bit pattern of x rounded (half to even) to a binary format with
    mant_bits stored mantissa bits and exp_bits exponent bits; None if it overflows."""
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    exp_max = (1 << exp_bits) - 1
    bias = exp_max >> 1
    if x != x:
        # A quiet NaN keeps its sign, like the C cast (and PyFloat_Pack2).
        return (sign << (mant_bits + exp_bits)) | (exp_max << mant_bits) | (1 << (mant_bits - 1))
    if x == 0.0:
        return sign << (mant_bits + exp_bits)
    a = -x if sign else x
    if a == math.inf:
        return (sign << (mant_bits + exp_bits)) | (exp_max << mant_bits)
    f, e = math.frexp(a)          # a == f * 2**e, 0.5 <= f < 1
    m = int(math.ldexp(f, 53))    # exact: a == m * 2**(e - 53)
    exp = e - 1                   # a == 1.xxx * 2**exp
    min_exp = 1 - bias
    if exp < min_exp:
        # Subnormal: the unit is 2**(min_exp - mant_bits).
        n = _round_half_even(m, (min_exp - mant_bits) - (e - 53))
        # n == 1 << mant_bits rolls over into the smallest normal number.
        return (sign << (mant_bits + exp_bits)) | n
    n = _round_half_even(m, (exp - mant_bits) - (e - 53))
    if n == 1 << (mant_bits + 1):
        n >>= 1
        exp += 1
    if exp + bias >= exp_max:
        return None
    return ((sign << (mant_bits + exp_bits)) | ((exp + bias) << mant_bits)
            | (n - (1 << mant_bits)))


def _bits_float(bits, mant_bits, exp_bits):
    exp_max = (1 << exp_bits) - 1
    bias = exp_max >> 1
    sign = bits >> (mant_bits + exp_bits)
    exp = (bits >> mant_bits) & exp_max
    mant = bits & ((1 << mant_bits) - 1)
    if exp == exp_max:
        v = math.nan if mant else math.inf
    elif exp == 0:
        v = math.ldexp(mant, 1 - bias - mant_bits)
    else:
        v = math.ldexp(mant | (1 << mant_bits), exp - bias - mant_bits)
    return -v if sign else v


def _pack_half(v, code, size):
    # PyFloat_Pack2 has its own rounding, reproduced via the generic encoder.
    bits = _float_bits(_get_double(v), 10, 5)
    if bits is None:
        raise OverflowError("float too large to pack with e format")
    return bits


def _np_float(v, code, size):
    # The native packer is a plain C cast: too large becomes infinity.
    x = _get_double(v)
    bits = _float_bits(x, 23, 8)
    if bits is None:
        bits = _float_bits(math.copysign(math.inf, x), 23, 8)
    return bits


def _std_float(v, code, size):
    bits = _float_bits(_get_double(v), 23, 8)
    if bits is None:
        raise OverflowError("float too large to pack with f format")
    return bits


def _pack_double(v, code, size):
    return _float_bits(_get_double(v), 52, 11)


def _np_bool(v, code, size):
    return 1 if v else 0


# Unpackers: from the stored unsigned int to the Python value.

def _u_signed(size):
    top = 1 << (size * 8 - 1)
    full = 1 << (size * 8)
    return lambda u: u - full if u >= top else u


def _u_unsigned(u):
    return u


def _u_half(u):
    return _bits_float(u, 10, 5)


def _u_float(u):
    return _bits_float(u, 23, 8)


def _u_double(u):
    return _bits_float(u, 52, 11)


def _u_bool(u):
    return u != 0


# Per-table entries: code -> (size, alignment, packer, unpacker). 'x', 'c', 's' and
# 'p' are handled directly by Struct.

_NATIVE = {
    'x': (1, 0, None, None),
    'b': (1, 0, _np_byte, _u_signed(1)),
    'B': (1, 0, _np_ubyte, _u_unsigned),
    'c': (1, 0, None, None),
    's': (1, 0, None, None),
    'p': (1, 0, None, None),
    'h': (2, 2, _np_short, _u_signed(2)),
    'H': (2, 2, _np_ushort, _u_unsigned),
    'i': (4, 4, _np_int, _u_signed(4)),
    'I': (4, 4, _np_uint, _u_unsigned),
    'l': (8, 8, _np_long, _u_signed(8)),
    'L': (8, 8, _np_ulong, _u_unsigned),
    'n': (8, 8, _np_long, _u_signed(8)),
    'N': (8, 8, _np_ulong, _u_unsigned),
    'q': (8, 8, _np_long, _u_signed(8)),
    'Q': (8, 8, _np_ulong, _u_unsigned),
    '?': (1, 1, _np_bool, _u_bool),
    'e': (2, 2, _pack_half, _u_half),
    'f': (4, 4, _np_float, _u_float),
    'd': (8, 8, _pack_double, _u_double),
    'P': (8, 8, _np_void_p, _u_unsigned),
}

_BIG = {
    'x': (1, 0, None, None),
    'b': (1, 0, _np_byte, _u_signed(1)),
    'B': (1, 0, _np_ubyte, _u_unsigned),
    'c': (1, 0, None, None),
    's': (1, 0, None, None),
    'p': (1, 0, None, None),
    'h': (2, 0, _std_int, _u_signed(2)),
    'H': (2, 0, _std_uint, _u_unsigned),
    'i': (4, 0, _std_int, _u_signed(4)),
    'I': (4, 0, _std_uint, _u_unsigned),
    'l': (4, 0, _std_int, _u_signed(4)),
    'L': (4, 0, _std_uint, _u_unsigned),
    'q': (8, 0, _std_longlong, _u_signed(8)),
    'Q': (8, 0, _std_ulonglong, _u_unsigned),
    '?': (1, 0, _np_bool, _u_bool),
    'e': (2, 0, _pack_half, _u_half),
    'f': (4, 0, _std_float, _u_float),
    'd': (8, 0, _pack_double, _u_double),
}

# Little-endian standard sizes: the native packers where the sizes agree (except
# f, d and ?), exactly as _struct.c's module init patches its lilendian_table.
_LITTLE = dict(_BIG)
for _code, _entry in _BIG.items():
    _native = _NATIVE[_code]
    if _code not in 'fd?' and _native[0] == _entry[0]:
        _LITTLE[_code] = (_entry[0], 0, _native[2], _native[3])
del _code, _entry, _native

_BYTE_ORDERS = {
    '@': (_NATIVE, True),
    '=': (_LITTLE, True),
    '<': (_LITTLE, True),
    '>': (_BIG, False),
    '!': (_BIG, False),
}

_SSIZE_MAX = (1 << 63) - 1
_SPACE = ' \t\n\r\x0b\x0c'


def _compile(fmt):
    """Parse a format (prepare_s in _struct.c) into (size, items, nargs, little)."""
    if fmt and fmt[0] in _BYTE_ORDERS:
        table, little = _BYTE_ORDERS[fmt[0]]
        pos = 1
    else:
        table, little = _NATIVE, True
        pos = 1 if fmt[:1] == '@' else 0
    native = table is _NATIVE
    size = 0
    items = []   # (offset, code, count, itemsize, packer, unpacker)
    nargs = 0
    end = len(fmt)
    while pos < end:
        c = fmt[pos]
        pos += 1
        if c in _SPACE:
            continue
        if '0' <= c <= '9':
            num = ord(c) - 48
            while pos < end and '0' <= fmt[pos] <= '9':
                num = num * 10 + ord(fmt[pos]) - 48
                pos += 1
                if num > _SSIZE_MAX:
                    raise error("total struct size too long")
            if pos >= end:
                raise error("repeat count given without format specifier")
            c = fmt[pos]
            pos += 1
        else:
            num = 1
        entry = table.get(c)
        if entry is None:
            raise error("bad char in struct format")
        itemsize, alignment, packer, unpacker = entry
        if native and alignment and size > 0:
            size += (alignment - 1) - (size - 1) % alignment
        if num > (_SSIZE_MAX - size) // itemsize:
            raise error("total struct size too long")
        if c in 'sp':
            items.append((size, c, num, num, None, None))
            nargs += 1
        elif c == 'x':
            pass
        else:
            for i in range(num):
                items.append((size + i * itemsize, c, 1, itemsize, packer, unpacker))
            nargs += num
        size += num * itemsize
    return size, items, nargs, little


def _as_format_str(format):
    if isinstance(format, str):
        return format
    if isinstance(format, (bytes, bytearray)):
        return bytes(format).decode('ascii')
    raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                    % type(format).__name__)


def _as_buffer(buffer):
    if isinstance(buffer, (bytes, bytearray)):
        return buffer
    raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__)


class Struct:
    """Struct(fmt) --> compiled struct object

"""

    def __init__(self, format):
        fmt = _as_format_str(format)
        self.format = fmt
        self.size, self._items, self._nargs, self._little = _compile(fmt)

    def _pack_to(self, buf, offset, args, what):
        if len(args) != self._nargs:
            raise error("%s expected %d items for packing (got %d)"
                        % (what, self._nargs, len(args)))
        little = self._little
        order = 'little' if little else 'big'
        i = 0
        for off, code, count, itemsize, packer, unpacker in self._items:
            v = args[i]
            i += 1
            start = offset + off
            if code == 'c':
                if not isinstance(v, bytes) or len(v) != 1:
                    raise error("char format requires a bytes object of length 1")
                buf[start] = v[0]
            elif code == 's' or code == 'p':
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for '%s' must be a bytes object" % code)
                if code == 's':
                    n = min(len(v), count)
                    buf[start:start + n] = v[:n]
                elif count > 0:
                    # Copy up to count - 1 bytes, but the length byte saturates at 255.
                    n = min(len(v), count - 1)
                    buf[start + 1:start + 1 + n] = v[:n]
                    buf[start] = min(n, 255)
            else:
                try:
                    x = packer(v, code, itemsize)
                except _IntOverflow:
                    raise error("int too large to convert") from None
                except OverflowError:
                    if isinstance(v, int):
                        raise error("int too large to convert") from None
                    raise
                buf[start:start + itemsize] = (x & ((1 << (itemsize * 8)) - 1)).to_bytes(itemsize, order)

    def pack(self, *args):
        """S.pack(v1, v2, ...) -> bytes

Return a bytes object containing values v1, v2, ... packed according
to the format string S.format.  See help(struct) for more on format
strings."""
        buf = bytearray(self.size)
        self._pack_to(buf, 0, args, 'pack')
        return bytes(buf)

    def pack_into(self, buffer, offset, *args):
        """S.pack_into(buffer, offset, v1, v2, ...)

Pack the values v1, v2, ... according to the format string S.format
and write the packed bytes into the writable buffer buf starting at
offset.  Note that the offset is a required argument.  See
help(struct) for more on format strings."""
        if len(args) != self._nargs:
            raise error("pack_into expected %d items for packing (got %d)"
                        % (self._nargs, len(args)))
        if not isinstance(buffer, bytearray):
            if isinstance(buffer, (bytes, str)):
                raise TypeError("argument must be read-write bytes-like object, not %s"
                                % type(buffer).__name__)
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(buffer).__name__)
        offset = _index(offset)
        size = self.size
        n = len(buffer)
        if offset < 0:
            if offset + size > 0:
                raise error("no space to pack %d bytes at offset %d" % (size, offset))
            if offset + n < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, n))
            offset += n
        if n - offset < size:
            raise error("pack_into requires a buffer of at least %d bytes for packing "
                        "%d bytes at offset %d (actual buffer size is %d)"
                        % (size + offset, size, offset, n))
        tmp = bytearray(size)
        self._pack_to(tmp, 0, args, 'pack_into')
        buffer[offset:offset + size] = tmp

    def _unpack_at(self, buf, offset):
        order = 'little' if self._little else 'big'
        out = []
        for off, code, count, itemsize, packer, unpacker in self._items:
            start = offset + off
            if code == 'c':
                out.append(bytes(buf[start:start + 1]))
            elif code == 's':
                out.append(bytes(buf[start:start + count]))
            elif code == 'p':
                if count == 0:
                    out.append(b'')
                    continue
                n = buf[start]
                if n >= count:
                    n = count - 1
                out.append(bytes(buf[start + 1:start + 1 + n]))
            else:
                out.append(unpacker(int.from_bytes(buf[start:start + itemsize], order)))
        return tuple(out)

    def unpack(self, buffer):
        """S.unpack(buffer) -> tuple

Return a tuple containing values unpacked according to the format
string S.format.  The buffer's size in bytes must be S.size.  See
help(struct) for more on format strings."""
        buffer = _as_buffer(buffer)
        if len(buffer) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return self._unpack_at(buffer, 0)

    def unpack_from(self, buffer, offset=0):
        """S.unpack_from(buffer, offset=0) -> tuple

Return a tuple containing values unpacked according to the format
string S.format.  The buffer's size in bytes, starting at position
offset, must be at least S.size.  See help(struct) for more on format
strings."""
        buffer = _as_buffer(buffer)
        offset = _index(offset)
        n = len(buffer)
        size = self.size
        if offset < 0:
            if offset + n < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, n))
            offset += n
        if n - offset < size:
            raise error("unpack_from requires a buffer of at least %d bytes for unpacking "
                        "%d bytes at offset %d (actual buffer size is %d)"
                        % (size + offset, size, offset, n))
        return self._unpack_at(buffer, offset)

    def iter_unpack(self, buffer):
        """S.iter_unpack(buffer) -> iterator(tuple)

Return an iterator yielding tuples unpacked from the given bytes
source, like a repeated invocation of unpack_from().  Requires that
the bytes length be a multiple of the struct size."""
        buffer = _as_buffer(buffer)
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(buffer) % self.size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes"
                        % self.size)
        return _UnpackIterator(self, buffer)

    def __repr__(self):
        return '<_struct.Struct object at %#x>' % id(self)


Struct.__module__ = '_struct'


class _UnpackIterator:
    def __init__(self, s, buffer):
        self._s = s
        self._buffer = buffer
        self._offset = 0

    def __iter__(self):
        return self

    def __next__(self):
        s = self._s
        if s is None or self._offset + s.size > len(self._buffer):
            self._s = self._buffer = None
            raise StopIteration
        r = s._unpack_at(self._buffer, self._offset)
        self._offset += s.size
        return r

    def __length_hint__(self):
        if self._s is None:
            return 0
        return (len(self._buffer) - self._offset) // self._s.size


_UnpackIterator.__name__ = _UnpackIterator.__qualname__ = 'unpack_iterator'
_UnpackIterator.__module__ = '_struct'


def _index(v):
    if isinstance(v, int):
        return v
    index = getattr(type(v), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return index(v)


# Module-level functions go through a small cache of compiled formats, like
# _struct.c's cache_struct_converter.
_cache = {}
_MAXCACHE = 100


def _clearcache():
    """Clear the internal cache."""
    _cache.clear()


def _get_struct(fmt):
    key = (type(fmt), fmt) if isinstance(fmt, (str, bytes)) else None
    if key is not None:
        s = _cache.get(key)
        if s is not None:
            return s
    s = Struct(fmt)
    if key is not None:
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = s
    return s


def calcsize(format):
    """Return size in bytes of the struct described by the format string."""
    return _get_struct(format).size


def pack(*args):
    """pack(format, v1, v2, ...) -> bytes

Return a bytes object containing the values v1, v2, ... packed according
to the format string.  See help(struct) for more on format strings."""
    if not args:
        raise TypeError("missing format argument")
    return _get_struct(args[0]).pack(*args[1:])


def pack_into(*args):
    """pack_into(format, buffer, offset, v1, v2, ...)

Pack the values v1, v2, ... according to the format string and write
the packed bytes into the writable buffer buf starting at offset.  Note
that the offset is a required argument.  See help(struct) for more
on format strings."""
    if not args:
        raise TypeError("missing format argument")
    s = _get_struct(args[0])
    if len(args) < 2:
        raise error("pack_into expected buffer argument")
    if len(args) < 3:
        raise error("pack_into expected offset argument")
    return s.pack_into(*args[1:])


def unpack(*args):
    """unpack(format, buffer, /)
Return a tuple containing values unpacked according to the format string.

The buffer's size in bytes must be calcsize(format).

See help(struct) for more on format strings."""
    if len(args) != 2:
        raise TypeError("unpack expected 2 arguments, got %d" % len(args))
    return _get_struct(args[0]).unpack(args[1])


def unpack_from(format, /, buffer, offset=0):
    """Return a tuple containing values unpacked according to the format string.

The buffer's size, minus offset, must be at least calcsize(format).

See help(struct) for more on format strings."""
    return _get_struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    """Return an iterator yielding tuples unpacked from the given bytes.

The bytes are unpacked according to the format string, like
a repeated invocation of unpack_from().

Requires that the bytes length be a multiple of the format struct size."""
    return _get_struct(format).iter_unpack(buffer)
