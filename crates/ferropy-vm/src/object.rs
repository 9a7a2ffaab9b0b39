//! The payloads heap objects carry: one variant per builtin layout (CPython's per-type
//! C structs such as `PyListObject`, `PyFunctionObject`, `PyTypeObject`).
//!
//! A payload is chosen by the *layout*, not the Python type: instances of a user class that
//! subclasses `list` carry `Payload::List`, and their type pointer (in the header) says which
//! class they belong to. Mutable payloads use `RefCell`; code that calls back into Python
//! must never hold a borrow across the call.

use crate::dict::Dict;
use crate::heap::ObjRef;
use crate::prims::set_table::SetTable;
use crate::value::Value;
use ferropy_bytecode::CodeObject;
use num_bigint::BigInt;
use std::cell::{Cell, RefCell};
use std::sync::Arc;

/// Variants bigger than 56 bytes are boxed, so `Payload` stays 64 bytes and an object
/// (header and payload) fits mimalloc's 128-byte size class: every object pays for the
/// largest variant, and the common ones (instances, strs, lists, tuples, functions) are
/// small.
pub enum Payload {
    /// A plain instance (`object()`, or a user class not deriving from a builtin layout),
    /// with its attributes inline until its dict is materialized (see `instance_attrs`).
    Object(RefCell<crate::instance_attrs::InlineAttrs>),
    /// An `int` too large for `Value::Int`.
    BigInt(BigInt),
    /// A `float` subclass instance or a boxed float.
    Float(f64),
    Complex(f64, f64),
    Str(PyStr),
    Bytes(Box<[u8]>),
    ByteArray(RefCell<Vec<u8>>),
    List(RefCell<Vec<Value>>),
    Tuple(Box<[Value]>),
    Dict(Box<RefCell<Dict>>),
    /// `set`: CPython's open-addressing set table (see `types::set`).
    Set(Box<RefCell<SetTable<Value>>>),
    /// `frozenset`: the same table, mutated only while the object is being built.
    FrozenSet(Box<RefCell<SetTable<Value>>>),
    Range(Range),
    Slice(Box<[Value; 3]>),
    Function(Box<Function>),
    Native(Box<NativeFunction>),
    BoundMethod(Box<(Value, Value)>),
    Code(Box<CodeData>),
    Cell(RefCell<Value>),
    Type(Box<TypeData>),
    Module(Box<ModuleData>),
    Exception(Box<RefCell<ExcData>>),
    Traceback(Box<TracebackData>),
    Iter(RefCell<IterState>),
    Generator(Box<crate::generator::GenData>),
    /// The awaitable of an async generator's `asend`/`athrow`/`aclose`, or `anext(it, d)`.
    AsyncGenOp(Box<crate::asyncgen::AgOp>),
    /// A value yielded by an async generator itself (`ASYNC_GEN_WRAP`).
    AsyncGenWrapped(Value),
    /// `property(fget, fset, fdel, doc)`.
    Property(Box<[Value; 4]>),
    StaticMethod(Value),
    ClassMethod(Value),
    /// `super(type, obj)`: the class to start after, and the bound object (or type).
    Super(Box<(ObjRef, Value)>),
    /// A builtin attribute computed by a function (CPython's getset descriptors).
    GetSet(GetSet),
    /// `dict.keys()`, `dict.values()`, `dict.items()`.
    DictView(ObjRef, DictViewKind),
    /// `NotImplemented`, `Ellipsis`.
    Singleton(&'static str),
    /// `weakref.ref` (see `weakref.rs`).
    WeakRef(Box<crate::weakref::WeakRefData>),
    /// A layout defined outside the VM core: native stdlib types (e.g. `itertools`) and
    /// host types registered through the embedding API.
    Ext(Box<dyn ExtPayload>),
}

/// The state of an object whose layout is defined outside the VM core (CPython: a C
/// extension type's struct). Methods are registered on its type object as usual; these
/// hooks are what the runtime itself needs.
pub trait ExtPayload: std::any::Any {
    /// Downcasting support: `self`.
    fn as_any(&self) -> &dyn std::any::Any;

    /// Visit every value this object holds a reference to (CPython's `tp_traverse`), so
    /// the cycle collector can see through it. Objects that hold no references keep the
    /// default.
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) {}

    /// Drop the references this object holds (CPython's `tp_clear`), to break a cycle.
    fn clear(&self) {}

    /// `__next__` without a method lookup, for native iterators: `Some(Ok(None))` means
    /// exhausted; `None` means this object is not a native iterator (then `__next__` is
    /// looked up on its type as for any object).
    fn next(&self, _vm: &crate::Vm) -> Option<crate::PyResult<Option<Value>>> {
        None
    }

    /// Resume an awaitable's iterator with `value` for `yield from`/`await` without a
    /// `StopIteration` on return (CPython 3.10's `am_send` slot, which `FutureIter`
    /// fills). `None`: not supported, `send`/`__next__` are looked up instead.
    fn send(
        &self,
        _vm: &crate::Vm,
        _value: &Value,
    ) -> Option<crate::PyResult<crate::generator::GenResult>> {
        None
    }
}

/// The `T` state of an `Ext` object, if it is one.
pub fn ext_ref<T: 'static>(o: &ObjRef) -> Option<&T> {
    match o.payload() {
        Payload::Ext(e) => e.as_any().downcast_ref::<T>(),
        _ => None,
    }
}

impl Payload {
    /// A short name for debugging output.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Payload::Object(_) => "object",
            Payload::BigInt(_) => "int",
            Payload::Float(_) => "float",
            Payload::Complex(..) => "complex",
            Payload::Str(_) => "str",
            Payload::Bytes(_) => "bytes",
            Payload::ByteArray(_) => "bytearray",
            Payload::List(_) => "list",
            Payload::Tuple(_) => "tuple",
            Payload::Dict(_) => "dict",
            Payload::Set(_) => "set",
            Payload::FrozenSet(_) => "frozenset",
            Payload::Range(_) => "range",
            Payload::Slice(_) => "slice",
            Payload::Function(_) => "function",
            Payload::Native(_) => "builtin_function_or_method",
            Payload::BoundMethod(_) => "method",
            Payload::Code(_) => "code",
            Payload::Cell(_) => "cell",
            Payload::Type(_) => "type",
            Payload::Module(_) => "module",
            Payload::Exception(_) => "exception",
            Payload::Traceback(_) => "traceback",
            Payload::Iter(_) => "iterator",
            Payload::Generator(_) => "generator",
            Payload::AsyncGenOp(_) => "async_generator_asend",
            Payload::AsyncGenWrapped(_) => "async_generator_wrapped_value",
            Payload::Property(_) => "property",
            Payload::StaticMethod(_) => "staticmethod",
            Payload::ClassMethod(_) => "classmethod",
            Payload::Super(_) => "super",
            Payload::GetSet(_) => "getset_descriptor",
            Payload::DictView(..) => "dict_view",
            Payload::Singleton(name) => name,
            Payload::Ext(_) => "ext",
            Payload::WeakRef(_) => "weakref",
        }
    }
}

/// A `str`: UTF-8 text with its length in code points and a lazily computed hash.
pub struct PyStr {
    pub s: Box<str>,
    /// Length in code points (`len(s)`); equals `s.len()` exactly when the text is ASCII.
    pub char_len: usize,
    /// The cached `hash(s)`; -1 until computed (CPython's `ob_shash`).
    pub hash: Cell<i64>,
    /// Set once the object is the interpreter's interned copy of its text; interned
    /// strings live as long as the interpreter, so their address can key caches.
    pub interned: Cell<bool>,
}

impl PyStr {
    pub fn new(s: impl Into<Box<str>>) -> PyStr {
        let s = s.into();
        let char_len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s,
            char_len,
            hash: Cell::new(-1),
            interned: Cell::new(false),
        }
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }
}

/// `range(start, stop, step)`; the operations live in `types::range`.
pub enum Range {
    /// Start, stop, step and the length all fit in i64: the common case, iterated
    /// without allocating.
    Small { start: i64, stop: i64, step: i64 },
    /// Any other range, as Python ints (CPython stores every range this way).
    Big(Box<BigRange>),
}

pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
    /// Precomputed like CPython's `range.length`.
    pub len: BigInt,
}

/// A Python function (`PyFunctionObject`).
pub struct Function {
    /// `__code__`; replaceable (e.g. by `types.coroutine`), so read it with `code()`.
    pub code: RefCell<ObjRef>,
    pub globals: ObjRef,
    /// The builtins dict, fixed when the function is created from `globals['__builtins__']`
    /// (CPython 3.11's `func_builtins`), so calls do not look it up again.
    pub builtins: ObjRef,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    /// Tuple of positional defaults, or Null.
    pub defaults: RefCell<Value>,
    /// Dict of keyword-only defaults, or Null.
    pub kwdefaults: RefCell<Value>,
    /// Tuple of cells, or Null.
    pub closure: Value,
    pub doc: RefCell<Value>,
    pub module: Value,
    pub annotations: RefCell<Value>,
}

impl Function {
    /// The function's code object (a new reference).
    #[inline]
    pub fn code(&self) -> ObjRef {
        self.code.borrow().clone()
    }
}

/// Arguments as natives receive them (CPython's vectorcall convention): positional values,
/// then keyword values named by `kwnames` (str values), all borrowed from the caller.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub pos: &'a [Value],
    pub kwnames: &'a [Value],
    pub kwvalues: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(pos: &'a [Value]) -> Args<'a> {
        Args {
            pos,
            kwnames: &[],
            kwvalues: &[],
        }
    }
    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }
}

pub type NativeFn = fn(&crate::Vm, Args<'_>) -> crate::PyResult<Value>;

/// A function implemented in Rust: a builtin (`len`), or a method descriptor on a builtin
/// type (`list.append`), whose first positional argument is then `self`.
pub struct NativeFunction {
    pub name: &'static str,
    pub func: NativeFn,
    /// For a bound builtin method (`[].append`): the object it is bound to.
    pub bound: Option<Value>,
    /// The defining type's name for method descriptors (used in reprs and errors).
    pub owner: Option<&'static str>,
    pub is_classmethod: bool,
    pub doc: Option<&'static str>,
    /// One of the builtins that read the calling frame (`builtins::FRAME_BUILTINS`),
    /// decided once at creation rather than by name on every call.
    pub needs_caller: bool,
}

/// A code object at run time: the compiler's `CodeObject` plus its constants and names
/// materialised as Python values once, when the code is loaded.
pub struct CodeData {
    pub code: Arc<CodeObject>,
    pub consts: Box<[Value]>,
    /// `co_names` as interned str objects.
    pub names: Box<[Value]>,
    /// Fast-local names as interned str objects (for argument binding by keyword).
    pub local_names: Box<[Value]>,
    /// Per `co_names` entry: where `LOAD_GLOBAL` last found the name, as entry positions
    /// in the globals and builtins dicts (`u32::MAX` = unknown). A hint only, checked
    /// against the key stored there on every use, like CPython 3.11's `LOAD_GLOBAL`
    /// inline cache holds a dict-keys index.
    pub global_cache: Box<[Cell<(u32, u32)>]>,
    /// Per `co_names` entry: how `LOAD_ATTR`/`STORE_ATTR` of that name last resolved on a
    /// plain instance (see `eval::ops::AttrCache`), like CPython 3.11's
    /// LOAD_ATTR_INSTANCE_VALUE / LOAD_ATTR_SLOT inline caches.
    pub attr_cache: Box<[Cell<crate::eval::AttrCache>]>,
}

pub type GetterFn = fn(&crate::Vm, &Value) -> crate::PyResult<Value>;
pub type SetterFn = fn(&crate::Vm, &Value, Option<Value>) -> crate::PyResult<()>;

pub struct GetSet {
    pub name: &'static str,
    pub owner: &'static str,
    pub get: GetterFn,
    pub set: Option<SetterFn>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

/// A type object (`PyTypeObject`).
pub struct TypeData {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub bases: RefCell<Vec<ObjRef>>,
    /// `__mro__`, starting with the type itself.
    pub mro: RefCell<Vec<ObjRef>>,
    pub dict: RefCell<Dict>,
    /// The builtin layout instances carry (what `__new__` must allocate).
    pub layout: Layout,
    /// True for types created by a `class` statement (they may get new attributes).
    pub heap_type: bool,
    /// Whether instances get a `__dict__`.
    pub has_instance_dict: bool,
    /// How many `__slots__` values a plain instance carries (its own and inherited ones):
    /// each member descriptor holds its index below this (CPython: the member's offset).
    pub nslots: u32,
    /// The names ever stored inline on instances of exactly this class (see
    /// `instance_attrs::ClassAttrNames`).
    pub instance_names: RefCell<crate::instance_attrs::ClassAttrNames>,
    /// Cached "does the MRO define this dunder" flags, refreshed whenever a type in the
    /// hierarchy changes (CPython's slot table).
    pub slots: Cell<Slots>,
    /// Direct subclasses, uncounted (see `heap::SubclassLink`).
    pub subclasses: RefCell<Vec<crate::heap::SubclassLink>>,
    /// What calling the type resolves to, valid while the type version is unchanged
    /// (CPython keeps `tp_new`/`tp_init` slots for the same reason).
    pub ctor_cache: RefCell<Option<CtorCache>>,
}

/// The constructor lookups of `type.__call__` for one class.
#[derive(Clone)]
pub struct CtorCache {
    pub version: u64,
    pub new: Value,
    /// `__init__` as found on the class.
    pub init: Option<Value>,
    /// `new` is `object.__new__`.
    pub is_object_new: bool,
    /// `init` is `object.__init__`.
    pub init_is_object_init: bool,
    /// The class's own dict has an `__abstractmethods__` entry, so `object.__new__` must
    /// check it (ABCMeta sets it; most classes never have one).
    pub may_be_abstract: bool,
}

/// Builtin layouts a class can derive from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Exception,
    Type,
    Module,
    Other,
}

/// Which overridable hooks a heap type's MRO defines in Python code.
#[derive(Clone, Copy, Debug, Default)]
pub struct Slots {
    pub getattribute: bool,
    pub getattr: bool,
    pub setattr: bool,
    pub delattr: bool,
    /// The class (or a base) defines `__del__` (CPython's `tp_finalize` slot).
    pub del: bool,
}

pub struct ModuleData {
    pub name: String,
    pub dict: ObjRef,
}

/// The state of a builtin exception instance (`PyBaseExceptionObject`).
pub struct ExcData {
    pub args: Value,
    pub traceback: Value,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
}

/// One traceback entry (`PyTracebackObject`): where the exception passed through.
pub struct TracebackData {
    pub next: Value,
    pub code: ObjRef,
    pub lasti: u32,
    pub lineno: u32,
}

/// The state of the builtin iterators.
pub enum IterState {
    /// Iterates any sequence with an index: list, tuple, str (by code point), bytes,
    /// or an object with old-style `__getitem__`.
    Seq {
        seq: Value,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// Iterates a dict's (or set's) entries by position, detecting size changes.
    Dict {
        dict: ObjRef,
        pos: usize,
        len: usize,
        /// Entries still expected (CPython's `di->len`): finding one more means the keys
        /// changed even though the size did not.
        remaining: usize,
        kind: DictViewKind,
    },
    /// The stride-by-character iterator of a non-ASCII str.
    Str {
        s: ObjRef,
        byte_pos: usize,
    },
    Reversed {
        seq: Value,
        index: isize,
    },
    Enumerate {
        it: Value,
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    Exhausted,
}
