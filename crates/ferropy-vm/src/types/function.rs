//! Function-like objects and descriptors: Python functions, bound methods, builtins, code
//! objects, cells, `property`, `staticmethod` and `classmethod` (CPython
//! `Objects/funcobject.c`, `classobject.c`, `descrobject.c`).

use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::object::{Args, Payload};
use crate::types::{add_getset, add_method};
use crate::value::Value;
use crate::vm::as_str;
use crate::Vm;

fn func<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a crate::object::Function> {
    match v {
        Value::Obj(o) => match o.payload() {
            Payload::Function(f) => Ok(f),
            _ => Err(vm.type_error("expected a function")),
        },
        _ => Err(vm.type_error("expected a function")),
    }
}

macro_rules! func_field {
    ($get:ident, $set:ident, $field:ident, $what:literal, $check:expr) => {
        fn $get(vm: &Vm, v: &Value) -> PyResult<Value> {
            let f = func(vm, v)?;
            let x = f.$field.borrow().clone();
            Ok(if x.is_null() { Value::None } else { x })
        }
        fn $set(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
            let f = func(vm, v)?;
            let new = new.unwrap_or(Value::None);
            let check: fn(&Value) -> bool = $check;
            if !check(&new) {
                return Err(vm.type_error(concat!($what, " must be set to a string object")));
            }
            *f.$field.borrow_mut() = new;
            Ok(())
        }
    };
}

func_field!(get_name, set_name, name, "__name__", |v| as_str(v)
    .is_some());
func_field!(get_qualname, set_qualname, qualname, "__qualname__", |v| {
    as_str(v).is_some()
});
func_field!(get_doc, set_doc, doc, "__doc__", |_| true);
func_field!(get_defaults, set_defaults, defaults, "__defaults__", |_| {
    true
});
func_field!(
    get_kwdefaults,
    set_kwdefaults,
    kwdefaults,
    "__kwdefaults__",
    |_| true
);

fn get_annotations(vm: &Vm, v: &Value) -> PyResult<Value> {
    let f = func(vm, v)?;
    let cur = f.annotations.borrow().clone();
    if cur.is_null() || cur.is_none() {
        let d = Value::Obj(vm.new_dict());
        *f.annotations.borrow_mut() = d.clone();
        return Ok(d);
    }
    Ok(cur)
}

/// `f.__module__`: an assigned value (kept in the function's `__dict__`) wins over the
/// module recorded at definition.
fn get_module(vm: &Vm, v: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        if let Some(m) = crate::protocol::attr::instance_dict_get(vm, o, &vm.intern("__module__")) {
            return Ok(m);
        }
    }
    Ok(func(vm, v)?.module.clone())
}

fn set_module(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let o = v
        .as_obj()
        .ok_or_else(|| vm.type_error("expected a function"))?;
    let mut cell = o.dict_cell().borrow_mut();
    let d = cell.get_or_insert_with(|| vm.new_dict()).clone();
    drop(cell);
    crate::types::dict::set_item(
        vm,
        &d,
        Value::Obj(vm.intern("__module__")),
        new.unwrap_or(Value::None),
    )
}

fn get_code(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(func(vm, v)?.code()))
}

/// `f.__code__ = code`: the code must have as many free variables as the closure has cells.
fn set_code(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let f = func(vm, v)?;
    let new = new.ok_or_else(|| vm.type_error("__code__ must be set to a code object"))?;
    let c = match &new {
        Value::Obj(o) if matches!(o.payload(), Payload::Code(_)) => o.clone(),
        _ => return Err(vm.type_error("__code__ must be set to a code object")),
    };
    let nfree = crate::frame::code_data(&c).code.freevars().count();
    let nclosure = match f.closure.as_obj().map(|o| o.payload()) {
        Some(Payload::Tuple(t)) => t.len(),
        _ => 0,
    };
    if nfree != nclosure {
        let name = crate::vm::as_str(&f.name.borrow())
            .unwrap_or("?")
            .to_string();
        return Err(vm.value_error(format!(
            "{name}() requires a code object with {nclosure} free vars, not {nfree}"
        )));
    }
    let old = std::mem::replace(&mut *f.code.borrow_mut(), c);
    drop(old);
    Ok(())
}

/// `code.replace(**changes)` for the fields ferropy lets change: `co_flags`, `co_name`,
/// `co_qualname`, `co_firstlineno`.
fn code_replace(vm: &Vm, args: Args) -> PyResult<Value> {
    let c = code(vm, &args.pos[0])?;
    if args.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "replace() takes 0 positional arguments but {} were given",
            args.pos.len() - 1
        )));
    }
    let mut new = (*c.code).clone();
    for (name, value) in args.kwnames.iter().zip(args.kwvalues.iter()) {
        let name = crate::vm::as_str(name).unwrap_or("");
        let int = || -> PyResult<i64> {
            match value {
                Value::Int(i) => Ok(*i),
                _ => Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(value)
                ))),
            }
        };
        let text = || -> PyResult<String> {
            crate::vm::as_str(value).map(str::to_string).ok_or_else(|| {
                vm.type_error(format!(
                    "replace() argument '{name}' must be str, not {}",
                    vm.type_name(value)
                ))
            })
        };
        match name {
            "co_flags" => new.flags = ferropy_bytecode::CodeFlags(int()? as u32),
            "co_firstlineno" => new.first_line = int()? as u32,
            "co_name" => new.name = text()?,
            "co_qualname" => new.qualname = text()?,
            _ => {
                return Err(vm.type_error(format!(
                    "replace() got an unexpected keyword argument '{name}'"
                )))
            }
        }
    }
    Ok(Value::Obj(crate::eval::load_code(
        vm,
        std::sync::Arc::new(new),
    )))
}

fn get_globals(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(func(vm, v)?.globals.clone()))
}

fn get_closure(vm: &Vm, v: &Value) -> PyResult<Value> {
    let c = func(vm, v)?.closure.clone();
    Ok(if c.is_null() { Value::None } else { c })
}

fn get_builtins(vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(vm.builtins_dict.clone()))
}

fn func_get(vm: &Vm, args: Args) -> PyResult<Value> {
    let obj = args.pos.get(1).cloned().unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(args.pos[0].clone());
    }
    Ok(crate::protocol::attr::new_bound_method(
        vm,
        args.pos[0].clone(),
        obj,
    ))
}

fn method<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a (Value, Value)> {
    match v {
        Value::Obj(o) => match o.payload() {
            Payload::BoundMethod(m) => Ok(m),
            _ => Err(vm.type_error("expected a method")),
        },
        _ => Err(vm.type_error("expected a method")),
    }
}

fn method_func(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(method(vm, v)?.0.clone())
}

fn method_self(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(method(vm, v)?.1.clone())
}

fn method_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    let f = method(vm, v)?.0.clone();
    crate::protocol::attr::get_attr_str(vm, &f, "__name__")
}

fn method_qualname(vm: &Vm, v: &Value) -> PyResult<Value> {
    let f = method(vm, v)?.0.clone();
    crate::protocol::attr::get_attr_str(vm, &f, "__qualname__")
}

fn method_doc(vm: &Vm, v: &Value) -> PyResult<Value> {
    let f = method(vm, v)?.0.clone();
    crate::protocol::attr::get_attr_str(vm, &f, "__doc__")
}

fn method_eq(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = method(vm, &args.pos[0])?;
    match &args.pos[1] {
        Value::Obj(o) => match o.payload() {
            Payload::BoundMethod(b) => Ok(Value::Bool(a.0.is(&b.0) && a.1.is(&b.1))),
            _ => Ok(vm.not_implemented()),
        },
        _ => Ok(vm.not_implemented()),
    }
}

fn native<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a crate::object::NativeFunction> {
    match v {
        Value::Obj(o) => match o.payload() {
            Payload::Native(n) => Ok(n),
            _ => Err(vm.type_error("expected a builtin")),
        },
        _ => Err(vm.type_error("expected a builtin")),
    }
}

fn native_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_str(native(vm, v)?.name))
}

fn native_qualname(vm: &Vm, v: &Value) -> PyResult<Value> {
    let n = native(vm, v)?;
    Ok(match n.owner {
        Some(o) => vm.new_string(format!("{o}.{}", n.name)),
        None => vm.new_str(n.name),
    })
}

fn native_self(vm: &Vm, v: &Value) -> PyResult<Value> {
    let n = native(vm, v)?;
    Ok(n.bound
        .clone()
        .unwrap_or_else(|| Value::Obj(vm.builtins.clone())))
}

fn native_doc(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(native(vm, v)?.doc.map_or(Value::None, |d| vm.new_str(d)))
}

fn code<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a crate::object::CodeData> {
    match v {
        Value::Obj(o) => match o.payload() {
            Payload::Code(c) => Ok(c),
            _ => Err(vm.type_error("expected a code object")),
        },
        _ => Err(vm.type_error("expected a code object")),
    }
}

fn strs(vm: &Vm, it: impl Iterator<Item = String>) -> Value {
    vm.new_tuple(it.map(|s| vm.new_string(s)).collect())
}

fn co_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_str(&code(vm, v)?.code.name))
}
fn co_qualname(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_str(&code(vm, v)?.code.qualname))
}
fn co_filename(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_str(&code(vm, v)?.code.filename))
}
fn co_firstlineno(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(code(vm, v)?.code.first_line as i64))
}
fn co_argcount(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(code(vm, v)?.code.arg_count as i64))
}
fn co_posonlyargcount(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(code(vm, v)?.code.posonly_arg_count as i64))
}
fn co_kwonlyargcount(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(code(vm, v)?.code.kwonly_arg_count as i64))
}
fn co_flags(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(code(vm, v)?.code.flags.0 as i64))
}
fn co_nlocals(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(code(vm, v)?.code.varnames().count() as i64))
}
fn co_varnames(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(strs(vm, code(vm, v)?.code.varnames().map(str::to_string)))
}
fn co_cellvars(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(strs(vm, code(vm, v)?.code.cellvars().map(str::to_string)))
}
fn co_freevars(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(strs(vm, code(vm, v)?.code.freevars().map(str::to_string)))
}
fn co_names(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(strs(vm, code(vm, v)?.code.names.iter().cloned()))
}
fn co_consts(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_tuple(code(vm, v)?.consts.to_vec()))
}
fn co_stacksize(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(code(vm, v)?.code.max_stackdepth as i64))
}

fn cell_contents(vm: &Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Obj(o) => match o.payload() {
            Payload::Cell(c) => {
                let x = c.borrow().clone();
                if x.is_null() {
                    Err(vm.value_error("Cell is empty"))
                } else {
                    Ok(x)
                }
            }
            _ => Err(vm.type_error("expected a cell")),
        },
        _ => Err(vm.type_error("expected a cell")),
    }
}

fn prop<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a [Value; 4]> {
    match v {
        Value::Obj(o) => match o.payload() {
            Payload::Property(p) => Ok(p),
            _ => Err(vm.type_error("expected a property")),
        },
        _ => Err(vm.type_error("expected a property")),
    }
}

pub fn new_property(vm: &Vm, fget: Value, fset: Value, fdel: Value, doc: Value) -> PyResult<Value> {
    let doc = if doc.is_none() && !fget.is_none() {
        crate::protocol::attr::get_attr_str(vm, &fget, "__doc__").unwrap_or(Value::None)
    } else {
        doc
    };
    Ok(Value::Obj(ObjRef::new(
        Some(vm.t.property.clone()),
        Payload::Property(Box::new([fget, fset, fdel, doc])),
    )))
}

fn prop_with(vm: &Vm, args: Args, slot: usize) -> PyResult<Value> {
    let p = prop(vm, &args.pos[0])?;
    let mut parts = p.clone();
    // CPython's property_copy: a doc that came from the getter is not kept, so the copy
    // takes its doc from its own getter (the doc object is the getter's `__doc__` then).
    if !parts[0].is_none() && !parts[3].is_none() {
        if let Ok(gdoc) = crate::protocol::attr::get_attr_str(vm, &parts[0], "__doc__") {
            if gdoc.is(&parts[3]) {
                parts[3] = Value::None;
            }
        }
    }
    parts[slot] = args.pos.get(1).cloned().unwrap_or(Value::None);
    let ty = vm.type_of(&args.pos[0]);
    if ty.is(&vm.t.property) {
        let [a, b, c, d] = parts;
        return new_property(vm, a, b, c, d);
    }
    let [a, b, c, d] = parts;
    crate::protocol::call::call(vm, &Value::Obj(ty), &[a, b, c, d])
}

fn prop_getter(vm: &Vm, args: Args) -> PyResult<Value> {
    prop_with(vm, args, 0)
}
fn prop_setter(vm: &Vm, args: Args) -> PyResult<Value> {
    prop_with(vm, args, 1)
}
fn prop_deleter(vm: &Vm, args: Args) -> PyResult<Value> {
    prop_with(vm, args, 2)
}

fn prop_fget(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(prop(vm, v)?[0].clone())
}
fn prop_fset(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(prop(vm, v)?[1].clone())
}
fn prop_fdel(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(prop(vm, v)?[2].clone())
}
fn prop_doc(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(prop(vm, v)?[3].clone())
}

/// A property is abstract when any of its accessors is.
fn prop_isabstract(vm: &Vm, v: &Value) -> PyResult<Value> {
    for f in prop(vm, v)?[..3].iter() {
        if !f.is_none() {
            if let Ok(x) = crate::protocol::attr::get_attr_str(vm, f, "__isabstractmethod__") {
                if crate::protocol::number::truthy(vm, &x)? {
                    return Ok(Value::Bool(true));
                }
            }
        }
    }
    Ok(Value::Bool(false))
}

/// `property.__set_name__`: remember the attribute name for error messages.
fn prop_set_name(vm: &Vm, args: Args) -> PyResult<Value> {
    if let (Some(Value::Obj(o)), Some(name)) = (args.pos.first(), args.pos.get(2)) {
        let mut cell = o.dict_cell().borrow_mut();
        let d = cell.get_or_insert_with(|| vm.new_dict()).clone();
        drop(cell);
        crate::types::dict::set_item(vm, &d, Value::Obj(vm.intern("__name__")), name.clone())?;
    }
    Ok(Value::None)
}

fn prop_get(vm: &Vm, args: Args) -> PyResult<Value> {
    let obj = args.pos.get(1).cloned().unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(args.pos[0].clone());
    }
    let p = prop(vm, &args.pos[0])?;
    crate::protocol::call::call(vm, &p[0], &[obj])
}

fn prop_set(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = prop(vm, &args.pos[0])?;
    if p[1].is_none() {
        return Err(vm.attribute_error("can't set attribute"));
    }
    crate::protocol::call::call(vm, &p[1], &args.pos[1..3])
}

fn wrapped(vm: &Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Obj(o) => match o.payload() {
            Payload::StaticMethod(f) | Payload::ClassMethod(f) => Ok(f.clone()),
            _ => Err(vm.type_error("expected staticmethod or classmethod")),
        },
        _ => Err(vm.type_error("expected staticmethod or classmethod")),
    }
}

/// `staticmethod.__get__`: the wrapped function; `classmethod.__get__`: bound to the class.
fn wrapper_get(vm: &Vm, args: Args) -> PyResult<Value> {
    let inner = wrapped(vm, &args.pos[0])?;
    match args.pos[0].as_obj().map(|o| o.payload()) {
        Some(Payload::ClassMethod(_)) => {
            let owner = match (args.pos.get(2), args.pos.get(1)) {
                (Some(t), _) if !t.is_none() => t.clone(),
                (_, Some(o)) if !o.is_none() => Value::Obj(vm.type_of(o)),
                _ => return Err(vm.type_error("__get__(None, None) is invalid")),
            };
            Ok(crate::protocol::attr::new_bound_method(vm, inner, owner))
        }
        _ => Ok(inner),
    }
}

/// Since 3.10 a staticmethod object is itself callable.
fn staticmethod_call(vm: &Vm, args: Args) -> PyResult<Value> {
    let inner = wrapped(vm, &args.pos[0])?;
    crate::protocol::call::call_args(
        vm,
        &inner,
        None,
        Args {
            pos: &args.pos[1..],
            kwnames: args.kwnames,
            kwvalues: args.kwvalues,
        },
    )
}

fn isabstract(vm: &Vm, v: &Value) -> PyResult<Value> {
    let inner = wrapped(vm, v)?;
    match crate::protocol::attr::get_attr_str(vm, &inner, "__isabstractmethod__") {
        Ok(x) => Ok(x),
        Err(_) => Ok(Value::Bool(false)),
    }
}

pub fn init(vm: &Vm) {
    let f = vm.t.function.clone();
    add_getset(vm, &f, "__name__", get_name, Some(set_name));
    add_getset(vm, &f, "__qualname__", get_qualname, Some(set_qualname));
    add_getset(vm, &f, "__doc__", get_doc, Some(set_doc));
    add_getset(vm, &f, "__defaults__", get_defaults, Some(set_defaults));
    add_getset(
        vm,
        &f,
        "__kwdefaults__",
        get_kwdefaults,
        Some(set_kwdefaults),
    );
    add_getset(vm, &f, "__annotations__", get_annotations, None);
    add_getset(vm, &f, "__module__", get_module, Some(set_module));
    add_getset(vm, &f, "__code__", get_code, Some(set_code));
    add_getset(vm, &f, "__globals__", get_globals, None);
    add_getset(vm, &f, "__closure__", get_closure, None);
    add_getset(vm, &f, "__builtins__", get_builtins, None);
    add_method(vm, &f, "__get__", func_get);
    let m = vm.t.method.clone();
    add_getset(vm, &m, "__func__", method_func, None);
    add_getset(vm, &m, "__self__", method_self, None);
    add_getset(vm, &m, "__name__", method_name, None);
    add_getset(vm, &m, "__qualname__", method_qualname, None);
    add_getset(vm, &m, "__doc__", method_doc, None);
    add_method(vm, &m, "__eq__", method_eq);
    let b = vm.t.builtin_function.clone();
    add_getset(vm, &b, "__name__", native_name, None);
    add_getset(vm, &b, "__qualname__", native_qualname, None);
    add_getset(vm, &b, "__self__", native_self, None);
    add_getset(vm, &b, "__doc__", native_doc, None);
    let c = vm.t.code.clone();
    add_method(vm, &c, "replace", code_replace);
    for (name, g) in [
        ("co_name", co_name as crate::object::GetterFn),
        ("co_qualname", co_qualname),
        ("co_filename", co_filename),
        ("co_firstlineno", co_firstlineno),
        ("co_argcount", co_argcount),
        ("co_posonlyargcount", co_posonlyargcount),
        ("co_kwonlyargcount", co_kwonlyargcount),
        ("co_flags", co_flags),
        ("co_nlocals", co_nlocals),
        ("co_varnames", co_varnames),
        ("co_cellvars", co_cellvars),
        ("co_freevars", co_freevars),
        ("co_names", co_names),
        ("co_consts", co_consts),
        ("co_stacksize", co_stacksize),
    ] {
        add_getset(vm, &c, name, g, None);
    }
    add_getset(vm, &vm.t.cell.clone(), "cell_contents", cell_contents, None);
    let p = vm.t.property.clone();
    add_method(vm, &p, "getter", prop_getter);
    add_method(vm, &p, "setter", prop_setter);
    add_method(vm, &p, "deleter", prop_deleter);
    add_method(vm, &p, "__get__", prop_get);
    add_method(vm, &p, "__set__", prop_set);
    add_getset(vm, &p, "fget", prop_fget, None);
    add_getset(vm, &p, "fset", prop_fset, None);
    add_getset(vm, &p, "fdel", prop_fdel, None);
    add_getset(vm, &p, "__doc__", prop_doc, None);
    add_getset(vm, &p, "__isabstractmethod__", prop_isabstract, None);
    for t in [vm.t.staticmethod.clone(), vm.t.classmethod.clone()] {
        add_getset(vm, &t, "__func__", wrapped, None);
        add_getset(vm, &t, "__wrapped__", wrapped, None);
        add_getset(vm, &t, "__isabstractmethod__", isabstract, None);
        add_method(vm, &t, "__get__", wrapper_get);
    }
    add_method(
        vm,
        &vm.t.staticmethod.clone(),
        "__call__",
        staticmethod_call,
    );
    add_method(vm, &p, "__set_name__", prop_set_name);
}
