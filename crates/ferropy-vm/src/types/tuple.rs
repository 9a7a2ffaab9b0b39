//! `tuple` (CPython `Objects/tupleobject.c`).

use crate::error::PyResult;
use crate::object::{Args, Payload};
use crate::protocol::{compare, sequence};
use crate::types::add_method;
use crate::value::Value;
use crate::Vm;

fn items<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a [Value]> {
    match args.pos.first() {
        Some(Value::Obj(o)) => match o.payload() {
            Payload::Tuple(t) => Ok(t),
            _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'tuple' object"))),
        },
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'tuple' object"))),
    }
}

fn tuple_index(vm: &Vm, args: Args) -> PyResult<Value> {
    let t = items(vm, &args, "index")?;
    let x = args
        .pos
        .get(1)
        .ok_or_else(|| vm.type_error("index expected at least 1 argument, got 0"))?;
    let n = t.len() as i64;
    let get = |i: usize, d: i64| -> PyResult<i64> {
        match args.pos.get(i) {
            Some(v) => sequence::index_of(vm, v, "slice"),
            None => Ok(d),
        }
    };
    let adj = |x: i64| if x < 0 { (x + n).max(0) } else { x.min(n) } as usize;
    let (start, stop) = (adj(get(2, 0)?), adj(get(3, n)?));
    for (i, v) in t.iter().enumerate().take(stop).skip(start) {
        if compare::eq(vm, v, x)? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &Vm, args: Args) -> PyResult<Value> {
    let t = items(vm, &args, "count")?;
    let x = args
        .pos
        .get(1)
        .ok_or_else(|| vm.type_error("tuple.count() takes exactly one argument (0 given)"))?;
    let mut n = 0;
    for v in t {
        if compare::eq(vm, v, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn tuple_len(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(items(vm, &args, "__len__")?.len() as i64))
}

fn tuple_getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let t = items(vm, &args, "__getitem__")?.to_vec();
    sequence::get_item(vm, &vm.new_tuple(t), &args.pos[1])
}

fn tuple_contains(vm: &Vm, args: Args) -> PyResult<Value> {
    let t = items(vm, &args, "__contains__")?;
    crate::protocol::call::check_arity(vm, "__contains__", &Args::new(&args.pos[1..]), 1, 1)?;
    for v in t {
        if compare::eq(vm, v, &args.pos[1])? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// `tuple.__hash__`: lets subclasses that keep tuple's hash find it by lookup, so equal
/// subclass instances and plain tuples land in the same dict slot.
fn tuple_hash(vm: &Vm, args: Args) -> PyResult<Value> {
    let t = items(vm, &args, "__hash__")?;
    Ok(Value::Int(crate::protocol::hash::hash_tuple(vm, t)?))
}

/// `tuple.__add__`: concatenation with another tuple (of any subclass) gives a plain tuple.
/// Anything else is NotImplemented so a reflected `__radd__` still gets its turn.
fn tuple_add(vm: &Vm, args: Args) -> PyResult<Value> {
    let t = items(vm, &args, "__add__")?;
    crate::protocol::call::check_arity(vm, "__add__", &Args::new(&args.pos[1..]), 1, 1)?;
    match &args.pos[1] {
        Value::Obj(o) => match o.payload() {
            Payload::Tuple(u) => Ok(vm.new_tuple(t.iter().chain(u.iter()).cloned().collect())),
            _ => Ok(vm.not_implemented()),
        },
        _ => Ok(vm.not_implemented()),
    }
}

/// `tuple.__mul__` / `__rmul__`: repetition by an index-like count.
fn tuple_mul(vm: &Vm, args: Args) -> PyResult<Value> {
    let t = items(vm, &args, "__mul__")?;
    crate::protocol::call::check_arity(vm, "__mul__", &Args::new(&args.pos[1..]), 1, 1)?;
    let n = match crate::types::int::as_int(&args.pos[1]) {
        Some(_) => crate::types::int::to_isize_index(vm, &args.pos[1], "")? as i64,
        None => return Ok(vm.not_implemented()),
    };
    let k = sequence::check_repeat(vm, t.len(), n, std::mem::size_of::<Value>())?;
    let mut v = Vec::with_capacity(t.len() * k);
    for _ in 0..k {
        v.extend(t.iter().cloned());
    }
    Ok(vm.new_tuple(v))
}

fn tuple_iter(vm: &Vm, args: Args) -> PyResult<Value> {
    items(vm, &args, "__iter__")?;
    Ok(crate::protocol::iter::new_iter(
        vm,
        &vm.t.tuple_iterator.clone(),
        crate::object::IterState::Seq {
            seq: args.pos[0].clone(),
            index: 0,
        },
    ))
}

pub fn init(vm: &Vm) {
    let t = vm.t.tuple.clone();
    add_method(vm, &t, "index", tuple_index);
    add_method(vm, &t, "count", tuple_count);
    add_method(vm, &t, "__len__", tuple_len);
    add_method(vm, &t, "__getitem__", tuple_getitem);
    add_method(vm, &t, "__contains__", tuple_contains);
    add_method(vm, &t, "__hash__", tuple_hash);
    add_method(vm, &t, "__add__", tuple_add);
    add_method(vm, &t, "__mul__", tuple_mul);
    add_method(vm, &t, "__rmul__", tuple_mul);
    add_method(vm, &t, "__iter__", tuple_iter);
}
