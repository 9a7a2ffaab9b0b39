//! Weak references (CPython `Objects/weakrefobject.c`).
//!
//! A weak reference points at an object without counting: the referent can be freed
//! while weak references to it exist, and they then answer `None` (their callbacks run).
//! Each interpreter keeps a side table from a referent's address to the weak references
//! pointing at it; a header flag (`HAS_WEAKREFS`) tells deallocation to look there, so
//! objects without weak references pay nothing. CPython keeps the list inside the object
//! (`tp_weaklistoffset`) instead.
//!
//! Clearing happens in two places: when the referent is freed by reference counting
//! (after its `__del__`, before its dict and payload are dropped, like `subtype_dealloc`),
//! and when the cycle collector finds it unreachable (before any finalizer runs, so no
//! callback can see a half-cleared object: CPython's `handle_weakrefs`).

use crate::error::PyResult;
use crate::heap::{Obj, ObjRef};
use crate::object::{Args, Payload};
use crate::value::Value;
use crate::Vm;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::ptr::NonNull;

/// The state of a `weakref.ref` object.
pub struct WeakRefData {
    /// The referent, uncounted; None once it is gone.
    pub referent: Cell<Option<NonNull<Obj>>>,
    pub callback: RefCell<Value>,
    /// `hash(ref)`: the referent's hash, computed on first use (-1 = not yet).
    pub hash: Cell<i64>,
}

/// Per-interpreter table: referent address -> the weak reference objects (uncounted).
#[derive(Default)]
pub struct WeakTable {
    refs: RefCell<HashMap<usize, Vec<NonNull<Obj>>>>,
}

fn data(o: &ObjRef) -> Option<&WeakRefData> {
    match o.payload() {
        Payload::WeakRef(w) => Some(w),
        _ => None,
    }
}

/// Can `v` be weakly referenced (CPython: its type has `tp_weaklistoffset`)?
pub fn supports_weakrefs(vm: &Vm, v: &Value) -> bool {
    let Value::Obj(o) = v else { return false };
    let ty = vm.type_of_obj(o);
    if crate::types::type_data(&ty).heap_type {
        return true;
    }
    matches!(
        o.payload(),
        Payload::Function(_)
            | Payload::Type(_)
            | Payload::Set(_)
            | Payload::FrozenSet(_)
            | Payload::Generator(_)
            | Payload::BoundMethod(_)
            | Payload::Code(_)
            | Payload::Module(_)
    )
}

/// The live referent of weak reference `r`, as a new reference.
pub fn referent(r: &ObjRef) -> Option<ObjRef> {
    let p = data(r)?.referent.get()?;
    // SAFETY: a referent pointer is cleared (set to None) before its object is freed, so
    // while it is set the object is alive; the GIL is held.
    Some(unsafe { ObjRef::from_raw_incref(p) })
}

/// Whether weak reference `w`'s referent is gone.
pub fn is_dead(w: &ObjRef) -> bool {
    data(w).is_some_and(|d| d.referent.get().is_none())
}

/// `weakref.ref(obj, callback)`: a basic reference without callback is shared, as in
/// CPython.
pub fn new_ref(vm: &Vm, cls: &ObjRef, target: &Value, callback: Value) -> PyResult<Value> {
    if !supports_weakrefs(vm, target) {
        return Err(vm.type_error(format!(
            "cannot create weak reference to '{}' object",
            vm.type_name(target)
        )));
    }
    let t = target.as_obj().expect("checked");
    let key = t.addr();
    if callback.is_none() && cls.is(&vm.t.weakref) {
        if let Some(list) = vm.gc.weakrefs.refs.borrow().get(&key) {
            for w in list {
                // SAFETY: weak reference objects unregister themselves before being freed.
                let w = unsafe { ObjRef::from_raw_incref(*w) };
                let plain = vm.type_of_obj(&w).is(&vm.t.weakref)
                    && data(&w).is_some_and(|d| d.callback.borrow().is_none());
                if plain {
                    return Ok(Value::Obj(w));
                }
            }
        }
    }
    let w = ObjRef::new(
        Some(cls.clone()),
        Payload::WeakRef(Box::new(WeakRefData {
            referent: Cell::new(Some(t.as_ptr())),
            callback: RefCell::new(callback),
            hash: Cell::new(-1),
        })),
    );
    vm.gc
        .weakrefs
        .refs
        .borrow_mut()
        .entry(key)
        .or_default()
        .push(w.as_ptr());
    t.set_has_weakrefs();
    Ok(Value::Obj(w))
}

/// A weak reference object is being freed: take it out of its referent's list.
pub(crate) fn unregister(table: &WeakTable, w: &Obj) {
    let Payload::WeakRef(d) = w.payload() else {
        return;
    };
    let Some(target) = d.referent.get() else {
        return;
    };
    let mut refs = table.refs.borrow_mut();
    let key = target.as_ptr() as usize;
    if let Some(list) = refs.get_mut(&key) {
        list.retain(|p| !std::ptr::eq(p.as_ptr(), w));
        if list.is_empty() {
            refs.remove(&key);
        }
    }
}

/// The referent `obj` is going away: clear every weak reference to it and return those
/// with a callback (to be called once the referent's state is no longer needed).
pub(crate) fn clear_referent(table: &WeakTable, obj: &Obj) -> Vec<(ObjRef, Value)> {
    clear_referent_if(table, obj, |_| true)
}

/// [`clear_referent`], taking the callback only from weak references `wants_callback`
/// accepts. The collector leaves a garbage weak reference its callback, as CPython's
/// `_PyWeakref_ClearRef` does: the callback may itself be garbage, and releasing it in
/// the middle of a collection phase would free an object the phase is still walking.
pub(crate) fn clear_referent_if(
    table: &WeakTable,
    obj: &Obj,
    wants_callback: impl Fn(&ObjRef) -> bool,
) -> Vec<(ObjRef, Value)> {
    let key = obj as *const Obj as usize;
    let list = table.refs.borrow_mut().remove(&key).unwrap_or_default();
    let mut callbacks = Vec::new();
    // CPython calls the callbacks of the most recently created references first.
    for p in list.into_iter().rev() {
        // SAFETY: registered weak reference objects are alive (they unregister when freed).
        let w = unsafe { ObjRef::from_raw_incref(p) };
        if let Some(d) = data(&w) {
            d.referent.set(None);
            if !wants_callback(&w) {
                continue;
            }
            let cb = d.callback.replace(Value::None);
            if !cb.is_none() {
                callbacks.push((w, cb));
            }
        }
    }
    callbacks
}

/// Call the callbacks returned by [`clear_referent`]; errors are unraisable.
pub(crate) fn run_callbacks(vm: &Vm, callbacks: Vec<(ObjRef, Value)>) {
    for (w, cb) in callbacks {
        if let Err(e) = crate::protocol::call::call(vm, &cb, &[Value::Obj(w)]) {
            crate::finalize::write_unraisable(vm, &e, &cb);
        }
    }
}

/// `getweakrefcount(obj)` and `getweakrefs(obj)`.
pub fn refs_to(vm: &Vm, obj: &Value) -> Vec<ObjRef> {
    let Value::Obj(o) = obj else {
        return Vec::new();
    };
    vm.gc
        .weakrefs
        .refs
        .borrow()
        .get(&o.addr())
        .map(|l| {
            l.iter()
                // SAFETY: registered weak reference objects are alive.
                .map(|p| unsafe { ObjRef::from_raw_incref(*p) })
                .collect()
        })
        .unwrap_or_default()
}

// ----- the `weakref.ReferenceType` type -------------------------------------------------

fn this(vm: &Vm, v: &Value) -> PyResult<ObjRef> {
    match v {
        Value::Obj(o) if data(o).is_some() => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a 'weakref.ReferenceType' object")),
    }
}

fn ref_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos[0]
        .as_obj()
        .cloned()
        .ok_or_else(|| vm.type_error("ref.__new__(X): X is not a type object"))?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("ref() takes no keyword arguments"));
    }
    let n = args.pos.len() - 1;
    if !(1..=2).contains(&n) {
        return Err(vm.type_error(format!("__new__ expected at most 2 arguments, got {n}")));
    }
    let callback = args.pos.get(2).cloned().unwrap_or(Value::None);
    new_ref(vm, &cls, &args.pos[1], callback)
}

fn ref_init(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn ref_call(vm: &Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args.pos[0])?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("weakref() takes no keyword arguments"));
    }
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "weakref expected 0 arguments, got {}",
            args.pos.len() - 1
        )));
    }
    Ok(referent(&r).map_or(Value::None, Value::Obj))
}

fn ref_hash(vm: &Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args.pos[0])?;
    let d = data(&r).expect("weakref");
    if d.hash.get() != -1 {
        return Ok(Value::Int(d.hash.get()));
    }
    let target = referent(&r).ok_or_else(|| vm.type_error("weak object has gone away"))?;
    let h = crate::protocol::hash::hash(vm, &Value::Obj(target))?;
    d.hash.set(h);
    Ok(Value::Int(h))
}

fn ref_eq_impl(vm: &Vm, args: Args, negate: bool) -> PyResult<Value> {
    let a = this(vm, &args.pos[0])?;
    let b = match &args.pos[1] {
        Value::Obj(o) if data(o).is_some() => o.clone(),
        _ => return Ok(vm.not_implemented()),
    };
    let eq = match (referent(&a), referent(&b)) {
        (Some(x), Some(y)) => crate::protocol::compare::eq(vm, &Value::Obj(x), &Value::Obj(y))?,
        _ => a.is(&b),
    };
    Ok(Value::Bool(eq != negate))
}

fn ref_eq(vm: &Vm, args: Args) -> PyResult<Value> {
    ref_eq_impl(vm, args, false)
}

fn ref_ne(vm: &Vm, args: Args) -> PyResult<Value> {
    ref_eq_impl(vm, args, true)
}

fn ref_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args.pos[0])?;
    Ok(vm.new_string(match referent(&r) {
        None => format!("<weakref at {:#x}; dead>", r.addr()),
        Some(t) => {
            let tv = Value::Obj(t.clone());
            let name = crate::protocol::attr::get_attr_str(vm, &tv, "__name__")
                .ok()
                .and_then(|n| crate::vm::as_str(&n).map(str::to_string));
            let tn = crate::types::type_name(&vm.type_of_obj(&t));
            match name {
                Some(n) => format!(
                    "<weakref at {:#x}; to '{tn}' at {:#x} ({n})>",
                    r.addr(),
                    t.addr()
                ),
                None => format!("<weakref at {:#x}; to '{tn}' at {:#x}>", r.addr(), t.addr()),
            }
        }
    }))
}

fn ref_callback(vm: &Vm, v: &Value) -> PyResult<Value> {
    let r = this(vm, v)?;
    let cb = data(&r).expect("weakref").callback.borrow().clone();
    Ok(cb)
}

fn ref_class_getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos[0]
        .as_obj()
        .cloned()
        .ok_or_else(|| vm.type_error("expected a class"))?;
    Ok(crate::types::class::generic_alias(vm, &cls, &args.pos[1]))
}

pub fn init(vm: &Vm) {
    let t = vm.t.weakref.clone();
    crate::types::add_new(vm, &t, ref_new);
    crate::types::add_method(vm, &t, "__init__", ref_init);
    crate::types::add_method(vm, &t, "__call__", ref_call);
    crate::types::add_method(vm, &t, "__hash__", ref_hash);
    crate::types::add_method(vm, &t, "__eq__", ref_eq);
    crate::types::add_method(vm, &t, "__ne__", ref_ne);
    crate::types::add_method(vm, &t, "__repr__", ref_repr);
    crate::types::add_classmethod(vm, &t, "__class_getitem__", ref_class_getitem);
    crate::types::add_getset(vm, &t, "__callback__", ref_callback, None);
}
