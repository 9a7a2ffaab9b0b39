//! Attribute access, in one place (CPython `PyObject_GenericGetAttr`, `type_getattro`,
//! `PyObject_GenericSetAttr`).
//!
//! Lookup order for `obj.name`:
//! 1. a user `__getattribute__` on the type replaces everything below;
//! 2. a *data descriptor* found on the type's MRO (property, getset, or a class with
//!    `__set__`/`__delete__`) wins;
//! 3. then the instance `__dict__`;
//! 4. then a non-data descriptor or plain class attribute from the MRO (functions bind
//!    to the instance here);
//! 5. then `__getattr__`, else `AttributeError`.
//!
//! For `cls.name` on a type the MRO of the type itself plays the instance-dict role and the
//! metaclass supplies descriptors.

use crate::error::{PyErr, PyResult};
use crate::heap::ObjRef;
use crate::object::Payload;
use crate::protocol::call::{call, call_method_value};
use crate::types::{lookup, lookup_str, type_data, type_name};
use crate::value::Value;
use crate::Vm;

/// `getattr(obj, "name")` with a Rust name.
pub fn get_attr_str(vm: &Vm, obj: &Value, name: &str) -> PyResult<Value> {
    get_attr(vm, obj, &vm.intern(name))
}

/// Look `name` up in an object's instance dict.
#[inline]
pub fn instance_dict_get(vm: &Vm, o: &ObjRef, name: &ObjRef) -> Option<Value> {
    crate::instance_attrs::get(vm, o, name)
}

fn is_data_descriptor(vm: &Vm, d: &Value) -> bool {
    match d {
        Value::Obj(o) => match o.payload() {
            Payload::Property(_) | Payload::GetSet(_) => true,
            _ if crate::types::class::is_member_descriptor(vm, o) => true,
            _ => {
                let t = vm.type_of_obj(o);
                type_data(&t).heap_type
                    && (lookup_str(vm, &t, "__set__").is_some()
                        || lookup_str(vm, &t, "__delete__").is_some())
            }
        },
        _ => false,
    }
}

/// Whether a classmethod's callable is itself a descriptor other than a plain function
/// (whose binding the classmethod does directly).
fn wraps_descriptor(vm: &Vm, f: &ObjRef) -> bool {
    match f.payload() {
        Payload::StaticMethod(_) | Payload::ClassMethod(_) | Payload::Property(_) => true,
        Payload::Function(_) | Payload::Native(_) => false,
        _ => {
            let t = vm.type_of_obj(f);
            type_data(&t).heap_type && lookup_str(vm, &t, "__get__").is_some()
        }
    }
}

/// Apply the descriptor protocol to `d` found on a type, for `instance` (None when the
/// attribute was looked up on the type `owner` itself).
pub fn descr_get(vm: &Vm, d: Value, instance: Option<&Value>, owner: &ObjRef) -> PyResult<Value> {
    let o = match &d {
        Value::Obj(o) => o,
        _ => return Ok(d),
    };
    match o.payload() {
        Payload::Function(_) => Ok(match instance {
            Some(i) => new_bound_method(vm, d.clone(), i.clone()),
            None => d,
        }),
        Payload::Native(n) => {
            if n.is_classmethod {
                return Ok(bind_native(vm, o, Value::Obj(owner.clone())));
            }
            Ok(match instance {
                Some(i) if n.bound.is_none() && n.owner.is_some() => bind_native(vm, o, i.clone()),
                Some(i) if crate::embed::is_host_method(n) => new_bound_method(vm, d, i.clone()),
                _ => d,
            })
        }
        Payload::StaticMethod(f) => Ok(f.clone()),
        Payload::ClassMethod(f) => {
            // CPython 3.11's cm_descr_get: a wrapped descriptor is bound through its own
            // `__get__(cls, type(cls))` (so `classmethod(staticmethod(f))` is `f`).
            let cls = Value::Obj(owner.clone());
            match f {
                Value::Obj(fo) if wraps_descriptor(vm, fo) => {
                    descr_get(vm, f.clone(), Some(&cls), owner)
                }
                _ => Ok(new_bound_method(vm, f.clone(), cls)),
            }
        }
        Payload::Property(p) => match instance {
            None => Ok(d),
            Some(i) => {
                if p[0].is_none() {
                    let name = property_name(vm, &d);
                    return Err(vm.attribute_error(format!(
                        "property {name}of '{}' object has no getter",
                        vm.type_name(i)
                    )));
                }
                call(vm, &p[0], std::slice::from_ref(i))
            }
        },
        Payload::GetSet(g) => match instance {
            None => Ok(d),
            Some(i) => (g.get)(vm, i),
        },
        _ if crate::types::class::is_member_descriptor(vm, o) => match instance {
            Some(i) => crate::types::class::member_get(vm, o, i),
            None => Ok(d),
        },
        _ => {
            let t = vm.type_of_obj(o);
            if type_data(&t).heap_type {
                if let Some(get) = lookup_str(vm, &t, "__get__") {
                    let inst = instance.cloned().unwrap_or(Value::None);
                    return call_method_value(vm, &get, &d, &[inst, Value::Obj(owner.clone())]);
                }
            }
            Ok(d)
        }
    }
}

/// `'name' ` of a property for error messages (from its accessors' `__name__`), or "".
fn property_name(vm: &Vm, prop: &Value) -> String {
    if let Value::Obj(o) = prop {
        if let Some(n) = instance_dict_get(vm, o, &vm.intern("__name__")) {
            if let Some(s) = crate::vm::as_str(&n) {
                return format!("'{s}' ");
            }
        }
        if let Payload::Property(p) = o.payload() {
            for f in p[..3].iter().filter(|f| !f.is_none()) {
                if let Ok(n) = get_attr_str(vm, f, "__name__") {
                    if let Some(s) = crate::vm::as_str(&n) {
                        return format!("'{s}' ");
                    }
                }
            }
        }
    }
    String::new()
}

/// A data descriptor whose type defines `__set__`/`__delete__` but no `__get__`: reads
/// fall through to the instance dict and then return the descriptor itself.
fn lacks_get(vm: &Vm, d: &Value) -> bool {
    match d {
        Value::Obj(o)
            if !matches!(o.payload(), Payload::Property(_) | Payload::GetSet(_))
                && !crate::types::class::is_member_descriptor(vm, o) =>
        {
            let t = vm.type_of_obj(o);
            type_data(&t).heap_type && lookup_str(vm, &t, "__get__").is_none()
        }
        _ => false,
    }
}

pub fn new_bound_method(vm: &Vm, func: Value, self_: Value) -> Value {
    Value::Obj(ObjRef::new(
        Some(vm.t.method.clone()),
        Payload::BoundMethod(Box::new((func, self_))),
    ))
}

fn bind_native(vm: &Vm, o: &ObjRef, self_: Value) -> Value {
    let n = match o.payload() {
        Payload::Native(n) => n,
        _ => unreachable!(),
    };
    Value::Obj(ObjRef::new(
        Some(vm.t.builtin_function.clone()),
        Payload::Native(Box::new(crate::object::NativeFunction {
            name: n.name,
            func: n.func,
            bound: Some(self_),
            owner: n.owner,
            is_classmethod: false,
            doc: n.doc,
            needs_caller: false,
        })),
    ))
}

/// `obj.name`.
pub fn get_attr(vm: &Vm, obj: &Value, name: &ObjRef) -> PyResult<Value> {
    let ty = vm.type_of(obj);
    let td = type_data(&ty);
    if td.slots.get().getattribute {
        if let Some(f) = lookup_str(vm, &ty, "__getattribute__") {
            let r = call_method_value(vm, &f, obj, &[Value::Obj(name.clone())]);
            return match r {
                Err(e) if td.slots.get().getattr && vm.err_matches(&e, &vm.exc.attribute_error) => {
                    call_getattr(vm, &ty, obj, name)
                }
                other => other,
            };
        }
    }
    match generic_get_attr(vm, obj, &ty, name) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => {
            if td.slots.get().getattr {
                return call_getattr(vm, &ty, obj, name);
            }
            // Bound methods forward unknown attributes to their function (`m.__wrapped__`,
            // attributes set on the function).
            if let Value::Obj(o) = obj {
                if let Payload::BoundMethod(m) = o.payload() {
                    let func = m.0.clone();
                    return get_attr(vm, &func, name).map_err(|_| no_attribute(vm, obj, name));
                }
            }
            Err(no_attribute(vm, obj, name))
        }
        Err(e) => {
            if td.slots.get().getattr && vm.err_matches(&e, &vm.exc.attribute_error) {
                return call_getattr(vm, &ty, obj, name);
            }
            Err(e)
        }
    }
}

/// `obj.name`, or None where `get_attr` would raise AttributeError (CPython's
/// `_PyObject_LookupAttr`). For objects without attribute hooks no exception object is
/// made for a missing attribute, which `getattr(x, name, default)` and `hasattr` hit often.
pub fn lookup_attr(vm: &Vm, obj: &Value, name: &ObjRef) -> PyResult<Option<Value>> {
    let ty = vm.type_of(obj);
    let slots = type_data(&ty).slots.get();
    let forwards = matches!(obj, Value::Obj(o) if matches!(o.payload(), Payload::BoundMethod(_)));
    let r = if slots.getattribute || slots.getattr || forwards {
        get_attr(vm, obj, name).map(Some)
    } else {
        generic_get_attr(vm, obj, &ty, name)
    };
    match r {
        Err(e) if vm.err_matches(&e, &vm.exc.attribute_error) => Ok(None),
        other => other,
    }
}

fn call_getattr(vm: &Vm, ty: &ObjRef, obj: &Value, name: &ObjRef) -> PyResult<Value> {
    let f = lookup_str(vm, ty, "__getattr__").ok_or_else(|| no_attribute(vm, obj, name))?;
    call_method_value(vm, &f, obj, &[Value::Obj(name.clone())])
}

/// The AttributeError CPython raises for a missing attribute.
pub fn no_attribute(vm: &Vm, obj: &Value, name: &ObjRef) -> PyErr {
    let e = no_attribute_message(vm, obj, name);
    // CPython 3.10+ records what was looked up on the exception (`e.name`, `e.obj`).
    let ev = Value::Obj(e.exc.clone());
    let d = vm.new_dict();
    let _ = crate::types::dict::set_item(
        vm,
        &d,
        Value::Obj(vm.intern("name")),
        Value::Obj(name.clone()),
    );
    let _ = crate::types::dict::set_item(vm, &d, Value::Obj(vm.intern("obj")), obj.clone());
    if let Value::Obj(o) = &ev {
        *o.dict_cell().borrow_mut() = Some(d);
    }
    e
}

fn no_attribute_message(vm: &Vm, obj: &Value, name: &ObjRef) -> PyErr {
    let n = crate::vm::as_str(&Value::Obj(name.clone()))
        .unwrap_or("?")
        .to_string();
    match obj {
        Value::Obj(o) => match o.payload() {
            Payload::Type(_) => vm.attribute_error(format!(
                "type object '{}' has no attribute '{n}'",
                type_name(o)
            )),
            Payload::Module(m) if crate::import::is_initializing(&m.name) => {
                vm.attribute_error(format!(
                    "partially initialized module '{}' has no attribute '{n}' (most likely due to a circular import)",
                    m.name
                ))
            }
            Payload::Module(m) => {
                vm.attribute_error(format!("module '{}' has no attribute '{n}'", m.name))
            }
            _ => vm.attribute_error(format!(
                "'{}' object has no attribute '{n}'",
                vm.type_name(obj)
            )),
        },
        _ => vm.attribute_error(format!(
            "'{}' object has no attribute '{n}'",
            vm.type_name(obj)
        )),
    }
}

/// `object.__getattribute__`: `Ok(None)` when the attribute is simply missing.
pub fn generic_get_attr(
    vm: &Vm,
    obj: &Value,
    ty: &ObjRef,
    name: &ObjRef,
) -> PyResult<Option<Value>> {
    if let Value::Obj(o) = obj {
        match o.payload() {
            Payload::Type(_) => return type_get_attr(vm, o, ty, name),
            Payload::Super(_) => {
                if let Some(v) = crate::builtins::super_getattr(vm, o, name)? {
                    return Ok(Some(v));
                }
            }
            Payload::Module(m) => {
                if let Some(v) = crate::types::dict::get_str_key(vm, &m.dict, name) {
                    return Ok(Some(v));
                }
                // PEP 562: a module-level `__getattr__` answers missing attributes.
                if let Some(hook) =
                    crate::types::dict::get_str_key(vm, &m.dict, &vm.intern("__getattr__"))
                {
                    if lookup(vm, ty, name).is_none() {
                        return call(vm, &hook, &[Value::Obj(name.clone())]).map(Some);
                    }
                }
            }
            _ => {}
        }
    }
    let descr = lookup(vm, ty, name);
    if let Some(d) = &descr {
        if is_data_descriptor(vm, d) && !lacks_get(vm, d) {
            return descr_get(vm, d.clone(), Some(obj), ty).map(Some);
        }
    }
    if let Value::Obj(o) = obj {
        if let Some(v) = instance_dict_get(vm, o, name) {
            return Ok(Some(v));
        }
    }
    match descr {
        Some(d) => descr_get(vm, d, Some(obj), ty).map(Some),
        None => Ok(None),
    }
}

fn type_get_attr(vm: &Vm, cls: &ObjRef, meta: &ObjRef, name: &ObjRef) -> PyResult<Option<Value>> {
    let meta_attr = lookup(vm, meta, name);
    if let Some(d) = &meta_attr {
        if is_data_descriptor(vm, d) {
            return descr_get(vm, d.clone(), Some(&Value::Obj(cls.clone())), meta).map(Some);
        }
    }
    if let Some(d) = lookup(vm, cls, name) {
        return descr_get(vm, d, None, cls).map(Some);
    }
    match meta_attr {
        Some(d) => descr_get(vm, d, Some(&Value::Obj(cls.clone())), meta).map(Some),
        None => Ok(None),
    }
}

/// For `LOAD_METHOD`: `(function, true)` when `obj.name` is a plain function or method
/// descriptor found on the type (so the call can pass `obj` as self without allocating a
/// bound method), else `(attribute, false)`.
pub fn load_method(vm: &Vm, obj: &Value, name: &ObjRef) -> PyResult<(Value, bool)> {
    let ty = vm.type_of(obj);
    let td = type_data(&ty);
    let plain_instance = !td.slots.get().getattribute
        && !matches!(obj, Value::Obj(o) if matches!(o.payload(), Payload::Type(_) | Payload::Module(_) | Payload::Super(_)));
    if plain_instance {
        if let Some(d) = lookup(vm, &ty, name) {
            let is_method = match &d {
                Value::Obj(o) => match o.payload() {
                    Payload::Function(_) => true,
                    Payload::Native(n) => {
                        n.bound.is_none() && n.owner.is_some() && !n.is_classmethod
                    }
                    _ => false,
                },
                _ => false,
            };
            if is_method {
                let shadowed = match obj {
                    Value::Obj(o) => instance_dict_get(vm, o, name),
                    _ => None,
                };
                if let Some(v) = shadowed {
                    return Ok((v, false));
                }
                return Ok((d, true));
            }
        }
    }
    get_attr(vm, obj, name).map(|v| (v, false))
}

/// `obj.name = value` (or `del obj.name` when value is None).
pub fn set_attr(vm: &Vm, obj: &Value, name: &ObjRef, value: Option<Value>) -> PyResult<()> {
    if let Value::Obj(o) = obj {
        if matches!(o.payload(), Payload::Type(_)) {
            // Setting or deleting a class attribute (or `__bases__`) changes lookups.
            crate::types::bump_type_version();
            let r = set_attr_inner(vm, obj, name, value);
            crate::types::bump_type_version();
            return r;
        }
    }
    set_attr_inner(vm, obj, name, value)
}

fn set_attr_inner(vm: &Vm, obj: &Value, name: &ObjRef, value: Option<Value>) -> PyResult<()> {
    let ty = vm.type_of(obj);
    let td = type_data(&ty);
    // Classes, and the few native types with attribute hooks (`_thread._local`), set these.
    {
        let slots = td.slots.get();
        let hook = if value.is_some() {
            slots.setattr.then_some("__setattr__")
        } else {
            slots.delattr.then_some("__delattr__")
        };
        if let Some(hook) = hook {
            if let Some(f) = lookup_str(vm, &ty, hook) {
                let mut args = vec![Value::Obj(name.clone())];
                if let Some(v) = value {
                    args.push(v);
                }
                call_method_value(vm, &f, obj, &args)?;
                return Ok(());
            }
        }
    }
    generic_set_attr(vm, obj, &ty, name, value)
}

/// `object.__setattr__` / `object.__delattr__`.
pub fn generic_set_attr(
    vm: &Vm,
    obj: &Value,
    ty: &ObjRef,
    name: &ObjRef,
    value: Option<Value>,
) -> PyResult<()> {
    if let Value::Obj(o) = obj {
        // A super object's three fields are read-only members in CPython.
        if matches!(o.payload(), Payload::Super(_))
            && matches!(
                name_str(name),
                "__thisclass__" | "__self__" | "__self_class__"
            )
        {
            return Err(vm.attribute_error("readonly attribute"));
        }
        if matches!(o.payload(), Payload::Type(_)) {
            crate::types::bump_type_version();
            let r = generic_set_attr_inner(vm, obj, ty, name, value);
            crate::types::bump_type_version();
            return r;
        }
    }
    generic_set_attr_inner(vm, obj, ty, name, value)
}

fn generic_set_attr_inner(
    vm: &Vm,
    obj: &Value,
    ty: &ObjRef,
    name: &ObjRef,
    value: Option<Value>,
) -> PyResult<()> {
    if let Some(d) = lookup(vm, ty, name) {
        if let Value::Obj(dobj) = &d {
            match dobj.payload() {
                Payload::Property(p) => {
                    let (f, what) = if value.is_some() {
                        (&p[1], "setter")
                    } else {
                        (&p[2], "deleter")
                    };
                    if f.is_none() {
                        let n = name_str(name);
                        let msg = if what == "setter" {
                            format!("property '{n}' of '{}' object has no setter", type_name(ty))
                        } else {
                            format!(
                                "property '{n}' of '{}' object has no deleter",
                                type_name(ty)
                            )
                        };
                        return Err(vm.attribute_error(msg));
                    }
                    let mut args = vec![obj.clone()];
                    if let Some(v) = value {
                        args.push(v);
                    }
                    call(vm, f, &args)?;
                    return Ok(());
                }
                Payload::GetSet(g) => {
                    return match g.set {
                        Some(set) => set(vm, obj, value),
                        None => Err(vm.attribute_error(format!(
                            "attribute '{}' of '{}' objects is not writable",
                            g.name,
                            type_name(ty)
                        ))),
                    };
                }
                _ if crate::types::class::is_member_descriptor(vm, dobj) => {
                    return crate::types::class::member_set(vm, dobj, obj, value);
                }
                _ => {
                    let dt = vm.type_of_obj(dobj);
                    if type_data(&dt).heap_type {
                        let hook = if value.is_some() {
                            "__set__"
                        } else {
                            "__delete__"
                        };
                        if let Some(f) = lookup_str(vm, &dt, hook) {
                            let mut args = vec![obj.clone()];
                            if let Some(v) = value {
                                args.push(v);
                            }
                            call_method_value(vm, &f, &d, &args)?;
                            return Ok(());
                        }
                        // A data descriptor without this hook (CPython's slot_tp_descr_set).
                        let other = if value.is_some() {
                            "__delete__"
                        } else {
                            "__set__"
                        };
                        if lookup_str(vm, &dt, other).is_some() {
                            return Err(vm.attribute_error(hook));
                        }
                    }
                }
            }
        }
    }
    let o = match obj {
        Value::Obj(o) => o,
        _ => return Err(readonly_error(vm, obj, ty, name, value.is_some())),
    };
    match o.payload() {
        Payload::Type(td) => {
            if !td.heap_type {
                let n = name_str(name);
                return Err(vm.type_error(format!(
                    "cannot set '{n}' attribute of immutable type '{}'",
                    type_name(o)
                )));
            }
            let mut d = td.dict.borrow_mut();
            let hash = crate::protocol::hash::str_hash(vm, name);
            let pos = d.find_by(hash, |k| crate::protocol::hash::str_key_eq(k, name));
            let old = match (pos, value) {
                (Some(p), Some(v)) => Some(d.replace_value(p, v)),
                (None, Some(v)) => {
                    d.insert_new(hash, Value::Obj(name.clone()), v);
                    None
                }
                (Some(p), None) => Some(d.remove_at(p).1),
                (None, None) => {
                    drop(d);
                    return Err(no_attribute(vm, obj, name));
                }
            };
            drop(d);
            drop(old);
            crate::types::class::update_slots(vm, o);
            Ok(())
        }
        Payload::Module(m) => {
            let dict = m.dict.clone();
            match value {
                Some(v) => crate::types::dict::set_item(vm, &dict, Value::Obj(name.clone()), v),
                None => crate::types::dict::del_item(vm, &dict, &Value::Obj(name.clone())).map_err(
                    |_| {
                        vm.attribute_error(format!(
                            "'module' object has no attribute '{}'",
                            name_str(name)
                        ))
                    },
                ),
            }
        }
        Payload::Function(_) => instance_dict_set(vm, o, obj, name, value),
        _ => {
            if !type_data(ty).has_instance_dict {
                return Err(readonly_error(vm, obj, ty, name, value.is_some()));
            }
            instance_dict_set(vm, o, obj, name, value)
        }
    }
}

fn instance_dict_set(
    vm: &Vm,
    o: &ObjRef,
    obj: &Value,
    name: &ObjRef,
    value: Option<Value>,
) -> PyResult<()> {
    match value {
        Some(v) => crate::instance_attrs::set(vm, o, name, v),
        None => {
            if crate::instance_attrs::delete(vm, o, name)? {
                Ok(())
            } else {
                Err(no_attribute(vm, obj, name))
            }
        }
    }
}

fn readonly_error(vm: &Vm, obj: &Value, ty: &ObjRef, name: &ObjRef, setting: bool) -> PyErr {
    let n = crate::vm::as_str(&Value::Obj(name.clone()))
        .unwrap_or("?")
        .to_string();
    if lookup(vm, ty, name).is_some() {
        return vm.attribute_error(format!(
            "'{}' object attribute '{n}' is read-only",
            vm.type_name(obj)
        ));
    }
    let _ = setting;
    vm.attribute_error(format!(
        "'{}' object has no attribute '{n}'",
        vm.type_name(obj)
    ))
}

/// The text of an attribute-name str object.
pub fn name_str(name: &ObjRef) -> &str {
    match name.payload() {
        Payload::Str(s) => &s.s,
        _ => "?",
    }
}
