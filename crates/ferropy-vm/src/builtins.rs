//! The `builtins` module (CPython `Python/bltinmodule.c`): the builtin functions, the
//! builtin types and exceptions, and the few builtins that need their caller's frame
//! (`globals`, `locals`, `vars`, `dir`, `eval`, `exec`, zero-argument `super`), which the
//! eval loop serves through [`CallerInfo`].

use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::object::{Args, Payload};
use crate::protocol::{attr, call, compare, iter, number, repr, sequence};
use crate::types::int::as_int;
use crate::types::{lookup, type_data};
use crate::value::Value;
use crate::vm::{as_str, CompileMode};
use crate::Vm;
use ferropy_bytecode::opcode::cmpop;

pub use crate::types::constructors::{to_float, to_int};

/// What frame-aware builtins may know about their caller, set by the eval loop just
/// before it calls one of them.
#[derive(Clone)]
pub struct CallerInfo {
    pub globals: ObjRef,
    /// The locals mapping (module/class bodies) or a snapshot of the fast locals.
    pub locals: Value,
    /// For zero-argument `super()`: the first argument and the `__class__` cell contents.
    pub first_arg: Option<Value>,
    pub class_cell: Option<Value>,
}

/// Names of the builtins that read `CallerInfo`.
pub const FRAME_BUILTINS: &[&str] = &["globals", "locals", "vars", "dir", "eval", "exec"];

fn caller(vm: &Vm) -> Option<CallerInfo> {
    vm.caller.borrow().clone()
}

/// `format(value, spec)` returning a str value.
pub fn format_value(vm: &Vm, v: &Value, spec: &str) -> PyResult<Value> {
    crate::format::format_value(vm, v, spec).map(|s| vm.new_string(s))
}

/// How CPython names a callable in argument errors (`f()`, `A.m()`).
pub fn func_display_name(vm: &Vm, f: &Value) -> String {
    // CPython's `_PyObject_FunctionStr`: `module.qualname()` unless the module is builtins.
    let q = match attr::get_attr_str(vm, f, "__qualname__")
        .ok()
        .and_then(|q| as_str(&q).map(str::to_string))
    {
        Some(q) => q,
        None => return format!("{} object", vm.type_name(f)),
    };
    match attr::get_attr_str(vm, f, "__module__")
        .ok()
        .and_then(|m| as_str(&m).map(str::to_string))
    {
        Some(m) if m != "builtins" => format!("{m}.{q}()"),
        _ => format!("{q}()"),
    }
}

/// Look `name` up along `type(obj)`'s MRO starting after `start` (`super().name`), binding
/// it to `obj`. Returns None when no class after `start` defines it.
pub fn super_lookup(vm: &Vm, start: &ObjRef, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let obj_type = match crate::types::as_type(obj) {
        Some(t) if !vm.is_instance(obj, start) || vm.is_subtype(t, start) => t.clone(),
        _ => vm.type_of(obj),
    };
    let mro = type_data(&obj_type).mro.borrow().clone();
    let pos = mro.iter().position(|t| t.is(start));
    let key = vm.intern(name);
    let h = crate::protocol::hash::str_hash(vm, &key);
    if let Some(p) = pos {
        for t in &mro[p + 1..] {
            let found = {
                let d = type_data(t).dict.borrow();
                d.find_by(h, |k| crate::protocol::hash::str_key_eq(k, &key))
                    .and_then(|i| d.entry_at(i))
                    .map(|e| e.value.clone())
            };
            if let Some(v) = found {
                let inst = if obj.is(&Value::Obj(obj_type.clone())) {
                    None
                } else {
                    Some(obj)
                };
                return attr::descr_get(vm, v, inst, &obj_type).map(Some);
            }
        }
    }
    Ok(None)
}

/// `super(...).name`.
pub fn super_getattr(vm: &Vm, sup: &ObjRef, name: &ObjRef) -> PyResult<Option<Value>> {
    let (start, obj) = match sup.payload() {
        Payload::Super(s) => (s.0.clone(), s.1.clone()),
        _ => return Ok(None),
    };
    let n = as_str(&Value::Obj(name.clone())).unwrap_or("").to_string();
    match n.as_str() {
        "__class__" => return Ok(Some(Value::Obj(vm.t.super_.clone()))),
        "__thisclass__" => return Ok(Some(Value::Obj(start))),
        "__self__" => return Ok(Some(obj)),
        "__self_class__" => {
            return Ok(Some(match &obj {
                Value::None => Value::None,
                v => match crate::types::as_type(v) {
                    Some(t) if !vm.is_instance(v, &start) => Value::Obj(t.clone()),
                    _ => Value::Obj(vm.type_of(v)),
                },
            }))
        }
        _ => {}
    }
    if obj.is_none() {
        return Ok(None);
    }
    super_lookup(vm, &start, &obj, &n)
}

/// Zero-argument `super()` from the caller's frame.
pub fn zero_arg_super(vm: &Vm, info: &CallerInfo) -> PyResult<Value> {
    if info.first_arg.is_none() {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    let cls = match &info.class_cell {
        Some(Value::Obj(c)) if matches!(c.payload(), Payload::Type(_)) => c.clone(),
        Some(_) => return Err(vm.runtime_error("super(): empty __class__ cell")),
        None => return Err(vm.runtime_error("super(): __class__ cell not found")),
    };
    let obj = match &info.first_arg {
        Some(v) if !v.is_null() => v.clone(),
        Some(_) => return Err(vm.runtime_error("super(): arg[0] deleted")),
        None => return Err(vm.runtime_error("super(): no arguments")),
    };
    let ok = vm.is_instance(&obj, &cls)
        || crate::types::as_type(&obj).is_some_and(|t| vm.is_subtype(t, &cls));
    if !ok {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    Ok(Value::Obj(ObjRef::new(
        Some(vm.t.super_.clone()),
        Payload::Super(Box::new((cls, obj))),
    )))
}

fn arity(vm: &Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    call::no_kwargs(vm, name, args)?;
    call::check_arity(vm, name, args, min, max)
}

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`.
fn builtin_print(vm: &Vm, args: Args) -> PyResult<Value> {
    let mut sep = None;
    let mut end = None;
    let mut file = Value::None;
    let mut flush = false;
    for (k, v) in args.kwnames.iter().zip(args.kwvalues) {
        match as_str(k) {
            Some("sep") => {
                sep = if v.is_none() {
                    None
                } else {
                    Some(
                        as_str(v)
                            .ok_or_else(|| {
                                vm.type_error(format!(
                                    "sep must be None or a string, not {}",
                                    vm.type_name(v)
                                ))
                            })?
                            .to_string(),
                    )
                }
            }
            Some("end") => {
                end = if v.is_none() {
                    None
                } else {
                    Some(
                        as_str(v)
                            .ok_or_else(|| {
                                vm.type_error(format!(
                                    "end must be None or a string, not {}",
                                    vm.type_name(v)
                                ))
                            })?
                            .to_string(),
                    )
                }
            }
            Some("file") => file = v.clone(),
            Some("flush") => flush = number::truthy(vm, v)?,
            Some(other) => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for print()"
                )))
            }
            None => {}
        }
    }
    let sep = sep.unwrap_or_else(|| " ".into());
    let end = end.unwrap_or_else(|| "\n".into());
    if file.is_none() {
        file = crate::vm::sys_attr(vm, "stdout").unwrap_or(Value::None);
    }
    if !file.is_none()
        && !crate::vm::is_default_stream(vm, &file, 1)
        && !crate::vm::is_default_stream(vm, &file, 2)
    {
        // A Python file object: one write() per piece, as CPython's print does.
        for (i, a) in args.pos.iter().enumerate() {
            if i > 0 {
                call::call_method(vm, &file, "write", &[vm.new_str(&sep)])?;
            }
            let s = match as_str(a) {
                Some(_) if !type_data(&vm.type_of(a)).heap_type => a.clone(),
                _ => vm.new_string(repr::str(vm, a)?),
            };
            call::call_method(vm, &file, "write", &[s])?;
        }
        call::call_method(vm, &file, "write", &[vm.new_str(&end)])?;
        if flush {
            call::call_method(vm, &file, "flush", &[])?;
        }
        return Ok(Value::None);
    }
    let mut out = String::new();
    for (i, a) in args.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match as_str(a) {
            Some(s) if !type_data(&vm.type_of(a)).heap_type => out.push_str(s),
            _ => out.push_str(&repr::str(vm, a)?),
        }
    }
    out.push_str(&end);
    if file.is_none() || crate::vm::is_default_stream(vm, &file, 1) {
        vm.write_stdout(&out)?;
        if flush {
            vm.flush_stdout();
        }
    } else {
        vm.flush_stdout();
        vm.write_stderr(&out);
    }
    Ok(Value::None)
}

fn builtin_len(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "len", &args, 1, 1)?;
    Ok(Value::Int(sequence::len(vm, &args.pos[0])? as i64))
}

fn builtin_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "repr", &args, 1, 1)?;
    Ok(vm.new_string(repr::repr(vm, &args.pos[0])?))
}

fn builtin_ascii(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "ascii", &args, 1, 1)?;
    Ok(vm.new_string(repr::ascii(vm, &args.pos[0])?))
}

fn builtin_abs(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "abs", &args, 1, 1)?;
    let v = &args.pos[0];
    if let Some(i) = as_int(v) {
        if !type_data(&vm.type_of(v)).heap_type
            || crate::types::lookup_str(vm, &vm.type_of(v), "__abs__").is_none()
        {
            return Ok(crate::types::int::abs(vm, i));
        }
    }
    match v {
        Value::Float(f) => return Ok(Value::Float(f.abs())),
        Value::Obj(o) => {
            if let Payload::Complex(re, im) = o.payload() {
                return Ok(Value::Float(re.hypot(*im)));
            }
            if let Payload::Float(f) = o.payload() {
                return Ok(Value::Float(f.abs()));
            }
        }
        _ => {}
    }
    match crate::types::lookup_str(vm, &vm.type_of(v), "__abs__") {
        Some(f) => call::call_method_value(vm, &f, v, &[]),
        None => Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v)))),
    }
}

fn builtin_round(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = call::parse_args(vm, "round", args, &["number", "ndigits"], 1)?;
    let x = a[0].clone().expect("required");
    let nd = match a[1].clone().filter(|v| !v.is_none()) {
        Some(v)
            if as_int(&v).is_none()
                && crate::types::lookup_str(vm, &vm.type_of(&v), "__index__").is_some() =>
        {
            Some(number::index(vm, &v)?)
        }
        other => other,
    };
    if type_data(&vm.type_of(&x)).heap_type {
        if let Some(f) = crate::types::lookup_str(vm, &vm.type_of(&x), "__round__") {
            let extra: Vec<Value> = nd.into_iter().collect();
            return call::call_method_value(vm, &f, &x, &extra);
        }
    }
    if let Some(i) = as_int(&x) {
        return match nd {
            None => Ok(crate::types::int::add(
                vm,
                i,
                crate::types::int::IntRef::Small(0),
            )),
            Some(n) => {
                let n = as_int(&n).and_then(|n| n.to_i64()).ok_or_else(|| {
                    vm.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        vm.type_name(&n)
                    ))
                })?;
                let p = crate::prims::int_ops::PyInt::from_big(i.to_bigint())
                    .round(&crate::prims::int_ops::PyInt::Small(n));
                Ok(crate::types::int::from_bigint(vm, p.to_bigint()))
            }
        };
    }
    if let Some(f) = number::as_f64(vm, &x) {
        let f = f?;
        return match nd {
            None => {
                let r = f.round_ties_even();
                crate::types::float::float_to_int(vm, r)
            }
            Some(n) => {
                let n = as_int(&n).and_then(|n| n.to_i64()).ok_or_else(|| {
                    vm.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        vm.type_name(&n)
                    ))
                })?;
                crate::prims::float_format::round_f64(f, n)
                    .map(Value::Float)
                    .map_err(|e| crate::format::prim_err(vm, e))
            }
        };
    }
    match crate::types::lookup_str(vm, &vm.type_of(&x), "__round__") {
        Some(f) => {
            let extra: Vec<Value> = nd.into_iter().collect();
            call::call_method_value(vm, &f, &x, &extra)
        }
        None => Err(vm.type_error(format!(
            "type {} doesn't define __round__ method",
            vm.type_name(&x)
        ))),
    }
}

fn builtin_divmod(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "divmod", &args, 2, 2)?;
    let (a, b) = (&args.pos[0], &args.pos[1]);
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        if !type_data(&vm.type_of(a)).heap_type && !type_data(&vm.type_of(b)).heap_type {
            let (q, r) = crate::types::int::divmod(vm, x, y)?;
            return Ok(vm.new_tuple(vec![q, r]));
        }
    }
    let heap = type_data(&vm.type_of(a)).heap_type || type_data(&vm.type_of(b)).heap_type;
    if !heap {
        if let (Some(x), Some(y)) = (number::as_f64(vm, a), number::as_f64(vm, b)) {
            let (x, y) = (x?, y?);
            if y == 0.0 {
                return Err(vm.zero_division_error("float divmod()"));
            }
            let (q, r) = crate::types::float::float_divmod(x, y);
            return Ok(vm.new_tuple(vec![Value::Float(q), Value::Float(r)]));
        }
    }
    if let Some(f) = crate::types::lookup_str(vm, &vm.type_of(a), "__divmod__") {
        let r = call::call_method_value(vm, &f, a, std::slice::from_ref(b))?;
        if !vm.is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if let Some(f) = crate::types::lookup_str(vm, &vm.type_of(b), "__rdivmod__") {
        let r = call::call_method_value(vm, &f, b, std::slice::from_ref(a))?;
        if !vm.is_not_implemented(&r) {
            return Ok(r);
        }
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        vm.type_name(a),
        vm.type_name(b)
    )))
}

fn builtin_pow(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = call::parse_args(vm, "pow", args, &["base", "exp", "mod"], 2)?;
    let m = a[2].clone().unwrap_or(Value::None);
    number::pow3(
        vm,
        a[0].as_ref().expect("base"),
        a[1].as_ref().expect("exp"),
        &m,
    )
}

fn min_max(vm: &Vm, args: Args, name: &str, op: u32) -> PyResult<Value> {
    let mut key = Value::None;
    let mut default = None;
    for (k, v) in args.kwnames.iter().zip(args.kwvalues) {
        match as_str(k) {
            Some("key") => key = v.clone(),
            Some("default") => default = Some(v.clone()),
            Some(other) => {
                return Err(vm.type_error(format!(
                    "{name}() got an unexpected keyword argument '{other}'"
                )))
            }
            None => {}
        }
    }
    let items = match args.pos.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => iter::collect(vm, &args.pos[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            args.pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = if key.is_none() {
            item.clone()
        } else {
            call::call(vm, &key, std::slice::from_ref(&item))?
        };
        match &best {
            None => best = Some((k, item)),
            Some((bk, _)) => {
                if compare::compare_bool(vm, &k, bk, op)? {
                    best = Some((k, item));
                }
            }
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => default.ok_or_else(|| vm.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn builtin_min(vm: &Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "min", cmpop::LT)
}

fn builtin_max(vm: &Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "max", cmpop::GT)
}

fn builtin_sum(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = call::parse_args(vm, "sum", args, &["iterable", "start"], 1)?;
    let mut acc = a[1].clone().unwrap_or(Value::Int(0));
    if as_str(&acc).is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if let Value::Obj(o) = &acc {
        match o.payload() {
            Payload::Bytes(_) => {
                return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
            }
            Payload::ByteArray(_) => {
                return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"))
            }
            _ => {}
        }
    }
    let it = iter::get_iter(vm, a[0].as_ref().expect("iterable"))?;
    while let Some(x) = iter::next(vm, &it)? {
        acc = number::binary_op(vm, &acc, &x, ferropy_bytecode::opcode::binop::ADD)?;
    }
    Ok(acc)
}

fn builtin_sorted(vm: &Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "sorted expected 1 argument, got {}",
            args.pos.len()
        )));
    }
    let items = iter::collect(vm, &args.pos[0])?;
    let list = vm.new_list(items);
    call::call_args(
        vm,
        &attr::get_attr_str(vm, &list, "sort")?,
        None,
        Args {
            pos: &[],
            kwnames: args.kwnames,
            kwvalues: args.kwvalues,
        },
    )?;
    Ok(list)
}

fn builtin_any(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "any", &args, 1, 1)?;
    let it = iter::get_iter(vm, &args.pos[0])?;
    while let Some(x) = iter::next(vm, &it)? {
        if number::truthy(vm, &x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn builtin_all(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "all", &args, 1, 1)?;
    let it = iter::get_iter(vm, &args.pos[0])?;
    while let Some(x) = iter::next(vm, &it)? {
        if !number::truthy(vm, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `isinstance(obj, cls)` with tuples and `__instancecheck__`.
pub fn isinstance(vm: &Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(t) = crate::types::as_type(cls) {
        if vm.is_instance(obj, t) {
            return Ok(true);
        }
        let meta = vm.type_of(cls);
        if type_data(&meta).heap_type {
            if let Some(f) = crate::types::lookup_str(vm, &meta, "__instancecheck__") {
                let r = call::call_method_value(vm, &f, cls, std::slice::from_ref(obj))?;
                return number::truthy(vm, &r);
            }
        }
        // CPython's object_isinstance: an overridden `__class__` counts too.
        if let Value::Obj(o) = obj {
            if type_data(&vm.type_of_obj(o)).heap_type {
                if let Ok(c) = attr::get_attr_str(vm, obj, "__class__") {
                    if let Some(ct) = crate::types::as_type(&c) {
                        if !ct.is(&vm.type_of_obj(o)) {
                            return Ok(vm.is_subtype(ct, t));
                        }
                    }
                }
            }
        }
        return Ok(false);
    }
    if let Value::Obj(o) = cls {
        if let Payload::Tuple(items) = o.payload() {
            for c in items.iter() {
                if vm.with_recursion(" in __instancecheck__", || isinstance(vm, obj, c))? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if let Some(f) = crate::types::lookup_str(vm, &vm.type_of(cls), "__instancecheck__") {
            let r = call::call_method_value(vm, &f, cls, std::slice::from_ref(obj))?;
            return number::truthy(vm, &r);
        }
    }
    Err(vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
}

pub fn issubclass(vm: &Vm, sub: &Value, cls: &Value) -> PyResult<bool> {
    if let Value::Obj(o) = cls {
        if let Payload::Tuple(items) = o.payload() {
            for c in items.iter() {
                if vm.with_recursion(" in __subclasscheck__", || issubclass(vm, sub, c))? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
    }
    if let Some(t) = crate::types::as_type(cls) {
        let meta = vm.type_of(cls);
        if type_data(&meta).heap_type {
            if let Some(f) = crate::types::lookup_str(vm, &meta, "__subclasscheck__") {
                let r = call::call_method_value(vm, &f, cls, std::slice::from_ref(sub))?;
                return number::truthy(vm, &r);
            }
        }
        let s = crate::types::as_type(sub)
            .ok_or_else(|| vm.type_error("issubclass() arg 1 must be a class"))?;
        return Ok(vm.is_subtype(s, t));
    }
    Err(vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
}

fn builtin_isinstance(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "isinstance", &args, 2, 2)?;
    Ok(Value::Bool(isinstance(vm, &args.pos[0], &args.pos[1])?))
}

fn builtin_issubclass(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "issubclass", &args, 2, 2)?;
    Ok(Value::Bool(issubclass(vm, &args.pos[0], &args.pos[1])?))
}

/// `id(v)`: the address for heap objects; unboxed values get a stable synthetic id.
pub fn id_of(v: &Value) -> i64 {
    match v {
        Value::Obj(o) => o.addr() as i64,
        Value::None | Value::Null => 0x1000,
        Value::Bool(b) => 0x1010 + *b as i64 * 16,
        Value::Int(i) => 0x7000_0000_0000 + i.wrapping_mul(32),
        Value::Float(f) => 0x6000_0000_0000 + (f.to_bits() >> 12) as i64,
    }
}

fn builtin_id(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "id", &args, 1, 1)?;
    Ok(Value::Int(id_of(&args.pos[0])))
}

fn builtin_hash(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "hash", &args, 1, 1)?;
    Ok(Value::Int(crate::protocol::hash::hash(vm, &args.pos[0])?))
}

fn builtin_callable(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "callable", &args, 1, 1)?;
    Ok(Value::Bool(call::is_callable(vm, &args.pos[0])))
}

fn attr_name<'a>(vm: &Vm, v: &'a Value, _fname: &str) -> PyResult<&'a ObjRef> {
    match v {
        Value::Obj(o) if matches!(o.payload(), Payload::Str(_)) => Ok(o),
        _ => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn builtin_getattr(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "getattr", &args, 2, 3)?;
    attr_name(vm, &args.pos[1], "getattr")?;
    let name = interned_name(vm, &args.pos[1]);
    if args.pos.len() == 3 {
        return Ok(
            attr::lookup_attr(vm, &args.pos[0], &name)?.unwrap_or_else(|| args.pos[2].clone())
        );
    }
    attr::get_attr(vm, &args.pos[0], &name)
}

fn builtin_setattr(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "setattr", &args, 3, 3)?;
    attr_name(vm, &args.pos[1], "setattr")?;
    attr::set_attr(
        vm,
        &args.pos[0],
        &vm.intern(as_str(&args.pos[1]).unwrap_or("")),
        Some(args.pos[2].clone()),
    )?;
    Ok(Value::None)
}

fn builtin_hasattr(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "hasattr", &args, 2, 2)?;
    attr_name(vm, &args.pos[1], "hasattr")?;
    let name = interned_name(vm, &args.pos[1]);
    Ok(Value::Bool(
        attr::lookup_attr(vm, &args.pos[0], &name)?.is_some(),
    ))
}

/// The interned str object for an attribute name argument (already checked to be a str):
/// the argument itself when it is the interned copy.
fn interned_name(vm: &Vm, v: &Value) -> ObjRef {
    match v {
        Value::Obj(o) if matches!(o.payload(), Payload::Str(s) if s.interned.get()) => o.clone(),
        _ => vm.intern(as_str(v).unwrap_or("")),
    }
}

fn builtin_delattr(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "delattr", &args, 2, 2)?;
    attr_name(vm, &args.pos[1], "delattr")?;
    attr::set_attr(
        vm,
        &args.pos[0],
        &vm.intern(as_str(&args.pos[1]).unwrap_or("")),
        None,
    )?;
    Ok(Value::None)
}

fn builtin_globals(vm: &Vm, _args: Args) -> PyResult<Value> {
    match caller(vm) {
        Some(c) => Ok(Value::Obj(c.globals)),
        None => Err(vm.system_error("globals(): no current frame")),
    }
}

fn builtin_locals(vm: &Vm, _args: Args) -> PyResult<Value> {
    match caller(vm) {
        Some(c) => Ok(c.locals),
        None => Err(vm.system_error("locals(): no current frame")),
    }
}

fn builtin_vars(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "vars", &args, 0, 1)?;
    match args.pos.first() {
        None => builtin_locals(vm, args),
        Some(v) => attr::get_attr_str(vm, v, "__dict__").map_err(|e| {
            if vm.err_matches(&e, &vm.exc.attribute_error) {
                vm.type_error("vars() argument must have __dict__ attribute")
            } else {
                e
            }
        }),
    }
}

fn builtin_dir(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "dir", &args, 0, 1)?;
    let names = match args.pos.first() {
        None => {
            let locals = builtin_locals(vm, args)?;
            iter::collect(vm, &locals)?
        }
        Some(v) => {
            if let Value::Obj(o) = v {
                match o.payload() {
                    // PEP 562: a module-level `__dir__` decides what `dir(module)` lists.
                    Payload::Module(m) => {
                        match crate::types::dict::get_str_key(vm, &m.dict, &vm.intern("__dir__")) {
                            Some(hook) => iter::collect(vm, &call::call(vm, &hook, &[])?)?,
                            None => crate::types::dict::entries(&m.dict)
                                .into_iter()
                                .map(|(k, _)| k)
                                .collect(),
                        }
                    }
                    Payload::Type(_) => {
                        let d = vm.new_dict();
                        for t in type_data(o).mro.borrow().iter() {
                            let keys: Vec<Value> =
                                type_data(t).dict.borrow().keys().cloned().collect();
                            for k in keys {
                                crate::types::dict::set_item(vm, &d, k, Value::None)?;
                            }
                        }
                        crate::types::dict::entries(&d)
                            .into_iter()
                            .map(|(k, _)| k)
                            .collect()
                    }
                    _ => iter::collect(vm, &call::call_method(vm, v, "__dir__", &[])?)?,
                }
            } else {
                iter::collect(vm, &call::call_method(vm, v, "__dir__", &[])?)?
            }
        }
    };
    let list = vm.new_list(names);
    call::call_method(vm, &list, "sort", &[])?;
    Ok(list)
}

fn builtin_iter(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "iter", &args, 1, 2)?;
    if args.pos.len() == 2 {
        if !call::is_callable(vm, &args.pos[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(iter::new_iter(
            vm,
            &vm.t.callable_iterator.clone(),
            crate::object::IterState::Callable {
                func: args.pos[0].clone(),
                sentinel: args.pos[1].clone(),
            },
        ));
    }
    iter::get_iter(vm, &args.pos[0])
}

fn builtin_next(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "next", &args, 1, 2)?;
    let it = &args.pos[0];
    let is_iter = match it {
        Value::Obj(o) => {
            matches!(o.payload(), Payload::Iter(_))
                || crate::generator::is_plain_generator(o)
                || crate::types::lookup_str(vm, &vm.type_of(it), "__next__").is_some()
        }
        _ => false,
    };
    if !is_iter {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    // Call __next__ directly so a StopIteration's value is preserved.
    let r = match it {
        Value::Obj(o) if crate::generator::is_plain_generator(o) => {
            match crate::generator::resume(vm, o, Value::None, None)? {
                crate::generator::GenResult::Yield(v) => Ok(v),
                crate::generator::GenResult::Return(v) => Err(vm.stop_iteration(v)),
            }
        }
        Value::Obj(o) if matches!(o.payload(), Payload::Iter(_)) => match iter::next(vm, it)? {
            Some(v) => Ok(v),
            None => Err(vm.stop_iteration(Value::None)),
        },
        // `__next__` is looked up on the type, never the instance (CPython's tp_iternext).
        _ => match crate::types::lookup_str(vm, &vm.type_of(it), "__next__") {
            Some(f) => call::call_method_value(vm, &f, it, &[]),
            None => Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it)))),
        },
    };
    match r {
        Err(e) if args.pos.len() == 2 && vm.err_matches(&e, &vm.exc.stop_iteration) => {
            Ok(args.pos[1].clone())
        }
        other => other,
    }
}

fn builtin_chr(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "chr", &args, 1, 1)?;
    let n = match as_int(&args.pos[0]) {
        Some(n) => n
            .to_i64()
            .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int"))?,
        None => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(&args.pos[0])
            )))
        }
    };
    match u32::try_from(n).ok().filter(|n| *n < 0x110000) {
        Some(c) => match char::from_u32(c) {
            Some(ch) => Ok(crate::types::str::char_value(vm, ch)),
            None => Err(vm.value_error("lone surrogates are not supported by ferropy")),
        },
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn builtin_ord(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "ord", &args, 1, 1)?;
    let v = &args.pos[0];
    if let Some(s) = as_str(v) {
        let mut cs = s.chars();
        return match (cs.next(), cs.next()) {
            (Some(c), None) => Ok(Value::Int(c as i64)),
            _ => Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.chars().count()
            ))),
        };
    }
    if let Ok(b) = crate::types::bytes::bytes_of(vm, v) {
        if b.len() == 1 {
            return Ok(Value::Int(b[0] as i64));
        }
        return Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        )));
    }
    Err(vm.type_error(format!(
        "ord() expected string of length 1, but {} found",
        vm.type_name(v)
    )))
}

fn radix(vm: &Vm, args: Args, name: &str, r: u32) -> PyResult<Value> {
    arity(vm, name, &args, 1, 1)?;
    let v = number::index(vm, &args.pos[0])?;
    let b = as_int(&v).expect("index returns int").to_bigint();
    Ok(vm.new_string(crate::prims::int_format::int_to_prefixed(&b, r)))
}

fn builtin_hex(vm: &Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "hex", 16)
}
fn builtin_oct(vm: &Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "oct", 8)
}
fn builtin_bin(vm: &Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "bin", 2)
}

fn builtin_format(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "format", &args, 1, 2)?;
    let spec = match args.pos.get(1) {
        Some(s) => as_str(s)
            .ok_or_else(|| {
                vm.type_error(format!(
                    "format() argument 2 must be str, not {}",
                    vm.type_name(s)
                ))
            })?
            .to_string(),
        None => String::new(),
    };
    format_value(vm, &args.pos[0], &spec)
}

fn builtin_input(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "input", &args, 0, 1)?;
    if let Some(p) = args.pos.first() {
        vm.write_stdout(&repr::str(vm, p)?)?;
    }
    vm.flush_stdout();
    // Reading a line blocks: other threads run meanwhile.
    let (n, line) = vm.allow_threads("input", || {
        let mut line = String::new();
        let n = std::io::stdin().read_line(&mut line);
        (n, line)
    });
    let mut line = line;
    let n = n.map_err(|e| vm.os_error(e.to_string()))?;
    if n == 0 {
        return Err(vm.eof_error("EOF when reading a line"));
    }
    if line.ends_with('\n') {
        line.pop();
        if line.ends_with('\r') {
            line.pop();
        }
    }
    Ok(vm.new_string(line))
}

fn source_and_code(vm: &Vm, src: &Value, mode: CompileMode, what: &str) -> PyResult<ObjRef> {
    if let Value::Obj(o) = src {
        if matches!(o.payload(), Payload::Code(_)) {
            return Ok(o.clone());
        }
    }
    let text = match as_str(src) {
        Some(s) => s.to_string(),
        None => match crate::types::bytes::bytes_of(vm, src) {
            Ok(b) => {
                String::from_utf8(b).map_err(|_| vm.syntax_error("source is not valid UTF-8"))?
            }
            Err(_) => {
                return Err(vm.type_error(format!(
                    "{what}() arg 1 must be a string, bytes or code object"
                )))
            }
        },
    };
    crate::import::compile(vm, &text, "<string>", mode)
}

fn eval_exec(vm: &Vm, args: Args, mode: CompileMode, name: &str) -> PyResult<Value> {
    let a = call::parse_args(vm, name, args, &["source", "globals", "locals"], 1)?;
    let info = caller(vm);
    let globals = match &a[1] {
        Some(Value::Obj(g)) if matches!(g.payload(), Payload::Dict(_)) => g.clone(),
        Some(Value::None) | None => match &info {
            Some(c) => c.globals.clone(),
            None => return Err(vm.system_error("no current frame")),
        },
        Some(other) => {
            return Err(vm.type_error(format!(
                "{name}() globals must be a dict, not {}",
                vm.type_name(other)
            )))
        }
    };
    if crate::types::dict::get_str_key(vm, &globals, &vm.intern("__builtins__")).is_none() {
        crate::types::dict::set_item(
            vm,
            &globals,
            Value::Obj(vm.intern("__builtins__")),
            Value::Obj(vm.builtins.clone()),
        )?;
    }
    let locals = match &a[2] {
        Some(v) if !v.is_none() => v.clone(),
        _ => {
            if a[1].as_ref().is_some_and(|g| !g.is_none()) {
                Value::Obj(globals.clone())
            } else {
                info.map(|c| c.locals)
                    .unwrap_or(Value::Obj(globals.clone()))
            }
        }
    };
    let code = source_and_code(vm, &a[0].clone().expect("source"), mode, name)?;
    let r = crate::eval::run_code(vm, code, globals, Some(locals))?;
    Ok(if mode == CompileMode::Eval {
        r
    } else {
        Value::None
    })
}

fn builtin_eval(vm: &Vm, args: Args) -> PyResult<Value> {
    eval_exec(vm, args, CompileMode::Eval, "eval")
}

fn builtin_exec(vm: &Vm, args: Args) -> PyResult<Value> {
    eval_exec(vm, args, CompileMode::Exec, "exec")
}

fn builtin_compile(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = call::parse_args(
        vm,
        "compile",
        args,
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
        3,
    )?;
    let src = a[0].clone().expect("source");
    let filename = a[1]
        .as_ref()
        .and_then(as_str)
        .unwrap_or("<string>")
        .to_string();
    let mode = match a[2].as_ref().and_then(as_str) {
        Some("exec") => CompileMode::Exec,
        Some("eval") => CompileMode::Eval,
        Some("single") => CompileMode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let text = match as_str(&src) {
        Some(s) => s.to_string(),
        None => String::from_utf8(crate::types::bytes::bytes_of(vm, &src)?)
            .map_err(|_| vm.syntax_error("source is not valid UTF-8"))?,
    };
    Ok(Value::Obj(crate::import::compile(
        vm, &text, &filename, mode,
    )?))
}

fn builtin_import(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = call::parse_args(
        vm,
        "__import__",
        args,
        &["name", "globals", "locals", "fromlist", "level"],
        1,
    )?;
    let name = a[0]
        .as_ref()
        .and_then(as_str)
        .ok_or_else(|| vm.type_error("__import__() argument 1 must be str"))?
        .to_string();
    let globals = match &a[1] {
        Some(Value::Obj(g)) if matches!(g.payload(), Payload::Dict(_)) => g.clone(),
        _ => vm.new_dict(),
    };
    let fromlist = a[3].clone().unwrap_or(Value::None);
    let level = a[4].clone().unwrap_or(Value::Int(0));
    crate::import::import_name(vm, &name, &globals, &fromlist, &level)
}

fn builtin_build_class(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::types::class::build_class(vm, args)
}

fn builtin_aiter(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "aiter", &args, 1, 1)?;
    let v = &args.pos[0];
    let f = crate::types::lookup_str(vm, &vm.type_of(v), "__aiter__").ok_or_else(|| {
        vm.type_error(format!(
            "'{}' object is not an async iterable",
            vm.type_name(v)
        ))
    })?;
    let it = call::call_method_value(vm, &f, v, &[])?;
    if crate::types::lookup_str(vm, &vm.type_of(&it), "__anext__").is_none() {
        return Err(vm.type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            vm.type_name(&it)
        )));
    }
    Ok(it)
}

fn builtin_anext(vm: &Vm, args: Args) -> PyResult<Value> {
    arity(vm, "anext", &args, 1, 2)?;
    let v = &args.pos[0];
    let f = crate::types::lookup_str(vm, &vm.type_of(v), "__anext__").ok_or_else(|| {
        vm.type_error(format!(
            "'{}' object is not an async iterator",
            vm.type_name(v)
        ))
    })?;
    let aw = call::call_method_value(vm, &f, v, &[])?;
    match args.pos.get(1) {
        None => Ok(aw),
        Some(d) => crate::asyncgen::anext_with_default(vm, aw, d.clone()),
    }
}

fn super_getattribute(vm: &Vm, args: Args) -> PyResult<Value> {
    let sup = args.pos[0]
        .as_obj()
        .ok_or_else(|| vm.type_error("super expected"))?
        .clone();
    let name = match &args.pos[1] {
        Value::Obj(n) => n.clone(),
        _ => return Err(vm.type_error("attribute name must be string")),
    };
    match super_getattr(vm, &sup, &name)? {
        Some(v) => Ok(v),
        None => {
            let n = as_str(&args.pos[1]).unwrap_or("?");
            match attr::generic_get_attr(vm, &args.pos[0], &vm.t.super_.clone(), &name)? {
                Some(v) => Ok(v),
                None => Err(vm.attribute_error(format!("'super' object has no attribute '{n}'"))),
            }
        }
    }
}

fn super_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let sup = args.pos[0]
        .as_obj()
        .ok_or_else(|| vm.type_error("super expected"))?;
    if let Payload::Super(s) = sup.payload() {
        let tn = crate::types::type_name(&s.0);
        return Ok(vm.new_string(if s.1.is_none() {
            format!("<super: <class '{tn}'>, NULL>")
        } else {
            format!("<super: <class '{tn}'>, <{} object>>", vm.type_name(&s.1))
        }));
    }
    Ok(vm.new_str("<super>"))
}

pub fn init(vm: &Vm) {
    let d = vm.builtins_dict.clone();
    let set = |name: &str, v: Value| {
        crate::types::dict::set_item(vm, &d, Value::Obj(vm.intern(name)), v).expect("str keys");
    };
    let funcs: &[(&'static str, crate::object::NativeFn)] = &[
        ("print", builtin_print),
        ("len", builtin_len),
        ("repr", builtin_repr),
        ("ascii", builtin_ascii),
        ("abs", builtin_abs),
        ("round", builtin_round),
        ("divmod", builtin_divmod),
        ("pow", builtin_pow),
        ("min", builtin_min),
        ("max", builtin_max),
        ("sum", builtin_sum),
        ("sorted", builtin_sorted),
        ("any", builtin_any),
        ("all", builtin_all),
        ("isinstance", builtin_isinstance),
        ("issubclass", builtin_issubclass),
        ("id", builtin_id),
        ("hash", builtin_hash),
        ("callable", builtin_callable),
        ("getattr", builtin_getattr),
        ("setattr", builtin_setattr),
        ("hasattr", builtin_hasattr),
        ("delattr", builtin_delattr),
        ("globals", builtin_globals),
        ("locals", builtin_locals),
        ("vars", builtin_vars),
        ("dir", builtin_dir),
        ("iter", builtin_iter),
        ("next", builtin_next),
        ("chr", builtin_chr),
        ("ord", builtin_ord),
        ("hex", builtin_hex),
        ("oct", builtin_oct),
        ("bin", builtin_bin),
        ("format", builtin_format),
        ("input", builtin_input),
        ("eval", builtin_eval),
        ("exec", builtin_exec),
        ("compile", builtin_compile),
        ("__import__", builtin_import),
        ("__build_class__", builtin_build_class),
        ("aiter", builtin_aiter),
        ("anext", builtin_anext),
    ];
    for (name, f) in funcs {
        set(name, vm.new_native(name, *f, None));
    }
    for (name, t) in vm.t.exposed() {
        if matches!(
            name,
            "builtin_function_or_method"
                | "method"
                | "code"
                | "cell"
                | "module"
                | "NoneType"
                | "NotImplementedType"
                | "ellipsis"
                | "generator"
                | "coroutine"
                | "async_generator"
                | "traceback"
                | "getset_descriptor"
                | "function"
        ) || name.ends_with("iterator")
            || name.starts_with("dict_")
        {
            continue;
        }
        set(name, Value::Obj(t));
    }
    for (name, t) in vm.exc.all() {
        set(name, Value::Obj(t));
    }
    set("EnvironmentError", Value::Obj(vm.exc.os_error.clone()));
    set("IOError", Value::Obj(vm.exc.os_error.clone()));
    set("None", Value::None);
    set("True", Value::Bool(true));
    set("False", Value::Bool(false));
    set(
        "NotImplemented",
        Value::Obj(vm.none_singletons.not_implemented.clone()),
    );
    set("Ellipsis", Value::Obj(vm.none_singletons.ellipsis.clone()));
    set("__debug__", Value::Bool(true));
    set("__name__", vm.new_str("builtins"));
    let s = vm.t.super_.clone();
    crate::types::add_method(vm, &s, "__getattribute__", super_getattribute);
    crate::types::add_method(vm, &s, "__repr__", super_repr);
    let _ = lookup;
}
