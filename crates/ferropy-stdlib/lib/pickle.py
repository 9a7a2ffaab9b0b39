"""Create portable serialized representations of Python objects.

See module copyreg for a mechanism for registering custom picklers.
See module pickletools source for extensive comments.

Classes:

    Pickler
    Unpickler

Functions:

    dump(object, file)
    dumps(object) -> string
    load(file) -> object
    loads(bytes) -> object

Misc variables:

    __version__
    format_version
    compatible_formats

"""

# ferropy: adapted from CPython 3.11's Lib/pickle.py and Lib/_compat_pickle.py (PSF
# license). CPython's pickle.dumps/loads are the C accelerator _pickle, so where
# _pickle.c and pickle.py disagree (error messages, reducer_override order, stack
# underflow and truncation errors, recursion depth) this module follows _pickle.c;
# the bytes written are the same in both. Local changes are marked "ferropy:":
#   - no io/re/codecs: an internal bytearray writer/reader replaces io.BytesIO, and
#     raw-unicode-escape and escape decoding are written out here;
#   - _compat_pickle lives in this file (registered in sys.modules like CPython's);
#   - objects whose __reduce_ex__ is object's go through copyreg._object_reduce_ex,
#     because ferropy's object.__reduce_ex__ cannot reduce yet;
#   - no PickleBuffer (ferropy has no memoryview), so out-of-band buffers are
#     unsupported.

from types import FunctionType, ModuleType as _ModuleType
from copyreg import dispatch_table
from copyreg import _extension_registry, _inverted_registry, _extension_cache
import copyreg as _copyreg
from itertools import islice
from functools import partial
import sys
import _thread
from sys import maxsize
from struct import pack, unpack

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads"]

_HAVE_PICKLE_BUFFER = False

# Shortcut for use in isinstance testing
bytes_types = (bytes, bytearray)

# These are purely informational; no code uses these.
format_version = "4.0"                  # File format version we write
compatible_formats = ["1.0",            # Original protocol 0
                      "1.1",            # Protocol 0 with INST added
                      "1.2",            # Original protocol 1
                      "1.3",            # Protocol 1 with BINFLOAT added
                      "2.0",            # Protocol 2
                      "3.0",            # Protocol 3
                      "4.0",            # Protocol 4
                      "5.0",            # Protocol 5
                      ]                 # Old format versions we can read

# This is the highest protocol number we know how to read.
HIGHEST_PROTOCOL = 5

# The protocol we write by default.  May be less than HIGHEST_PROTOCOL.
# Only bump this if the oldest still supported version of Python already
# includes it.
DEFAULT_PROTOCOL = 4

class PickleError(Exception):
    """A common base class for the other pickling exceptions."""
    pass

class PicklingError(PickleError):
    """This exception is raised when an unpicklable object is passed to the
    dump() method.

    """
    pass

class UnpicklingError(PickleError):
    """This exception is raised when there is a problem unpickling an object,
    such as a security violation.

    Note that other exceptions may also be raised during unpickling, including
    (but not necessarily limited to) AttributeError, EOFError, ImportError,
    and IndexError.

    """
    pass

# ferropy: CPython's pickle re-exports these from _pickle, which names them.
PickleError.__module__ = PicklingError.__module__ = UnpicklingError.__module__ = '_pickle'

# Jython has PyStringMap; it's a dict subclass with string keys
PyStringMap = None

# Pickle opcodes.  See pickletools.py for extensive docs.  The listing
# here is in kind-of alphabetical order of 1-character pickle code.
# pickletools groups them by purpose.

MARK           = b'('   # push special markobject on stack
STOP           = b'.'   # every pickle ends with STOP
POP            = b'0'   # discard topmost stack item
POP_MARK       = b'1'   # discard stack top through topmost markobject
DUP            = b'2'   # duplicate top stack item
FLOAT          = b'F'   # push float object; decimal string argument
INT            = b'I'   # push integer or bool; decimal string argument
BININT         = b'J'   # push four-byte signed int
BININT1        = b'K'   # push 1-byte unsigned int
LONG           = b'L'   # push long; decimal string argument
BININT2        = b'M'   # push 2-byte unsigned int
NONE           = b'N'   # push None
PERSID         = b'P'   # push persistent object; id is taken from string arg
BINPERSID      = b'Q'   #  "       "         "  ;  "  "   "     "  stack
REDUCE         = b'R'   # apply callable to argtuple, both on stack
STRING         = b'S'   # push string; NL-terminated string argument
BINSTRING      = b'T'   # push string; counted binary string argument
SHORT_BINSTRING= b'U'   #  "     "   ;    "      "       "      " < 256 bytes
UNICODE        = b'V'   # push Unicode string; raw-unicode-escaped'd argument
BINUNICODE     = b'X'   #   "     "       "  ; counted UTF-8 string argument
APPEND         = b'a'   # append stack top to list below it
BUILD          = b'b'   # call __setstate__ or __dict__.update()
GLOBAL         = b'c'   # push self.find_class(modname, name); 2 string args
DICT           = b'd'   # build a dict from stack items
EMPTY_DICT     = b'}'   # push empty dict
APPENDS        = b'e'   # extend list on stack by topmost stack slice
GET            = b'g'   # push item from memo on stack; index is string arg
BINGET         = b'h'   #   "    "    "    "   "   "  ;   "    " 1-byte arg
INST           = b'i'   # build & push class instance
LONG_BINGET    = b'j'   # push item from memo on stack; index is 4-byte arg
LIST           = b'l'   # build list from topmost stack items
EMPTY_LIST     = b']'   # push empty list
OBJ            = b'o'   # build & push class instance
PUT            = b'p'   # store stack top in memo; index is string arg
BINPUT         = b'q'   #   "     "    "   "   " ;   "    " 1-byte arg
LONG_BINPUT    = b'r'   #   "     "    "   "   " ;   "    " 4-byte arg
SETITEM        = b's'   # add key+value pair to dict
TUPLE          = b't'   # build tuple from topmost stack items
EMPTY_TUPLE    = b')'   # push empty tuple
SETITEMS       = b'u'   # modify dict by adding topmost key+value pairs
BINFLOAT       = b'G'   # push float; arg is 8-byte float encoding

TRUE           = b'I01\n'  # not an opcode; see INT docs in pickletools.py
FALSE          = b'I00\n'  # not an opcode; see INT docs in pickletools.py

# Protocol 2

PROTO          = b'\x80'  # identify pickle protocol
NEWOBJ         = b'\x81'  # build object by applying cls.__new__ to argtuple
EXT1           = b'\x82'  # push object from extension registry; 1-byte index
EXT2           = b'\x83'  # ditto, but 2-byte index
EXT4           = b'\x84'  # ditto, but 4-byte index
TUPLE1         = b'\x85'  # build 1-tuple from stack top
TUPLE2         = b'\x86'  # build 2-tuple from two topmost stack items
TUPLE3         = b'\x87'  # build 3-tuple from three topmost stack items
NEWTRUE        = b'\x88'  # push True
NEWFALSE       = b'\x89'  # push False
LONG1          = b'\x8a'  # push long from < 256 bytes
LONG4          = b'\x8b'  # push really big long

_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

# Protocol 3 (Python 3.x)

BINBYTES       = b'B'   # push bytes; counted binary string argument
SHORT_BINBYTES = b'C'   #  "     "   ;    "      "       "      " < 256 bytes

# Protocol 4

SHORT_BINUNICODE = b'\x8c'  # push short string; UTF-8 length < 256 bytes
BINUNICODE8      = b'\x8d'  # push very long string
BINBYTES8        = b'\x8e'  # push very long bytes string
EMPTY_SET        = b'\x8f'  # push empty set on the stack
ADDITEMS         = b'\x90'  # modify set by adding topmost stack items
FROZENSET        = b'\x91'  # build frozenset from topmost stack items
NEWOBJ_EX        = b'\x92'  # like NEWOBJ but work with keyword only arguments
STACK_GLOBAL     = b'\x93'  # same as GLOBAL but using names on the stacks
MEMOIZE          = b'\x94'  # store top of the stack in memo
FRAME            = b'\x95'  # indicate the beginning of a new frame

# Protocol 5

BYTEARRAY8       = b'\x96'  # push bytearray
NEXT_BUFFER      = b'\x97'  # push next out-of-band buffer
READONLY_BUFFER  = b'\x98'  # make top of stack readonly

# ferropy: CPython filters dir() with re.match("[A-Z][A-Z0-9_]+$", x).
def _is_opcode_name(x):
    return (len(x) > 1 and 'A' <= x[0] <= 'Z'
            and all('A' <= c <= 'Z' or '0' <= c <= '9' or c == '_' for c in x))
__all__.extend([x for x in dir() if _is_opcode_name(x)])
del _is_opcode_name


# ferropy: _compat_pickle, CPython 3.11's Lib/_compat_pickle.py verbatim inside a
# function whose namespace becomes the module.
def _make_compat_pickle():
    IMPORT_MAPPING = {
        '__builtin__' : 'builtins',
        'copy_reg': 'copyreg',
        'Queue': 'queue',
        'SocketServer': 'socketserver',
        'ConfigParser': 'configparser',
        'repr': 'reprlib',
        'tkFileDialog': 'tkinter.filedialog',
        'tkSimpleDialog': 'tkinter.simpledialog',
        'tkColorChooser': 'tkinter.colorchooser',
        'tkCommonDialog': 'tkinter.commondialog',
        'Dialog': 'tkinter.dialog',
        'Tkdnd': 'tkinter.dnd',
        'tkFont': 'tkinter.font',
        'tkMessageBox': 'tkinter.messagebox',
        'ScrolledText': 'tkinter.scrolledtext',
        'Tkconstants': 'tkinter.constants',
        'Tix': 'tkinter.tix',
        'ttk': 'tkinter.ttk',
        'Tkinter': 'tkinter',
        'markupbase': '_markupbase',
        '_winreg': 'winreg',
        'thread': '_thread',
        'dummy_thread': '_dummy_thread',
        'dbhash': 'dbm.bsd',
        'dumbdbm': 'dbm.dumb',
        'dbm': 'dbm.ndbm',
        'gdbm': 'dbm.gnu',
        'xmlrpclib': 'xmlrpc.client',
        'SimpleXMLRPCServer': 'xmlrpc.server',
        'httplib': 'http.client',
        'htmlentitydefs' : 'html.entities',
        'HTMLParser' : 'html.parser',
        'Cookie': 'http.cookies',
        'cookielib': 'http.cookiejar',
        'BaseHTTPServer': 'http.server',
        'test.test_support': 'test.support',
        'commands': 'subprocess',
        'urlparse' : 'urllib.parse',
        'robotparser' : 'urllib.robotparser',
        'urllib2': 'urllib.request',
        'anydbm': 'dbm',
        '_abcoll' : 'collections.abc',
    }


    # This contains rename rules that are easy to handle.  We ignore the more
    # complex stuff (e.g. mapping the names in the urllib and types modules).
    # These rules should be run before import names are fixed.
    NAME_MAPPING = {
        ('__builtin__', 'xrange'):     ('builtins', 'range'),
        ('__builtin__', 'reduce'):     ('functools', 'reduce'),
        ('__builtin__', 'intern'):     ('sys', 'intern'),
        ('__builtin__', 'unichr'):     ('builtins', 'chr'),
        ('__builtin__', 'unicode'):    ('builtins', 'str'),
        ('__builtin__', 'long'):       ('builtins', 'int'),
        ('itertools', 'izip'):         ('builtins', 'zip'),
        ('itertools', 'imap'):         ('builtins', 'map'),
        ('itertools', 'ifilter'):      ('builtins', 'filter'),
        ('itertools', 'ifilterfalse'): ('itertools', 'filterfalse'),
        ('itertools', 'izip_longest'): ('itertools', 'zip_longest'),
        ('UserDict', 'IterableUserDict'): ('collections', 'UserDict'),
        ('UserList', 'UserList'): ('collections', 'UserList'),
        ('UserString', 'UserString'): ('collections', 'UserString'),
        ('whichdb', 'whichdb'): ('dbm', 'whichdb'),
        ('_socket', 'fromfd'): ('socket', 'fromfd'),
        ('_multiprocessing', 'Connection'): ('multiprocessing.connection', 'Connection'),
        ('multiprocessing.process', 'Process'): ('multiprocessing.context', 'Process'),
        ('multiprocessing.forking', 'Popen'): ('multiprocessing.popen_fork', 'Popen'),
        ('urllib', 'ContentTooShortError'): ('urllib.error', 'ContentTooShortError'),
        ('urllib', 'getproxies'): ('urllib.request', 'getproxies'),
        ('urllib', 'pathname2url'): ('urllib.request', 'pathname2url'),
        ('urllib', 'quote_plus'): ('urllib.parse', 'quote_plus'),
        ('urllib', 'quote'): ('urllib.parse', 'quote'),
        ('urllib', 'unquote_plus'): ('urllib.parse', 'unquote_plus'),
        ('urllib', 'unquote'): ('urllib.parse', 'unquote'),
        ('urllib', 'url2pathname'): ('urllib.request', 'url2pathname'),
        ('urllib', 'urlcleanup'): ('urllib.request', 'urlcleanup'),
        ('urllib', 'urlencode'): ('urllib.parse', 'urlencode'),
        ('urllib', 'urlopen'): ('urllib.request', 'urlopen'),
        ('urllib', 'urlretrieve'): ('urllib.request', 'urlretrieve'),
        ('urllib2', 'HTTPError'): ('urllib.error', 'HTTPError'),
        ('urllib2', 'URLError'): ('urllib.error', 'URLError'),
    }

    PYTHON2_EXCEPTIONS = (
        "ArithmeticError",
        "AssertionError",
        "AttributeError",
        "BaseException",
        "BufferError",
        "BytesWarning",
        "DeprecationWarning",
        "EOFError",
        "EnvironmentError",
        "Exception",
        "FloatingPointError",
        "FutureWarning",
        "GeneratorExit",
        "IOError",
        "ImportError",
        "ImportWarning",
        "IndentationError",
        "IndexError",
        "KeyError",
        "KeyboardInterrupt",
        "LookupError",
        "MemoryError",
        "NameError",
        "NotImplementedError",
        "OSError",
        "OverflowError",
        "PendingDeprecationWarning",
        "ReferenceError",
        "RuntimeError",
        "RuntimeWarning",
        # StandardError is gone in Python 3, so we map it to Exception
        "StopIteration",
        "SyntaxError",
        "SyntaxWarning",
        "SystemError",
        "SystemExit",
        "TabError",
        "TypeError",
        "UnboundLocalError",
        "UnicodeDecodeError",
        "UnicodeEncodeError",
        "UnicodeError",
        "UnicodeTranslateError",
        "UnicodeWarning",
        "UserWarning",
        "ValueError",
        "Warning",
        "ZeroDivisionError",
    )

    try:
        WindowsError
    except NameError:
        pass
    else:
        PYTHON2_EXCEPTIONS += ("WindowsError",)

    for excname in PYTHON2_EXCEPTIONS:
        NAME_MAPPING[("exceptions", excname)] = ("builtins", excname)

    MULTIPROCESSING_EXCEPTIONS = (
        'AuthenticationError',
        'BufferTooShort',
        'ProcessError',
        'TimeoutError',
    )

    for excname in MULTIPROCESSING_EXCEPTIONS:
        NAME_MAPPING[("multiprocessing", excname)] = ("multiprocessing.context", excname)

    # Same, but for 3.x to 2.x
    REVERSE_IMPORT_MAPPING = dict((v, k) for (k, v) in IMPORT_MAPPING.items())
    assert len(REVERSE_IMPORT_MAPPING) == len(IMPORT_MAPPING)
    REVERSE_NAME_MAPPING = dict((v, k) for (k, v) in NAME_MAPPING.items())
    assert len(REVERSE_NAME_MAPPING) == len(NAME_MAPPING)

    # Non-mutual mappings.

    IMPORT_MAPPING.update({
        'cPickle': 'pickle',
        '_elementtree': 'xml.etree.ElementTree',
        'FileDialog': 'tkinter.filedialog',
        'SimpleDialog': 'tkinter.simpledialog',
        'DocXMLRPCServer': 'xmlrpc.server',
        'SimpleHTTPServer': 'http.server',
        'CGIHTTPServer': 'http.server',
        # For compatibility with broken pickles saved in old Python 3 versions
        'UserDict': 'collections',
        'UserList': 'collections',
        'UserString': 'collections',
        'whichdb': 'dbm',
        'StringIO':  'io',
        'cStringIO': 'io',
    })

    REVERSE_IMPORT_MAPPING.update({
        '_bz2': 'bz2',
        '_dbm': 'dbm',
        '_functools': 'functools',
        '_gdbm': 'gdbm',
        '_pickle': 'pickle',
    })

    NAME_MAPPING.update({
        ('__builtin__', 'basestring'): ('builtins', 'str'),
        ('exceptions', 'StandardError'): ('builtins', 'Exception'),
        ('UserDict', 'UserDict'): ('collections', 'UserDict'),
        ('socket', '_socketobject'): ('socket', 'SocketType'),
    })

    REVERSE_NAME_MAPPING.update({
        ('_functools', 'reduce'): ('__builtin__', 'reduce'),
        ('tkinter.filedialog', 'FileDialog'): ('FileDialog', 'FileDialog'),
        ('tkinter.filedialog', 'LoadFileDialog'): ('FileDialog', 'LoadFileDialog'),
        ('tkinter.filedialog', 'SaveFileDialog'): ('FileDialog', 'SaveFileDialog'),
        ('tkinter.simpledialog', 'SimpleDialog'): ('SimpleDialog', 'SimpleDialog'),
        ('xmlrpc.server', 'ServerHTMLDoc'): ('DocXMLRPCServer', 'ServerHTMLDoc'),
        ('xmlrpc.server', 'XMLRPCDocGenerator'):
            ('DocXMLRPCServer', 'XMLRPCDocGenerator'),
        ('xmlrpc.server', 'DocXMLRPCRequestHandler'):
            ('DocXMLRPCServer', 'DocXMLRPCRequestHandler'),
        ('xmlrpc.server', 'DocXMLRPCServer'):
            ('DocXMLRPCServer', 'DocXMLRPCServer'),
        ('xmlrpc.server', 'DocCGIXMLRPCRequestHandler'):
            ('DocXMLRPCServer', 'DocCGIXMLRPCRequestHandler'),
        ('http.server', 'SimpleHTTPRequestHandler'):
            ('SimpleHTTPServer', 'SimpleHTTPRequestHandler'),
        ('http.server', 'CGIHTTPRequestHandler'):
            ('CGIHTTPServer', 'CGIHTTPRequestHandler'),
        ('_socket', 'socket'): ('socket', '_socketobject'),
    })

    PYTHON3_OSERROR_EXCEPTIONS = (
        'BrokenPipeError',
        'ChildProcessError',
        'ConnectionAbortedError',
        'ConnectionError',
        'ConnectionRefusedError',
        'ConnectionResetError',
        'FileExistsError',
        'FileNotFoundError',
        'InterruptedError',
        'IsADirectoryError',
        'NotADirectoryError',
        'PermissionError',
        'ProcessLookupError',
        'TimeoutError',
    )

    for excname in PYTHON3_OSERROR_EXCEPTIONS:
        REVERSE_NAME_MAPPING[('builtins', excname)] = ('exceptions', 'OSError')

    PYTHON3_IMPORTERROR_EXCEPTIONS = (
        'ModuleNotFoundError',
    )

    for excname in PYTHON3_IMPORTERROR_EXCEPTIONS:
        REVERSE_NAME_MAPPING[('builtins', excname)] = ('exceptions', 'ImportError')
    del excname
    module = _ModuleType('_compat_pickle')
    for key, value in list(locals().items()):
        if key.isupper():
            setattr(module, key, value)
    return module

_compat_pickle = sys.modules.get('_compat_pickle')
if _compat_pickle is None:
    _compat_pickle = sys.modules['_compat_pickle'] = _make_compat_pickle()
del _make_compat_pickle


# ferropy: stand-ins for the C modules CPython's pickles name but ferropy lacks.
# bytes are pickled with protocols 0-2 as _codecs.encode(str, 'latin1').

def _codecs_encode(obj, encoding='utf-8', errors='strict'):
    return obj.encode(encoding, errors)

_codecs_encode.__name__ = _codecs_encode.__qualname__ = 'encode'
_codecs_encode.__module__ = '_codecs'

_STANDIN_MODULES = {}

def _standin(name, **attrs):
    module = _ModuleType(name)
    for key, value in attrs.items():
        setattr(module, key, value)
    _STANDIN_MODULES[name] = module

_standin('_codecs', encode=_codecs_encode)


def _import_module(name):
    """PyImport_Import(name): import and return sys.modules[name], falling back to a
    stand-in when ferropy has no such module."""
    try:
        __import__(name, level=0)
    except ImportError:
        module = _STANDIN_MODULES.get(name)
        if module is None:
            raise
        return module
    return sys.modules[name]


def _get_codecs_encode():
    try:
        return _import_module('_codecs').encode
    except (ImportError, AttributeError):
        return _codecs_encode


# ferropy: in-memory file for dumps() (instead of io.BytesIO).

class _BytesWriter:
    __slots__ = ('_buf',)

    def __init__(self):
        self._buf = bytearray()

    def write(self, data):
        self._buf += data
        return len(data)

    def tell(self):
        return len(self._buf)

    def getvalue(self):
        return bytes(self._buf)


class _Framer:
    # ferropy: like _pickle.c, output is buffered and handed to the file's write()
    # once per dump(), once per full 64 KiB frame, and around each payload too
    # large for a frame; pickle.py calls write() for every opcode instead.

    _FRAME_SIZE_MIN = 4
    _FRAME_SIZE_TARGET = 64 * 1024

    def __init__(self, file_write):
        self.file_write = file_write
        self.current_frame = None
        self.pending = _BytesWriter()

    def start_framing(self):
        self.current_frame = _BytesWriter()

    def end_framing(self):
        if self.current_frame and self.current_frame.tell() > 0:
            self.commit_frame(force=True)
            self.current_frame = None

    def commit_frame(self, force=False):
        if self.current_frame:
            f = self.current_frame
            if f.tell() >= self._FRAME_SIZE_TARGET or force:
                data = f.getvalue()
                if len(data) >= self._FRAME_SIZE_MIN:
                    self.pending.write(FRAME + len(data).to_bytes(8, 'little'))
                self.pending.write(data)
                self.current_frame = _BytesWriter()
                if not force:
                    self.flush()

    def write(self, data):
        if self.current_frame:
            return self.current_frame.write(data)
        else:
            return self.pending.write(data)

    def write_large_bytes(self, header, payload):
        if self.current_frame:
            # Terminate the current frame and flush it to the file.
            self.commit_frame(force=True)

        # Perform direct write of the payload, after everything before it.
        # We intentionally do not insert a protocol 4 frame opcode to make
        # it possible to optimize file.read calls in the loader.
        self.pending.write(header)
        self.flush()
        self.file_write(payload)

    def flush(self):
        if self.pending.tell():
            data = self.pending.getvalue()
            self.pending = _BytesWriter()
            self.file_write(data)


# Tools used for pickling.

def _getattribute(obj, name):
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}"
                                 .format(name, obj))
        try:
            parent = obj
            obj = getattr(obj, subpath)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}"
                                 .format(name, obj)) from None
    return obj, parent

def whichmodule(obj, name):
    """Find the module an object belong to."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    # Protect the iteration by using a list copy of sys.modules against dynamic
    # modules that trigger imports of other modules upon calls to getattr.
    modules = list(sys.modules.items())
    # ferropy: builtin functions have no __module__ yet; most of them live in
    # builtins, so look there first.
    builtins_module = sys.modules.get('builtins')
    if builtins_module is not None:
        modules.insert(0, ('builtins', builtins_module))
    for module_name, module in modules:
        if (module_name == '__main__'
            or module_name == '__mp_main__'  # bpo-42406
            or module is None):
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'

def encode_long(x):
    r"""Encode a long to a two's complement little-endian binary string.
    Note that 0 is a special case, returning an empty string, to save a
    byte in the LONG1 pickling context.

    >>> encode_long(0)
    b''
    >>> encode_long(255)
    b'\xff\x00'
    >>> encode_long(32767)
    b'\xff\x7f'
    >>> encode_long(-256)
    b'\x00\xff'
    >>> encode_long(-32768)
    b'\x00\x80'
    >>> encode_long(-128)
    b'\x80'
    >>> encode_long(127)
    b'\x7f'
    >>>
    """
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result

def decode_long(data):
    r"""Decode a long from a two's complement little-endian binary string.

    >>> decode_long(b'')
    0
    >>> decode_long(b"\xff\x00")
    255
    >>> decode_long(b"\xff\x7f")
    32767
    >>> decode_long(b"\x00\xff")
    -256
    >>> decode_long(b"\x00\x80")
    -32768
    >>> decode_long(b"\x80")
    -128
    >>> decode_long(b"\x7f")
    127
    """
    return int.from_bytes(data, byteorder='little', signed=True)


# ferropy: text codecs ferropy's str/bytes do not implement yet.

def _encode_utf8(s):
    try:
        return s.encode('utf-8')
    except UnicodeEncodeError:
        return s.encode('utf-8', 'surrogatepass')


def _decode_utf8(b):
    try:
        return str(b, 'utf-8')
    except UnicodeDecodeError:
        try:
            return str(b, 'utf-8', 'surrogatepass')
        except LookupError:
            pass
        raise


def _encode_raw_unicode_escape(s):
    """str.encode('raw-unicode-escape'): Latin-1, with \\uXXXX / \\UXXXXXXXX above it."""
    try:
        return s.encode('latin-1')
    except UnicodeEncodeError:
        pass
    out = bytearray()
    for ch in s:
        c = ord(ch)
        if c < 0x100:
            out.append(c)
        elif c < 0x10000:
            out += b'\\u%04x' % c
        else:
            out += b'\\U%08x' % c
    return bytes(out)


_HEXDIGITS = frozenset(b'0123456789abcdefABCDEF')


def _decode_raw_unicode_escape(b):
    """bytes.decode('raw-unicode-escape') (_PyUnicode_DecodeRawUnicodeEscape)."""
    b = bytes(b)
    if b'\\' not in b:
        return b.decode('latin-1')
    # Walk the bytes with a list and an index: ferropy copies a whole bytes
    # object on every subscript, so b[i] in a loop would be quadratic.
    data = list(b)
    n = len(data)
    out = []
    i = 0
    while i < n:
        c = data[i]
        i += 1
        if c != 0x5c or i >= n:
            out.append(chr(c))
            continue
        c = data[i]
        i += 1
        if c == 0x75:       # 'u'
            count = 4
            message = "truncated \\uXXXX escape"
        elif c == 0x55:     # 'U'
            count = 8
            message = "truncated \\UXXXXXXXX escape"
        else:
            out.append('\\')
            out.append(chr(c))
            continue
        start = i - 2
        end = i
        value = 0
        while end < n and end - i < count and data[end] in _HEXDIGITS:
            value = value * 16 + int(chr(data[end]), 16)
            end += 1
        if end - i < count:
            raise UnicodeDecodeError('rawunicodeescape', b, start, end, message)
        if value > 0x10ffff:
            raise UnicodeDecodeError('rawunicodeescape', b, start, end,
                                     "\\Uxxxxxxxx out of range")
        out.append(chr(value))
        i = end
    return ''.join(out)


_SIMPLE_ESCAPES = {0x0a: None, 0x5c: 0x5c, 0x27: 0x27, 0x22: 0x22, 0x62: 8, 0x66: 12,
                   0x74: 9, 0x6e: 10, 0x72: 13, 0x76: 11, 0x61: 7}


def _escape_decode(b):
    """codecs.escape_decode (PyBytes_DecodeEscape) for the STRING opcode."""
    b = bytes(b)
    if b'\\' not in b:
        return b
    data = list(b)
    n = len(data)
    out = bytearray()
    i = 0
    while i < n:
        c = data[i]
        i += 1
        if c != 0x5c:
            out.append(c)
            continue
        if i >= n:
            raise ValueError("Trailing \\ in string")
        c = data[i]
        i += 1
        if c in _SIMPLE_ESCAPES:
            if _SIMPLE_ESCAPES[c] is not None:
                out.append(_SIMPLE_ESCAPES[c])
        elif 0x30 <= c <= 0x37:
            value = c - 0x30
            for _ in range(2):
                if i < n and 0x30 <= data[i] <= 0x37:
                    value = value * 8 + data[i] - 0x30
                    i += 1
            out.append(value & 0xff)
        elif c == 0x78:     # 'x'
            if i + 1 < n and data[i] in _HEXDIGITS and data[i + 1] in _HEXDIGITS:
                out.append(int(chr(data[i]) + chr(data[i + 1]), 16))
                i += 2
            else:
                raise ValueError("invalid \\x escape at position %d" % (i - 2))
        else:
            out.append(0x5c)
            out.append(c)
    return bytes(out)


def _index(v):
    if isinstance(v, int):
        return v
    index = getattr(type(v), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__)
    return index(v)


_BuiltinFunctionType = type(len)
_BUILTINS_NAME = ''.join(['built', 'ins'])

# ferropy: object.__reduce_ex__ as it would be bound; pickle routes objects whose
# class inherits it to copyreg._object_reduce_ex.
_object_reduce_ex = getattr(object, '__reduce_ex__', None)

# Pickling machinery

class _Pickler:

    def __init__(self, file, protocol=None, *, fix_imports=True,
                 buffer_callback=None):
        """This takes a binary file for writing a pickle data stream.

        The optional *protocol* argument tells the pickler to use the
        given protocol; supported protocols are 0, 1, 2, 3, 4 and 5.
        The default protocol is 4. It was introduced in Python 3.4, and
        is incompatible with previous versions.

        Specifying a negative protocol version selects the highest
        protocol version supported.  The higher the protocol used, the
        more recent the version of Python needed to read the pickle
        produced.

        The *file* argument must have a write() method that accepts a
        single bytes argument. It can thus be a file object opened for
        binary writing, an io.BytesIO instance, or any other custom
        object that meets this interface.

        If *fix_imports* is True and *protocol* is less than 3, pickle
        will try to map the new Python 3 names to the old module names
        used in Python 2, so that the pickle data stream is readable
        with Python 2.

        If *buffer_callback* is None (the default), buffer views are
        serialized into *file* as part of the pickle stream.

        If *buffer_callback* is not None, then it can be called any number
        of times with a buffer view.  If the callback returns a false value
        (such as None), the given buffer is out-of-band; otherwise the
        buffer is serialized in-band, i.e. inside the pickle stream.

        It is an error if *buffer_callback* is not None and *protocol*
        is None or smaller than 5.
        """
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        protocol = _index(protocol)
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._buffer_callback = buffer_callback
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.framer = _Framer(self._file_write)
        self.write = self.framer.write
        self._write_large_bytes = self.framer.write_large_bytes
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self._persistent_id = self._reducer_override = None
        self._dispatch_table = dispatch_table
        self._depth = 0
        self._max_depth = sys.getrecursionlimit()

    def clear_memo(self):
        """Clears the pickler's "memo".

        The memo is the data structure that remembers which objects the
        pickler has already seen, so that shared or recursive objects
        are pickled by reference and not by value.  This method is
        useful when re-using picklers.
        """
        self.memo.clear()

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        # Check whether Pickler was initialized correctly. This is
        # only needed to mimic the behavior of _pickle.Pickler.dump().
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by "
                                "%s.__init__()" % (self.__class__.__name__,))
        # ferropy: like _pickle.c, look the hooks up once per dump.
        self._persistent_id = getattr(self, 'persistent_id', None)
        self._reducer_override = getattr(self, 'reducer_override', None)
        self._dispatch_table = getattr(self, 'dispatch_table', dispatch_table)
        # ferropy: _pickle.c counts nested save() calls against the recursion
        # limit ("maximum recursion depth exceeded while pickling an object"),
        # each costing one C level, while this pure-Python save() costs several
        # frames. Count levels like _pickle.c does, against the limit in force
        # when the outermost dump() started, and give the frames room meanwhile.
        limit = _enter_dump()
        self._depth = 0
        # The caller's frames count too; assume dump() is called from module level.
        self._max_depth = limit - 2
        try:
            if self.proto >= 2:
                self.write(PROTO + bytes((self.proto,)))
            if self.proto >= 4:
                self.framer.start_framing()
            self.save(obj)
            self.write(STOP)
            self.framer.end_framing()
            self.framer.flush()
        finally:
            _leave_dump()

    def memoize(self, obj):
        """Store an object in the memo."""

        # The Pickler memo is a dictionary mapping object ids to 2-tuples
        # that contain the Unpickler memo key and the object being memoized.
        # The memo key is written to the pickle and will become
        # the key in the Unpickler's memo.  The object is stored in the
        # Pickler memo so that transient objects are kept alive during
        # pickling.

        # The use of the Unpickler memo length as the memo key is just a
        # convention.  The only requirement is that the memo values be unique.
        # But there appears no advantage to any other scheme, and this
        # scheme allows the Unpickler memo to be implemented as a plain (but
        # growable) array, indexed by memo key.
        if self.fast:
            return
        assert id(obj) not in self.memo
        idx = len(self.memo)
        self.write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    # Return a PUT (BINPUT, LONG_BINPUT) opcode string, with argument i.
    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        elif self.bin:
            if idx < 256:
                return BINPUT + bytes((idx,))
            else:
                return LONG_BINPUT + idx.to_bytes(4, 'little')
        else:
            return PUT + repr(idx).encode("ascii") + b'\n'

    # Return a GET (BINGET, LONG_BINGET) opcode string, with argument i.
    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + bytes((i,))
            else:
                return LONG_BINGET + i.to_bytes(4, 'little')

        return GET + repr(i).encode("ascii") + b'\n'

    def save(self, obj, save_persistent_id=True):
        # ferropy: the order of the checks is _pickle.c's save().
        self.framer.commit_frame()

        # Check for persistent id (defined by a subclass)
        if save_persistent_id and self._persistent_id is not None:
            pid = self._persistent_id(obj)
            if pid is not None:
                self.save_pers(pid)
                return

        t = type(obj)
        # Atoms are not memoized.
        if obj is None or t is bool or t is int or t is float:
            self.dispatch[t](self, obj)
            return

        # Check the memo
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return

        if t is str or t is bytes:
            self.dispatch[t](self, obj)
            return

        # Containers and reductions count against the recursion limit.
        self._depth += 1
        try:
            if self._depth > self._max_depth:
                raise RecursionError("maximum recursion depth exceeded "
                                     "while pickling an object")
            self._save_other(obj, t)
        finally:
            self._depth -= 1

    def _save_other(self, obj, t):
        # Check the type dispatch table
        f = self.dispatch.get(t)
        if f is not None and t is not type and t is not FunctionType:
            f(self, obj)  # Call unbound method with explicit self
            return

        rv = NotImplemented
        reduce = self._reducer_override
        if reduce is not None:
            rv = reduce(obj)

        if rv is NotImplemented:
            if f is not None:
                f(self, obj)
                return

            # Check private dispatch table if any, or else
            # copyreg.dispatch_table
            reduce = self._dispatch_table.get(t)
            if reduce is not None:
                rv = reduce(obj)
            else:
                # Check for a class with a custom metaclass; treat as regular
                # class
                if issubclass(t, type):
                    self.save_global(obj)
                    return

                # Check for a __reduce_ex__ method, fall back to __reduce__
                reduce = getattr(obj, "__reduce_ex__", None)
                if reduce is not None:
                    # ferropy: object.__reduce_ex__ is computed in copyreg.
                    if getattr(t, "__reduce_ex__", None) is _object_reduce_ex:
                        rv = _copyreg._object_reduce_ex(obj, self.proto)
                    else:
                        rv = reduce(self.proto)
                else:
                    reduce = getattr(obj, "__reduce__", None)
                    if reduce is not None:
                        rv = reduce()
                    else:
                        raise PicklingError("can't pickle '%.200s' object: %r" %
                                            (t.__name__, obj))

        # Check for string returned by reduce(), meaning "save as global"
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return

        # Assert that reduce() returned a tuple
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")

        # Assert that it returned an appropriately sized tuple
        l = len(rv)
        if not (2 <= l <= 6):
            raise PicklingError("tuple returned by __reduce__ "
                                "must contain 2 through 6 elements")

        # Save the reduce() output and finally memoize the object
        self._save_reduce_checked(obj, *rv)

    def save_pers(self, pid):
        # Save a persistent id reference
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                self.write(PERSID + str(pid).encode("ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError(
                    "persistent IDs in protocol 0 must be ASCII strings")

    def _save_reduce_checked(self, obj, func, args, state=None, listitems=None,
                             dictitems=None, state_setter=None):
        # ferropy: the checks and messages of _pickle.c's save_reduce().
        if not callable(func):
            raise PicklingError("first item of the tuple returned by "
                                "__reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by "
                                "__reduce__ must be a tuple")
        if listitems is not None and not hasattr(type(listitems), '__next__'):
            raise PicklingError("fourth element of the tuple returned by "
                                "__reduce__ must be an iterator, not %s"
                                % type(listitems).__name__)
        if dictitems is not None and not hasattr(type(dictitems), '__next__'):
            raise PicklingError("fifth element of the tuple returned by "
                                "__reduce__ must be an iterator, not %s"
                                % type(dictitems).__name__)
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by "
                                "__reduce__ must be a function, not %s"
                                % type(state_setter).__name__)
        self.save_reduce(func, args, state, listitems, dictitems, state_setter,
                         obj=obj)

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        # This API is called by some subclasses

        if not isinstance(args, tuple):
            raise PicklingError("args from save_reduce() must be a tuple")
        if not callable(func):
            raise PicklingError("func from save_reduce() must be callable")

        save = self.save
        write = self.write

        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            # ferropy: _pickle.c's checks.
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple must be "
                                    "exactly 3, not %d" % len(args))
            cls, args, kwargs = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument tuple must "
                                    "be a class, not %.200s" % type(cls).__name__)
            if not isinstance(args, tuple):
                raise PicklingError("second item from NEWOBJ_EX argument tuple must "
                                    "be a tuple, not %.200s" % type(args).__name__)
            if not isinstance(kwargs, dict):
                raise PicklingError("third item from NEWOBJ_EX argument tuple must "
                                    "be a dict, not %.200s" % type(kwargs).__name__)
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                func = partial(cls.__new__, cls, *args, **kwargs)
                save(func)
                save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            # A __reduce__ implementation can direct protocol 2 or newer to
            # use the more efficient NEWOBJ opcode, while still
            # allowing protocol 0 and 1 to work normally.  For this to
            # work, the function returned by __reduce__ should be
            # called __newobj__, and its first argument should be a
            # class.  The implementation for __newobj__
            # should be as follows, although pickle has no way to
            # verify this:
            #
            # def __newobj__(cls, *args):
            #     return cls.__new__(cls, *args)
            #
            # Protocols 0 and 1 will pickle a reference to __newobj__,
            # while protocol 2 (and above) will pickle a reference to
            # cls, the remaining args tuple, and the NEWOBJ code,
            # which calls cls.__new__(cls, *args) at unpickling time
            # (see load_newobj below).  If __reduce__ returns a
            # three-tuple, the state from the third tuple item will be
            # pickled regardless of the protocol, calling __setstate__
            # at unpickling time (see load_build below).
            #
            # Note that no standard __newobj__ implementation exists;
            # you have to provide your own.  This is to enforce
            # compatibility with Python 2.2 (pickles written using
            # protocol 0 or 1 in Python 2.3 should be unpicklable by
            # Python 2.2).
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and cls is not getattr(obj, '__class__', type(obj)):
                raise PicklingError(
                    "args[0] from __newobj__ args has the wrong class")
            args = args[1:]
            save(cls)
            save(args)
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)

        if obj is not None:
            # If the object is already in the memo, this means it is
            # recursive. In this case, throw away everything we put on the
            # stack, and fetch the object back from the memo.
            if id(obj) in self.memo:
                write(POP + self.get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)

        # More new special cases (that work with older protocols as
        # well): when __reduce__ returns a tuple with 4 or 5 items,
        # the 4th and 5th item should be iterators that provide list
        # items and dict items (as (key, value) tuples), or None.

        if listitems is not None:
            self._batch_appends(listitems)

        if dictitems is not None:
            self._batch_setitems(dictitems)

        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                # If a state_setter is specified, call it instead of load_build
                # to update obj's with its previous state.
                # First, push state_setter and its tuple of expected arguments
                # (obj, state) onto the stack.
                save(state_setter)
                save(obj)  # simple BINGET opcode as obj is already memoized.
                save(state)
                write(TUPLE2)
                # Trigger a state_setter(obj, state) function call.
                write(REDUCE)
                # The purpose of state_setter is to carry-out an
                # inplace modification of obj. We do not care about what the
                # method might return, so its output is eventually removed from
                # the stack.
                write(POP)

    # Methods below this point are dispatched through the dispatch table

    dispatch = {}

    def save_none(self, obj):
        self.write(NONE)
    dispatch[type(None)] = save_none

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)
    dispatch[bool] = save_bool

    def save_long(self, obj):
        if self.bin:
            # If the int is small enough to fit in a signed 4-byte 2's-comp
            # format, we can store it more efficiently than the general
            # case.
            # First one- and two-byte unsigned ints:
            if obj >= 0:
                if obj <= 0xff:
                    self.write(BININT1 + bytes((obj,)))
                    return
                if obj <= 0xffff:
                    self.write(BININT2 + obj.to_bytes(2, 'little'))
                    return
            # Next check for 4-byte signed ints:
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + obj.to_bytes(4, 'little', signed=True))
                return
        if self.proto >= 2:
            encoded = encode_long(obj)
            n = len(encoded)
            if n < 256:
                self.write(LONG1 + bytes((n,)) + encoded)
            else:
                self.write(LONG4 + n.to_bytes(4, 'little', signed=True) + encoded)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(INT + repr(obj).encode("ascii") + b'\n')
        else:
            self.write(LONG + repr(obj).encode("ascii") + b'L\n')
    dispatch[int] = save_long

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack('>d', obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b'\n')
    dispatch[float] = save_float

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj: # bytes object is empty
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_get_codecs_encode(),
                                 (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + bytes((n,)) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large_bytes(BINBYTES8 + n.to_bytes(8, 'little'), obj)
        elif n >= self.framer._FRAME_SIZE_TARGET:
            self._write_large_bytes(BINBYTES + n.to_bytes(4, 'little'), obj)
        else:
            self.write(BINBYTES + n.to_bytes(4, 'little') + obj)
        self.memoize(obj)
    dispatch[bytes] = save_bytes

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:  # bytearray is empty
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        n = len(obj)
        if n >= self.framer._FRAME_SIZE_TARGET:
            self._write_large_bytes(BYTEARRAY8 + n.to_bytes(8, 'little'), bytes(obj))
        else:
            self.write(BYTEARRAY8 + n.to_bytes(8, 'little') + obj)
        self.memoize(obj)
    dispatch[bytearray] = save_bytearray

    def save_str(self, obj):
        if self.bin:
            encoded = _encode_utf8(obj)
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + bytes((n,)) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large_bytes(BINUNICODE8 + n.to_bytes(8, 'little'), encoded)
            elif n >= self.framer._FRAME_SIZE_TARGET:
                self._write_large_bytes(BINUNICODE + n.to_bytes(4, 'little'), encoded)
            else:
                self.write(BINUNICODE + n.to_bytes(4, 'little') + encoded)
        else:
            tmp = obj.replace("\\", "\\u005c")
            tmp = tmp.replace("\0", "\\u0000")
            tmp = tmp.replace("\n", "\\u000a")
            tmp = tmp.replace("\r", "\\u000d")
            tmp = tmp.replace("\x1a", "\\u001a")  # EOF on DOS
            self.write(UNICODE + _encode_raw_unicode_escape(tmp) + b'\n')
        self.memoize(obj)
    dispatch[str] = save_str

    def save_tuple(self, obj):
        if not obj: # tuple is empty
            if self.bin:
                self.write(EMPTY_TUPLE)
            else:
                self.write(MARK + TUPLE)
            return

        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            # Subtle.  Same as in the big comment below.
            if id(obj) in memo:
                get = self.get(memo[id(obj)][0])
                self.write(POP * n + get)
            else:
                self.write(_tuplesize2code[n])
                self.memoize(obj)
            return

        # proto 0 or proto 1 and tuple isn't empty, or proto > 1 and tuple
        # has more than 3 elements.
        write = self.write
        write(MARK)
        for element in obj:
            save(element)

        if id(obj) in memo:
            # Subtle.  d was not in memo when we entered save_tuple(), so
            # the process of saving the tuple's elements must have saved
            # the tuple itself:  the tuple is recursive.  The proper action
            # now is to throw away everything we put on the stack, and
            # simply GET the tuple (it's already constructed).  This check
            # could have been done in the "for element" loop instead, but
            # recursive tuples are a rare thing.
            get = self.get(memo[id(obj)][0])
            if self.bin:
                write(POP_MARK + get)
            else:   # proto 0 -- POP_MARK not available
                write(POP * (n+1) + get)
            return

        # No recursion.
        write(TUPLE)
        self.memoize(obj)

    dispatch[tuple] = save_tuple

    def save_list(self, obj):
        if self.bin:
            self.write(EMPTY_LIST)
        else:   # proto 0 -- can't use EMPTY_LIST
            self.write(MARK + LIST)

        self.memoize(obj)
        if not obj:
            return
        # ferropy: _pickle.c's save_list is one more level of recursion.
        self._depth += 1
        try:
            if self.bin and type(obj) is list:
                self._batch_appends_exact(obj)
            else:
                self._batch_appends(obj)
        finally:
            self._depth -= 1

    dispatch[list] = save_list

    _BATCHSIZE = 1000

    def _batch_appends_exact(self, obj):
        # ferropy: _pickle.c's batch_list_exact(): only a one-item list uses
        # APPEND; a last batch of one item is still MARK item APPENDS.
        save = self.save
        write = self.write
        if len(obj) == 1:
            save(obj[0])
            write(APPEND)
            return
        total = 0
        while True:
            write(MARK)
            this_batch = 0
            while total < len(obj):
                save(obj[total])
                total += 1
                this_batch += 1
                if this_batch == self._BATCHSIZE:
                    break
            write(APPENDS)
            if total >= len(obj):
                return

    def _batch_appends(self, items):
        # Helper to batch up APPENDS sequences
        save = self.save
        write = self.write

        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return

        it = iter(items)
        while True:
            tmp = list(islice(it, self._BATCHSIZE))
            n = len(tmp)
            if n > 1:
                write(MARK)
                for x in tmp:
                    save(x)
                write(APPENDS)
            elif n:
                save(tmp[0])
                write(APPEND)
            # else tmp is empty, and we're done
            if n < self._BATCHSIZE:
                return

    def save_dict(self, obj):
        if self.bin:
            self.write(EMPTY_DICT)
        else:   # proto 0 -- can't use EMPTY_DICT
            self.write(MARK + DICT)

        self.memoize(obj)
        if not obj:
            return
        # ferropy: _pickle.c's save_dict is one more level of recursion.
        self._depth += 1
        try:
            if self.bin and type(obj) is dict:
                self._batch_setitems_exact(obj)
            else:
                self._batch_setitems(obj.items())
        finally:
            self._depth -= 1

    dispatch[dict] = save_dict

    def _batch_setitems_exact(self, obj):
        # ferropy: _pickle.c's batch_dict_exact(), which ends a dict of a multiple
        # of _BATCHSIZE items with an empty MARK SETITEMS batch.
        save = self.save
        write = self.write
        size = len(obj)
        if size == 1:
            for k, v in obj.items():
                save(k)
                save(v)
            write(SETITEM)
            return
        it = iter(list(obj.items()))
        while True:
            write(MARK)
            i = 0
            for k, v in it:
                save(k)
                save(v)
                i += 1
                if i == self._BATCHSIZE:
                    break
            write(SETITEMS)
            if len(obj) != size:
                raise RuntimeError("dictionary changed size during iteration")
            if i != self._BATCHSIZE:
                return

    def _batch_setitems(self, items):
        # Helper to batch up SETITEMS sequences; proto >= 1 only
        save = self.save
        write = self.write

        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return

        it = iter(items)
        while True:
            tmp = list(islice(it, self._BATCHSIZE))
            n = len(tmp)
            if n > 1:
                write(MARK)
                for k, v in tmp:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n:
                k, v = tmp[0]
                save(k)
                save(v)
                write(SETITEM)
            # else tmp is empty, and we're done
            if n < self._BATCHSIZE:
                return

    def save_set(self, obj):
        save = self.save
        write = self.write

        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return

        write(EMPTY_SET)
        self.memoize(obj)
        size = len(obj)
        if not size:
            return

        # ferropy: _pickle.c's loop, which ends a set of a multiple of
        # _BATCHSIZE items with an empty MARK ADDITEMS batch.
        it = iter(list(obj))
        while True:
            write(MARK)
            i = 0
            for item in it:
                save(item)
                i += 1
                if i == self._BATCHSIZE:
                    break
            write(ADDITEMS)
            if len(obj) != size:
                raise RuntimeError("set changed size during iteration")
            if i != self._BATCHSIZE:
                return
    dispatch[set] = save_set

    def save_frozenset(self, obj):
        save = self.save
        write = self.write

        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return

        write(MARK)
        for item in obj:
            save(item)

        if id(obj) in self.memo:
            # If the object is already in the memo, this means it is
            # recursive. In this case, throw away everything we put on the
            # stack, and fetch the object back from the memo.
            write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return

        write(FROZENSET)
        self.memoize(obj)
    dispatch[frozenset] = save_frozenset

    def save_global(self, obj, name=None):
        # ferropy: the lookups, checks and messages of _pickle.c's save_global().
        write = self.write

        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__

        dotted_path = name.split('.')
        if '<locals>' in dotted_path:
            raise AttributeError("Can't pickle local object %r" % (name,))
        module_name = whichmodule(obj, name)
        # ferropy: CPython's module and qualified names are interned strings, so
        # protocol 4 memoizes repeated ones; ferropy's __module__ strings are not.
        # The exception is builtins.__name__, the __module__ of builtin functions,
        # which is a string of its own.
        if type(module_name) is str:
            if module_name == 'builtins' and type(obj) is _BuiltinFunctionType:
                module_name = _BUILTINS_NAME
            else:
                module_name = sys.intern(module_name)
        if type(name) is str:
            name = sys.intern(name)
        try:
            module = _import_module(module_name)
        except Exception:
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        try:
            parent = module
            obj2 = module
            for subpath in dotted_path:
                parent = obj2
                obj2 = getattr(obj2, subpath)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))

        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if not isinstance(code, int):
                    raise PicklingError("Can't pickle %r: extension code %r isn't "
                                        "an integer" % (obj, code))
                if not 0 < code <= 0x7fffffff:
                    raise PicklingError("Can't pickle %r: extension code %d is out "
                                        "of range" % (obj, code))
                if code <= 0xff:
                    write(EXT1 + bytes((code,)))
                elif code <= 0xffff:
                    write(EXT2 + code.to_bytes(2, 'little'))
                else:
                    write(EXT4 + code.to_bytes(4, 'little', signed=True))
                return
        lastname = dotted_path[-1]
        if parent is module:
            name = lastname
        # Non-ASCII identifiers are supported only with protocols >= 3.
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        else:
            if self.proto < 3 and self.fix_imports:
                r_name_mapping = _compat_pickle.REVERSE_NAME_MAPPING
                r_import_mapping = _compat_pickle.REVERSE_IMPORT_MAPPING
                if (module_name, name) in r_name_mapping:
                    module_name, name = r_name_mapping[(module_name, name)]
                elif module_name in r_import_mapping:
                    module_name = r_import_mapping[module_name]
            encoding = "utf-8" if self.proto == 3 else "ascii"
            try:
                encoded_module = bytes(module_name, encoding)
            except UnicodeEncodeError:
                raise PicklingError("can't pickle module identifier '%s' using "
                                    "pickle protocol %i" % (module_name, self.proto)) from None
            try:
                encoded_name = bytes(name, encoding)
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s' using "
                                    "pickle protocol %i" % (name, self.proto)) from None
            write(GLOBAL + encoded_module + b'\n' + encoded_name + b'\n')

        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        elif obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        elif obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    dispatch[FunctionType] = save_global
    dispatch[type] = save_type

# ferropy: how many dump() calls are running (in any thread), and the recursion
# limit they found; the limit is raised while any runs (see _Pickler.dump).
_dump_nesting = 0
_dump_saved_limit = None
_dump_lock = _thread.allocate_lock()


def _enter_dump():
    global _dump_nesting, _dump_saved_limit
    with _dump_lock:
        if _dump_nesting == 0:
            _dump_saved_limit = sys.getrecursionlimit()
            sys.setrecursionlimit(_dump_saved_limit * 8 + 200)
        _dump_nesting += 1
        return _dump_saved_limit


def _leave_dump():
    global _dump_nesting
    with _dump_lock:
        _dump_nesting -= 1
        if _dump_nesting == 0:
            sys.setrecursionlimit(_dump_saved_limit)

# Unpickling machinery

def _bad_readline():
    return UnpicklingError("pickle data was truncated")


def _strtol(s):
    """C strtol(s, &end, 0) for an INT line: the value, or None unless the whole
    line (up to its newline) is one number that fits in a C long."""
    i = 0
    n = len(s)
    while i < n and s[i] in b' \t\n\r\x0b\x0c':
        i += 1
    sign = 1
    if i < n and s[i] in b'+-':
        sign = -1 if s[i] == 0x2d else 1
        i += 1
    base = 10
    if s[i:i + 2] in (b'0x', b'0X') and i + 2 < n and s[i + 2] in b'0123456789abcdefABCDEF':
        base = 16
        i += 2
    elif s[i:i + 1] == b'0':
        base = 8
    digits = b'0123456789abcdef'[:base]
    start = i
    while i < n and s[i:i + 1].lower() in digits and s[i:i + 1] != b'':
        i += 1
    if i == start or (i < n and s[i] != 0x0a):
        return None
    value = sign * int(s[start:i], base)
    if not -(1 << 63) <= value < (1 << 63):
        return None
    return value


def _parse_float_prefix(s):
    """Length of the longest prefix of s that PyOS_string_to_double accepts."""
    n = len(s)
    i = 0
    if i < n and s[i] in '+-':
        i += 1
    lower = s[i:i + 8].lower()
    for word in ('infinity', 'inf', 'nan'):
        if lower.startswith(word):
            return i + len(word)
    digits = 0
    while i < n and '0' <= s[i] <= '9':
        i += 1
        digits += 1
    if i < n and s[i] == '.':
        i += 1
        while i < n and '0' <= s[i] <= '9':
            i += 1
            digits += 1
    if not digits:
        return 0
    if i < n and s[i] in 'eE':
        j = i + 1
        if j < n and s[j] in '+-':
            j += 1
        if j < n and '0' <= s[j] <= '9':
            while j < n and '0' <= s[j] <= '9':
                j += 1
            i = j
    return i


class _Unpickler:

    def __init__(self, file, *, fix_imports=True,
                 encoding="ASCII", errors="strict", buffers=None):
        """This takes a binary file for reading a pickle data stream.

        The protocol version of the pickle is detected automatically, so
        no proto argument is needed.

        The argument *file* must have two methods, a read() method that
        takes an integer argument, and a readline() method that requires
        no arguments.  Both methods should return bytes.  Thus *file*
        can be a binary file object opened for reading, an io.BytesIO
        object, or any other custom object that meets this interface.

        The file-like object must have two methods, a read() method
        that takes an integer argument, and a readline() method that
        requires no arguments.  Both methods should return bytes.
        Thus file-like object can be a binary file object opened for
        reading, a BytesIO object, or any other custom object that
        meets this interface.

        If *buffers* is not None, it should be an iterable of buffer-enabled
        objects that is consumed each time the pickle stream references
        an out-of-band buffer view.  Such buffers have been given in order
        to the *buffer_callback* of a Pickler object.

        If *buffers* is None (the default), then the buffers are taken
        from the pickle stream, assuming they are serialized there.
        It is an error for *buffers* to be None if the pickle stream
        was produced with a non-None *buffer_callback*.

        Other optional arguments are *fix_imports*, *encoding* and
        *errors*, which are used to control compatibility support for
        pickle stream generated by Python 2.  If *fix_imports* is True,
        pickle will try to map the old Python 2 names to the new names
        used in Python 3.  The *encoding* and *errors* tell pickle how
        to decode 8-bit string instances pickled by Python 2; these
        default to 'ASCII' and 'strict', respectively. *encoding* can be
        'bytes' to read these 8-bit string instances as bytes objects.
        """
        self._buffers = iter(buffers) if buffers is not None else None
        # ferropy: the input is read through an iterator over the bytes in hand
        # (all of loads()' data, or the current frame of a file) and from the
        # file beyond them. Indexing or slicing a bytes object costs time in
        # proportion to its whole length in ferropy; iterating does not.
        if isinstance(file, _BytesReader):
            data = file.data
            self._file_read = self._file_readline = None
        else:
            read = getattr(file, 'read', None)
            readline = getattr(file, 'readline', None)
            if read is None or readline is None:
                raise TypeError("file must have 'read' and 'readline' attributes")
            data = b''
            self._file_read = read
            self._file_readline = readline
        self._it = iter(data)
        self._avail = len(data)
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    # -- input (_Unpickler_Read / _Unpickler_Readline in _pickle.c) --

    def read(self, n):
        """Read exactly n bytes or raise "pickle data was truncated"."""
        avail = self._avail
        if n <= avail:
            self._avail = avail - n
            return bytes(islice(self._it, n))
        data = bytes(islice(self._it, avail)) if avail else b''
        self._avail = 0
        if self._file_read is not None:
            more = self._file_read(n - len(data))
            if more:
                data = data + bytes(more)
        if len(data) < n:
            raise _bad_readline()
        return data

    def _read_byte(self):
        """Read one byte, as an int."""
        if self._avail:
            self._avail -= 1
            return next(self._it)
        return self.read(1)[0]

    def readline(self):
        """Read through the next newline or raise "pickle data was truncated"."""
        out = bytearray()
        it = self._it
        avail = self._avail
        while avail:
            c = next(it)
            avail -= 1
            out.append(c)
            if c == 0x0a:
                self._avail = avail
                return bytes(out)
        self._avail = 0
        if self._file_readline is not None:
            out += self._file_readline()
        if not out.endswith(b'\n'):
            raise _bad_readline()
        return bytes(out)

    def _read_opcode(self):
        if self._avail:
            self._avail -= 1
            return next(self._it)
        if self._file_read is not None:
            data = self._file_read(1)
            if data:
                return data[0]
        raise EOFError("Ran out of input")

    def _readline_arg(self):
        """A newline-terminated argument of at least one character."""
        line = self.readline()
        if len(line) < 2:
            raise _bad_readline()
        return line

    def load(self):
        """Read a pickled object representation from the open file.

        Return the reconstituted object hierarchy specified in the file.
        """
        # Check whether Unpickler was initialized correctly. This is
        # only needed to mimic the behavior of _pickle.Unpickler.dump().
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  "%s.__init__()" % (self.__class__.__name__,))
        # ferropy: _pickle.c keeps one object stack plus a stack of mark
        # positions; the fence is the topmost mark, below which pops fail.
        self.stack = []
        self._marks = []
        self._fence = 0
        self.proto = 0
        persistent_load = getattr(self, 'persistent_load', None)
        if getattr(persistent_load, '__func__', None) is _Unpickler.persistent_load:
            persistent_load = None
        self._persistent_load = persistent_load
        dispatch = self.dispatch
        while True:
            key = self._read_opcode()
            if key == 0x2e:     # STOP
                break
            f = dispatch.get(key)
            if f is None:
                if 0x20 <= key <= 0x7e and key != 0x27 and key != 0x5c:
                    raise UnpicklingError("invalid load key, '%c'." % key)
                raise UnpicklingError("invalid load key, '\\x%02x'." % key)
            f(self)
        return self._pop()

    # -- the stack --

    def _underflow(self):
        return UnpicklingError("unexpected MARK found" if self._marks
                               else "unpickling stack underflow")

    def _pop(self):
        stack = self.stack
        if len(stack) <= self._fence:
            raise self._underflow()
        return stack.pop()

    def _top(self):
        stack = self.stack
        if len(stack) <= self._fence:
            raise self._underflow()
        return stack[-1]

    def _marker(self):
        """Pop the topmost mark and return its stack position."""
        marks = self._marks
        if not marks:
            raise UnpicklingError("could not find MARK")
        mark = marks.pop()
        self._fence = marks[-1] if marks else 0
        return mark

    def _pop_from(self, start):
        """Remove and return the stack items from position start up."""
        if start < self._fence:
            raise self._underflow()
        stack = self.stack
        items = stack[start:]
        del stack[start:]
        return items

    # backward compatibility with pickle.py's Unpickler
    def pop_mark(self):
        return self._pop_from(self._marker())

    def persistent_load(self, pid):
        raise UnpicklingError(
            "A load persistent id instruction was encountered,\n"
            "but no persistent_load function was specified.")

    dispatch = {}

    def load_proto(self):
        proto = self._read_byte()
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto
    dispatch[PROTO[0]] = load_proto

    def load_frame(self):
        frame_size = int.from_bytes(self.read(8), 'little')
        if frame_size > maxsize:
            raise OverflowError("FRAME length exceeds system's maximum of %d bytes"
                                % maxsize)
        # _pickle.c only makes sure the whole frame is there.
        if frame_size <= self._avail:
            return
        data = self.read(frame_size)
        self._it = iter(data)
        self._avail = len(data)
    dispatch[FRAME[0]] = load_frame

    def load_persid(self):
        if self._persistent_load is None:
            self.persistent_load(None)
        line = self.readline()
        try:
            pid = line[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError(
                "persistent IDs in protocol 0 must be ASCII strings")
        self.stack.append(self._persistent_load(pid))
    dispatch[PERSID[0]] = load_persid

    def load_binpersid(self):
        if self._persistent_load is None:
            self.persistent_load(None)
        pid = self._pop()
        self.stack.append(self._persistent_load(pid))
    dispatch[BINPERSID[0]] = load_binpersid

    def load_none(self):
        self.stack.append(None)
    dispatch[NONE[0]] = load_none

    def load_false(self):
        self.stack.append(False)
    dispatch[NEWFALSE[0]] = load_false

    def load_true(self):
        self.stack.append(True)
    dispatch[NEWTRUE[0]] = load_true

    def load_int(self):
        data = self._readline_arg()
        value = _strtol(data)
        if value is None:
            try:
                value = int(data, 0)
            except ValueError:
                raise ValueError("could not convert string to int") from None
        elif len(data) == 3 and (value == 0 or value == 1):
            value = bool(value)
        self.stack.append(value)
    dispatch[INT[0]] = load_int

    def load_binint(self):
        self.stack.append(int.from_bytes(self.read(4), 'little', signed=True))
    dispatch[BININT[0]] = load_binint

    def load_binint1(self):
        self.stack.append(self._read_byte())
    dispatch[BININT1[0]] = load_binint1

    def load_binint2(self):
        self.stack.append(int.from_bytes(self.read(2), 'little'))
    dispatch[BININT2[0]] = load_binint2

    def load_long(self):
        data = self._readline_arg()
        if data[-2:] == b'L\n':
            text = data[:-2].decode('latin-1')
        else:
            text = data.decode('latin-1')
        try:
            value = int(text, 0)
        except ValueError:
            stripped = text.strip().lstrip('+-')
            base = 10
            if stripped[:2].lower() == '0x':
                base = 16
            elif stripped[:2].lower() == '0o':
                base = 8
            elif stripped[:2].lower() == '0b':
                base = 2
            raise ValueError("invalid literal for int() with base %d: %r"
                             % (base, text)) from None
        self.stack.append(value)
    dispatch[LONG[0]] = load_long

    def load_long1(self):
        n = self._read_byte()
        data = self.read(n) if n else b''
        self.stack.append(decode_long(data))
    dispatch[LONG1[0]] = load_long1

    def load_long4(self):
        n = int.from_bytes(self.read(4), 'little', signed=True)
        if n < 0:
            # Corrupt or hostile pickle -- we never write one like this
            raise UnpicklingError("LONG pickle has negative byte count")
        data = self.read(n) if n else b''
        self.stack.append(decode_long(data))
    dispatch[LONG4[0]] = load_long4

    def load_float(self):
        data = self._readline_arg()
        text = data.decode('latin-1')
        n = _parse_float_prefix(text)
        if n == 0:
            raise ValueError("could not convert string to float: '%s'" % text)
        if text[n:] not in ('\n', ''):
            raise ValueError("could not convert string to float")
        value = float(text[:n])
        if value in (float('inf'), float('-inf')) and 'n' not in text[:n].lower():
            raise OverflowError("value too large to convert to float: '%s'" % text)
        self.stack.append(value)
    dispatch[FLOAT[0]] = load_float

    def load_binfloat(self):
        self.stack.append(unpack('>d', self.read(8))[0])
    dispatch[BINFLOAT[0]] = load_binfloat

    def _decode_string(self, value):
        # Used to allow strings from Python 2 to be decoded either as
        # bytes or Unicode strings.  This should be used only with the
        # STRING, BINSTRING and SHORT_BINSTRING opcodes.
        if self.encoding == "bytes":
            return value
        else:
            return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self.readline()[:-1]
        # Strip outermost quotes
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.stack.append(self._decode_string(_escape_decode(data)))
    dispatch[STRING[0]] = load_string

    def load_binstring(self):
        n = int.from_bytes(self.read(4), 'little')
        data = self.read(n)
        self.stack.append(self._decode_string(data))
    dispatch[BINSTRING[0]] = load_binstring

    def load_binbytes(self):
        n = int.from_bytes(self.read(4), 'little')
        self.stack.append(self.read(n))
    dispatch[BINBYTES[0]] = load_binbytes

    def load_unicode(self):
        self.stack.append(_decode_raw_unicode_escape(self.readline()[:-1]))
    dispatch[UNICODE[0]] = load_unicode

    def load_binunicode(self):
        n = int.from_bytes(self.read(4), 'little')
        self.stack.append(_decode_utf8(self.read(n)))
    dispatch[BINUNICODE[0]] = load_binunicode

    def load_binunicode8(self):
        n = int.from_bytes(self.read(8), 'little')
        if n > maxsize:
            raise OverflowError("BINUNICODE exceeds system's maximum size "
                                "of %d bytes" % maxsize)
        self.stack.append(_decode_utf8(self.read(n)))
    dispatch[BINUNICODE8[0]] = load_binunicode8

    def load_binbytes8(self):
        n = int.from_bytes(self.read(8), 'little')
        if n > maxsize:
            raise OverflowError("BINBYTES exceeds system's maximum size "
                                "of %d bytes" % maxsize)
        self.stack.append(self.read(n))
    dispatch[BINBYTES8[0]] = load_binbytes8

    def load_bytearray8(self):
        n = int.from_bytes(self.read(8), 'little')
        if n > maxsize:
            raise OverflowError("BYTEARRAY8 exceeds system's maximum size "
                                "of %d bytes" % maxsize)
        self.stack.append(bytearray(self.read(n)))
    dispatch[BYTEARRAY8[0]] = load_bytearray8

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers")
        self.stack.append(buf)
    dispatch[NEXT_BUFFER[0]] = load_next_buffer

    def load_readonly_buffer(self):
        # ferropy: no memoryview to make read-only; bytes already are.
        buf = self._top()
        if not isinstance(buf, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                            % type(buf).__name__)
    dispatch[READONLY_BUFFER[0]] = load_readonly_buffer

    def load_short_binstring(self):
        n = self._read_byte()
        data = self.read(n)
        self.stack.append(self._decode_string(data))
    dispatch[SHORT_BINSTRING[0]] = load_short_binstring

    def load_short_binbytes(self):
        n = self._read_byte()
        self.stack.append(self.read(n))
    dispatch[SHORT_BINBYTES[0]] = load_short_binbytes

    def load_short_binunicode(self):
        n = self._read_byte()
        self.stack.append(_decode_utf8(self.read(n)))
    dispatch[SHORT_BINUNICODE[0]] = load_short_binunicode

    def _load_counted_tuple(self, n):
        stack = self.stack
        if len(stack) < n:
            raise self._underflow()
        self.stack.append(tuple(self._pop_from(len(stack) - n)))

    def load_tuple(self):
        self.stack.append(tuple(self._pop_from(self._marker())))
    dispatch[TUPLE[0]] = load_tuple

    def load_empty_tuple(self):
        self.stack.append(())
    dispatch[EMPTY_TUPLE[0]] = load_empty_tuple

    def load_tuple1(self):
        self._load_counted_tuple(1)
    dispatch[TUPLE1[0]] = load_tuple1

    def load_tuple2(self):
        self._load_counted_tuple(2)
    dispatch[TUPLE2[0]] = load_tuple2

    def load_tuple3(self):
        self._load_counted_tuple(3)
    dispatch[TUPLE3[0]] = load_tuple3

    def load_empty_list(self):
        self.stack.append([])
    dispatch[EMPTY_LIST[0]] = load_empty_list

    def load_empty_dictionary(self):
        self.stack.append({})
    dispatch[EMPTY_DICT[0]] = load_empty_dictionary

    def load_empty_set(self):
        self.stack.append(set())
    dispatch[EMPTY_SET[0]] = load_empty_set

    def load_frozenset(self):
        self.stack.append(frozenset(self._pop_from(self._marker())))
    dispatch[FROZENSET[0]] = load_frozenset

    def load_list(self):
        self.stack.append(self._pop_from(self._marker()))
    dispatch[LIST[0]] = load_list

    def load_dict(self):
        items = self._pop_from(self._marker())
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        d = {items[i]: items[i+1]
             for i in range(0, len(items), 2)}
        self.stack.append(d)
    dispatch[DICT[0]] = load_dict

    # INST and OBJ differ only in how they get a class object.  It's not
    # only sensible to do the rest in a common routine, the two routines
    # previously diverged and grew different bugs.
    # klass is the class to instantiate, and k points to the topmost mark
    # object, following which are the arguments for klass.__init__.
    def _instantiate(self, klass, args):
        if (not args and isinstance(klass, type) and
                not hasattr(klass, "__getinitargs__")):
            value = klass.__new__(klass)
        else:
            value = klass(*args)
        self.stack.append(value)

    def load_inst(self):
        mark = self._marker()
        module = self._readline_arg()[:-1].decode("ascii")
        name = self._readline_arg()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, tuple(self._pop_from(mark)))
    dispatch[INST[0]] = load_inst

    def load_obj(self):
        # Stack is ... markobject classobject arg1 arg2 ...
        mark = self._marker()
        if len(self.stack) - mark < 1:
            raise self._underflow()
        args = self._pop_from(mark + 1)
        cls = self._pop()
        self._instantiate(cls, tuple(args))
    dispatch[OBJ[0]] = load_obj

    def _load_newobj(self, use_kwargs):
        kwargs = self._pop() if use_kwargs else None
        args = self._pop()
        cls = self._pop()
        what = "NEWOBJ_EX" if use_kwargs else "NEWOBJ"
        if not isinstance(cls, type):
            raise UnpicklingError("%s class argument must be a type, not %.200s"
                                  % (what, type(cls).__name__))
        if not isinstance(args, tuple):
            raise UnpicklingError("%s args argument must be a tuple, not %.200s"
                                  % (what, type(args).__name__))
        if use_kwargs and not isinstance(kwargs, dict):
            raise UnpicklingError("%s kwargs argument must be a dict, not %.200s"
                                  % (what, type(kwargs).__name__))
        if kwargs:
            obj = cls.__new__(cls, *args, **kwargs)
        else:
            obj = cls.__new__(cls, *args)
        self.stack.append(obj)

    def load_newobj(self):
        self._load_newobj(False)
    dispatch[NEWOBJ[0]] = load_newobj

    def load_newobj_ex(self):
        self._load_newobj(True)
    dispatch[NEWOBJ_EX[0]] = load_newobj_ex

    def load_global(self):
        module = self._readline_arg()[:-1].decode("utf-8")
        name = self._readline_arg()[:-1].decode("utf-8")
        klass = self.find_class(module, name)
        self.stack.append(klass)
    dispatch[GLOBAL[0]] = load_global

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.stack.append(self.find_class(module, name))
    dispatch[STACK_GLOBAL[0]] = load_stack_global

    def load_ext1(self):
        code = self._read_byte()
        self.get_extension(code)
    dispatch[EXT1[0]] = load_ext1

    def load_ext2(self):
        code = int.from_bytes(self.read(2), 'little')
        self.get_extension(code)
    dispatch[EXT2[0]] = load_ext2

    def load_ext4(self):
        code = int.from_bytes(self.read(4), 'little', signed=True)
        self.get_extension(code)
    dispatch[EXT4[0]] = load_ext4

    def get_extension(self, code):
        if code <= 0: # note that 0 is forbidden
            # Corrupt or hostile pickle.
            raise UnpicklingError("EXT specifies code <= 0")
        nil = []
        obj = _extension_cache.get(code, nil)
        if obj is not nil:
            self.stack.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            raise ValueError("unregistered extension code %d" % code)
        if (not isinstance(key, tuple) or len(key) != 2
                or not isinstance(key[0], str) or not isinstance(key[1], str)):
            raise ValueError("_inverted_registry[%d] isn't a 2-tuple of strings"
                             % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.stack.append(obj)

    def find_class(self, module, name):
        # Subclasses may override this.
        audit = getattr(sys, 'audit', None)
        if audit is not None:
            audit('pickle.find_class', module, name)
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _compat_pickle.NAME_MAPPING:
                module, name = _compat_pickle.NAME_MAPPING[(module, name)]
            elif module in _compat_pickle.IMPORT_MAPPING:
                module = _compat_pickle.IMPORT_MAPPING[module]
        mod = _import_module(module)
        if self.proto >= 4:
            path = name.split('.')
            if '<locals>' in path:
                raise AttributeError("Can't pickle local attribute %r on %r"
                                     % (name, mod))
        else:
            path = (name,)
        obj = mod
        try:
            for subpath in path:
                obj = getattr(obj, subpath)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r"
                                 % (name, mod)) from None
        return obj

    def load_reduce(self):
        args = self._pop()
        func = self._pop()
        if not isinstance(args, tuple):
            raise TypeError("argument list must be a tuple")
        self.stack.append(func(*args))
    dispatch[REDUCE[0]] = load_reduce

    def load_pop(self):
        marks = self._marks
        if marks and marks[-1] == len(self.stack):
            # POP of a markobject: pickle.py's stack held marks as items.
            self._marker()
        else:
            self._pop()
    dispatch[POP[0]] = load_pop

    def load_pop_mark(self):
        self._pop_from(self._marker())
    dispatch[POP_MARK[0]] = load_pop_mark

    def load_dup(self):
        self.stack.append(self._top())
    dispatch[DUP[0]] = load_dup

    def _memo_get(self, i):
        try:
            return self.memo[i]
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def _parse_memo_index(self, line):
        text = line.decode('latin-1')
        try:
            return int(text, 10)
        except ValueError:
            raise ValueError("invalid literal for int() with base 10: %r"
                             % text) from None

    def load_get(self):
        i = self._parse_memo_index(self._readline_arg())
        self.stack.append(self._memo_get(i))
    dispatch[GET[0]] = load_get

    def load_binget(self):
        i = self._read_byte()
        self.stack.append(self._memo_get(i))
    dispatch[BINGET[0]] = load_binget

    def load_long_binget(self):
        i = int.from_bytes(self.read(4), 'little')
        self.stack.append(self._memo_get(i))
    dispatch[LONG_BINGET[0]] = load_long_binget

    def load_put(self):
        line = self._readline_arg()
        value = self._top()
        i = self._parse_memo_index(line)
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = value
    dispatch[PUT[0]] = load_put

    def load_binput(self):
        i = self._read_byte()
        self.memo[i] = self._top()
    dispatch[BINPUT[0]] = load_binput

    def load_long_binput(self):
        i = int.from_bytes(self.read(4), 'little')
        self.memo[i] = self._top()
    dispatch[LONG_BINPUT[0]] = load_long_binput

    def load_memoize(self):
        memo = self.memo
        memo[len(memo)] = self._top()
    dispatch[MEMOIZE[0]] = load_memoize

    def _do_append(self, x):
        stack = self.stack
        n = len(stack)
        if x > n or x <= self._fence:
            raise self._underflow()
        if n == x:
            return
        target = stack[x - 1]
        items = self._pop_from(x)
        if isinstance(target, list):
            list.extend(target, items)
            return
        extend = getattr(target, 'extend', None)
        if extend is not None:
            extend(items)
        else:
            # Even if the PEP 307 requires extend() and append() methods,
            # fall back on append() if the object has no extend() method
            # for backward compatibility.
            append = target.append
            for item in items:
                append(item)

    def load_append(self):
        n = len(self.stack)
        if n - 1 <= self._fence:
            raise self._underflow()
        self._do_append(n - 1)
    dispatch[APPEND[0]] = load_append

    def load_appends(self):
        self._do_append(self._marker())
    dispatch[APPENDS[0]] = load_appends

    def _do_setitems(self, x):
        stack = self.stack
        n = len(stack)
        if x > n or x <= self._fence:
            raise self._underflow()
        if n == x:
            return
        if (n - x) % 2:
            # Corrupt or hostile pickle -- we never write one like this.
            raise UnpicklingError("odd number of items for SETITEMS")
        target = stack[x - 1]
        items = self._pop_from(x)
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def load_setitem(self):
        self._do_setitems(len(self.stack) - 2)
    dispatch[SETITEM[0]] = load_setitem

    def load_setitems(self):
        self._do_setitems(self._marker())
    dispatch[SETITEMS[0]] = load_setitems

    def load_additems(self):
        mark = self._marker()
        stack = self.stack
        n = len(stack)
        if mark > n or mark <= self._fence:
            raise self._underflow()
        if n == mark:
            return
        target = stack[mark - 1]
        items = self._pop_from(mark)
        if isinstance(target, set):
            set.update(target, items)
        else:
            add = target.add
            for item in items:
                add(item)
    dispatch[ADDITEMS[0]] = load_additems

    def load_build(self):
        stack = self.stack
        if len(stack) - 2 < self._fence:
            raise self._underflow()
        state = self._pop()
        inst = stack[-1]
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state is not None:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            intern = sys.intern
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate is not None:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)
    dispatch[BUILD[0]] = load_build

    def load_mark(self):
        n = len(self.stack)
        self._marks.append(n)
        self._fence = n
    dispatch[MARK[0]] = load_mark


class _BytesReader:
    """ferropy: what loads() hands to _Unpickler instead of an io.BytesIO; the
    unpickler iterates over the data directly."""
    __slots__ = ('data',)

    def __init__(self, data):
        self.data = data


# Shorthands

def _dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    _Pickler(file, protocol, fix_imports=fix_imports,
             buffer_callback=buffer_callback).dump(obj)

def _dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    f = _BytesWriter()
    _Pickler(f, protocol, fix_imports=fix_imports,
             buffer_callback=buffer_callback).dump(obj)
    res = f.getvalue()
    assert isinstance(res, bytes_types)
    return res

def _load(file, *, fix_imports=True, encoding="ASCII", errors="strict",
          buffers=None):
    return _Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()

def _loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict",
           buffers=None):
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__)
    file = _BytesReader(bytes(data))
    return _Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                      encoding=encoding, errors=errors).load()

# ferropy: there is no _pickle accelerator; the classes above take its names.
Pickler, Unpickler = _Pickler, _Unpickler
dump, dumps, load, loads = _dump, _dumps, _load, _loads
for _cls, _name in ((Pickler, 'Pickler'), (Unpickler, 'Unpickler')):
    _cls.__name__ = _cls.__qualname__ = _name
    _cls.__module__ = '_pickle'
del _cls, _name
_standin('_pickle', PickleError=PickleError, PicklingError=PicklingError,
         UnpicklingError=UnpicklingError, Pickler=Pickler, Unpickler=Unpickler,
         dump=dump, dumps=dumps, load=load, loads=loads)
