//! Type objects: the builtin types, type creation and MRO lookup.
//!
//! Each builtin type's methods live in its own module (`types::list`, `types::str`, …),
//! registered into the type's dict by `init_type_dicts`, the way CPython's `PyTypeObject`s
//! carry method tables.

pub mod bytes;
pub mod class;
pub mod constructors;
pub mod dict;
pub mod exceptions;
pub mod float;
pub mod function;
pub mod int;
pub mod list;
pub mod mro;
pub mod object;
pub mod range;
pub mod set;
pub mod str;
pub mod stream;
pub mod tuple;

use crate::dict::Dict;
use crate::heap::ObjRef;
use crate::object::*;
use crate::value::Value;
use crate::Vm;
use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicU64, Ordering};

/// Create a type object. `meta` is its metaclass (`type` for builtins).
pub fn make_type(
    meta: &ObjRef,
    name: &str,
    base: Option<&ObjRef>,
    layout: Layout,
    has_dict: bool,
) -> ObjRef {
    let ty = ObjRef::new(
        Some(meta.clone()),
        Payload::Type(Box::new(new_type_data(name, base, layout, has_dict))),
    );
    finish_mro(&ty, base);
    ty
}

fn new_type_data(name: &str, base: Option<&ObjRef>, layout: Layout, has_dict: bool) -> TypeData {
    TypeData {
        name: RefCell::new(name.to_string()),
        qualname: RefCell::new(name.to_string()),
        bases: RefCell::new(base.into_iter().cloned().collect()),
        mro: RefCell::new(Vec::new()),
        dict: RefCell::new(Dict::new()),
        layout,
        heap_type: false,
        has_instance_dict: has_dict,
        slots: Cell::new(Slots::default()),
        subclasses: RefCell::new(Vec::new()),
        nslots: 0,
        instance_names: Default::default(),
        ctor_cache: RefCell::new(None),
    }
}

fn finish_mro(ty: &ObjRef, base: Option<&ObjRef>) {
    let mut mro = vec![ty.clone()];
    if let Some(b) = base {
        mro.extend(type_data(b).mro.borrow().iter().cloned());
    }
    *type_data(ty).mro.borrow_mut() = mro;
}

/// The `TypeData` of a type object. The VM only calls this on values known to be types.
#[inline]
pub fn type_data(ty: &ObjRef) -> &TypeData {
    match ty.payload() {
        Payload::Type(t) => t,
        _ => panic!("type_data on a non-type"),
    }
}

pub fn as_type(v: &Value) -> Option<&ObjRef> {
    match v {
        Value::Obj(o) if matches!(o.payload(), Payload::Type(_)) => Some(o),
        _ => None,
    }
}

/// `cls.__name__`.
pub fn type_name(ty: &ObjRef) -> String {
    type_data(ty).name.borrow().clone()
}

/// The global type version: bumped whenever any type is created or any type's namespace,
/// bases or MRO may change, so every method-cache entry made before goes stale at once
/// (CPython 3.11 tags each type with a version instead; one counter is simpler and type
/// mutation is rare after start-up). Process-wide, so interpreters only over-invalidate.
static TYPE_VERSION: AtomicU64 = AtomicU64::new(1);

/// Does `o`'s type define its behaviour through dunder methods in its dict (CPython: the
/// type's slots are filled from them)? True for classes, and for the builtin layouts whose
/// methods live only in the type dict: weak references and `Ext` types (native stdlib and
/// host types).
#[inline]
pub fn dispatches_dunders(ty: &ObjRef, o: &ObjRef) -> bool {
    type_data(ty).heap_type || matches!(o.payload(), Payload::Ext(_) | Payload::WeakRef(_))
}

/// The current type version: any change to any type's dict, bases or MRO changes it.
#[inline]
pub fn type_version() -> u64 {
    TYPE_VERSION.load(Ordering::Relaxed)
}

/// Invalidate every method-cache entry. Call after mutating a type's dict, bases or MRO
/// other than through `type_set` or attribute assignment on the type.
#[inline]
pub fn bump_type_version() {
    TYPE_VERSION.fetch_add(1, Ordering::Relaxed);
}

const METHOD_CACHE_SIZE: usize = 4096;

/// One remembered `lookup` result: where `name` was found on `ty`'s MRO (index into the
/// MRO and entry position in that type's dict), or `NOT_FOUND`.
#[derive(Clone, Copy, Default)]
struct MethodCacheEntry {
    ty: usize,
    name: usize,
    version: u64,
    /// The version of `ty`'s own dict: `type_new` fills a new class's dict directly.
    dict_version: u64,
    mro_index: u32,
    pos: u32,
}

const NOT_FOUND: u32 = u32::MAX;

/// The per-interpreter method cache (CPython's `type_cache`): a direct-mapped table keyed
/// by (type address, interned name address). It stores positions, not values, so it
/// holds no references and `sys.getrefcount` is unaffected. Type addresses cannot be
/// reused behind its back: creating a type bumps the version. Name addresses are only
/// used for interned strings, which are never freed.
pub struct MethodCache {
    entries: Box<[Cell<MethodCacheEntry>]>,
}

impl MethodCache {
    pub fn new() -> MethodCache {
        MethodCache {
            entries: (0..METHOD_CACHE_SIZE)
                .map(|_| Cell::new(MethodCacheEntry::default()))
                .collect(),
        }
    }
}

impl Default for MethodCache {
    fn default() -> Self {
        MethodCache::new()
    }
}

/// Find `name` along `ty`'s MRO (CPython's `_PyType_Lookup`). `name` is a str object.
#[inline]
pub fn lookup(vm: &Vm, ty: &ObjRef, name: &ObjRef) -> Option<Value> {
    let interned = matches!(name.payload(), Payload::Str(s) if s.interned.get());
    if !interned {
        return lookup_uncached(vm, ty, name).map(|(_, _, v)| v);
    }
    let td = type_data(ty);
    let dict_version = td.dict.borrow().version();
    let version = TYPE_VERSION.load(Ordering::Relaxed);
    let slot = &vm.method_cache.entries
        [((ty.addr() >> 4) ^ (name.addr() >> 3).wrapping_mul(31)) & (METHOD_CACHE_SIZE - 1)];
    let e = slot.get();
    if e.ty == ty.addr()
        && e.name == name.addr()
        && e.version == version
        && e.dict_version == dict_version
    {
        if e.mro_index == NOT_FOUND {
            return None;
        }
        let mro = td.mro.borrow();
        if let Some(t) = mro.get(e.mro_index as usize) {
            if let Some(entry) = type_data(t).dict.borrow().entry_at(e.pos as usize) {
                return Some(entry.value.clone());
            }
        }
    }
    let found = lookup_uncached(vm, ty, name);
    let (mro_index, pos) = match &found {
        Some((i, p, _)) => (*i as u32, *p as u32),
        None => (NOT_FOUND, 0),
    };
    slot.set(MethodCacheEntry {
        ty: ty.addr(),
        name: name.addr(),
        version,
        dict_version,
        mro_index,
        pos,
    });
    found.map(|(_, _, v)| v)
}

/// The MRO walk behind `lookup`: (MRO index, dict position, value).
fn lookup_uncached(vm: &Vm, ty: &ObjRef, name: &ObjRef) -> Option<(usize, usize, Value)> {
    let hash = crate::protocol::hash::str_hash(vm, name);
    let mro = type_data(ty).mro.borrow();
    for (i, t) in mro.iter().enumerate() {
        let d = type_data(t).dict.borrow();
        if let Some(pos) = d.find_by(hash, |k| crate::protocol::hash::str_key_eq(k, name)) {
            return Some((i, pos, d.entry_at(pos).expect("found").value.clone()));
        }
    }
    None
}

/// `lookup` with a Rust string name.
pub fn lookup_str(vm: &Vm, ty: &ObjRef, name: &str) -> Option<Value> {
    lookup(vm, ty, &vm.intern(name))
}

/// Store `name = value` in a type's own dict.
pub fn type_set(vm: &Vm, ty: &ObjRef, name: &str, value: Value) {
    bump_type_version();
    let key = vm.intern(name);
    let hash = crate::protocol::hash::str_hash(vm, &key);
    let mut d = type_data(ty).dict.borrow_mut();
    match d.find_by(hash, |k| crate::protocol::hash::str_key_eq(k, &key)) {
        Some(pos) => {
            d.replace_value(pos, value);
        }
        None => d.insert_new(hash, Value::Obj(key), value),
    }
}

/// Register a native method on a builtin type.
pub fn add_method(vm: &Vm, ty: &ObjRef, name: &'static str, func: NativeFn) {
    let owner: &'static str = leak_name(ty);
    type_set(vm, ty, name, vm.new_native(name, func, Some(owner)));
}

/// Register a native `__new__(cls, *args)` on a type (a staticmethod, as CPython's tp_new
/// wrapper appears from Python).
pub fn add_new(vm: &Vm, ty: &ObjRef, func: NativeFn) {
    let native = vm.new_native("__new__", func, None);
    type_set(
        vm,
        ty,
        "__new__",
        Value::Obj(ObjRef::new(
            Some(vm.t.staticmethod.clone()),
            Payload::StaticMethod(native),
        )),
    );
}

/// Register a native classmethod (e.g. `dict.fromkeys`).
pub fn add_classmethod(vm: &Vm, ty: &ObjRef, name: &'static str, func: NativeFn) {
    let owner: &'static str = leak_name(ty);
    let f = Value::Obj(ObjRef::new(
        Some(vm.t.builtin_function.clone()),
        Payload::Native(Box::new(NativeFunction {
            name,
            func,
            bound: None,
            owner: Some(owner),
            is_classmethod: true,
            doc: None,
            needs_caller: false,
        })),
    ));
    type_set(vm, ty, name, f);
}

/// Register a computed attribute (getset descriptor).
pub fn add_getset(vm: &Vm, ty: &ObjRef, name: &'static str, get: GetterFn, set: Option<SetterFn>) {
    let owner: &'static str = leak_name(ty);
    let d = ObjRef::new(
        Some(vm.t.getset_descriptor.clone()),
        Payload::GetSet(GetSet {
            name,
            owner,
            get,
            set,
        }),
    );
    type_set(vm, ty, name, Value::Obj(d));
}

/// Builtin type names live for the whole program; leaking them once per registration
/// gives the `&'static str` method descriptors keep for error messages.
/// A native (non-heap) type `module.name` whose objects carry `Payload::Ext` state, like a
/// C extension's static type: `__name__` is `name`, `repr` shows `module.name`. With
/// `instance_dict` its objects also have a `__dict__`.
pub fn native_type(vm: &Vm, module: &str, name: &str, doc: &str, instance_dict: bool) -> ObjRef {
    use crate::object::{Layout, Slots, TypeData};
    let ty = ObjRef::new(
        Some(vm.t.type_.clone()),
        Payload::Type(Box::new(TypeData {
            name: RefCell::new(format!("{module}.{name}")),
            qualname: RefCell::new(name.to_string()),
            bases: RefCell::new(vec![vm.t.object.clone()]),
            mro: RefCell::new(Vec::new()),
            dict: RefCell::new(crate::dict::Dict::new()),
            layout: Layout::Other,
            heap_type: false,
            has_instance_dict: instance_dict,
            slots: std::cell::Cell::new(Slots::default()),
            subclasses: RefCell::new(Vec::new()),
            nslots: 0,
            instance_names: Default::default(),
            ctor_cache: RefCell::new(None),
        })),
    );
    *type_data(&ty).mro.borrow_mut() = vec![ty.clone(), vm.t.object.clone()];
    type_set(vm, &ty, "__module__", vm.new_str(module));
    type_set(vm, &ty, "__doc__", vm.new_str(doc));
    ty
}

fn leak_name(ty: &ObjRef) -> &'static str {
    thread_local! {
        static NAMES: RefCell<std::collections::HashMap<String, &'static str>> = RefCell::new(Default::default());
    }
    let name = type_name(ty);
    NAMES.with(|n| {
        *n.borrow_mut()
            .entry(name.clone())
            .or_insert_with(|| Box::leak(name.into_boxed_str()))
    })
}

macro_rules! builtin_types {
    (root $type_:ident, $object:ident; $($field:ident : $name:literal < $base:ident, $layout:ident, $dict:literal;)*) => {
        /// The builtin type objects of one interpreter.
        pub struct BuiltinTypes {
            pub type_: ObjRef,
            pub object: ObjRef,
            $(pub $field: ObjRef,)*
        }

        impl BuiltinTypes {
            pub fn new() -> BuiltinTypes {
                // `type` is its own metaclass (stored as no type pointer) and derives from
                // `object`, whose metaclass is `type`: build both, then link them.
                let $type_ = ObjRef::new(None, Payload::Type(Box::new(new_type_data("type", None, Layout::Type, true))));
                let $object = make_type(&$type_, "object", None, Layout::Object, false);
                *type_data(&$type_).bases.borrow_mut() = vec![$object.clone()];
                *type_data(&$type_).mro.borrow_mut() = vec![$type_.clone(), $object.clone()];
                $(let $field = make_type(&$type_, $name, Some(&$base), Layout::$layout, $dict);)*
                BuiltinTypes { type_: $type_, object: $object, $($field,)* }
            }

            /// (name, type) of the types exposed in `builtins`.
            pub fn exposed(&self) -> Vec<(&'static str, ObjRef)> {
                vec![
                    ("type", self.type_.clone()),
                    ("object", self.object.clone()),
                    $(($name, self.$field.clone()),)*
                ]
            }
        }
    };
}

builtin_types! {
    root type_, object;
    int: "int" < object, Int, false;
    bool: "bool" < int, Int, false;
    float: "float" < object, Float, false;
    complex: "complex" < object, Complex, false;
    str: "str" < object, Str, false;
    bytes: "bytes" < object, Bytes, false;
    bytearray: "bytearray" < object, ByteArray, false;
    list: "list" < object, List, false;
    tuple: "tuple" < object, Tuple, false;
    dict: "dict" < object, Dict, false;
    set: "set" < object, Set, false;
    frozenset: "frozenset" < object, FrozenSet, false;
    range: "range" < object, Other, false;
    slice: "slice" < object, Other, false;
    function: "function" < object, Other, true;
    builtin_function: "builtin_function_or_method" < object, Other, false;
    method: "method" < object, Other, false;
    code: "code" < object, Other, false;
    cell: "cell" < object, Other, false;
    module: "module" < object, Module, true;
    none_type: "NoneType" < object, Other, false;
    not_implemented_type: "NotImplementedType" < object, Other, false;
    ellipsis_type: "ellipsis" < object, Other, false;
    generator: "generator" < object, Other, false;
    coroutine: "coroutine" < object, Other, false;
    async_generator: "async_generator" < object, Other, false;
    async_generator_asend: "async_generator_asend" < object, Other, false;
    async_generator_athrow: "async_generator_athrow" < object, Other, false;
    async_generator_wrapped_value: "async_generator_wrapped_value" < object, Other, false;
    anext_awaitable: "anext_awaitable" < object, Other, false;
    coroutine_wrapper: "coroutine_wrapper" < object, Other, false;
    weakref: "weakref.ReferenceType" < object, Other, false;
    property: "property" < object, Other, false;
    staticmethod: "staticmethod" < object, Other, true;
    classmethod: "classmethod" < object, Other, true;
    super_: "super" < object, Other, false;
    traceback: "traceback" < object, Other, false;
    getset_descriptor: "getset_descriptor" < object, Other, false;
    dict_keys: "dict_keys" < object, Other, false;
    dict_values: "dict_values" < object, Other, false;
    dict_items: "dict_items" < object, Other, false;
    list_iterator: "list_iterator" < object, Other, false;
    list_reverseiterator: "list_reverseiterator" < object, Other, false;
    tuple_iterator: "tuple_iterator" < object, Other, false;
    range_iterator: "range_iterator" < object, Other, false;
    str_iterator: "str_ascii_iterator" < object, Other, false;
    str_nonascii_iterator: "str_iterator" < object, Other, false;
    bytes_iterator: "bytes_iterator" < object, Other, false;
    bytearray_iterator: "bytearray_iterator" < object, Other, false;
    longrange_iterator: "longrange_iterator" < object, Other, false;
    dict_reversekeyiterator: "dict_reversekeyiterator" < object, Other, false;
    dict_reversevalueiterator: "dict_reversevalueiterator" < object, Other, false;
    dict_reverseitemiterator: "dict_reverseitemiterator" < object, Other, false;
    dict_keyiterator: "dict_keyiterator" < object, Other, false;
    dict_valueiterator: "dict_valueiterator" < object, Other, false;
    dict_itemiterator: "dict_itemiterator" < object, Other, false;
    set_iterator: "set_iterator" < object, Other, false;
    seq_iterator: "iterator" < object, Other, false;
    callable_iterator: "callable_iterator" < object, Other, false;
    reversed: "reversed" < object, Other, false;
    enumerate: "enumerate" < object, Other, false;
    zip: "zip" < object, Other, false;
    map: "map" < object, Other, false;
    filter: "filter" < object, Other, false;
}

impl Default for BuiltinTypes {
    fn default() -> Self {
        BuiltinTypes::new()
    }
}

/// Fill the builtin types' dicts with their methods (needs a `Vm` for interning).
pub fn init_type_dicts(vm: &Vm) {
    object::init(vm);
    class::init(vm);
    constructors::init(vm);
    int::init(vm);
    float::init(vm);
    str::init(vm);
    bytes::init(vm);
    list::init(vm);
    tuple::init(vm);
    dict::init(vm);
    set::init(vm);
    range::init(vm);
    function::init(vm);
    crate::protocol::iter::init(vm);
    crate::exceptions_impl::init(vm);
    crate::generator::init(vm);
    crate::asyncgen::init(vm);
    crate::weakref::init(vm);
}
