//! Classes: calling a type (`type.__call__`: `__new__` then `__init__`), creating classes
//! (`type(name, bases, ns)`, `__build_class__`, metaclasses, `__init_subclass__`,
//! `__set_name__`), the slot cache, and `type`'s own attributes (CPython
//! `Objects/typeobject.c`).

use crate::dict::Dict;
use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::object::{Args, Layout, Payload, Slots, TypeData};
use crate::protocol::call::{call, call_args, call_method_value};
use crate::types::{add_getset, add_method, lookup_str, mro, type_data, type_name};
use crate::value::Value;
use crate::vm::as_str;
use crate::Vm;
use std::cell::{Cell, RefCell};

/// `cls(*args, **kwargs)`.
pub fn call_type(vm: &Vm, cls: &ObjRef, args: Args) -> PyResult<Value> {
    if cls.is(&vm.t.type_) && args.pos.len() == 1 && args.kwnames.is_empty() {
        return Ok(Value::Obj(vm.type_of(&args.pos[0])));
    }
    // A metaclass with its own __call__ takes over (e.g. singletons).
    let meta = vm.type_of_obj(cls);
    if !meta.is(&vm.t.type_) && type_data(&meta).heap_type {
        if let Some(f) = lookup_str(vm, &meta, "__call__") {
            let is_default = lookup_str(vm, &vm.t.type_, "__call__").is_some_and(|d| d.is(&f));
            if !is_default {
                return call_args(vm, &f, Some(&Value::Obj(cls.clone())), args);
            }
        }
    }
    type_call_default(vm, cls, args)
}

/// Run `f` with `first` prepended to `args`' positionals, without a heap allocation for
/// the common short argument lists.
#[inline]
pub(crate) fn with_first<T>(first: &Value, args: Args, f: impl FnOnce(Args) -> T) -> T {
    let n = args.pos.len();
    if n < 4 {
        let mut buf = [Value::None, Value::None, Value::None, Value::None];
        buf[0] = first.clone();
        buf[1..=n].clone_from_slice(args.pos);
        f(Args {
            pos: &buf[..=n],
            kwnames: args.kwnames,
            kwvalues: args.kwvalues,
        })
    } else {
        let mut v = Vec::with_capacity(n + 1);
        v.push(first.clone());
        v.extend_from_slice(args.pos);
        f(Args {
            pos: &v,
            kwnames: args.kwnames,
            kwvalues: args.kwvalues,
        })
    }
}

/// `type.__call__` proper.
/// `__new__` and `__init__` of `cls`, from its constructor cache when still valid.
fn ctor_info(vm: &Vm, cls: &ObjRef) -> PyResult<crate::object::CtorCache> {
    let version = crate::types::type_version();
    if let Some(c) = &*type_data(cls).ctor_cache.borrow() {
        if c.version == version {
            return Ok(c.clone());
        }
    }
    let new = lookup_str(vm, cls, "__new__")
        .ok_or_else(|| vm.type_error(format!("cannot create '{}' instances", type_name(cls))))?;
    let init = lookup_str(vm, cls, "__init__");
    let c = crate::object::CtorCache {
        version,
        is_object_new: new.is(&vm.object_new),
        init_is_object_init: init.as_ref().is_some_and(|i| i.is(&vm.object_init)),
        may_be_abstract: crate::types::object::has_abstract_entry(vm, cls),
        new,
        init,
    };
    *type_data(cls).ctor_cache.borrow_mut() = Some(c.clone());
    Ok(c)
}

/// `cls(*args)` for the common shape: a class whose constructor cache is current, with
/// `object.__new__`, no abstract methods, and either no `__init__` of its own (and no
/// arguments) or a Python `__init__`. None when any of that does not hold.
#[inline]
fn instantiate_plain(vm: &Vm, cls: &ObjRef, args: &Args) -> Option<PyResult<Value>> {
    let td = type_data(cls);
    if !td.heap_type {
        return None;
    }
    let init = {
        let cache = td.ctor_cache.borrow();
        let c = cache.as_ref()?;
        if c.version != crate::types::type_version() || !c.is_object_new || c.may_be_abstract {
            return None;
        }
        if c.init_is_object_init {
            None
        } else {
            match &c.init {
                Some(Value::Obj(f)) if matches!(f.payload(), Payload::Function(_)) => {
                    Some(f.clone())
                }
                _ => return None,
            }
        }
    };
    let excess = !args.pos.is_empty() || args.has_kwargs();
    match init {
        None if excess => None,
        None => Some(crate::types::object::new_instance(vm, cls)),
        Some(f) => Some((|| {
            let obj = crate::types::object::new_instance(vm, cls)?;
            let r = crate::eval::call_function(vm, &f, Some(&obj), *args)?;
            if !r.is_none() {
                return Err(vm.type_error(format!(
                    "__init__() should return None, not '{}'",
                    vm.type_name(&r)
                )));
            }
            Ok(obj)
        })()),
    }
}

pub fn type_call_default(vm: &Vm, cls: &ObjRef, args: Args) -> PyResult<Value> {
    // `str(x)` / `int(x)` on the exact builtin types (whose `__new__`/`__init__` cannot be
    // replaced): the same results as `str_new`/`int_new`'s one-argument case, without
    // resolving and calling the constructor.
    if args.pos.len() == 1 && args.kwnames.is_empty() {
        let x = &args.pos[0];
        if cls.is(&vm.t.str) {
            return match x {
                Value::Int(i) => {
                    // Format on the stack: one exact-size allocation for the text.
                    use std::io::Write;
                    let mut buf = [0u8; 24];
                    let mut w = &mut buf[..];
                    write!(w, "{i}").expect("an i64 fits in 24 bytes");
                    let n = 24 - w.len();
                    let text = std::str::from_utf8(&buf[..n]).expect("ASCII digits");
                    Ok(crate::types::str::new_str_counted(vm, text, n))
                }
                _ if as_str(x).is_some() && !type_data(&vm.type_of(x)).heap_type => Ok(x.clone()),
                _ => Ok(vm.new_string(crate::protocol::repr::str(vm, x)?)),
            };
        }
        if cls.is(&vm.t.int) {
            return match x {
                Value::Int(_) => Ok(x.clone()),
                _ => crate::types::constructors::to_int(vm, x),
            };
        }
    }
    if let Some(r) = instantiate_plain(vm, cls, &args) {
        return r;
    }
    let ctor = ctor_info(vm, cls)?;
    let new = ctor.new;
    let is_object_new = ctor.is_object_new;
    if !type_data(cls).heap_type
        && !cls.is(&vm.t.object)
        && type_data(cls).layout == crate::object::Layout::Other
        && is_object_new
    {
        // A builtin type with no constructor of its own (CPython: tp_new is NULL).
        return Err(vm.type_error(format!("cannot create '{}' instances", type_name(cls))));
    }
    let clsv = Value::Obj(cls.clone());
    let object_init = vm.object_init.clone();
    let (obj, oty, init) = if is_object_new {
        let init = ctor.init;
        let init_overridden = init.is_some() && !ctor.init_is_object_init;
        let obj = crate::types::object::object_new_for(
            vm,
            cls,
            !args.pos.is_empty() || args.has_kwargs(),
            init_overridden,
            ctor.may_be_abstract,
        )?;
        (obj, cls.clone(), init)
    } else {
        let obj = match &new {
            Value::Obj(o) => match o.payload() {
                Payload::StaticMethod(f) => {
                    let f = f.clone();
                    match &f {
                        Value::Obj(fo) if matches!(fo.payload(), Payload::Native(n) if n.bound.is_none()) =>
                        {
                            let Payload::Native(n) = fo.payload() else {
                                unreachable!()
                            };
                            with_first(&clsv, args, |a| (n.func)(vm, a))?
                        }
                        _ => call_args(vm, &f, Some(&clsv), args)?,
                    }
                }
                _ => call_args(vm, &new, Some(&clsv), args)?,
            },
            _ => call_args(vm, &new, Some(&clsv), args)?,
        };
        if !vm.is_instance(&obj, cls) {
            return Ok(obj);
        }
        let oty = vm.type_of(&obj);
        let init = lookup_str(vm, &oty, "__init__");
        (obj, oty, init)
    };
    if let Some(init) = init {
        // `object.__init__` only ever rejects arguments that `object.__new__` (checked
        // above) or a custom `__new__` accepted: with a custom `__new__` and the default
        // `__init__`, excess arguments are allowed; it has nothing else to do.
        let excess = !args.pos.is_empty() || args.has_kwargs();
        if object_init.is(&init) && (!excess || is_object_new || oty.is(cls)) {
            return Ok(obj);
        }
        let r = match &init {
            Value::Obj(f) if matches!(f.payload(), Payload::Function(_)) => {
                crate::eval::call_function(vm, f, Some(&obj), args)?
            }
            Value::Obj(f) if matches!(f.payload(), Payload::Native(n) if n.bound.is_none() && !n.is_classmethod) =>
            {
                let Payload::Native(n) = f.payload() else {
                    unreachable!()
                };
                with_first(&obj, args, |a| (n.func)(vm, a))?
            }
            _ => call_args(
                vm,
                &crate::protocol::attr::descr_get(vm, init.clone(), Some(&obj), &oty)?,
                None,
                args,
            )?,
        };
        if !r.is_none() {
            return Err(vm.type_error(format!(
                "__init__() should return None, not '{}'",
                vm.type_name(&r)
            )));
        }
    }
    Ok(obj)
}

/// A `__slots__` name as stored: private names (`__x`) are mangled with the class name,
/// as in the class body (`_Cls__x`).
fn mangle_slot(class: &str, slot: &str) -> String {
    let stripped = class.trim_start_matches('_');
    if slot.starts_with("__") && !slot.ends_with("__") && !stripped.is_empty() {
        format!("_{stripped}{slot}")
    } else {
        slot.to_string()
    }
}

/// The builtin layout a class's instances carry: the first non-object layout in its MRO.
pub fn solid_layout(cls: &ObjRef) -> Layout {
    for t in type_data(cls).mro.borrow().iter() {
        let l = type_data(t).layout;
        if l != Layout::Object && l != Layout::Other {
            return l;
        }
    }
    Layout::Object
}

fn layout_conflict(a: Layout, b: Layout) -> bool {
    a != Layout::Object
        && b != Layout::Object
        && a != b
        && !(matches!(a, Layout::Exception) && matches!(b, Layout::Exception))
}

/// `type(name, bases, ns)` with metaclass `meta` (CPython `type_new`).
pub fn type_new(
    vm: &Vm,
    meta: &ObjRef,
    name: &str,
    bases: Vec<Value>,
    ns: &ObjRef,
    kwargs: Option<(&[Value], &[Value])>,
) -> PyResult<ObjRef> {
    let mut base_types = Vec::new();
    for b in &bases {
        match crate::types::as_type(b) {
            Some(t) => base_types.push(t.clone()),
            None => return Err(vm.type_error("bases must be types".to_string())),
        }
    }
    if base_types.is_empty() {
        base_types.push(vm.t.object.clone());
    }
    for (i, b) in base_types.iter().enumerate() {
        if base_types[..i].iter().any(|x| x.is(b)) {
            return Err(vm.type_error(format!("duplicate base class {}", type_name(b))));
        }
    }
    for b in &base_types {
        let bd = type_data(b);
        let final_like = b.is(&vm.t.bool)
            || b.is(&vm.t.range)
            || b.is(&vm.t.slice)
            || b.is(&vm.t.function)
            || b.is(&vm.t.none_type)
            || b.is(&vm.t.generator)
            || b.is(&vm.t.builtin_function)
            || b.is(&vm.t.method)
            || b.is(&vm.t.ellipsis_type)
            || b.is(&vm.t.not_implemented_type)
            || b.is(&vm.t.cell)
            || b.is(&vm.t.code)
            || b.is(&vm.t.traceback)
            || b.is(&vm.t.coroutine)
            || b.is(&vm.t.getset_descriptor)
            || (!bd.heap_type
                && (bd.name.borrow().ends_with("iterator")
                    || bd.name.borrow().starts_with("dict_")));
        if final_like {
            return Err(vm.type_error(format!(
                "type '{}' is not an acceptable base type",
                bd.name.borrow()
            )));
        }
    }
    // The solid layout must be unique.
    let mut layout = Layout::Object;
    for b in &base_types {
        let l = solid_layout(b);
        if layout_conflict(layout, l) {
            return Err(vm.type_error("multiple bases have instance lay-out conflict"));
        }
        if l != Layout::Object {
            layout = l;
        }
    }
    // Slotted classes change the layout too: their solid bases must form a chain.
    let Ok(layout_base) = best_base_checked(vm, &base_types) else {
        return Err(vm.type_error("multiple bases have instance lay-out conflict"));
    };
    // Inherited slot values come first, at the indices the base's descriptors hold.
    let base_nslots = layout_base.map_or(0, |b| type_data(&b).nslots);
    // C3 linearization.
    let base_mros: Vec<Vec<ObjRef>> = base_types
        .iter()
        .map(|b| type_data(b).mro.borrow().clone())
        .collect();
    // `__slots__` without "__dict__" (and no base with an instance dict) means instances
    // get no `__dict__`; each slot becomes a member descriptor (CPython `type_new`).
    let slot_names: Option<Vec<String>> =
        match crate::types::dict::get_str_key(vm, ns, &vm.intern("__slots__")) {
            Some(slots) => {
                let items = if as_str(&slots).is_some() {
                    vec![slots]
                } else {
                    crate::protocol::iter::collect(vm, &slots)?
                };
                let mut names = Vec::new();
                for it in &items {
                    match as_str(it) {
                        Some(n) => names.push(mangle_slot(name, n)),
                        None => {
                            return Err(vm.type_error(format!(
                                "__slots__ items must be strings, not '{}'",
                                vm.type_name(it)
                            )))
                        }
                    }
                }
                Some(names)
            }
            None => None,
        };
    if let Some(names) = &slot_names {
        let real = names
            .iter()
            .filter(|n| *n != "__dict__" && *n != "__weakref__");
        for n in real.clone() {
            if crate::types::dict::get_str_key(vm, ns, &vm.intern(n)).is_some() {
                return Err(
                    vm.value_error(format!("'{n}' in __slots__ conflicts with class variable"))
                );
            }
        }
        // CPython: no slots after the items of a variable-size object (tp_itemsize).
        if real.count() > 0 {
            if let Some(b) = base_types
                .iter()
                .find(|b| matches!(solid_layout(b), Layout::Int | Layout::Bytes | Layout::Tuple))
            {
                return Err(vm.type_error(format!(
                    "nonempty __slots__ not supported for subtype of '{}'",
                    type_name(b)
                )));
            }
        }
    }
    // Slot members in sorted order (CPython sorts `__slots__`): their indices follow the
    // base's.
    let mut own_slots: Vec<&String> = slot_names
        .iter()
        .flatten()
        .filter(|n| *n != "__dict__" && *n != "__weakref__")
        .collect();
    own_slots.sort();
    let has_instance_dict = match &slot_names {
        None => true,
        Some(names) => {
            names.iter().any(|n| n == "__dict__")
                || base_types.iter().any(|b| type_data(b).has_instance_dict)
        }
    };
    let ty = ObjRef::new(
        Some(meta.clone()),
        Payload::Type(Box::new(TypeData {
            name: RefCell::new(name.to_string()),
            qualname: RefCell::new(name.to_string()),
            bases: RefCell::new(base_types.clone()),
            mro: RefCell::new(Vec::new()),
            dict: RefCell::new(Dict::new()),
            layout,
            heap_type: true,
            has_instance_dict,
            nslots: base_nslots + own_slots.len() as u32,
            slots: Cell::new(Slots::default()),
            subclasses: RefCell::new(Vec::new()),
            instance_names: Default::default(),
            ctor_cache: RefCell::new(None),
        })),
    );
    let linear = mro::linearize(ty.clone(), &base_types, base_mros);
    match linear {
        Ok(m) => *type_data(&ty).mro.borrow_mut() = m,
        Err(heads) => {
            let names: Vec<String> = heads.iter().map(type_name).collect();
            // Break the self-reference so the half-built type is freed.
            type_data(&ty).bases.borrow_mut().clear();
            return Err(vm.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        }
    }
    // A custom mro() on the metaclass may reorder.
    if !meta.is(&vm.t.type_) {
        if let Some(f) = lookup_str(vm, meta, "mro") {
            let default = lookup_str(vm, &vm.t.type_, "mro");
            if !default.is_some_and(|d| d.is(&f)) {
                let r = call_method_value(vm, &f, &Value::Obj(ty.clone()), &[])?;
                let items = crate::protocol::iter::collect(vm, &r)?;
                let m: Vec<ObjRef> = items
                    .iter()
                    .filter_map(|v| crate::types::as_type(v).cloned())
                    .collect();
                *type_data(&ty).mro.borrow_mut() = m;
            }
        }
    }
    // Copy the namespace.
    for (k, v) in crate::types::dict::entries(ns) {
        let v = match (&v, as_str(&k)) {
            // __init_subclass__ and __class_getitem__ are implicit classmethods.
            (Value::Obj(f), Some("__init_subclass__" | "__class_getitem__"))
                if matches!(f.payload(), Payload::Function(_)) =>
            {
                Value::Obj(ObjRef::new(
                    Some(vm.t.classmethod.clone()),
                    Payload::ClassMethod(v.clone()),
                ))
            }
            (Value::Obj(f), Some("__new__")) if matches!(f.payload(), Payload::Function(_)) => {
                Value::Obj(ObjRef::new(
                    Some(vm.t.staticmethod.clone()),
                    Payload::StaticMethod(v.clone()),
                ))
            }
            _ => v,
        };
        if as_str(&k) == Some("__classcell__") {
            continue;
        }
        let h = crate::protocol::hash::hash(vm, &k)?;
        type_data(&ty).dict.borrow_mut().insert_new(h, k, v);
    }
    if let Some(q) = crate::types::dict::get_str_key(vm, ns, &vm.intern("__qualname__")) {
        if let Some(q) = as_str(&q) {
            *type_data(&ty).qualname.borrow_mut() = q.to_string();
        }
        let key = vm.intern("__qualname__");
        let h = crate::protocol::hash::str_hash(vm, &key);
        let mut d = type_data(&ty).dict.borrow_mut();
        if let Some(p) = d.find_by(h, |k| crate::protocol::hash::str_key_eq(k, &key)) {
            d.remove_at(p);
        }
    }
    // A class that introduces the instance dict gets `__dict__` and `__weakref__`
    // descriptors in its own namespace, as CPython's `type_new` adds them.
    // (Metaclasses are excluded: their instances are classes, whose `__dict__` is type's.)
    let introduces_dict = has_instance_dict
        && layout != Layout::Type
        && !base_types
            .iter()
            .any(|b| type_data(b).heap_type && type_data(b).has_instance_dict);
    let has_slots = crate::types::dict::get_str_key(vm, ns, &vm.intern("__slots__")).is_some();
    // With `__slots__`, only the ones listed there (`'__dict__'`, `'__weakref__'`).
    let listed = |n: &str| slot_names.iter().flatten().any(|s| s == n);
    // Slot members go before the `__dict__`/`__weakref__` descriptors, as CPython's
    // class dict has them.
    for (i, n) in own_slots.iter().enumerate() {
        let d = member_descriptor(vm, n, &ty, base_nslots + i as u32);
        crate::types::type_set(vm, &ty, n, d);
    }
    if introduces_dict {
        for (n, g) in [
            (
                "__dict__",
                crate::types::object::instance_dict_getset as crate::object::GetterFn,
            ),
            ("__weakref__", weakref_none),
        ] {
            if (!has_slots || listed(n))
                && crate::types::dict::get_str_key(vm, ns, &vm.intern(n)).is_none()
            {
                let d = ObjRef::new(
                    Some(vm.t.getset_descriptor.clone()),
                    Payload::GetSet(crate::object::GetSet {
                        name: if n == "__dict__" {
                            "__dict__"
                        } else {
                            "__weakref__"
                        },
                        owner: "object",
                        get: g,
                        set: if n == "__dict__" {
                            Some(crate::types::object::instance_dict_setter)
                        } else {
                            None
                        },
                    }),
                );
                crate::types::type_set(vm, &ty, n, Value::Obj(d));
            }
        }
    }
    // CPython's type_new_set_doc: `__doc__` is None unless the class dict has one (from
    // the body, or a `__doc__` slot's member descriptor).
    let own_doc = {
        let key = vm.intern("__doc__");
        let h = crate::protocol::hash::str_hash(vm, &key);
        let d = type_data(&ty).dict.borrow();
        d.find_by(h, |k| crate::protocol::hash::str_key_eq(k, &key))
            .is_some()
    };
    if !own_doc {
        crate::types::type_set(vm, &ty, "__doc__", Value::None);
    }
    // `__eq__` without `__hash__` makes instances unhashable.
    let has_eq = crate::types::dict::get_str_key(vm, ns, &vm.intern("__eq__")).is_some();
    let has_hash = crate::types::dict::get_str_key(vm, ns, &vm.intern("__hash__")).is_some();
    if has_eq && !has_hash {
        crate::types::type_set(vm, &ty, "__hash__", Value::None);
    }
    for b in &base_types {
        type_data(b)
            .subclasses
            .borrow_mut()
            .push(crate::heap::SubclassLink::new(&ty));
    }
    update_slots(vm, &ty);
    // __classcell__ gets the new class.
    if let Some(Value::Obj(c)) =
        crate::types::dict::get_str_key(vm, ns, &vm.intern("__classcell__"))
    {
        if let Payload::Cell(cv) = c.payload() {
            *cv.borrow_mut() = Value::Obj(ty.clone());
        }
    }
    // __set_name__ on descriptors, then __init_subclass__ on the parent.
    for (k, v) in crate::types::dict::entries(ns) {
        let vt = vm.type_of(&v);
        if type_data(&vt).heap_type || vt.is(&vm.t.property) {
            if let Some(f) = lookup_str(vm, &vt, "__set_name__") {
                if let Err(e) = call_method_value(vm, &f, &v, &[Value::Obj(ty.clone()), k.clone()])
                {
                    // 3.11 wraps the failure (3.12 switched to add_note).
                    let wrapped = vm.runtime_error(format!(
                        "Error calling __set_name__ on '{}' instance {} in '{}'",
                        type_name(&vt),
                        crate::protocol::repr::repr(vm, &k)?,
                        name
                    ));
                    {
                        let mut d = crate::error::exc_data(&wrapped.exc).borrow_mut();
                        d.cause = Value::Obj(e.exc.clone());
                        d.context = Value::Obj(e.exc.clone());
                        d.suppress_context = true;
                    }
                    return Err(wrapped);
                }
            }
        }
    }
    let sup = crate::builtins::super_lookup(vm, &ty, &Value::Obj(ty.clone()), "__init_subclass__")?;
    if let Some(f) = sup {
        let (names, values) = kwargs.unwrap_or((&[], &[]));
        call_args(
            vm,
            &f,
            None,
            Args {
                pos: &[],
                kwnames: names,
                kwvalues: values,
            },
        )?;
    }
    Ok(ty)
}

fn weakref_none(_vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::None)
}

/// Refresh the cached hook flags of `ty` and its subclasses.
pub fn update_slots(vm: &Vm, ty: &ObjRef) {
    // Any hook change may change what a cached method lookup should answer.
    crate::types::bump_type_version();
    let has = |name: &str| -> bool {
        let key = vm.intern(name);
        let hash = crate::protocol::hash::str_hash(vm, &key);
        for t in type_data(ty).mro.borrow().iter() {
            if !type_data(t).heap_type {
                // A native type with attribute hooks (`_thread._local`) flags them itself.
                let s = type_data(t).slots.get();
                let native_hook = match name {
                    "__getattribute__" => s.getattribute,
                    "__setattr__" => s.setattr,
                    "__delattr__" => s.delattr,
                    _ => false,
                };
                if native_hook {
                    return true;
                }
                continue;
            }
            if type_data(t)
                .dict
                .borrow()
                .find_by(hash, |k| crate::protocol::hash::str_key_eq(k, &key))
                .is_some()
            {
                return true;
            }
        }
        false
    };
    let slots = Slots {
        getattribute: has("__getattribute__"),
        getattr: has("__getattr__"),
        setattr: has("__setattr__"),
        delattr: has("__delattr__"),
        del: has("__del__"),
    };
    type_data(ty).slots.set(slots);
    let subs: Vec<ObjRef> = type_data(ty)
        .subclasses
        .borrow()
        .iter()
        .map(|s| s.get())
        .collect();
    for s in subs {
        update_slots(vm, &s);
    }
}

/// Pick the most derived metaclass of `meta` and the bases' metaclasses.
fn calculate_meta(vm: &Vm, meta: ObjRef, bases: &[Value]) -> PyResult<ObjRef> {
    let mut winner = meta;
    for b in bases {
        let bt = vm.type_of(b);
        if vm.is_subtype(&winner, &bt) {
            continue;
        }
        if vm.is_subtype(&bt, &winner) {
            winner = bt;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `__build_class__(func, name, *bases, metaclass=..., **kwds)`.
pub fn build_class(vm: &Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = args.pos[0].clone();
    let name = as_str(&args.pos[1])
        .ok_or_else(|| vm.type_error("__build_class__: name is not a string"))?
        .to_string();
    let mut bases: Vec<Value> = args.pos[2..].to_vec();
    // PEP 560: __mro_entries__.
    let orig_bases = bases.clone();
    let mut changed = false;
    let mut new_bases = Vec::new();
    for b in &bases {
        if crate::types::as_type(b).is_none() {
            if let Ok(f) = crate::protocol::attr::get_attr_str(vm, b, "__mro_entries__") {
                let r = call(vm, &f, &[vm.new_tuple(bases.clone())])?;
                new_bases.extend(crate::protocol::iter::collect(vm, &r)?);
                changed = true;
                continue;
            }
        }
        new_bases.push(b.clone());
    }
    if changed {
        bases = new_bases;
    }
    let mut meta: Option<Value> = None;
    let mut kwnames = Vec::new();
    let mut kwvalues = Vec::new();
    for (k, v) in args.kwnames.iter().zip(args.kwvalues) {
        if as_str(k) == Some("metaclass") {
            meta = Some(v.clone());
        } else {
            kwnames.push(k.clone());
            kwvalues.push(v.clone());
        }
    }
    let is_class_meta = meta
        .as_ref()
        .is_none_or(|m| crate::types::as_type(m).is_some());
    let meta_v = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => Value::Obj(vm.type_of(b)),
            None => Value::Obj(vm.t.type_.clone()),
        },
    };
    let meta_v = if is_class_meta {
        Value::Obj(calculate_meta(
            vm,
            crate::types::as_type(&meta_v).expect("type").clone(),
            &bases,
        )?)
    } else {
        meta_v
    };
    // __prepare__.
    let ns = match crate::protocol::attr::get_attr_str(vm, &meta_v, "__prepare__") {
        Ok(p) => call_args(
            vm,
            &p,
            None,
            Args {
                pos: &[vm.new_str(&name), vm.new_tuple(bases.clone())],
                kwnames: &kwnames,
                kwvalues: &kwvalues,
            },
        )?,
        Err(_) => Value::Obj(vm.new_dict()),
    };
    // Run the class body with the namespace as its locals.
    let fobj = func
        .as_obj()
        .ok_or_else(|| vm.type_error("__build_class__: func must be a function"))?
        .clone();
    let fdata = crate::frame::function_data(&fobj);
    let mut frame =
        crate::frame::Frame::for_code(vm, fdata.code(), fdata.globals.clone(), Some(ns.clone()));
    frame.func = Some(fobj.clone());
    let cell = crate::eval::run_to_completion(vm, frame)?;
    if changed {
        if let Value::Obj(nso) = &ns {
            crate::eval::ops_mapping_set(
                vm,
                nso,
                Value::Obj(vm.intern("__orig_bases__")),
                Some(vm.new_tuple(orig_bases)),
            )?;
        }
    }
    let cls = call_args(
        vm,
        &meta_v,
        None,
        Args {
            pos: &[vm.new_str(&name), vm.new_tuple(bases), ns.clone()],
            kwnames: &kwnames,
            kwvalues: &kwvalues,
        },
    )?;
    if let (Value::Obj(c), Some(t)) = (&cell, crate::types::as_type(&cls)) {
        if let Payload::Cell(cv) = c.payload() {
            let cur = cv.borrow().clone();
            if cur.is_null() || cur.is_none() {
                *cv.borrow_mut() = Value::Obj(t.clone());
            } else if !cur.is(&cls) {
                return Err(vm.type_error(format!(
                    "__class__ set to {} defining '{name}' as {}",
                    crate::protocol::repr::repr(vm, &cur)?,
                    crate::protocol::repr::repr(vm, &cls)?
                )));
            }
        }
    }
    Ok(cls)
}

/// `type.__new__(meta, name, bases, ns)` and `type(obj)`.
fn type_new_native(vm: &Vm, args: Args) -> PyResult<Value> {
    let meta = crate::types::as_type(&args.pos[0])
        .ok_or_else(|| vm.type_error("type.__new__(X): X is not a type object"))?
        .clone();
    let rest = &args.pos[1..];
    if rest.len() == 1 && meta.is(&vm.t.type_) {
        return Ok(Value::Obj(vm.type_of(&rest[0])));
    }
    if rest.len() != 3 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let name = as_str(&rest[0]).ok_or_else(|| {
        vm.type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            vm.type_name(&rest[0])
        ))
    })?;
    let bases = match &rest[1] {
        Value::Obj(o) => match o.payload() {
            Payload::Tuple(t) => t.to_vec(),
            _ => {
                return Err(vm.type_error(format!(
                    "type.__new__() argument 2 must be tuple, not {}",
                    vm.type_name(&rest[1])
                )))
            }
        },
        other => {
            return Err(vm.type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                vm.type_name(other)
            )))
        }
    };
    let ns = match &rest[2] {
        Value::Obj(o) if matches!(o.payload(), Payload::Dict(_)) => o.clone(),
        other => {
            return Err(vm.type_error(format!(
                "type.__new__() argument 3 must be dict, not {}",
                vm.type_name(other)
            )))
        }
    };
    let meta = calculate_meta(vm, meta, &bases)?;
    let ty = type_new(
        vm,
        &meta,
        name,
        bases,
        &ns,
        Some((args.kwnames, args.kwvalues)),
    )?;
    if crate::types::dict::get_str_key(vm, &ns, &vm.intern("__module__")).is_none() {
        // CPython takes `__module__` from the calling frame's globals.
        let module = vm
            .caller
            .borrow()
            .as_ref()
            .and_then(|c| crate::types::dict::get_str_key(vm, &c.globals, &vm.intern("__name__")))
            .unwrap_or_else(|| vm.new_str("builtins"));
        crate::types::type_set(vm, &ty, "__module__", module);
    }
    Ok(Value::Obj(ty))
}

fn type_init(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn type_call(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = crate::types::as_type(&args.pos[0])
        .ok_or_else(|| vm.type_error("descriptor '__call__' requires a 'type' object"))?
        .clone();
    type_call_default(
        vm,
        &cls,
        Args {
            pos: &args.pos[1..],
            kwnames: args.kwnames,
            kwvalues: args.kwvalues,
        },
    )
}

fn type_mro(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = crate::types::as_type(&args.pos[0])
        .ok_or_else(|| vm.type_error("descriptor 'mro' requires a 'type' object"))?;
    let mro: Vec<Value> = type_data(cls)
        .mro
        .borrow()
        .iter()
        .map(|t| Value::Obj(t.clone()))
        .collect();
    Ok(vm.new_list(mro))
}

fn type_subclasses(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = crate::types::as_type(&args.pos[0])
        .ok_or_else(|| vm.type_error("descriptor requires a 'type' object"))?;
    let subs: Vec<Value> = type_data(cls)
        .subclasses
        .borrow()
        .iter()
        .map(|t| Value::Obj(t.get()))
        .collect();
    Ok(vm.new_list(subs))
}

fn type_instancecheck(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = crate::types::as_type(&args.pos[0])
        .ok_or_else(|| vm.type_error("descriptor requires a 'type' object"))?;
    Ok(Value::Bool(vm.is_instance(&args.pos[1], cls)))
}

fn type_subclasscheck(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = crate::types::as_type(&args.pos[0])
        .ok_or_else(|| vm.type_error("descriptor requires a 'type' object"))?;
    let sub = crate::types::as_type(&args.pos[1])
        .ok_or_else(|| vm.type_error("issubclass() arg 1 must be a class"))?;
    Ok(Value::Bool(vm.is_subtype(sub, cls)))
}

fn type_prepare(vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Obj(vm.new_dict()))
}

fn ty_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a ObjRef> {
    crate::types::as_type(v).ok_or_else(|| vm.type_error("descriptor requires a 'type' object"))
}

/// A builtin type's `__name__` is its name after the module prefix (`itertools.count`
/// is named `count`): CPython's rule for `tp_name`.
fn short_name(t: &ObjRef, full: String) -> String {
    if type_data(t).heap_type {
        return full;
    }
    match full.rfind('.') {
        Some(i) => full[i + 1..].to_string(),
        None => full,
    }
}

fn get_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    let t = ty_of(vm, v)?;
    Ok(vm.new_string(short_name(t, type_name(t))))
}

fn set_name(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let t = ty_of(vm, v)?;
    check_writable(vm, t, "__name__", new.is_none())?;
    let new = new.expect("checked");
    match as_str(&new) {
        Some(s) => {
            *type_data(t).name.borrow_mut() = s.to_string();
            Ok(())
        }
        None => Err(vm.type_error(format!(
            "can only assign string to {}.__name__, not '{}'",
            type_name(t),
            vm.type_name(&new)
        ))),
    }
}

/// CPython's `check_set_special_type_attr`: builtin types are immutable and special
/// attributes can never be deleted.
fn check_writable(vm: &Vm, t: &ObjRef, name: &str, deleting: bool) -> PyResult<()> {
    if !type_data(t).heap_type {
        return Err(vm.type_error(format!(
            "cannot set '{name}' attribute of immutable type '{}'",
            type_name(t)
        )));
    }
    if deleting {
        return Err(vm.type_error(format!(
            "cannot delete '{name}' attribute of immutable type '{}'",
            type_name(t)
        )));
    }
    Ok(())
}

fn get_qualname(vm: &Vm, v: &Value) -> PyResult<Value> {
    let t = ty_of(vm, v)?;
    let q = type_data(t).qualname.borrow().clone();
    Ok(vm.new_string(short_name(t, q)))
}

fn set_qualname(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let t = ty_of(vm, v)?;
    check_writable(vm, t, "__qualname__", new.is_none())?;
    let new = new.expect("checked");
    match as_str(&new) {
        Some(s) => {
            *type_data(t).qualname.borrow_mut() = s.to_string();
            Ok(())
        }
        None => Err(vm.type_error(format!(
            "can only assign string to {}.__qualname__, not '{}'",
            type_name(t),
            vm.type_name(&new)
        ))),
    }
}

/// `cls.__bases__ = (...)`: re-linearize the MRO (CPython `type_set_bases`).
fn set_bases(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let t = ty_of(vm, v)?.clone();
    check_writable(vm, &t, "__bases__", new.is_none())?;
    let new = new.expect("checked");
    let items = match &new {
        Value::Obj(o) => match o.payload() {
            Payload::Tuple(items) => items.to_vec(),
            _ => {
                return Err(vm.type_error(format!(
                    "can only assign tuple to {}.__bases__, not {}",
                    type_name(&t),
                    vm.type_name(&new)
                )))
            }
        },
        _ => {
            return Err(vm.type_error(format!(
                "can only assign tuple to {}.__bases__, not {}",
                type_name(&t),
                vm.type_name(&new)
            )))
        }
    };
    if items.is_empty() {
        return Err(vm.type_error(format!(
            "can only assign non-empty tuple to {}.__bases__, not ()",
            type_name(&t)
        )));
    }
    let mut bases = Vec::new();
    for b in &items {
        let bt = crate::types::as_type(b).ok_or_else(|| {
            vm.type_error(format!(
                "{}.__bases__ must be tuple of classes, not '{}'",
                type_name(&t),
                vm.type_name(b)
            ))
        })?;
        if vm.is_subtype(bt, &t) {
            return Err(vm.type_error("a __bases__ item causes an inheritance cycle"));
        }
        bases.push(bt.clone());
    }
    let base_mros: Vec<Vec<ObjRef>> = bases
        .iter()
        .map(|b| type_data(b).mro.borrow().clone())
        .collect();
    let m = mro::linearize(t.clone(), &bases, base_mros).map_err(|heads| {
        let names: Vec<String> = heads.iter().map(type_name).collect();
        vm.type_error(format!(
            "Cannot create a consistent method resolution\norder (MRO) for bases {}",
            names.join(", ")
        ))
    })?;
    for old in type_data(&t).bases.borrow().iter() {
        type_data(old).subclasses.borrow_mut().retain(|s| !s.is(&t));
    }
    for b in &bases {
        type_data(b)
            .subclasses
            .borrow_mut()
            .push(crate::heap::SubclassLink::new(&t));
    }
    *type_data(&t).bases.borrow_mut() = bases;
    *type_data(&t).mro.borrow_mut() = m;
    relinearize_subclasses(&t);
    update_slots(vm, &t);
    Ok(())
}

/// After a class's MRO changed, recompute its subclasses' MROs.
fn relinearize_subclasses(t: &ObjRef) {
    let subs: Vec<ObjRef> = type_data(t)
        .subclasses
        .borrow()
        .iter()
        .map(|s| s.get())
        .collect();
    for s in subs {
        let bases = type_data(&s).bases.borrow().clone();
        let base_mros: Vec<Vec<ObjRef>> = bases
            .iter()
            .map(|b| type_data(b).mro.borrow().clone())
            .collect();
        if let Ok(m) = mro::linearize(s.clone(), &bases, base_mros) {
            *type_data(&s).mro.borrow_mut() = m;
        }
        relinearize_subclasses(&s);
    }
}

fn get_mro(vm: &Vm, v: &Value) -> PyResult<Value> {
    let t = ty_of(vm, v)?;
    Ok(vm.new_tuple(
        type_data(t)
            .mro
            .borrow()
            .iter()
            .map(|x| Value::Obj(x.clone()))
            .collect(),
    ))
}

fn get_bases(vm: &Vm, v: &Value) -> PyResult<Value> {
    let t = ty_of(vm, v)?;
    Ok(vm.new_tuple(
        type_data(t)
            .bases
            .borrow()
            .iter()
            .map(|x| Value::Obj(x.clone()))
            .collect(),
    ))
}

fn get_base(vm: &Vm, v: &Value) -> PyResult<Value> {
    let t = ty_of(vm, v)?;
    let bases = type_data(t).bases.borrow().clone();
    Ok(best_base(vm, &bases).map_or(Value::None, Value::Obj))
}

/// CPython's `best_base`: the base whose instance layout is the most derived (ties go to
/// the first base). This is `__base__`.
pub fn best_base(vm: &Vm, bases: &[ObjRef]) -> Option<ObjRef> {
    // A class that exists passed the conflict check when it was made.
    best_base_checked(vm, bases).ok().flatten()
}

/// [`best_base`], or `Err` when two bases' solid bases are unrelated (CPython's "multiple
/// bases have instance lay-out conflict").
fn best_base_checked(vm: &Vm, bases: &[ObjRef]) -> Result<Option<ObjRef>, ()> {
    let mut winner: Option<ObjRef> = None;
    let mut base = None;
    for b in bases {
        let candidate = solid_base(vm, b);
        match &winner {
            None => {
                winner = Some(candidate);
                base = Some(b.clone());
            }
            Some(w) if vm.is_subtype(w, &candidate) => {}
            Some(w) if vm.is_subtype(&candidate, w) => {
                winner = Some(candidate);
                base = Some(b.clone());
            }
            Some(_) => return Err(()),
        }
    }
    Ok(base)
}

/// `name` in `t`'s own namespace (not inherited).
fn own_attr(vm: &Vm, t: &ObjRef, name: &str) -> Option<Value> {
    let key = vm.intern(name);
    let hash = crate::protocol::hash::str_hash(vm, &key);
    let d = type_data(t).dict.borrow();
    let pos = d.find_by(hash, |k| crate::protocol::hash::str_key_eq(k, &key))?;
    Some(d.entry_at(pos)?.value.clone())
}

/// CPython's `solid_base`: the nearest class in `t`'s base chain that changes the
/// instance layout (a builtin layout, or a class declaring `__slots__`).
fn solid_base(vm: &Vm, t: &ObjRef) -> ObjRef {
    let bases = type_data(t).bases.borrow().clone();
    let parent = match best_base(vm, &bases) {
        Some(p) => solid_base(vm, &p),
        None => return t.clone(),
    };
    let td = type_data(t);
    let differs = if td.heap_type {
        // Slots other than __dict__/__weakref__ add fields to the instance.
        own_attr(vm, t, "__slots__").is_some_and(|s| {
            let names: Vec<Value> = match &s {
                Value::Obj(o) if matches!(o.payload(), Payload::Str(_)) => vec![s.clone()],
                _ => crate::protocol::iter::collect(vm, &s).unwrap_or_default(),
            };
            names
                .iter()
                .any(|n| !matches!(as_str(n), Some("__dict__") | Some("__weakref__")))
        })
    } else {
        td.layout != type_data(&parent).layout || parent.is(&vm.t.object)
    };
    if differs {
        t.clone()
    } else {
        parent
    }
}

/// `cls.__dict__`: a read-only `mappingproxy` over a snapshot of the class namespace
/// (CPython's proxy is live; see docs/divergences.md).
fn get_dict(vm: &Vm, v: &Value) -> PyResult<Value> {
    let t = ty_of(vm, v)?;
    let copy = type_data(t).dict.borrow().clone();
    if vm.lazy_type("mappingproxy").is_none() {
        // Made on first use, once dict's methods (which it shares) are registered.
        make_mappingproxy(vm);
    }
    let proxy_type = vm
        .lazy_type("mappingproxy")
        .unwrap_or_else(|| vm.t.dict.clone());
    let proxy = ObjRef::new(
        Some(proxy_type),
        Payload::Dict(Box::new(RefCell::new(copy))),
    );
    crate::gc::track(&proxy);
    Ok(Value::Obj(proxy))
}

/// Whether `o` is a `mappingproxy` (which must refuse item assignment).
pub fn is_mappingproxy(vm: &Vm, o: &ObjRef) -> bool {
    vm.lazy_type("mappingproxy")
        .is_some_and(|t| o.raw_type().is_some_and(|ot| ot.is(&t)))
}

fn make_mappingproxy(vm: &Vm) {
    let mp = crate::types::make_type(
        &vm.t.type_,
        "mappingproxy",
        Some(&vm.t.object),
        Layout::Other,
        false,
    );
    for name in [
        "__getitem__",
        "__contains__",
        "__len__",
        "__iter__",
        "get",
        "keys",
        "values",
        "items",
        "copy",
    ] {
        if let Some(f) = lookup_str(vm, &vm.t.dict, name) {
            crate::types::type_set(vm, &mp, name, f);
        }
    }
    vm.set_lazy_type("mappingproxy", mp);
}

fn get_module(vm: &Vm, v: &Value) -> PyResult<Value> {
    let t = ty_of(vm, v)?;
    Ok(match crate::protocol::repr::type_module(vm, t) {
        Some(m) => vm.new_string(m),
        None => vm.new_str("builtins"),
    })
}

/// `cls.__module__ = ...` / `cls.__doc__ = ...` store into the class dict.
fn set_in_dict(vm: &Vm, v: &Value, name: &str, new: Option<Value>) -> PyResult<()> {
    let t = ty_of(vm, v)?;
    if !type_data(t).heap_type {
        return Err(vm.type_error(format!(
            "cannot set '{name}' attribute of immutable type '{}'",
            type_name(t)
        )));
    }
    crate::types::type_set(vm, t, name, new.unwrap_or(Value::None));
    Ok(())
}

fn set_module(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    set_in_dict(vm, v, "__module__", new)
}

fn set_doc(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    set_in_dict(vm, v, "__doc__", new)
}

fn get_doc(vm: &Vm, v: &Value) -> PyResult<Value> {
    let t = ty_of(vm, v)?;
    let key = vm.intern("__doc__");
    let h = crate::protocol::hash::str_hash(vm, &key);
    let d = type_data(t).dict.borrow();
    Ok(d.find_by(h, |k| crate::protocol::hash::str_key_eq(k, &key))
        .and_then(|p| d.entry_at(p))
        .map_or(Value::None, |e| e.value.clone()))
}

fn set_abstractmethods(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let t = ty_of(vm, v)?;
    match new {
        Some(val) => crate::types::type_set(vm, t, "__abstractmethods__", val),
        None => {
            let key = vm.intern("__abstractmethods__");
            let h = crate::protocol::hash::str_hash(vm, &key);
            let mut d = type_data(t).dict.borrow_mut();
            if let Some(p) = d.find_by(h, |k| crate::protocol::hash::str_key_eq(k, &key)) {
                d.remove_at(p);
            }
        }
    }
    Ok(())
}

fn get_abstractmethods(vm: &Vm, v: &Value) -> PyResult<Value> {
    let t = ty_of(vm, v)?;
    let key = vm.intern("__abstractmethods__");
    let h = crate::protocol::hash::str_hash(vm, &key);
    let d = type_data(t).dict.borrow();
    match d
        .find_by(h, |k| crate::protocol::hash::str_key_eq(k, &key))
        .and_then(|p| d.entry_at(p))
    {
        Some(e) => Ok(e.value.clone()),
        None => Err(vm.attribute_error("__abstractmethods__")),
    }
}

pub fn init(vm: &Vm) {
    let t = vm.t.type_.clone();
    crate::types::type_set(vm, &t, "__new__", {
        let f = vm.new_native("__new__", type_new_native, Some("type"));
        Value::Obj(ObjRef::new(
            Some(vm.t.staticmethod.clone()),
            Payload::StaticMethod(f),
        ))
    });
    add_method(vm, &t, "__init__", type_init);
    add_method(vm, &t, "__call__", type_call);
    add_method(vm, &t, "mro", type_mro);
    add_method(vm, &t, "__subclasses__", type_subclasses);
    add_method(vm, &t, "__instancecheck__", type_instancecheck);
    add_method(vm, &t, "__subclasscheck__", type_subclasscheck);
    crate::types::add_classmethod(vm, &t, "__prepare__", type_prepare);
    add_getset(vm, &t, "__name__", get_name, Some(set_name));
    add_getset(vm, &t, "__qualname__", get_qualname, Some(set_qualname));
    add_getset(vm, &t, "__mro__", get_mro, None);
    add_getset(vm, &t, "__bases__", get_bases, Some(set_bases));
    add_getset(vm, &t, "__base__", get_base, None);
    add_getset(vm, &t, "__dict__", get_dict, None);
    add_getset(vm, &t, "__module__", get_module, Some(set_module));
    add_getset(vm, &t, "__doc__", get_doc, Some(set_doc));
    add_getset(
        vm,
        &t,
        "__abstractmethods__",
        get_abstractmethods,
        Some(set_abstractmethods),
    );
}

/// `origin[args]` for builtin classes (PEP 585): an object that prints like `list[int]`,
/// exposes `__origin__`/`__args__` and constructs `origin` when called.
pub fn generic_alias(vm: &Vm, origin: &ObjRef, args: &Value) -> Value {
    let ty = vm.lazy_type_or("GenericAlias", || {
        let t = crate::types::make_type(
            &vm.t.type_,
            "GenericAlias",
            Some(&vm.t.object),
            Layout::Other,
            false,
        );
        add_method(vm, &t, "__repr__", alias_repr);
        add_method(vm, &t, "__call__", alias_call);
        add_getset(vm, &t, "__origin__", alias_origin, None);
        add_getset(vm, &t, "__args__", alias_args, None);
        crate::types::type_set(vm, &t, "__module__", vm.new_str("types"));
        t
    });
    let args = match args {
        Value::Obj(o) if matches!(o.payload(), Payload::Tuple(_)) => args.clone(),
        other => vm.new_tuple(vec![other.clone()]),
    };
    Value::Obj(ObjRef::new(
        Some(ty),
        Payload::Tuple(Box::new([Value::Obj(origin.clone()), args])),
    ))
}

fn alias_parts(v: &Value) -> (Value, Vec<Value>) {
    if let Value::Obj(o) = v {
        if let Payload::Tuple(t) = o.payload() {
            let args = match &t[1] {
                Value::Obj(a) => match a.payload() {
                    Payload::Tuple(items) => items.to_vec(),
                    _ => Vec::new(),
                },
                _ => Vec::new(),
            };
            return (t[0].clone(), args);
        }
    }
    (Value::None, Vec::new())
}

/// How `typing` prints a type argument: classes by (qualified) name, `...`, else repr.
fn alias_arg_repr(vm: &Vm, v: &Value) -> PyResult<String> {
    if let Some(t) = crate::types::as_type(v) {
        let q = type_data(t).qualname.borrow().clone();
        return Ok(match crate::protocol::repr::type_module(vm, t).as_deref() {
            Some("builtins") | None => q,
            // Some builtins' qualname already carries their module.
            Some(m) if q.starts_with(&format!("{m}.")) => q,
            Some(m) => format!("{m}.{q}"),
        });
    }
    if matches!(v, Value::Obj(o) if o.is(&vm.none_singletons.ellipsis)) {
        return Ok("...".into());
    }
    crate::protocol::repr::repr(vm, v)
}

fn alias_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let (origin, items) = alias_parts(&args.pos[0]);
    let mut parts = Vec::new();
    for a in &items {
        parts.push(alias_arg_repr(vm, a)?);
    }
    Ok(vm.new_string(format!(
        "{}[{}]",
        alias_arg_repr(vm, &origin)?,
        parts.join(", ")
    )))
}

fn alias_call(vm: &Vm, args: Args) -> PyResult<Value> {
    let (origin, _) = alias_parts(&args.pos[0]);
    call_args(
        vm,
        &origin,
        None,
        Args {
            pos: &args.pos[1..],
            kwnames: args.kwnames,
            kwvalues: args.kwvalues,
        },
    )
}

fn alias_origin(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(alias_parts(v).0)
}

fn alias_args(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_tuple(alias_parts(v).1))
}

/// A slot's descriptor (CPython's `PyMemberDescrObject`): `Payload::Tuple([slot name,
/// owner class, index])`. The index is where a plain instance keeps the slot's value
/// (`instance_attrs::slot_get`); instances of builtin-layout subclasses keep it by name
/// in their header dict, which they never expose as `__dict__`.
fn member_descriptor(vm: &Vm, slot: &str, owner: &ObjRef, index: u32) -> Value {
    let ty = vm.lazy_type_or("member_descriptor", || {
        let t = crate::types::make_type(
            &vm.t.type_,
            "member_descriptor",
            Some(&vm.t.object),
            Layout::Other,
            false,
        );
        add_method(vm, &t, "__get__", member_get_native);
        add_method(vm, &t, "__set__", member_set_native);
        add_method(vm, &t, "__delete__", member_delete_native);
        add_method(vm, &t, "__repr__", member_repr);
        crate::types::add_getset(vm, &t, "__name__", member_name, None);
        crate::types::add_getset(vm, &t, "__qualname__", member_qualname, None);
        let _ = vm.member_descriptor_type.set(t.clone());
        t
    });
    Value::Obj(ObjRef::new(
        Some(ty),
        Payload::Tuple(Box::new([
            Value::Obj(vm.intern(slot)),
            Value::Obj(owner.clone()),
            Value::Int(index as i64),
        ])),
    ))
}

/// Whether `o` is a slot's member descriptor.
pub fn is_member_descriptor(vm: &Vm, o: &ObjRef) -> bool {
    // A member descriptor is a (name, owner, index) tuple of the lazily made type.
    matches!(o.payload(), Payload::Tuple(_))
        && vm
            .member_descriptor_type
            .get()
            .is_some_and(|t| o.raw_type().is_some_and(|ot| ot.is(t)))
}

/// A member descriptor's slot name, owner class and slot index.
pub fn member_parts(d: &ObjRef) -> (&ObjRef, &ObjRef, usize) {
    match d.payload() {
        Payload::Tuple(t) => match &t[..] {
            [Value::Obj(name), Value::Obj(owner), Value::Int(i)] => (name, owner, *i as usize),
            _ => unreachable!("member descriptors are (name, owner, index)"),
        },
        _ => unreachable!("member descriptors are tuples"),
    }
}

/// The slot index of member descriptor `d` for `obj`, after CPython's `descr_check`:
/// the descriptor only applies to instances of its owner class.
fn member_target<'a>(vm: &Vm, d: &'a ObjRef, obj: &Value) -> PyResult<(&'a ObjRef, usize)> {
    let (name, owner, index) = member_parts(d);
    let ty = vm.type_of(obj);
    if !vm.is_subtype(&ty, owner) {
        return Err(vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            crate::protocol::attr::name_str(name),
            type_name(owner),
            type_name(&ty)
        )));
    }
    Ok((name, index))
}

/// Read slot `d` of `obj`.
pub fn member_get(vm: &Vm, d: &ObjRef, obj: &Value) -> PyResult<Value> {
    let (name, index) = member_target(vm, d, obj)?;
    if let Value::Obj(o) = obj {
        if let Some(v) = crate::instance_attrs::slot_get(vm, o, index, name) {
            return Ok(v);
        }
    }
    Err(crate::protocol::attr::no_attribute(vm, obj, name))
}

/// Write (`Some`) or delete (`None`) slot `d` of `obj`.
pub fn member_set(vm: &Vm, d: &ObjRef, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let (name, index) = member_target(vm, d, obj)?;
    let o = obj
        .as_obj()
        .ok_or_else(|| vm.type_error("slot assignment on a non-object"))?;
    match value {
        Some(v) => crate::instance_attrs::slot_set(vm, o, index, name, v),
        None => {
            if crate::instance_attrs::slot_delete(vm, o, index, name)? {
                Ok(())
            } else {
                Err(vm.attribute_error(crate::protocol::attr::name_str(name).to_string()))
            }
        }
    }
}

fn member_get_native(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = args.pos[0].as_obj().expect("descriptor").clone();
    match args.pos.get(1) {
        None | Some(Value::None) => Ok(args.pos[0].clone()),
        Some(obj) => member_get(vm, &d, obj),
    }
}

fn member_set_native(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = args.pos[0].as_obj().expect("descriptor").clone();
    member_set(vm, &d, &args.pos[1], Some(args.pos[2].clone()))?;
    Ok(Value::None)
}

fn member_delete_native(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = args.pos[0].as_obj().expect("descriptor").clone();
    member_set(vm, &d, &args.pos[1], None)?;
    Ok(Value::None)
}

fn member_name(_vm: &Vm, v: &Value) -> PyResult<Value> {
    let d = v.as_obj().expect("descriptor");
    Ok(Value::Obj(member_parts(d).0.clone()))
}

fn member_qualname(vm: &Vm, v: &Value) -> PyResult<Value> {
    let d = v.as_obj().expect("descriptor");
    let (name, owner, _) = member_parts(d);
    Ok(vm.new_string(format!(
        "{}.{}",
        type_data(owner).qualname.borrow(),
        crate::protocol::attr::name_str(name)
    )))
}

fn member_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = args.pos[0].as_obj().expect("descriptor").clone();
    let (name, owner, _) = member_parts(&d);
    Ok(vm.new_string(format!(
        "<member '{}' of '{}' objects>",
        crate::protocol::attr::name_str(name),
        type_name(owner)
    )))
}

fn union_type(vm: &Vm) -> ObjRef {
    vm.lazy_type_or("UnionType", || {
        let t = crate::types::make_type(
            &vm.t.type_,
            "UnionType",
            Some(&vm.t.object),
            Layout::Other,
            false,
        );
        add_method(vm, &t, "__repr__", union_repr);
        add_getset(vm, &t, "__args__", union_args, None);
        crate::types::type_set(vm, &t, "__module__", vm.new_str("types"));
        t
    })
}

fn is_union(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.raw_type().is_some_and(|t| t.is(&union_type(vm))))
}

/// The members a `|` operand contributes: a class, `None` (as NoneType), or a union's.
fn union_members(vm: &Vm, v: &Value) -> Option<Vec<Value>> {
    if v.is_none() {
        return Some(vec![Value::Obj(vm.t.none_type.clone())]);
    }
    if crate::types::as_type(v).is_some() {
        return Some(vec![v.clone()]);
    }
    if is_union(vm, v) {
        if let Value::Obj(o) = v {
            if let Payload::Tuple(items) = o.payload() {
                return Some(items.to_vec());
            }
        }
    }
    None
}

/// `X | Y` for classes (PEP 604): a `types.UnionType` whose payload is the tuple of
/// member classes, so `isinstance`/`issubclass` treat it like a tuple. `None` when an
/// operand is not a class, `None` or a union (the caller then reports the TypeError).
pub fn union_or(vm: &Vm, a: &Value, b: &Value) -> Option<Value> {
    if crate::types::as_type(a).is_none()
        && crate::types::as_type(b).is_none()
        && !is_union(vm, a)
        && !is_union(vm, b)
    {
        return None;
    }
    let mut members = union_members(vm, a)?;
    for m in union_members(vm, b)? {
        if !members.iter().any(|x| x.is(&m)) {
            members.push(m);
        }
    }
    if members.len() == 1 {
        return members.pop();
    }
    Some(Value::Obj(ObjRef::new(
        Some(union_type(vm)),
        Payload::Tuple(members.into_boxed_slice()),
    )))
}

fn union_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let mut parts = Vec::new();
    if let Value::Obj(o) = &args.pos[0] {
        if let Payload::Tuple(items) = o.payload() {
            for it in items.iter() {
                if crate::types::as_type(it).is_some_and(|t| t.is(&vm.t.none_type)) {
                    parts.push("None".to_string());
                } else {
                    parts.push(alias_arg_repr(vm, it)?);
                }
            }
        }
    }
    Ok(vm.new_string(parts.join(" | ")))
}

fn union_args(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::Obj(o) => match o.payload() {
            Payload::Tuple(items) => vm.new_tuple(items.to_vec()),
            _ => vm.new_tuple(Vec::new()),
        },
        _ => vm.new_tuple(Vec::new()),
    })
}
