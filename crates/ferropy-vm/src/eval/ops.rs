//! Opcode handlers too long for the dispatch loop: calls, name lookups, building and
//! unpacking containers, functions and classes, imports, `with`, f-string formatting.

use super::exceptions;
use crate::error::{PyErr, PyResult};
use crate::frame::{code_data, Frame};
use crate::heap::ObjRef;
use crate::object::{Args, CodeData, Function, Payload};
use crate::protocol::{attr, call, iter, number, repr, sequence};
use crate::types::dict as pydict;
use crate::value::Value;
use crate::Vm;
use ferropy_bytecode::opcode::{format, make_function};
use ferropy_bytecode::{CodeObject, Constant, Opcode};
use std::cell::RefCell;
use std::sync::Arc;

macro_rules! pop {
    ($f:expr) => {
        $f.stack.pop().expect("value stack underflow")
    };
}

#[inline]
pub fn name_obj(code: &CodeData, i: u32) -> &ObjRef {
    match &code.names[i as usize] {
        Value::Obj(o) => o,
        _ => unreachable!("names are str objects"),
    }
}

#[inline]
pub fn cmp_ints(x: i64, y: i64, op: u32) -> bool {
    match op {
        0 => x < y,
        1 => x <= y,
        2 => x == y,
        3 => x != y,
        4 => x > y,
        _ => x >= y,
    }
}

/// Float comparison by `COMPARE_OP` code (IEEE semantics, as CPython's `float_richcompare`
/// for two floats: every comparison with a NaN is false except `!=`).
#[inline]
pub fn cmp_floats(x: f64, y: f64, op: u32) -> bool {
    match op {
        0 => x < y,
        1 => x <= y,
        2 => x == y,
        3 => x != y,
        4 => x > y,
        _ => x >= y,
    }
}

#[cold]
pub fn unbound_local(vm: &Vm, code: &CodeData, i: u32) -> PyErr {
    let name = &code.code.localsplus_names[i as usize];
    vm.unbound_local_error(format!(
        "cannot access local variable '{name}' where it is not associated with a value"
    ))
}

pub fn load_global(vm: &Vm, frame: &Frame, code: &CodeData, ni: u32) -> PyResult<Value> {
    let name = name_obj(code, ni);
    let cache = &code.global_cache[ni as usize];
    let (gpos, bpos) = cache.get();
    if let Some(v) = cached_str_key(vm, &frame.globals, name, gpos, |p| cache.set((p, bpos))) {
        return Ok(v);
    }
    if let Some(v) = cached_str_key(vm, &frame.builtins, name, bpos, |p| cache.set((gpos, p))) {
        return Ok(v);
    }
    if let Some(v) = lazy_builtin(vm, &frame.builtins, name)? {
        return Ok(v);
    }
    Err(vm.name_error(format!(
        "name '{}' is not defined",
        crate::vm::as_str(&code.names[ni as usize]).unwrap_or("?")
    )))
}

/// Builtins written in Python, loaded on first use so start-up does not pay for them:
/// (name, module that defines it).
const LAZY_BUILTINS: &[(&str, &str)] = &[
    ("BaseExceptionGroup", "_exceptiongroup"),
    ("ExceptionGroup", "_exceptiongroup"),
];

/// A missed builtin name that is one of [`LAZY_BUILTINS`]: import its module, store the
/// object in the builtins dict (so later lookups find it directly) and return it.
#[cold]
fn lazy_builtin(vm: &Vm, builtins: &ObjRef, name: &ObjRef) -> PyResult<Option<Value>> {
    let text = match name.payload() {
        Payload::Str(s) => &*s.s,
        _ => return Ok(None),
    };
    let Some((_, module)) = LAZY_BUILTINS.iter().find(|(n, _)| *n == text) else {
        return Ok(None);
    };
    let m = crate::import::import_name(vm, module, builtins, &Value::None, &Value::Int(0))?;
    let mut found = None;
    for (n, _) in LAZY_BUILTINS.iter().filter(|(_, m)| m == module) {
        let v = attr::get_attr_str(vm, &m, n)?;
        pydict::set_item(vm, builtins, Value::Obj(vm.intern(n)), v.clone())?;
        if *n == text {
            found = Some(v);
        }
    }
    Ok(found)
}

/// `d[name]` for a str `name`, trying entry position `hint` first; a fresh position is
/// reported through `found`. The hint is only trusted when the key stored there equals
/// `name`, so a stale or foreign hint costs one comparison and never a wrong answer.
#[inline]
fn cached_str_key(
    vm: &Vm,
    d: &ObjRef,
    name: &ObjRef,
    hint: u32,
    found: impl FnOnce(u32),
) -> Option<Value> {
    let t = match d.payload() {
        Payload::Dict(t) => t.borrow(),
        _ => return None,
    };
    if let Some(e) = t.entry_at(hint as usize) {
        if crate::protocol::hash::str_key_eq(&e.key, name) {
            return Some(e.value.clone());
        }
    }
    let h = crate::protocol::hash::str_hash(vm, name);
    let pos = t.find_by(h, |k| crate::protocol::hash::str_key_eq(k, name))?;
    found(pos as u32);
    Some(t.entry_at(pos)?.value.clone())
}

/// The type of a plain instance of a class statement's class whose MRO defines none of
/// `hooks` (so `object.__getattribute__`/`__setattr__` semantics apply unchanged).
#[inline]
fn plain_heap_instance_type(
    o: &ObjRef,
    hooks: impl Fn(crate::object::Slots) -> bool,
) -> Option<&ObjRef> {
    if !matches!(o.payload(), Payload::Object(_)) {
        return None;
    }
    let ty = o.raw_type()?;
    let td = crate::types::type_data(ty);
    (td.heap_type && !hooks(td.slots.get())).then_some(ty)
}

/// `d` as a `__slots__` member descriptor, if it is one.
#[inline]
fn as_member<'a>(vm: &Vm, d: &'a Option<Value>) -> Option<&'a ObjRef> {
    match d {
        Some(Value::Obj(o)) if crate::types::class::is_member_descriptor(vm, o) => Some(o),
        _ => None,
    }
}

/// Whether `d` is a Python function (which binds to the instance it is read through).
#[inline]
fn is_function(d: &Value) -> bool {
    matches!(d, Value::Obj(o) if matches!(o.payload(), Payload::Function(_)))
}

/// Whether a class attribute `d` is certainly not a data descriptor (so the instance dict
/// takes precedence over it): plain functions, unboxed values, and the immutable builtin
/// values classes use as instance defaults (`_result = None`, `_state = 'PENDING'`).
#[inline]
fn is_plain_non_data(vm: &Vm, d: &Value) -> bool {
    match d {
        Value::Obj(o) => match o.payload() {
            Payload::Function(_) => true,
            Payload::Str(_)
            | Payload::Tuple(_)
            | Payload::BigInt(_)
            | Payload::Float(_)
            | Payload::Bytes(_)
            | Payload::FrozenSet(_) => {
                // Only instances of the builtin types themselves: a subclass (or a builtin
                // descriptor type reusing the layout, like member_descriptor) may define
                // `__set__`.
                let Some(t) = o.raw_type() else { return false };
                t.is(&vm.t.str)
                    || t.is(&vm.t.tuple)
                    || t.is(&vm.t.int)
                    || t.is(&vm.t.float)
                    || t.is(&vm.t.bytes)
                    || t.is(&vm.t.frozenset)
            }
            _ => false,
        },
        _ => true,
    }
}

/// What an attribute name resolved to on one class, valid while the type version is
/// unchanged (every change to a class's dict, bases or dunder hooks bumps it, and so does
/// making a class, so a freed class's address cannot be mistaken for a new one).
#[derive(Clone, Copy, Default)]
pub struct AttrCache {
    /// The class's address (0: empty).
    ty: usize,
    version: u64,
    /// How `LOAD_ATTR` resolves the name on instances of the class.
    load: AttrKind,
    /// How `STORE_ATTR` does.
    store: AttrKind,
    /// What `LOAD_METHOD` found on the class: a plain method to call with the instance as
    /// self, unless the instance shadows it (CPython's `LOAD_METHOD_WITH_VALUES`).
    method: crate::heap::CachedRef,
    /// The class's `instance_names` version when `method` was cached and no instance of
    /// the class had stored that name inline (`u32::MAX`: unknown).
    names_version: u32,
}

#[derive(Clone, Copy, Default, PartialEq, Eq)]
enum AttrKind {
    /// Not worked out yet: take the general path (and work it out).
    #[default]
    Unknown,
    /// Only the instance's own attributes matter: nothing of that name on the class
    /// (for loads), or nothing that is a data descriptor (for stores), and no hooks. The
    /// number is where the name was last found among the inline attributes: instances of
    /// a class usually set their attributes in the same order (CPython 3.11 keeps the
    /// index from the class's shared keys in `LOAD_ATTR_INSTANCE_VALUE`).
    Instance(u32),
    /// A `__slots__` member of that name, at this slot index.
    Slot(u32),
    /// Anything else: always the general path.
    General,
}

/// The cache entry for `o` (a plain instance) at name index `ni`, reset if it was for
/// another class or type version.
#[inline]
fn attr_entry<'a>(
    code: &'a CodeData,
    ni: u32,
    ty: &ObjRef,
) -> (AttrCache, &'a std::cell::Cell<AttrCache>) {
    let cell = &code.attr_cache[ni as usize];
    let mut c = cell.get();
    let version = crate::types::type_version();
    if c.ty != ty.addr() || c.version != version {
        c = AttrCache {
            ty: ty.addr(),
            version,
            load: AttrKind::Unknown,
            store: AttrKind::Unknown,
            method: crate::heap::CachedRef::default(),
            names_version: u32::MAX,
        };
    }
    (c, cell)
}

/// How a load or store of `name` on instances of `ty` resolves (see [`AttrKind`]).
fn classify(vm: &Vm, ty: &ObjRef, name: &ObjRef, store: bool) -> AttrKind {
    let td = crate::types::type_data(ty);
    let s = td.slots.get();
    let hooked = if store {
        s.setattr || s.delattr
    } else {
        s.getattribute || s.getattr
    };
    if !td.heap_type || hooked {
        return AttrKind::General;
    }
    let descr = crate::types::lookup(vm, ty, name);
    if let Some(m) = as_member(vm, &descr) {
        let (_, owner, index) = crate::types::class::member_parts(m);
        // A member found on another class's MRO applies only to its owner's instances.
        return if vm.is_subtype(ty, owner) {
            AttrKind::Slot(index as u32)
        } else {
            AttrKind::General
        };
    }
    // For a load, a class attribute that is not a data descriptor only matters when the
    // instance lacks the name, and then the general path runs.
    let instance_only = match &descr {
        None => true,
        // (Methods are left to the general path for loads: instances rarely shadow
        // them, so scanning the instance first would be wasted.)
        Some(d) => is_plain_non_data(vm, d) && (store || !is_function(d)),
    };
    if instance_only && td.has_instance_dict {
        AttrKind::Instance(0)
    } else {
        AttrKind::General
    }
}

/// How a load (or a store, `store`) of `name` = `co_names[ni]` resolves on `o`: worked
/// out and cached on first use for a plain instance's class, `General` for anything else.
#[inline]
fn cached_kind(
    vm: &Vm,
    code: &CodeData,
    ni: u32,
    o: &ObjRef,
    name: &ObjRef,
    store: bool,
) -> AttrKind {
    let (Payload::Object(_), Some(ty)) = (o.payload(), o.raw_type()) else {
        return AttrKind::General;
    };
    let (mut c, cell) = attr_entry(code, ni, ty);
    let known = if store { c.store } else { c.load };
    if known != AttrKind::Unknown {
        return known;
    }
    let kind = classify(vm, ty, name, store);
    if store {
        c.store = kind;
    } else {
        c.load = kind;
    }
    cell.set(c);
    kind
}

/// `LOAD_ATTR` of `co_names[ni]`, through the per-name cache for plain instances.
#[inline]
pub fn load_attr_cached(vm: &Vm, owner: &Value, code: &CodeData, ni: u32) -> PyResult<Value> {
    let name = name_obj(code, ni);
    if let Value::Obj(o) = owner {
        let found = match cached_kind(vm, code, ni, o, name, false) {
            AttrKind::Instance(hint) => {
                let (v, at) = crate::instance_attrs::get_hinted(vm, o, name, hint as usize);
                if let Some(at) = at {
                    let cell = &code.attr_cache[ni as usize];
                    let mut c = cell.get();
                    c.load = AttrKind::Instance(at as u32);
                    cell.set(c);
                }
                v
            }
            AttrKind::Slot(i) => crate::instance_attrs::slot_get(vm, o, i as usize, name),
            _ => None,
        };
        if let Some(v) = found {
            return Ok(v);
        }
    }
    load_attr(vm, owner, name)
}

/// `LOAD_METHOD` of `co_names[ni]`: `(method, true)` for a method to call with `owner`
/// as self, else `(attribute, false)`. A method found on the class of a heap object is
/// remembered per name until the class or the type version changes.
#[inline]
pub fn load_method_cached(
    vm: &Vm,
    owner: &Value,
    code: &CodeData,
    ni: u32,
) -> PyResult<(Value, bool)> {
    let name = name_obj(code, ni);
    let Value::Obj(o) = owner else {
        return crate::protocol::attr::load_method(vm, owner, name);
    };
    let Some(ty) = o.raw_type() else {
        return crate::protocol::attr::load_method(vm, owner, name);
    };
    let (mut c, cell) = attr_entry(code, ni, ty);
    // SAFETY: `attr_entry` reset the entry unless it was made for this class under the
    // current type version, so a cached method is still in its class dict; the GIL is
    // held.
    if let Some(m) = unsafe { c.method.get() } {
        // The instance's own attribute of that name wins over a method (only objects
        // with instance attributes can have one); a plain instance without a dict can
        // only have a name some instance of its class stored.
        let unshadowed = c.names_version != u32::MAX
            && matches!(o.payload(), Payload::Object(_))
            && o.dict_cell().borrow().is_none()
            && crate::types::type_data(ty)
                .instance_names
                .borrow()
                .version()
                == c.names_version;
        if !unshadowed {
            if let Some(v) = crate::protocol::attr::instance_dict_get(vm, o, name) {
                return Ok((v, false));
            }
        }
        return Ok((Value::Obj(m), true));
    }
    let found = crate::protocol::attr::load_method(vm, owner, name)?;
    if let (Value::Obj(m), true) = &found {
        c.method = crate::heap::CachedRef::new(m);
        let names = crate::types::type_data(ty).instance_names.borrow();
        c.names_version = if names.may_have(name) {
            u32::MAX
        } else {
            names.version()
        };
        drop(names);
        cell.set(c);
    }
    Ok(found)
}

/// `STORE_ATTR` of `co_names[ni]`, through the per-name cache for plain instances.
#[inline]
pub fn store_attr_cached(
    vm: &Vm,
    owner: &Value,
    code: &CodeData,
    ni: u32,
    value: Value,
) -> PyResult<()> {
    let name = name_obj(code, ni);
    if let Value::Obj(o) = owner {
        match cached_kind(vm, code, ni, o, name, true) {
            AttrKind::Instance(_) => return crate::instance_attrs::set(vm, o, name, value),
            AttrKind::Slot(i) => {
                return crate::instance_attrs::slot_set(vm, o, i as usize, name, value)
            }
            _ => {}
        }
    }
    store_attr(vm, owner, name, value)
}

#[inline]
pub fn load_attr(vm: &Vm, owner: &Value, name: &ObjRef) -> PyResult<Value> {
    // Fast path: an attribute of a plain instance of a class without attribute hooks,
    // when the class attribute (if any) is not a data descriptor: the instance dict,
    // else the class attribute bound as `object.__getattribute__` would bind it.
    if let Value::Obj(o) = owner {
        if let Some(ty) = plain_heap_instance_type(o, |s| s.getattribute || s.getattr) {
            let descr = crate::types::lookup(vm, ty, name);
            if let Some(m) = as_member(vm, &descr) {
                // A `__slots__` slot (a data descriptor), read as its `__get__` would.
                return crate::types::class::member_get(vm, m, owner);
            }
            let has_dict = crate::types::type_data(ty).has_instance_dict;
            if has_dict && descr.as_ref().is_none_or(|d| is_plain_non_data(vm, d)) {
                if let Some(v) = attr::instance_dict_get(vm, o, name) {
                    return Ok(v);
                }
                match descr {
                    // A function binds; the other non-data values are returned as they are.
                    Some(d @ Value::Obj(_)) if is_function(&d) => {
                        return Ok(attr::new_bound_method(vm, d, owner.clone()))
                    }
                    Some(v) => return Ok(v),
                    None => {}
                }
            }
        }
    }
    attr::get_attr(vm, owner, name)
}

/// `owner.name = value`, with the plain-instance fast path mirroring `load_attr`.
#[inline]
pub fn store_attr(vm: &Vm, owner: &Value, name: &ObjRef, value: Value) -> PyResult<()> {
    if let Value::Obj(o) = owner {
        if let Some(ty) = plain_heap_instance_type(o, |s| s.setattr) {
            let descr = crate::types::lookup(vm, ty, name);
            if let Some(m) = as_member(vm, &descr) {
                return crate::types::class::member_set(vm, m, owner, Some(value));
            }
            let has_dict = crate::types::type_data(ty).has_instance_dict;
            if has_dict && descr.as_ref().is_none_or(|d| is_plain_non_data(vm, d)) {
                return crate::instance_attrs::set(vm, o, name, value);
            }
        }
    }
    attr::set_attr(vm, owner, name, Some(value))
}

/// `container[key]` for an exact list or tuple and an in-range int; None for anything
/// else (including an index out of range, which the general path reports).
#[inline(always)]
pub fn fast_subscr(vm: &Vm, container: &Value, key: &Value) -> Option<Value> {
    let (Value::Obj(o), Value::Int(i)) = (container, key) else {
        return None;
    };
    match o.payload() {
        Payload::List(l) if o.raw_type().is_some_and(|t| t.is(&vm.t.list)) => {
            let l = l.try_borrow().ok()?;
            sequence::norm_index(*i, l.len()).map(|i| l[i].clone())
        }
        Payload::Tuple(t) if o.raw_type().is_some_and(|ty| ty.is(&vm.t.tuple)) => {
            sequence::norm_index(*i, t.len()).map(|i| t[i].clone())
        }
        _ => None,
    }
}

pub fn subscr(vm: &Vm, container: &Value, key: &Value) -> PyResult<Value> {
    if let (Value::Obj(o), Value::Int(i)) = (container, key) {
        if let Payload::List(l) = o.payload() {
            if o.raw_type().is_some_and(|t| t.is(&vm.t.list)) {
                let l = l.borrow();
                return match sequence::norm_index(*i, l.len()) {
                    Some(i) => Ok(l[i].clone()),
                    None => Err(vm.index_error("list index out of range")),
                };
            }
        }
    }
    sequence::get_item(vm, container, key)
}

pub fn store_subscr(vm: &Vm, container: &Value, key: &Value, value: Value) -> PyResult<()> {
    if let (Value::Obj(o), Value::Int(i)) = (container, key) {
        if let Payload::List(l) = o.payload() {
            if o.raw_type().is_some_and(|t| t.is(&vm.t.list)) {
                let mut l = l.borrow_mut();
                let n = l.len();
                return match sequence::norm_index(*i, n) {
                    Some(i) => {
                        let old = std::mem::replace(&mut l[i], value);
                        drop(l);
                        drop(old);
                        Ok(())
                    }
                    None => Err(vm.index_error("list assignment index out of range")),
                };
            }
        }
    }
    sequence::set_item(vm, container, key, Some(value))
}

/// `CALL n`: a Python function becomes a new frame (returned); anything else is called
/// right here and its result pushed.
pub fn call(vm: &Vm, frame: &mut Frame, n: usize) -> PyResult<Option<Box<Frame>>> {
    let kwnames = frame.kwnames.take();
    let len = frame.stack.len();
    let args_start = len - n;
    let (callable_idx, first_arg) = if frame.stack[args_start - 2].is_null() {
        (args_start - 1, args_start)
    } else {
        (args_start - 2, args_start - 1)
    };
    if kwnames.is_none() {
        if let Some(callee) =
            call_python_positional(vm, frame, callable_idx, first_arg, args_start - 2)
        {
            return Ok(callee);
        }
    }
    let callable = frame.stack[callable_idx].clone();
    let kw: &[Value] = match &kwnames {
        Some(Value::Obj(t)) => match t.payload() {
            Payload::Tuple(items) => items,
            _ => &[],
        },
        _ => &[],
    };
    let all = &frame.stack[first_arg..];
    let npos = all.len() - kw.len();
    let args = Args {
        pos: &all[..npos],
        kwnames: kw,
        kwvalues: &all[npos..],
    };
    if let Value::Obj(o) = &callable {
        let target = match o.payload() {
            Payload::Function(_) => Some((o.clone(), None)),
            Payload::BoundMethod(m) => match &m.0 {
                Value::Obj(f) if matches!(f.payload(), Payload::Function(_)) => {
                    Some((f.clone(), Some(m.1.clone())))
                }
                _ => None,
            },
            _ => None,
        };
        if let Some((func, self_)) = target {
            let new = crate::frame::new_function_frame(vm, &func, self_.as_ref(), args)?;
            frame.stack.truncate(args_start - 2);
            if code_data(&new.code).code.is_generator_like() {
                frame
                    .stack
                    .push(crate::generator::new_generator(vm, &func, new));
                return Ok(None);
            }
            return Ok(Some(new));
        }
    }
    let needs_frame = match &callable {
        Value::Obj(o) => match o.payload() {
            Payload::Native(n) => n.needs_caller && n.bound.is_none(),
            // Zero-argument super() and type(name, bases, ns) (whose `__module__` comes
            // from the caller's globals) need the calling frame.
            _ => (o.is(&vm.t.super_) && n == 0) || (o.is(&vm.t.type_) && n == 3),
        },
        _ => false,
    };
    let r = if needs_frame {
        let zero_arg_super = callable.as_obj().is_some_and(|o| o.is(&vm.t.super_)) && n == 0;
        // Zero-argument super() reads only the first argument and `__class__`: no
        // snapshot of the locals.
        let info = caller_info(vm, frame, !zero_arg_super);
        if zero_arg_super {
            crate::builtins::zero_arg_super(vm, &info)
        } else {
            let prev = vm.caller.replace(Some(info));
            let all = &frame.stack[first_arg..];
            let args = Args {
                pos: &all[..npos],
                kwnames: kw,
                kwvalues: &all[npos..],
            };
            let r = call::call_args(vm, &callable, None, args);
            *vm.caller.borrow_mut() = prev;
            r
        }
    } else {
        call::call_args(vm, &callable, None, args)
    };
    frame.stack.truncate(args_start - 2);
    frame.stack.push(r?);
    Ok(None)
}

/// `CALL_FUNCTION_EX`: `f(*args)` / `f(*args, **kwargs)`. A Python function (or a bound
/// method of one) becomes a new frame for the eval loop to run, as with `CALL`; anything
/// else is called here and its result pushed.
pub fn call_function_ex(vm: &Vm, frame: &mut Frame, arg: u32) -> PyResult<Option<Box<Frame>>> {
    let kwargs = if arg & 1 == 1 {
        Some(pop!(frame))
    } else {
        None
    };
    let args = pop!(frame);
    let func = pop!(frame);
    let _null = pop!(frame);
    let collected;
    let pos: &[Value] = match &args {
        Value::Obj(o) if matches!(o.payload(), Payload::Tuple(_)) => match o.payload() {
            Payload::Tuple(t) => t,
            _ => unreachable!(),
        },
        _ => {
            if iter::get_iter(vm, &args).is_err() {
                return Err(vm.type_error(format!(
                    "{} argument after * must be an iterable, not {}",
                    crate::builtins::func_display_name(vm, &func),
                    vm.type_name(&args)
                )));
            }
            collected = iter::collect(vm, &args)?;
            &collected
        }
    };
    let (names, values) = match &kwargs {
        Some(Value::Obj(d)) => {
            let d = pydict::entries(d);
            let mut names = Vec::with_capacity(d.len());
            let mut values = Vec::with_capacity(d.len());
            for (k, v) in d {
                if crate::vm::as_str(&k).is_none() {
                    return Err(vm.type_error("keywords must be strings"));
                }
                names.push(k);
                values.push(v);
            }
            (names, values)
        }
        _ => (Vec::new(), Vec::new()),
    };
    let call_args = Args {
        pos,
        kwnames: &names,
        kwvalues: &values,
    };
    if let Value::Obj(o) = &func {
        let target = match o.payload() {
            Payload::Function(_) => Some((o, None)),
            Payload::BoundMethod(m) => match &m.0 {
                Value::Obj(f) if matches!(f.payload(), Payload::Function(_)) => {
                    Some((f, Some(&m.1)))
                }
                _ => None,
            },
            _ => None,
        };
        if let Some((f, self_)) = target {
            let new = crate::frame::new_function_frame(vm, f, self_, call_args)?;
            if code_data(&new.code).code.is_generator_like() {
                frame
                    .stack
                    .push(crate::generator::new_generator(vm, f, new));
                return Ok(None);
            }
            return Ok(Some(new));
        }
    }
    let r = call::call_args(vm, &func, None, call_args)?;
    frame.stack.push(r);
    Ok(None)
}

/// The common shape of a Python→Python call: a plain function (or a bound method of
/// one) called with exactly its positional parameters. The arguments are moved from the
/// caller's stack into the callee's locals, as CPython's `_PyEvalFramePushAndInit` steals
/// them. Returns None when the call needs the general path (nothing has been touched then).
#[inline]
fn call_python_positional(
    vm: &Vm,
    frame: &mut Frame,
    callable_idx: usize,
    first_arg: usize,
    base: usize,
) -> Option<Option<Box<Frame>>> {
    let (func, self_) = match &frame.stack[callable_idx] {
        Value::Obj(o) => match o.payload() {
            Payload::Function(_) => (o, None),
            Payload::BoundMethod(m) => match &m.0 {
                Value::Obj(f) if matches!(f.payload(), Payload::Function(_)) => (f, Some(&m.1)),
                _ => return None,
            },
            _ => return None,
        },
        _ => return None,
    };
    let f = crate::frame::function_data(func);
    let code_obj = f.code.borrow();
    let code = &code_data(&code_obj).code;
    let nargs = frame.stack.len() - first_arg + self_.is_some() as usize;
    let simple = code.flags.0
        & (ferropy_bytecode::CodeFlags::VARARGS | ferropy_bytecode::CodeFlags::VARKEYWORDS)
        == 0
        && code.kwonly_arg_count == 0;
    if !simple || nargs != code.arg_count as usize {
        return None;
    }
    let nslots = code.localsplus_names.len();
    let mut slot = crate::frame::FrameSlot::take(nslots, code.max_stackdepth as usize);
    drop(code_obj);
    let fast = slot.fast();
    if let Some(s) = self_ {
        fast.push(s.clone());
    }
    let func = func.clone();
    // Move the arguments (popped last-first, then put back in order).
    let start = fast.len();
    for _ in first_arg..frame.stack.len() {
        fast.push(frame.stack.pop().expect("argument"));
    }
    fast[start..].reverse();
    if fast.len() < nslots {
        fast.resize(nslots, Value::Null);
    }
    // The callable (and the NULL slot below it) are released now, like CPython.
    frame.stack.truncate(base);
    let new = crate::frame::function_frame_with_locals(&func, slot);
    if code_data(&new.code).code.is_generator_like() {
        frame
            .stack
            .push(crate::generator::new_generator(vm, &func, new));
        return Some(None);
    }
    Some(Some(new))
}

/// What frame-aware builtins learn about the calling frame.
fn caller_info(vm: &Vm, frame: &Frame, with_locals: bool) -> crate::builtins::CallerInfo {
    let cd = code_data(&frame.code);
    let locals = match &frame.locals {
        _ if !with_locals => Value::None,
        Some(l) => l.clone(),
        None if !cd.code.flags.has(ferropy_bytecode::CodeFlags::OPTIMIZED) => {
            Value::Obj(frame.globals.clone())
        }
        None => {
            let d = vm.new_dict();
            for (i, name) in cd.local_names.iter().enumerate() {
                let v = match cd.code.localsplus_kinds[i] {
                    ferropy_bytecode::LocalKind::Local => frame.fast[i].clone(),
                    _ => cell_get(&frame.fast[i]),
                };
                if !v.is_null() {
                    let _ = pydict::set_item(vm, &d, name.clone(), v);
                }
            }
            Value::Obj(d)
        }
    };
    // CPython's super_init_without_args looks at co_argcount only (`*args` does not count).
    let first_arg = if cd.code.arg_count > 0 {
        let v = &frame.fast[0];
        Some(match cd.code.localsplus_kinds[0] {
            ferropy_bytecode::LocalKind::LocalCell | ferropy_bytecode::LocalKind::Cell if matches!(v, Value::Obj(o) if matches!(o.payload(), Payload::Cell(_))) => {
                cell_get(v)
            }
            _ => v.clone(),
        })
    } else {
        None
    };
    let class_cell = cd
        .code
        .localsplus_names
        .iter()
        .position(|n| n == "__class__")
        .map(|i| cell_get(&frame.fast[i]));
    crate::builtins::CallerInfo {
        globals: frame.globals.clone(),
        locals,
        first_arg,
        class_cell,
    }
}

/// Every opcode the dispatch loop does not handle inline (`CALL`, `CALL_FUNCTION_EX`,
/// `UNPACK_SEQUENCE` and the other hot ones are not here).
pub fn execute_other(
    vm: &Vm,
    frame: &mut Frame,
    code: &CodeData,
    op: Opcode,
    arg: u32,
) -> PyResult<()> {
    match op {
        Opcode::UnaryNegative => unary(vm, frame, b'-'),
        Opcode::UnaryPositive => unary(vm, frame, b'+'),
        Opcode::UnaryInvert => unary(vm, frame, b'~'),
        Opcode::UnaryNot => {
            let v = pop!(frame);
            let t = number::truthy(vm, &v)?;
            frame.stack.push(Value::Bool(!t));
            Ok(())
        }
        Opcode::IsOp => {
            let b = pop!(frame);
            let a = pop!(frame);
            frame.stack.push(Value::Bool(a.is(&b) != (arg == 1)));
            Ok(())
        }
        Opcode::ContainsOp => {
            let b = pop!(frame);
            let a = pop!(frame);
            let r = sequence::contains(vm, &b, &a)?;
            frame.stack.push(Value::Bool(r != (arg == 1)));
            Ok(())
        }
        Opcode::DeleteSubscr => {
            let key = pop!(frame);
            let container = pop!(frame);
            sequence::set_item(vm, &container, &key, None)
        }
        Opcode::BuildSlice => {
            let step = if arg == 3 { pop!(frame) } else { Value::None };
            let stop = pop!(frame);
            let start = pop!(frame);
            frame.stack.push(Value::Obj(ObjRef::new(
                Some(vm.t.slice.clone()),
                Payload::Slice(Box::new([start, stop, step])),
            )));
            Ok(())
        }
        Opcode::DeleteFast => {
            if frame.fast[arg as usize].is_null() {
                return Err(unbound_local(vm, code, arg));
            }
            frame.fast[arg as usize] = Value::Null;
            Ok(())
        }
        Opcode::MakeCell => {
            let v = std::mem::take(&mut frame.fast[arg as usize]);
            frame.fast[arg as usize] = Value::Obj(ObjRef::new(
                Some(vm.t.cell.clone()),
                Payload::Cell(RefCell::new(v)),
            ));
            Ok(())
        }
        Opcode::CopyFreeVars => {
            let func = frame.func.clone().expect("COPY_FREE_VARS needs a function");
            let closure = crate::frame::function_data(&func).closure.clone();
            if let Value::Obj(t) = closure {
                if let Payload::Tuple(cells) = t.payload() {
                    let start = frame.fast.len() - arg as usize;
                    for (i, c) in cells.iter().enumerate() {
                        frame.fast[start + i] = c.clone();
                    }
                }
            }
            Ok(())
        }
        Opcode::LoadClosure => {
            frame.stack.push(frame.fast[arg as usize].clone());
            Ok(())
        }
        Opcode::LoadDeref => {
            let v = cell_get(&frame.fast[arg as usize]);
            if v.is_null() {
                return Err(free_var_error(vm, code, arg));
            }
            frame.stack.push(v);
            Ok(())
        }
        Opcode::LoadClassderef => {
            let name = &code.local_names[arg as usize];
            if let Some(Value::Obj(locals)) = &frame.locals {
                if let Some(v) = mapping_get(vm, locals, name)? {
                    frame.stack.push(v);
                    return Ok(());
                }
            }
            let v = cell_get(&frame.fast[arg as usize]);
            if v.is_null() {
                return Err(free_var_error(vm, code, arg));
            }
            frame.stack.push(v);
            Ok(())
        }
        Opcode::StoreDeref => {
            let v = pop!(frame);
            cell_set(&frame.fast[arg as usize], v);
            Ok(())
        }
        Opcode::DeleteDeref => {
            if cell_get(&frame.fast[arg as usize]).is_null() {
                return Err(free_var_error(vm, code, arg));
            }
            cell_set(&frame.fast[arg as usize], Value::Null);
            Ok(())
        }
        Opcode::LoadName => {
            let name = &code.names[arg as usize];
            if let Some(Value::Obj(locals)) = &frame.locals {
                if let Some(v) = mapping_get(vm, locals, name)? {
                    frame.stack.push(v);
                    return Ok(());
                }
            }
            let n = name_obj(code, arg);
            if let Some(v) = pydict::get_str_key(vm, &frame.globals, n) {
                frame.stack.push(v);
                return Ok(());
            }
            if let Some(v) = pydict::get_str_key(vm, &frame.builtins, n) {
                frame.stack.push(v);
                return Ok(());
            }
            if let Some(v) = lazy_builtin(vm, &frame.builtins, n)? {
                frame.stack.push(v);
                return Ok(());
            }
            Err(vm.name_error(format!(
                "name '{}' is not defined",
                crate::vm::as_str(name).unwrap_or("?")
            )))
        }
        Opcode::StoreName => {
            let v = pop!(frame);
            let name = code.names[arg as usize].clone();
            match &frame.locals {
                Some(Value::Obj(l)) => mapping_set(vm, l, name, Some(v)),
                _ => pydict::set_item(vm, &frame.globals, name, v),
            }
        }
        Opcode::DeleteName => {
            let name = code.names[arg as usize].clone();
            let r = match &frame.locals {
                Some(Value::Obj(l)) => mapping_set(vm, l, name.clone(), None),
                _ => pydict::del_item(vm, &frame.globals, &name),
            };
            r.map_err(|_| {
                vm.name_error(format!(
                    "name '{}' is not defined",
                    crate::vm::as_str(&name).unwrap_or("?")
                ))
            })
        }
        Opcode::StoreGlobal => {
            let v = pop!(frame);
            pydict::set_item(vm, &frame.globals, code.names[arg as usize].clone(), v)
        }
        Opcode::DeleteGlobal => {
            let name = code.names[arg as usize].clone();
            pydict::del_item(vm, &frame.globals, &name).map_err(|_| {
                vm.name_error(format!(
                    "name '{}' is not defined",
                    crate::vm::as_str(&name).unwrap_or("?")
                ))
            })
        }
        Opcode::DeleteAttr => {
            let owner = pop!(frame);
            attr::set_attr(vm, &owner, name_obj(code, arg), None)
        }
        Opcode::LoadAssertionError => {
            frame.stack.push(Value::Obj(vm.exc.assertion_error.clone()));
            Ok(())
        }
        Opcode::LoadBuildClass => {
            let v = pydict::get_str_key(vm, &frame.builtins, &vm.intern("__build_class__"))
                .ok_or_else(|| vm.name_error("__build_class__ not found"))?;
            frame.stack.push(v);
            Ok(())
        }
        Opcode::MakeFunction => make_function_op(vm, frame, arg),
        Opcode::BuildTuple => {
            let items = frame.stack.split_off(frame.stack.len() - arg as usize);
            frame.stack.push(vm.new_tuple(items));
            Ok(())
        }
        Opcode::BuildList => {
            let items = frame.stack.split_off(frame.stack.len() - arg as usize);
            frame.stack.push(vm.new_list(items));
            Ok(())
        }
        Opcode::BuildSet => {
            let items = frame.stack.split_off(frame.stack.len() - arg as usize);
            let s = crate::types::set::new_set(vm, false);
            for it in items {
                crate::types::set::add(vm, &s, it)?;
            }
            frame.stack.push(Value::Obj(s));
            Ok(())
        }
        Opcode::BuildMap => {
            let items = frame.stack.split_off(frame.stack.len() - 2 * arg as usize);
            let d = vm.new_dict();
            let mut it = items.into_iter();
            while let (Some(k), Some(v)) = (it.next(), it.next()) {
                pydict::set_item(vm, &d, k, v)?;
            }
            frame.stack.push(Value::Obj(d));
            Ok(())
        }
        Opcode::BuildConstKeyMap => {
            let keys = pop!(frame);
            let values = frame.stack.split_off(frame.stack.len() - arg as usize);
            let d = vm.new_dict();
            if let Value::Obj(k) = &keys {
                if let Payload::Tuple(ks) = k.payload() {
                    for (k, v) in ks.iter().zip(values) {
                        pydict::set_item(vm, &d, k.clone(), v)?;
                    }
                }
            }
            frame.stack.push(Value::Obj(d));
            Ok(())
        }
        Opcode::BuildString => {
            let items = frame.stack.split_off(frame.stack.len() - arg as usize);
            let mut s = String::new();
            for it in &items {
                s.push_str(crate::vm::as_str(it).unwrap_or(""));
            }
            frame.stack.push(vm.new_string(s));
            Ok(())
        }
        Opcode::ListAppend => {
            let v = pop!(frame);
            let l = &frame.stack[frame.stack.len() - arg as usize];
            if let Value::Obj(o) = l {
                if let Payload::List(items) = o.payload() {
                    return crate::types::list::push(vm, o, items, v);
                }
            }
            Ok(())
        }
        Opcode::SetAdd => {
            let v = pop!(frame);
            let s = frame.stack[frame.stack.len() - arg as usize].clone();
            crate::types::set::add(vm, s.as_obj().expect("set"), v)
        }
        Opcode::MapAdd => {
            let v = pop!(frame);
            let k = pop!(frame);
            let d = frame.stack[frame.stack.len() - arg as usize].clone();
            pydict::set_item(vm, d.as_obj().expect("dict"), k, v)
        }
        Opcode::ListExtend => {
            let it = pop!(frame);
            let l = frame.stack[frame.stack.len() - arg as usize].clone();
            crate::types::list::extend(vm, l.as_obj().expect("list"), &it).map_err(|e| {
                if vm.err_matches(&e, &vm.exc.type_error) && iter::get_iter(vm, &it).is_err() {
                    vm.type_error(format!(
                        "Value after * must be an iterable, not {}",
                        vm.type_name(&it)
                    ))
                } else {
                    e
                }
            })
        }
        Opcode::SetUpdate => {
            let it = pop!(frame);
            let s = frame.stack[frame.stack.len() - arg as usize].clone();
            for x in iter::collect(vm, &it)? {
                crate::types::set::add(vm, s.as_obj().expect("set"), x)?;
            }
            Ok(())
        }
        Opcode::DictUpdate => {
            let m = pop!(frame);
            let d = frame.stack[frame.stack.len() - arg as usize].clone();
            pydict::update_from(vm, d.as_obj().expect("dict"), &m).map_err(|e| {
                if vm.err_matches(&e, &vm.exc.attribute_error) {
                    vm.type_error(format!("'{}' object is not a mapping", vm.type_name(&m)))
                } else {
                    e
                }
            })
        }
        Opcode::DictMerge => {
            let m = pop!(frame);
            let d = frame.stack[frame.stack.len() - arg as usize].clone();
            let d = d.as_obj().expect("dict").clone();
            let func_name = {
                let f = &frame.stack[frame.stack.len() - arg as usize - 2];
                crate::builtins::func_display_name(vm, f)
            };
            let entries = match mapping_entries(vm, &m) {
                Ok(e) => e,
                Err(_) => {
                    return Err(vm.type_error(format!(
                        "{func_name} argument after ** must be a mapping, not {}",
                        vm.type_name(&m)
                    )))
                }
            };
            for (k, v) in entries {
                if pydict::get_item(vm, &d, &k)?.is_some() {
                    return Err(vm.type_error(format!(
                        "{func_name} got multiple values for keyword argument '{}'",
                        crate::vm::as_str(&k).unwrap_or("?")
                    )));
                }
                pydict::set_item(vm, &d, k, v)?;
            }
            Ok(())
        }
        Opcode::ListToTuple => {
            let l = pop!(frame);
            let items = match &l {
                Value::Obj(o) => match o.payload() {
                    Payload::List(v) => v.borrow().clone(),
                    _ => Vec::new(),
                },
                _ => Vec::new(),
            };
            frame.stack.push(vm.new_tuple(items));
            Ok(())
        }
        Opcode::UnpackEx => unpack_ex(vm, frame, (arg & 0xff) as usize, (arg >> 8) as usize),
        Opcode::GetIter => {
            let v = pop!(frame);
            frame.stack.push(iter::get_iter(vm, &v)?);
            Ok(())
        }
        Opcode::PopJumpIfNone | Opcode::PopJumpIfNotNone => {
            let v = pop!(frame);
            if v.is_none() == (op == Opcode::PopJumpIfNone) {
                let backward = (arg as usize) <= frame.lasti;
                frame.pc = arg as usize;
                // `while x is not None:` closes with a backward jump: a safe point.
                if backward && vm.gil.breaker_set() {
                    return super::handle_eval_breaker(vm);
                }
            }
            Ok(())
        }
        Opcode::JumpIfFalseOrPop | Opcode::JumpIfTrueOrPop => {
            let v = frame.stack.last().expect("stack").clone();
            let t = number::truthy(vm, &v)?;
            if t == (op == Opcode::JumpIfTrueOrPop) {
                frame.pc = arg as usize;
            } else {
                frame.stack.pop();
            }
            Ok(())
        }
        Opcode::RaiseVarargs => {
            let (exc, cause) = match arg {
                0 => (None, None),
                1 => (Some(pop!(frame)), None),
                _ => {
                    let cause = pop!(frame);
                    (Some(pop!(frame)), Some(cause))
                }
            };
            Err(exceptions::do_raise(vm, exc, cause))
        }
        Opcode::Reraise => {
            let exc = pop!(frame);
            if arg != 0 {
                if let Some(Value::Int(l)) = frame.stack.get(frame.stack.len() - arg as usize) {
                    frame.lasti = *l as usize;
                }
            }
            match exc {
                Value::Obj(o) => Err(PyErr { exc: o }),
                _ => Err(vm.system_error("RERAISE of a non-exception")),
            }
        }
        Opcode::PushExcInfo => {
            let exc = pop!(frame);
            let prev = std::mem::replace(&mut *vm.handled_exc.borrow_mut(), exc.clone());
            frame.stack.push(prev);
            frame.stack.push(exc);
            Ok(())
        }
        Opcode::PopExcept => {
            let prev = pop!(frame);
            *vm.handled_exc.borrow_mut() = prev;
            Ok(())
        }
        Opcode::CheckExcMatch => {
            let cls = pop!(frame);
            let exc = frame.stack.last().expect("stack").clone();
            let m = exceptions::exception_matches(vm, &exc, &cls)?;
            frame.stack.push(Value::Bool(m));
            Ok(())
        }
        Opcode::BeforeWith => {
            let mgr = pop!(frame);
            let ty = vm.type_of(&mgr);
            let enter = crate::types::lookup_str(vm, &ty, "__enter__");
            let exit = crate::types::lookup_str(vm, &ty, "__exit__");
            let (enter, exit) = match (enter, exit) {
                (Some(e), Some(x)) => (e, x),
                (None, _) => {
                    return Err(vm.type_error(format!(
                        "'{}' object does not support the context manager protocol",
                        vm.type_name(&mgr)
                    )))
                }
                (Some(_), None) => {
                    return Err(vm.type_error(format!(
                        "'{}' object does not support the context manager protocol (missed __exit__ method)",
                        vm.type_name(&mgr)
                    )))
                }
            };
            let bound_exit = attr::descr_get(vm, exit, Some(&mgr), &ty)?;
            frame.stack.push(bound_exit);
            let r = call::call_method_value(vm, &enter, &mgr, &[])?;
            frame.stack.push(r);
            Ok(())
        }
        Opcode::WithExceptStart => {
            let n = frame.stack.len();
            let exc = frame.stack[n - 1].clone();
            let exit = frame.stack[n - 4].clone();
            let ty = Value::Obj(vm.type_of(&exc));
            let tb = match &exc {
                Value::Obj(o) => crate::error::exc_data(o).borrow().traceback.clone(),
                _ => Value::None,
            };
            let r = call::call(vm, &exit, &[ty, exc, tb])?;
            frame.stack.push(r);
            Ok(())
        }
        Opcode::GetYieldFromIter => {
            let v = pop!(frame);
            let is_gen =
                matches!(&v, Value::Obj(o) if matches!(o.payload(), Payload::Generator(_)));
            let is_coro = matches!(&v, Value::Obj(o) if crate::generator::gen_data(o)
                .is_some_and(|g| g.kind == crate::generator::GenKind::Coroutine));
            if is_coro
                && !code.code.flags.has(
                    ferropy_bytecode::CodeFlags::COROUTINE
                        | ferropy_bytecode::CodeFlags::ITERABLE_COROUTINE,
                )
            {
                return Err(vm.type_error(
                    "cannot 'yield from' a coroutine object in a non-coroutine generator",
                ));
            }
            frame
                .stack
                .push(if is_gen { v } else { iter::get_iter(vm, &v)? });
            Ok(())
        }
        Opcode::Send => crate::generator::send_op(vm, frame, arg),
        Opcode::AsyncGenWrap => {
            let v = pop!(frame);
            frame.stack.push(crate::asyncgen::wrap(vm, v));
            Ok(())
        }
        Opcode::GetAwaitable => {
            let v = pop!(frame);
            let aw = crate::generator::get_awaitable(vm, &v).map_err(|e| {
                // CPython's format_awaitable_error for `async with`.
                if arg == 0 || !vm.err_matches(&e, &vm.exc.type_error) {
                    return e;
                }
                let which = if arg == 1 { "__aenter__" } else { "__aexit__" };
                vm.type_error(format!(
                    "'async with' received an object from {which} that does not implement __await__: {}",
                    vm.type_name(&v)
                ))
            })?;
            frame.stack.push(aw);
            Ok(())
        }
        Opcode::GetAiter | Opcode::GetAnext | Opcode::EndAsyncFor | Opcode::BeforeAsyncWith => {
            crate::generator::async_op(vm, frame, op)
        }
        Opcode::ImportName => {
            let fromlist = pop!(frame);
            let level = pop!(frame);
            let name = crate::vm::as_str(&code.names[arg as usize])
                .unwrap_or("")
                .to_string();
            let m = crate::import::import_name(vm, &name, &frame.globals, &fromlist, &level)?;
            frame.stack.push(m);
            Ok(())
        }
        Opcode::ImportFrom => {
            let module = frame.stack.last().expect("stack").clone();
            let name = name_obj(code, arg).clone();
            let v = crate::import::import_from(vm, &module, &name)?;
            frame.stack.push(v);
            Ok(())
        }
        Opcode::ImportStar => {
            let module = pop!(frame);
            let target = match &frame.locals {
                Some(Value::Obj(l)) => l.clone(),
                _ => frame.globals.clone(),
            };
            crate::import::import_star(vm, &module, &target)
        }
        Opcode::SetupAnnotations => {
            let key = Value::Obj(vm.intern("__annotations__"));
            let target = match &frame.locals {
                Some(Value::Obj(l)) => l.clone(),
                _ => frame.globals.clone(),
            };
            if mapping_get(vm, &target, &key)?.is_none() {
                mapping_set(vm, &target, key, Some(Value::Obj(vm.new_dict())))?;
            }
            Ok(())
        }
        Opcode::FormatValue => {
            let spec = if arg & format::HAVE_SPEC != 0 {
                Some(pop!(frame))
            } else {
                None
            };
            let v = pop!(frame);
            let v = match arg & format::CONV_MASK {
                format::CONV_STR => vm.new_string(repr::str(vm, &v)?),
                format::CONV_REPR => vm.new_string(repr::repr(vm, &v)?),
                format::CONV_ASCII => vm.new_string(repr::ascii(vm, &v)?),
                _ => v,
            };
            let spec_s = spec
                .as_ref()
                .and_then(|s| crate::vm::as_str(s).map(str::to_string))
                .unwrap_or_default();
            let s = if spec_s.is_empty() && crate::vm::as_str(&v).is_some() && !is_heap(vm, &v) {
                v
            } else {
                crate::builtins::format_value(vm, &v, &spec_s)?
            };
            frame.stack.push(s);
            Ok(())
        }
        Opcode::PrintExpr => {
            let v = pop!(frame);
            if !v.is_none() {
                let s = repr::repr(vm, &v)?;
                vm.write_stdout(&s)?;
                vm.write_stdout("\n")?;
                pydict::set_item(vm, &vm.builtins_dict, Value::Obj(vm.intern("_")), v)?;
            }
            Ok(())
        }
        other => Err(vm.system_error(format!("opcode {} not handled", other.name()))),
    }
}

fn is_heap(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Obj(o) if crate::types::type_data(&vm.type_of_obj(o)).heap_type)
}

fn unary(vm: &Vm, frame: &mut Frame, which: u8) -> PyResult<()> {
    let v = pop!(frame);
    frame.stack.push(number::unary(vm, &v, which)?);
    Ok(())
}

fn cell_get(cell: &Value) -> Value {
    match cell {
        Value::Obj(o) => match o.payload() {
            Payload::Cell(c) => c.borrow().clone(),
            _ => Value::Null,
        },
        _ => Value::Null,
    }
}

/// The value in cell `cell`, or None if it is empty (or `cell` is not a cell).
#[inline]
pub fn cell_contents(cell: &Value) -> Option<Value> {
    match cell {
        Value::Obj(o) => match o.payload() {
            Payload::Cell(c) => match &*c.borrow() {
                Value::Null => None,
                v => Some(v.clone()),
            },
            _ => None,
        },
        _ => None,
    }
}

#[inline]
pub fn cell_set(cell: &Value, v: Value) {
    if let Value::Obj(o) = cell {
        if let Payload::Cell(c) = o.payload() {
            let old = std::mem::replace(&mut *c.borrow_mut(), v);
            drop(old);
        }
    }
}

#[cold]
fn free_var_error(vm: &Vm, code: &CodeData, i: u32) -> PyErr {
    let name = &code.code.localsplus_names[i as usize];
    if code.code.localsplus_kinds[i as usize] == ferropy_bytecode::LocalKind::Free {
        vm.name_error(format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"))
    } else {
        vm.unbound_local_error(format!(
            "cannot access local variable '{name}' where it is not associated with a value"
        ))
    }
}

/// `locals[name]` for a locals mapping that is usually a dict.
pub fn mapping_get(vm: &Vm, m: &ObjRef, name: &Value) -> PyResult<Option<Value>> {
    if matches!(m.payload(), Payload::Dict(_)) && !is_heap(vm, &Value::Obj(m.clone())) {
        return pydict::get_item(vm, m, name);
    }
    match sequence::get_item(vm, &Value::Obj(m.clone()), name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.err_matches(&e, &vm.exc.key_error) => Ok(None),
        Err(e) => Err(e),
    }
}

pub fn mapping_set(vm: &Vm, m: &ObjRef, name: Value, v: Option<Value>) -> PyResult<()> {
    if matches!(m.payload(), Payload::Dict(_)) && !is_heap(vm, &Value::Obj(m.clone())) {
        return match v {
            Some(v) => pydict::set_item(vm, m, name, v),
            None => pydict::del_item(vm, m, &name),
        };
    }
    sequence::set_item(vm, &Value::Obj(m.clone()), &name, v)
}

/// (key, value) pairs of a mapping: a dict directly, else via `keys()` and `[]`.
pub fn mapping_entries(vm: &Vm, m: &Value) -> PyResult<Vec<(Value, Value)>> {
    if let Value::Obj(o) = m {
        if matches!(o.payload(), Payload::Dict(_)) {
            return Ok(pydict::entries(o));
        }
    }
    let keys = call::call_method(vm, m, "keys", &[])?;
    let mut out = Vec::new();
    for k in iter::collect(vm, &keys)? {
        let v = sequence::get_item(vm, m, &k)?;
        out.push((k, v));
    }
    Ok(out)
}

#[inline]
pub(super) fn unpack_sequence(vm: &Vm, frame: &mut Frame, n: usize) -> PyResult<()> {
    let seq = pop!(frame);
    if let Value::Obj(o) = &seq {
        // Tuples and lists push their items straight onto the stack (last item first),
        // without an intermediate copy.
        let pushed = match o.payload() {
            Payload::Tuple(t) => Some(push_reversed(frame, t, n)),
            Payload::List(l) => Some(push_reversed(frame, &l.borrow(), n)),
            _ => None,
        };
        match pushed {
            Some(Ok(())) => return Ok(()),
            Some(Err(len)) => return Err(unpack_error(vm, n, len, len > n)),
            None => {}
        }
    }
    let it = iter::get_iter(vm, &seq).map_err(|_| {
        vm.type_error(format!(
            "cannot unpack non-iterable {} object",
            vm.type_name(&seq)
        ))
    })?;
    let mut items = Vec::with_capacity(n);
    while items.len() < n {
        match iter::next(vm, &it)? {
            Some(v) => items.push(v),
            None => return Err(unpack_error(vm, n, items.len(), false)),
        }
    }
    if iter::next(vm, &it)?.is_some() {
        return Err(vm.value_error(format!("too many values to unpack (expected {n})")));
    }
    frame.stack.extend(items.into_iter().rev());
    Ok(())
}

/// Push `items` in reverse order if there are exactly `n` of them, else report the length.
#[inline]
fn push_reversed(frame: &mut Frame, items: &[Value], n: usize) -> Result<(), usize> {
    if items.len() != n {
        return Err(items.len());
    }
    frame.stack.extend(items.iter().rev().cloned());
    Ok(())
}

fn unpack_error(vm: &Vm, expected: usize, got: usize, too_many: bool) -> PyErr {
    if too_many {
        vm.value_error(format!("too many values to unpack (expected {expected})"))
    } else {
        vm.value_error(format!(
            "not enough values to unpack (expected {expected}, got {got})"
        ))
    }
}

fn unpack_ex(vm: &Vm, frame: &mut Frame, before: usize, after: usize) -> PyResult<()> {
    let seq = pop!(frame);
    let items = match iter::get_iter(vm, &seq) {
        Ok(_) => iter::collect(vm, &seq)?,
        Err(_) => {
            return Err(vm.type_error(format!(
                "cannot unpack non-iterable {} object",
                vm.type_name(&seq)
            )))
        }
    };
    if items.len() < before + after {
        return Err(vm.value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        )));
    }
    let mid_end = items.len() - after;
    let mut items = items;
    let tail: Vec<Value> = items.split_off(mid_end);
    let mid: Vec<Value> = items.split_off(before);
    for v in tail.into_iter().rev() {
        frame.stack.push(v);
    }
    frame.stack.push(vm.new_list(mid));
    for v in items.into_iter().rev() {
        frame.stack.push(v);
    }
    Ok(())
}

fn make_function_op(vm: &Vm, frame: &mut Frame, flags: u32) -> PyResult<()> {
    let code = pop!(frame);
    let closure = if flags & make_function::CLOSURE != 0 {
        pop!(frame)
    } else {
        Value::Null
    };
    let annotations = if flags & make_function::ANNOTATIONS != 0 {
        pop!(frame)
    } else {
        Value::Null
    };
    let kwdefaults = if flags & make_function::KWDEFAULTS != 0 {
        pop!(frame)
    } else {
        Value::Null
    };
    let defaults = if flags & make_function::DEFAULTS != 0 {
        pop!(frame)
    } else {
        Value::Null
    };
    let code = code.as_obj().expect("code object").clone();
    let cd = code_data(&code);
    let module =
        pydict::get_str_key(vm, &frame.globals, &vm.intern("__name__")).unwrap_or(Value::None);
    let doc = match &cd.code.docstring {
        Some(d) => vm.new_str(d),
        None => Value::None,
    };
    let annotations = annotations_to_dict(vm, annotations)?;
    let f = Function {
        name: RefCell::new(Value::Obj(vm.intern(&cd.code.name))),
        qualname: RefCell::new(vm.new_str(&cd.code.qualname)),
        code: RefCell::new(code),
        globals: frame.globals.clone(),
        builtins: crate::frame::builtins_for(vm, &frame.globals),
        defaults: RefCell::new(defaults),
        kwdefaults: RefCell::new(kwdefaults),
        closure,
        doc: RefCell::new(doc),
        module,
        annotations: RefCell::new(annotations),
    };
    frame.stack.push(Value::Obj(ObjRef::new(
        Some(vm.t.function.clone()),
        Payload::Function(Box::new(f)),
    )));
    Ok(())
}

/// 3.11 passes annotations as a flat tuple `(name, value, name, value, …)`.
fn annotations_to_dict(vm: &Vm, a: Value) -> PyResult<Value> {
    if let Value::Obj(o) = &a {
        if let Payload::Tuple(items) = o.payload() {
            let d = vm.new_dict();
            for pair in items.chunks(2) {
                if pair.len() == 2 {
                    pydict::set_item(vm, &d, pair[0].clone(), pair[1].clone())?;
                }
            }
            return Ok(Value::Obj(d));
        }
    }
    Ok(a)
}

/// Turn a compiled `CodeObject` into a runtime code object, materialising constants
/// (nested code objects recursively) and interning names.
pub fn load_code(vm: &Vm, code: Arc<CodeObject>) -> ObjRef {
    let consts: Vec<Value> = code
        .constants
        .iter()
        .map(|c| constant_value(vm, c))
        .collect();
    let names: Vec<Value> = code
        .names
        .iter()
        .map(|n| Value::Obj(vm.intern(n)))
        .collect();
    let local_names: Vec<Value> = code
        .localsplus_names
        .iter()
        .map(|n| Value::Obj(vm.intern(n)))
        .collect();
    let attr_cache = (0..code.names.len())
        .map(|_| std::cell::Cell::new(AttrCache::default()))
        .collect();
    let global_cache = (0..code.names.len())
        .map(|_| std::cell::Cell::new((u32::MAX, u32::MAX)))
        .collect();
    ObjRef::new(
        Some(vm.t.code.clone()),
        Payload::Code(Box::new(CodeData {
            code,
            consts: consts.into_boxed_slice(),
            names: names.into_boxed_slice(),
            local_names: local_names.into_boxed_slice(),
            global_cache,
            attr_cache,
        })),
    )
}

fn constant_value(vm: &Vm, c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::Bool(*b),
        Constant::Ellipsis => Value::Obj(vm.none_singletons.ellipsis.clone()),
        Constant::Int(i) => crate::types::int::from_bigint(vm, i.clone()),
        Constant::Float(f) => Value::Float(*f),
        Constant::Complex { real, imag } => crate::types::float::new_complex(vm, *real, *imag),
        Constant::Str(s) => {
            // CPython interns identifier-like constants; do the same so `is` agrees.
            if s.len() <= 40 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                Value::Obj(vm.intern(s))
            } else {
                vm.new_str(s)
            }
        }
        Constant::Bytes(b) => vm.new_bytes(b.clone()),
        Constant::Tuple(items) => {
            vm.new_tuple(items.iter().map(|i| constant_value(vm, i)).collect())
        }
        Constant::FrozenSet(items) => {
            let s = crate::types::set::new_set(vm, true);
            for i in items {
                let _ = crate::types::set::add_frozen(vm, &s, constant_value(vm, i));
            }
            Value::Obj(s)
        }
        Constant::Code(code) => Value::Obj(load_code(vm, code.clone())),
    }
}
