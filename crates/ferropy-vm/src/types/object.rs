//! `object`, the root of every class: default `__new__`/`__init__` argument rules,
//! identity comparison and hashing, attribute access hooks, `__class__`, `__dict__`
//! (CPython `Objects/typeobject.c: object_*`).

use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::object::{Args, Layout, Payload};
use crate::protocol::attr;
use crate::types::class::solid_layout;
use crate::types::{add_getset, add_method, lookup_str, type_data, type_name};
use crate::value::Value;
use crate::Vm;

fn overrides(vm: &Vm, cls: &ObjRef, name: &str) -> bool {
    match (
        lookup_str(vm, cls, name),
        lookup_str(vm, &vm.t.object, name),
    ) {
        (Some(a), Some(b)) => !a.is(&b),
        _ => false,
    }
}

/// `object.__new__(cls, *args)`: allocate an instance of `cls`'s layout.
fn object_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let first = args.pos.first().cloned().unwrap_or(Value::None);
    let cls = crate::types::as_type(&first)
        .ok_or_else(|| {
            vm.type_error(format!(
                "object.__new__(X): X is not a type object ({})",
                vm.type_name(&first)
            ))
        })?
        .clone();
    let excess = args.pos.len() > 1 || args.has_kwargs();
    if excess {
        if overrides(vm, &cls, "__new__") {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if !overrides(vm, &cls, "__init__") {
            return Err(vm.type_error(format!("{}() takes no arguments", type_name(&cls))));
        }
    }
    if let Some(abs) = abstract_methods(vm, &cls)? {
        return Err(vm.type_error(abs));
    }
    new_instance(vm, &cls)
}

/// `object.__new__(cls, *args)` as `type.__call__` runs it once it knows `cls.__new__` is
/// `object.__new__`: `excess` says arguments beyond `cls` were passed, `init_overridden`
/// that `cls.__init__` is not `object.__init__`.
pub fn object_new_for(
    vm: &Vm,
    cls: &ObjRef,
    excess: bool,
    init_overridden: bool,
    may_be_abstract: bool,
) -> PyResult<Value> {
    if excess && !init_overridden {
        return Err(vm.type_error(format!("{}() takes no arguments", type_name(cls))));
    }
    if may_be_abstract {
        if let Some(abs) = abstract_methods(vm, cls)? {
            return Err(vm.type_error(abs));
        }
    }
    new_instance(vm, cls)
}

/// The class's own `__abstractmethods__` entry, if any.
fn abstract_entry(vm: &Vm, cls: &ObjRef) -> Option<Value> {
    let key = vm.intern("__abstractmethods__");
    let h = crate::protocol::hash::str_hash(vm, &key);
    let d = type_data(cls).dict.borrow();
    d.find_by(h, |k| crate::protocol::hash::str_key_eq(k, &key))
        .and_then(|p| d.entry_at(p))
        .map(|e| e.value.clone())
}

/// Whether `cls`'s own dict has an `__abstractmethods__` entry.
pub fn has_abstract_entry(vm: &Vm, cls: &ObjRef) -> bool {
    abstract_entry(vm, cls).is_some()
}

/// The "Can't instantiate abstract class" message, if `cls` has abstract methods.
fn abstract_methods(vm: &Vm, cls: &ObjRef) -> PyResult<Option<String>> {
    let v = abstract_entry(vm, cls);
    let v = match v {
        Some(v) => v,
        None => return Ok(None),
    };
    let mut names: Vec<String> = crate::protocol::iter::collect(vm, &v)?
        .iter()
        .filter_map(|n| crate::vm::as_str(n).map(str::to_string))
        .collect();
    if names.is_empty() {
        return Ok(None);
    }
    names.sort();
    let plural = if names.len() == 1 { "" } else { "s" };
    // 3.11 wording: plain names joined by ", " (3.12 quotes them and uses "and").
    let joined = names.join(", ");
    Ok(Some(format!(
        "Can't instantiate abstract class {} with abstract method{plural} {joined}",
        type_name(cls)
    )))
}

/// A fresh, empty instance of a heap class (or of `object`).
pub fn new_instance(vm: &Vm, cls: &ObjRef) -> PyResult<Value> {
    let payload = match solid_layout(cls) {
        Layout::Object => Payload::Object(Default::default()),
        Layout::List => Payload::List(Default::default()),
        Layout::Dict => Payload::Dict(Default::default()),
        Layout::Set => Payload::Set(Default::default()),
        Layout::ByteArray => Payload::ByteArray(Default::default()),
        Layout::Exception => return Ok(Value::Obj(vm.new_exception(cls, Vec::new()))),
        _ => {
            // Name the builtin whose layout the class carries, as CPython does.
            let base = type_data(cls)
                .mro
                .borrow()
                .iter()
                .find(|t| !type_data(t).heap_type && !t.is(&vm.t.object))
                .map(type_name)
                .unwrap_or_else(|| "object".into());
            return Err(vm.type_error(format!(
                "object.__new__({}) is not safe, use {base}.__new__()",
                type_name(cls)
            )));
        }
    };
    Ok(Value::Obj(ObjRef::new(Some(cls.clone()), payload)))
}

fn object_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let excess = args.pos.len() > 1 || args.has_kwargs();
    if excess {
        let cls = vm.type_of(&args.pos[0]);
        if overrides(vm, &cls, "__init__") {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if !overrides(vm, &cls, "__new__") {
            return Err(vm.type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                type_name(&cls)
            )));
        }
    }
    Ok(Value::None)
}

fn object_eq(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(if args.pos[0].is(&args.pos[1]) {
        Value::Bool(true)
    } else {
        vm.not_implemented()
    })
}

fn object_ne(vm: &Vm, args: Args) -> PyResult<Value> {
    let ty = vm.type_of(&args.pos[0]);
    if let Some(eq) = lookup_str(vm, &ty, "__eq__") {
        let r = crate::protocol::call::call_method_value(vm, &eq, &args.pos[0], &args.pos[1..2])?;
        if vm.is_not_implemented(&r) {
            return Ok(r);
        }
        return Ok(Value::Bool(!crate::protocol::number::truthy(vm, &r)?));
    }
    Ok(vm.not_implemented())
}

fn object_not_implemented(vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.not_implemented())
}

fn object_hash(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(match &args.pos[0] {
        Value::Obj(o) => crate::protocol::hash::hash_pointer(o.addr()),
        other => crate::protocol::hash::hash(_vm, other)?,
    }))
}

fn object_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    match &args.pos[0] {
        Value::Obj(o) => Ok(vm.new_string(crate::protocol::repr::default_repr(vm, o))),
        other => Ok(vm.new_string(crate::protocol::repr::repr(vm, other)?)),
    }
}

fn object_str(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(vm.new_string(crate::protocol::repr::repr(vm, &args.pos[0])?))
}

fn object_format(vm: &Vm, args: Args) -> PyResult<Value> {
    let spec = args.pos.get(1).and_then(crate::vm::as_str).unwrap_or("");
    if !spec.is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&args.pos[0])
        )));
    }
    Ok(vm.new_string(crate::protocol::repr::str(vm, &args.pos[0])?))
}

fn name_arg<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a ObjRef> {
    match v {
        Value::Obj(o) if matches!(o.payload(), Payload::Str(_)) => Ok(o),
        _ => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn object_getattribute(vm: &Vm, args: Args) -> PyResult<Value> {
    let name = name_arg(vm, &args.pos[1])?;
    let ty = vm.type_of(&args.pos[0]);
    match attr::generic_get_attr(vm, &args.pos[0], &ty, name)? {
        Some(v) => Ok(v),
        None => Err(attr::no_attribute(vm, &args.pos[0], name)),
    }
}

fn object_setattr(vm: &Vm, args: Args) -> PyResult<Value> {
    let name = name_arg(vm, &args.pos[1])?;
    let ty = vm.type_of(&args.pos[0]);
    attr::generic_set_attr(vm, &args.pos[0], &ty, name, Some(args.pos[2].clone()))?;
    Ok(Value::None)
}

fn object_delattr(vm: &Vm, args: Args) -> PyResult<Value> {
    let name = name_arg(vm, &args.pos[1])?;
    let ty = vm.type_of(&args.pos[0]);
    attr::generic_set_attr(vm, &args.pos[0], &ty, name, None)?;
    Ok(Value::None)
}

fn object_dir(vm: &Vm, args: Args) -> PyResult<Value> {
    let obj = &args.pos[0];
    let d = vm.new_dict();
    if let Value::Obj(o) = obj {
        for k in crate::instance_attrs::names(o) {
            crate::types::dict::set_item(vm, &d, k, Value::None)?;
        }
    }
    let ty = vm.type_of(obj);
    for t in type_data(&ty).mro.borrow().iter() {
        let keys: Vec<Value> = type_data(t).dict.borrow().keys().cloned().collect();
        for k in keys {
            crate::types::dict::set_item(vm, &d, k, Value::None)?;
        }
    }
    Ok(vm.new_list(
        crate::types::dict::entries(&d)
            .into_iter()
            .map(|(k, _)| k)
            .collect(),
    ))
}

fn object_subclasshook(vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.not_implemented())
}

fn object_init_subclass(vm: &Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() || args.pos.len() > 1 {
        let name = crate::types::as_type(&args.pos[0])
            .map(type_name)
            .unwrap_or_default();
        return Err(vm.type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

fn object_reduce_ex(vm: &Vm, args: Args) -> PyResult<Value> {
    Err(vm.type_error(format!(
        "cannot pickle '{}' object",
        vm.type_name(&args.pos[0])
    )))
}

fn object_sizeof(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(16))
}

fn get_class(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(vm.type_of(v)))
}

fn set_class(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let _ = (v, new);
    Err(vm.type_error("__class__ assignment is not supported by ferropy"))
}

fn get_dict(vm: &Vm, v: &Value) -> PyResult<Value> {
    let o = match v {
        Value::Obj(o) => o,
        _ => return Err(attr::no_attribute(vm, v, &vm.intern("__dict__"))),
    };
    if let Payload::Module(m) = o.payload() {
        return Ok(Value::Obj(m.dict.clone()));
    }
    let ty = vm.type_of_obj(o);
    if !type_data(&ty).has_instance_dict && !matches!(o.payload(), Payload::Function(_)) {
        return Err(attr::no_attribute(vm, v, &vm.intern("__dict__")));
    }
    let d = crate::instance_attrs::materialize(vm, o);
    o.mark_dict_materialized();
    Ok(Value::Obj(d))
}

fn set_dict(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let o = v
        .as_obj()
        .ok_or_else(|| vm.type_error("cannot set __dict__"))?;
    match new {
        Some(Value::Obj(d)) if matches!(d.payload(), Payload::Dict(_)) => {
            crate::instance_attrs::replace_dict(o, Some(d));
            o.mark_dict_materialized();
            Ok(())
        }
        Some(other) => Err(vm.type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            vm.type_name(&other)
        ))),
        None => {
            crate::instance_attrs::replace_dict(o, None);
            Ok(())
        }
    }
}

pub fn init(vm: &Vm) {
    let t = vm.t.object.clone();
    crate::types::type_set(vm, &t, "__new__", {
        let f = vm.new_native("__new__", object_new, Some("object"));
        Value::Obj(ObjRef::new(
            Some(vm.t.staticmethod.clone()),
            Payload::StaticMethod(f),
        ))
    });
    add_method(vm, &t, "__init__", object_init);
    add_method(vm, &t, "__eq__", object_eq);
    add_method(vm, &t, "__ne__", object_ne);
    add_method(vm, &t, "__lt__", object_not_implemented);
    add_method(vm, &t, "__le__", object_not_implemented);
    add_method(vm, &t, "__gt__", object_not_implemented);
    add_method(vm, &t, "__ge__", object_not_implemented);
    add_method(vm, &t, "__hash__", object_hash);
    add_method(vm, &t, "__repr__", object_repr);
    add_method(vm, &t, "__str__", object_str);
    add_method(vm, &t, "__format__", object_format);
    add_method(vm, &t, "__getattribute__", object_getattribute);
    add_method(vm, &t, "__setattr__", object_setattr);
    add_method(vm, &t, "__delattr__", object_delattr);
    add_method(vm, &t, "__dir__", object_dir);
    add_method(vm, &t, "__reduce_ex__", object_reduce_ex);
    add_method(vm, &t, "__sizeof__", object_sizeof);
    crate::types::add_classmethod(vm, &t, "__init_subclass__", object_init_subclass);
    crate::types::add_classmethod(vm, &t, "__subclasshook__", object_subclasshook);
    add_getset(vm, &t, "__class__", get_class, Some(set_class));
    // `__dict__` is not on `object`: classes that introduce the instance dict get their
    // own descriptor (`class::type_new`), as in CPython; functions and modules have theirs.
    add_getset(
        vm,
        &vm.t.function.clone(),
        "__dict__",
        get_dict,
        Some(set_dict),
    );
    add_getset(vm, &vm.t.module.clone(), "__dict__", get_dict, None);
    crate::types::type_set(vm, &t, "__doc__", vm.new_str("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"));
}

/// The `__dict__` getter, for heap classes (installed by `type_new`).
pub fn instance_dict_getset(vm: &Vm, v: &Value) -> PyResult<Value> {
    get_dict(vm, v)
}

/// The `__dict__` setter, for heap classes (installed by `type_new`).
pub fn instance_dict_setter(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    set_dict(vm, v, new)
}
