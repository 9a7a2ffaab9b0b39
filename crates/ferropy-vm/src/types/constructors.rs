//! `__new__` of the builtin types: what `int(x)`, `str(x)`, `list(it)`, `dict(...)`,
//! `set(it)`, `tuple(it)`, `bytes(...)`, `float(x)`, `bool(x)`, `complex(...)`,
//! `slice(...)`, `property(...)`, `super(...)` and the iterator types do when called.
//! Immutable types build their value in `__new__`; mutable containers are created empty
//! and filled by `__init__`, as in CPython, so subclasses behave the same way.

use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::object::{Args, DictViewKind, IterState, Payload, PyStr};
use crate::protocol::{iter, number, repr};
use crate::types::int::{as_int, from_bigint};
use crate::types::{type_data, type_set};
use crate::value::Value;
use crate::vm::as_str;
use crate::Vm;
use std::cell::RefCell;

fn cls_of<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a ObjRef> {
    crate::types::as_type(args.pos.first().unwrap_or(&Value::None))
        .ok_or_else(|| vm.type_error("__new__(X): X is not a type object"))
}

fn rest<'a>(args: &Args<'a>) -> Args<'a> {
    Args {
        pos: &args.pos[1..],
        kwnames: args.kwnames,
        kwvalues: args.kwvalues,
    }
}

/// Re-home a builtin value into a subclass instance carrying the same payload kind.
fn rewrap(_vm: &Vm, cls: &ObjRef, v: Value) -> Value {
    if !type_data(cls).heap_type {
        return v;
    }
    let payload = match &v {
        Value::Int(i) => Payload::BigInt((*i).into()),
        Value::Bool(b) => Payload::BigInt((*b as i64).into()),
        Value::Float(f) => Payload::Float(*f),
        Value::Obj(o) => match o.payload() {
            Payload::BigInt(b) => Payload::BigInt(b.clone()),
            Payload::Float(f) => Payload::Float(*f),
            Payload::Str(s) => Payload::Str(PyStr::new(&*s.s)),
            Payload::Tuple(t) => Payload::Tuple(t.clone()),
            Payload::Bytes(b) => Payload::Bytes(b.clone()),
            Payload::FrozenSet(t) => {
                Payload::FrozenSet(Box::new(std::cell::RefCell::new(t.borrow().clone())))
            }
            Payload::Complex(a, b) => Payload::Complex(*a, *b),
            _ => return v,
        },
        _ => return v,
    };
    Value::Obj(ObjRef::new(Some(cls.clone()), payload))
}

/// `int(x)` for any x: `__int__`, `__index__`, `__trunc__`, or a string.
pub fn to_int(vm: &Vm, v: &Value) -> PyResult<Value> {
    if let Some(i) = as_int(v) {
        return Ok(match i {
            crate::types::int::IntRef::Small(x) => Value::Int(x),
            crate::types::int::IntRef::Big(b) => from_bigint(vm, b.clone()),
        });
    }
    if let Some(f) = number::as_f64(vm, v) {
        return crate::types::float::float_to_int(vm, f?);
    }
    if let Some(s) = as_str(v) {
        return crate::types::int::parse_int(vm, s, 10);
    }
    if let Value::Obj(o) = v {
        if let Payload::Bytes(b) = o.payload() {
            let s = String::from_utf8_lossy(b).to_string();
            return crate::types::int::parse_int(vm, &s, 10).map_err(|_| {
                vm.value_error(format!(
                    "invalid literal for int() with base 10: {}",
                    crate::types::bytes::bytes_repr(b)
                ))
            });
        }
    }
    let ty = vm.type_of(v);
    for name in ["__int__", "__index__", "__trunc__"] {
        if let Some(f) = crate::types::lookup_str(vm, &ty, name) {
            let r = crate::protocol::call::call_method_value(vm, &f, v, &[])?;
            if as_int(&r).is_none() {
                return Err(vm.type_error(format!(
                    "{name} returned non-int (type {})",
                    vm.type_name(&r)
                )));
            }
            return to_int(vm, &r);
        }
    }
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name(v)
    )))
}

fn int_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = cls_of(vm, &args)?.clone();
    let a = crate::protocol::call::parse_args(vm, "int", rest(&args), &["x", "base"], 0)?;
    let v = match (&a[0], &a[1]) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), None) => to_int(vm, x)?,
        (Some(x), Some(b)) => {
            let base = as_int(b).and_then(|b| b.to_i64()).ok_or_else(|| {
                vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(b)
                ))
            })?;
            if base != 0 && !(2..=36).contains(&base) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let s = match (as_str(x), x) {
                (Some(s), _) => s.to_string(),
                (None, Value::Obj(o))
                    if matches!(o.payload(), Payload::Bytes(_) | Payload::ByteArray(_)) =>
                {
                    String::from_utf8_lossy(&crate::types::bytes::bytes_of(vm, x)?).to_string()
                }
                _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
            };
            crate::types::int::parse_int(vm, &s, base as u32)?
        }
    };
    Ok(rewrap(vm, &cls, v))
}

fn bool_new(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::protocol::call::no_kwargs(vm, "bool", &args)?;
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "bool expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    Ok(Value::Bool(match args.pos.get(1) {
        Some(v) => number::truthy(vm, v)?,
        None => false,
    }))
}

/// `float(x)`.
pub fn to_float(vm: &Vm, v: &Value) -> PyResult<Value> {
    if let Some(f) = number::as_f64(vm, v) {
        return Ok(Value::Float(f?));
    }
    if let Some(s) = as_str(v) {
        return crate::prims::float_format::parse_float(s)
            .map(Value::Float)
            .map_err(|e| crate::format::prim_err(vm, e));
    }
    // bytes and bytearray are parsed like str (CPython decodes the buffer as ASCII), and
    // the error shows the original object's repr.
    if let Value::Obj(o) = v {
        let data = match o.payload() {
            Payload::Bytes(b) => Some(b.to_vec()),
            Payload::ByteArray(b) => Some(b.borrow().clone()),
            _ => None,
        };
        if let Some(data) = data {
            let parsed = std::str::from_utf8(&data)
                .ok()
                .filter(|s| s.is_ascii())
                .and_then(|s| crate::prims::float_format::parse_float(s).ok());
            return match parsed {
                Some(f) => Ok(Value::Float(f)),
                None => Err(vm.value_error(format!(
                    "could not convert string to float: {}",
                    crate::protocol::repr::repr(vm, v)?
                ))),
            };
        }
    }
    let ty = vm.type_of(v);
    if let Some(f) = crate::types::lookup_str(vm, &ty, "__float__") {
        let r = crate::protocol::call::call_method_value(vm, &f, v, &[])?;
        return match r {
            Value::Float(_) => Ok(r),
            _ => Err(vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name(v),
                vm.type_name(&r)
            ))),
        };
    }
    if let Some(f) = crate::types::lookup_str(vm, &ty, "__index__") {
        let r = crate::protocol::call::call_method_value(vm, &f, v, &[])?;
        return to_float(vm, &r);
    }
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name(v)
    )))
}

fn float_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = cls_of(vm, &args)?.clone();
    crate::protocol::call::no_kwargs(vm, "float", &args)?;
    let v = match args.pos.get(1) {
        Some(x) => to_float(vm, x)?,
        None => Value::Float(0.0),
    };
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "float expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    Ok(rewrap(vm, &cls, v))
}

fn str_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = cls_of(vm, &args)?.clone();
    let a = crate::protocol::call::parse_args(
        vm,
        "str",
        rest(&args),
        &["object", "encoding", "errors"],
        0,
    )?;
    let v = match (&a[0], &a[1], &a[2]) {
        (None, _, _) => vm.new_str(""),
        (Some(x), None, None) => match as_str(x) {
            Some(_) if !type_data(&vm.type_of(x)).heap_type => x.clone(),
            _ => vm.new_string(repr::str(vm, x)?),
        },
        (Some(x), enc, errors) => {
            let text_arg =
                |v: &Option<Value>, what: &str, default: &'static str| -> PyResult<String> {
                    match v {
                        None => Ok(default.to_string()),
                        Some(s) => as_str(s).map(str::to_string).ok_or_else(|| {
                            vm.type_error(format!(
                                "str() argument '{what}' must be str, not {}",
                                vm.type_name(s)
                            ))
                        }),
                    }
                };
            let enc = text_arg(enc, "encoding", "utf-8")?;
            let errors = text_arg(errors, "errors", "strict")?;
            if as_str(x).is_some() {
                return Err(vm.type_error("decoding str is not supported"));
            }
            let data = crate::types::bytes::bytes_of(vm, x).map_err(|_| {
                vm.type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    vm.type_name(x)
                ))
            })?;
            vm.new_string(crate::types::str::codecs::decode(vm, &data, &enc, &errors)?)
        }
    };
    Ok(rewrap(vm, &cls, v))
}

fn tuple_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = cls_of(vm, &args)?.clone();
    crate::protocol::call::no_kwargs(vm, "tuple", &args)?;
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "tuple expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    let v = match args.pos.get(1) {
        Some(x) => {
            if matches!(x, Value::Obj(o) if matches!(o.payload(), Payload::Tuple(_)) && !type_data(&vm.type_of(x)).heap_type)
            {
                x.clone()
            } else {
                vm.new_tuple(iter::collect(vm, x)?)
            }
        }
        None => vm.new_tuple(Vec::new()),
    };
    Ok(rewrap(vm, &cls, v))
}

fn frozenset_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = cls_of(vm, &args)?.clone();
    crate::types::set::frozenset_new(vm, cls, args.pos.get(1))
}

/// Mutable containers: empty instance of the right layout; `__init__` fills it.
fn empty_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = cls_of(vm, &args)?.clone();
    let payload = match crate::types::class::solid_layout(&cls) {
        crate::object::Layout::List => Payload::List(RefCell::new(Vec::new())),
        crate::object::Layout::Dict => Payload::Dict(Default::default()),
        crate::object::Layout::Set => Payload::Set(Default::default()),
        crate::object::Layout::ByteArray => Payload::ByteArray(Default::default()),
        _ => return crate::types::object::new_instance(vm, &cls),
    };
    Ok(Value::Obj(ObjRef::new(Some(cls), payload)))
}

fn set_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = args.pos[0]
        .as_obj()
        .ok_or_else(|| vm.type_error("set.__init__ needs a set"))?
        .clone();
    crate::protocol::call::no_kwargs(vm, "set", &args)?;
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "set expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    crate::types::set::init_from(vm, &s, args.pos.get(1))?;
    Ok(Value::None)
}

fn bytes_from(vm: &Vm, x: &Value, encoding: Option<&Value>) -> PyResult<Vec<u8>> {
    if let Some(s) = as_str(x) {
        let enc = encoding.ok_or_else(|| vm.type_error("string argument without an encoding"))?;
        let b = crate::protocol::call::call_method(
            vm,
            &vm.new_str(s),
            "encode",
            std::slice::from_ref(enc),
        )?;
        return crate::types::bytes::bytes_of(vm, &b);
    }
    let indexed;
    let x = if as_int(x).is_none()
        && crate::types::lookup_str(vm, &vm.type_of(x), "__index__").is_some()
    {
        indexed = number::index(vm, x)?;
        &indexed
    } else {
        x
    };
    if let Some(n) = as_int(x) {
        let n = n.to_i64().unwrap_or(-1);
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        vm.precheck_alloc(n as u128)?;
        if n > (1 << 34) {
            return Err(vm.memory_error(""));
        }
        return Ok(vec![0; n as usize]);
    }
    if let Ok(b) = crate::types::bytes::bytes_of(vm, x) {
        return Ok(b);
    }
    let mut out = Vec::new();
    for v in iter::collect(vm, x).map_err(|_| {
        vm.type_error(format!(
            "cannot convert '{}' object to bytes",
            vm.type_name(x)
        ))
    })? {
        let n = as_int(&v).and_then(|n| n.to_i64()).ok_or_else(|| {
            vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(&v)
            ))
        })?;
        if !(0..256).contains(&n) {
            return Err(vm.value_error("bytes must be in range(0, 256)"));
        }
        out.push(n as u8);
    }
    Ok(out)
}

fn bytes_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = cls_of(vm, &args)?.clone();
    let a = crate::protocol::call::parse_args(
        vm,
        "bytes",
        rest(&args),
        &["source", "encoding", "errors"],
        0,
    )?;
    let data = match &a[0] {
        Some(x) => bytes_from(vm, x, a[1].as_ref())?,
        None => Vec::new(),
    };
    Ok(rewrap(vm, &cls, vm.new_bytes(data)))
}

fn bytearray_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = args.pos[0]
        .as_obj()
        .ok_or_else(|| vm.type_error("bytearray.__init__ needs a bytearray"))?
        .clone();
    let a = crate::protocol::call::parse_args(
        vm,
        "bytearray",
        rest(&args),
        &["source", "encoding", "errors"],
        0,
    )?;
    let data = match &a[0] {
        Some(x) => bytes_from(vm, x, a[1].as_ref())?,
        None => Vec::new(),
    };
    if let Payload::ByteArray(b) = o.payload() {
        *b.borrow_mut() = data;
    }
    Ok(Value::None)
}

fn range_new(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::types::range::construct(vm, rest(&args))
}

fn slice_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let r = &args.pos[1..];
    let (a, b, c) = match r.len() {
        1 => (Value::None, r[0].clone(), Value::None),
        2 => (r[0].clone(), r[1].clone(), Value::None),
        3 => (r[0].clone(), r[1].clone(), r[2].clone()),
        n => {
            return Err(vm.type_error(format!(
                "slice expected at {} 1 argument{}, got {n}",
                if n == 0 { "least" } else { "most" },
                if n == 0 { "" } else { "s" }
            )))
        }
    };
    Ok(Value::Obj(ObjRef::new(
        Some(vm.t.slice.clone()),
        Payload::Slice(Box::new([a, b, c])),
    )))
}

fn property_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = cls_of(vm, &args)?.clone();
    let a = crate::protocol::call::parse_args(
        vm,
        "property",
        rest(&args),
        &["fget", "fset", "fdel", "doc"],
        0,
    )?;
    let get = |i: usize| a[i].clone().unwrap_or(Value::None);
    let p = crate::types::function::new_property(vm, get(0), get(1), get(2), get(3))?;
    if type_data(&cls).heap_type {
        if let Value::Obj(o) = &p {
            if let Payload::Property(parts) = o.payload() {
                return Ok(Value::Obj(ObjRef::new(
                    Some(cls),
                    Payload::Property(parts.clone()),
                )));
            }
        }
    }
    Ok(p)
}

fn property_init(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn staticmethod_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let f = args
        .pos
        .get(1)
        .cloned()
        .ok_or_else(|| vm.type_error("staticmethod expected 1 argument, got 0"))?;
    Ok(Value::Obj(ObjRef::new(
        Some(vm.t.staticmethod.clone()),
        Payload::StaticMethod(f),
    )))
}

fn classmethod_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let f = args
        .pos
        .get(1)
        .cloned()
        .ok_or_else(|| vm.type_error("classmethod expected 1 argument, got 0"))?;
    Ok(Value::Obj(ObjRef::new(
        Some(vm.t.classmethod.clone()),
        Payload::ClassMethod(f),
    )))
}

fn enumerate_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let args = rest(&args);
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            args.pos.len() + args.kwnames.len()
        )));
    }
    let mut a = [args.pos.first().cloned(), args.pos.get(1).cloned()];
    for (k, v) in args.kwnames.iter().zip(args.kwvalues) {
        let i = match as_str(k) {
            Some("iterable") => 0,
            Some("start") => 1,
            other => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for enumerate()",
                    other.unwrap_or("?")
                )))
            }
        };
        if a[i].is_some() {
            return Err(vm.type_error(format!(
                "argument for enumerate() given by name ('{}') and position ({})",
                ["iterable", "start"][i],
                i + 1
            )));
        }
        a[i] = Some(v.clone());
    }
    let iterable = a[0]
        .take()
        .ok_or_else(|| vm.type_error("enumerate() missing required argument 'iterable'"))?;
    let it = iter::get_iter(vm, &iterable)?;
    let start = match &a[1] {
        // PyNumber_Index: an exact int (True counts from 1).
        Some(s) => crate::protocol::number::index(vm, s)?,
        None => Value::Int(0),
    };
    Ok(iter::new_iter(
        vm,
        &vm.t.enumerate.clone(),
        IterState::Enumerate { it, count: start },
    ))
}

fn zip_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let mut strict = false;
    for (k, v) in args.kwnames.iter().zip(args.kwvalues) {
        match as_str(k) {
            Some("strict") => strict = number::truthy(vm, v)?,
            Some(other) => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for zip()"
                )))
            }
            None => {}
        }
    }
    let mut iters = Vec::new();
    for a in &args.pos[1..] {
        iters.push(iter::get_iter(vm, a)?);
    }
    Ok(iter::new_iter(
        vm,
        &vm.t.zip.clone(),
        IterState::Zip { iters, strict },
    ))
}

fn map_new(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::protocol::call::no_kwargs(vm, "map", &args)?;
    if args.pos.len() < 3 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let func = args.pos[1].clone();
    let mut iters = Vec::new();
    for a in &args.pos[2..] {
        iters.push(iter::get_iter(vm, a)?);
    }
    Ok(iter::new_iter(
        vm,
        &vm.t.map.clone(),
        IterState::Map { func, iters },
    ))
}

fn filter_new(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::protocol::call::no_kwargs(vm, "filter", &args)?;
    if args.pos.len() != 3 {
        return Err(vm.type_error(format!(
            "filter expected 2 arguments, got {}",
            args.pos.len() - 1
        )));
    }
    let it = iter::get_iter(vm, &args.pos[2])?;
    Ok(iter::new_iter(
        vm,
        &vm.t.filter.clone(),
        IterState::Filter {
            func: args.pos[1].clone(),
            it,
        },
    ))
}

fn reversed_new(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::protocol::call::no_kwargs(vm, "reversed", &args)?;
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "reversed expected 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    let seq = args.pos[1].clone();
    let ty = vm.type_of(&seq);
    let dunders = match &seq {
        Value::Obj(o) => crate::types::dispatches_dunders(&ty, o),
        _ => false,
    };
    if dunders {
        match crate::types::lookup_str(vm, &ty, "__reversed__") {
            Some(Value::None) => {
                return Err(
                    vm.type_error(format!("'{}' object is not reversible", vm.type_name(&seq)))
                )
            }
            Some(f) => return crate::protocol::call::call_method_value(vm, &f, &seq, &[]),
            None => {}
        }
    }
    if let Value::Obj(o) = &seq {
        match o.payload() {
            Payload::Range(_) => return Ok(crate::types::range::reversed(vm, o)),
            Payload::List(_) => return crate::types::list::reversed_iter(vm, o),
            Payload::Dict(_) | Payload::DictView(..) => {
                let items = iter::collect(vm, &seq)?;
                let n = items.len() as isize;
                let ty = match o.payload() {
                    Payload::DictView(_, DictViewKind::Values) => &vm.t.dict_reversevalueiterator,
                    Payload::DictView(_, DictViewKind::Items) => &vm.t.dict_reverseitemiterator,
                    _ => &vm.t.dict_reversekeyiterator,
                };
                return Ok(iter::new_iter(
                    vm,
                    &ty.clone(),
                    IterState::Reversed {
                        seq: vm.new_list(items),
                        index: n - 1,
                    },
                ));
            }
            _ => {}
        }
    }
    if crate::types::lookup_str(vm, &ty, "__getitem__").is_none()
        || matches!(&seq, Value::Obj(o) if matches!(o.payload(), Payload::Set(_) | Payload::FrozenSet(_)))
    {
        return Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(&seq))));
    }
    let n = crate::protocol::sequence::len(vm, &seq)? as isize;
    Ok(iter::new_iter(
        vm,
        &vm.t.reversed.clone(),
        IterState::Reversed { seq, index: n - 1 },
    ))
}

fn super_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let (start, obj) = match args.pos.len() {
        3 => (args.pos[1].clone(), args.pos[2].clone()),
        2 => (args.pos[1].clone(), Value::None),
        _ => return Err(vm.runtime_error("super(): no arguments")),
    };
    let start = crate::types::as_type(&start)
        .ok_or_else(|| {
            vm.type_error(format!(
                "super() argument 1 must be a type, not {}",
                vm.type_name(&start)
            ))
        })?
        .clone();
    if !obj.is_none() {
        let ok = vm.is_instance(&obj, &start)
            || crate::types::as_type(&obj).is_some_and(|t| vm.is_subtype(t, &start));
        if !ok {
            return Err(
                vm.type_error("super(type, obj): obj must be an instance or subtype of type")
            );
        }
    }
    Ok(Value::Obj(ObjRef::new(
        Some(vm.t.super_.clone()),
        Payload::Super(Box::new((start, obj))),
    )))
}

/// `types.ModuleType(name, doc=None)`.
fn module_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = crate::protocol::call::parse_args(vm, "module", rest(&args), &["name", "doc"], 1)?;
    let name = a[0]
        .as_ref()
        .and_then(as_str)
        .ok_or_else(|| vm.type_error("module.__init__() argument 'name' must be str"))?
        .to_string();
    let m = crate::import::new_module(vm, &name);
    if let Some(doc) = &a[1] {
        let d = crate::import::module_dict(&m).expect("module").clone();
        crate::types::dict::set_item(vm, &d, Value::Obj(vm.intern("__doc__")), doc.clone())?;
    }
    Ok(Value::Obj(m))
}

fn module_init(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn none_new(vm: &Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 || args.has_kwargs() {
        return Err(vm.type_error("NoneType takes no arguments"));
    }
    Ok(Value::None)
}

fn notimplemented_new(vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.not_implemented())
}

fn ellipsis_new(vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Obj(vm.none_singletons.ellipsis.clone()))
}

fn dict_view_unused(_k: DictViewKind) {}

fn register_new(vm: &Vm, ty: &ObjRef, f: crate::object::NativeFn) {
    crate::types::add_new(vm, ty, f);
}

pub fn init(vm: &Vm) {
    let t = &vm.t;
    register_new(vm, &t.int, int_new);
    register_new(vm, &t.bool, bool_new);
    register_new(vm, &t.float, float_new);
    register_new(vm, &t.str, str_new);
    register_new(vm, &t.tuple, tuple_new);
    register_new(vm, &t.frozenset, frozenset_new);
    register_new(vm, &t.bytes, bytes_new);
    register_new(vm, &t.list, empty_new);
    register_new(vm, &t.dict, empty_new);
    register_new(vm, &t.set, empty_new);
    register_new(vm, &t.bytearray, empty_new);
    crate::types::add_method(vm, &t.set, "__init__", set_init);
    crate::types::add_method(vm, &t.bytearray, "__init__", bytearray_init);
    register_new(vm, &t.range, range_new);
    register_new(vm, &t.slice, slice_new);
    register_new(vm, &t.property, property_new);
    crate::types::add_method(vm, &t.property, "__init__", property_init);
    register_new(vm, &t.staticmethod, staticmethod_new);
    register_new(vm, &t.classmethod, classmethod_new);
    register_new(vm, &t.enumerate, enumerate_new);
    register_new(vm, &t.zip, zip_new);
    register_new(vm, &t.map, map_new);
    register_new(vm, &t.filter, filter_new);
    register_new(vm, &t.reversed, reversed_new);
    register_new(vm, &t.super_, super_new);
    register_new(vm, &t.none_type, none_new);
    register_new(vm, &t.module, module_new);
    // Mutable containers are unhashable: CPython sets `__hash__ = None` in their dicts.
    for ty in [&t.list, &t.dict, &t.set, &t.bytearray] {
        type_set(vm, ty, "__hash__", Value::None);
    }
    crate::types::add_method(vm, &t.module, "__init__", module_init);
    for ty in [
        &t.list,
        &t.tuple,
        &t.dict,
        &t.set,
        &t.frozenset,
        &t.int,
        &t.float,
        &t.bytes,
        &t.bytearray,
        &t.range,
        &t.complex,
    ] {
        if crate::types::type_data(ty).dict.borrow().is_empty()
            || crate::types::lookup_str(vm, ty, "__repr__").is_some_and(|f| {
                crate::types::lookup_str(vm, &vm.t.object, "__repr__").is_some_and(|o| o.is(&f))
            })
        {
            crate::types::add_method(vm, ty, "__repr__", crate::protocol::repr::builtin_type_repr);
        }
    }
    register_new(vm, &t.not_implemented_type, notimplemented_new);
    register_new(vm, &t.ellipsis_type, ellipsis_new);
    dict_view_unused(DictViewKind::Keys);
}
