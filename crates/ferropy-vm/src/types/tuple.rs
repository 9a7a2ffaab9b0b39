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
    let x = args.pos.get(1).ok_or_else(|| vm.type_error("index expected at least 1 argument, got 0"))?;
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
    let x = args.pos.get(1).ok_or_else(|| vm.type_error("tuple.count() takes exactly one argument (0 given)"))?;
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

pub fn init(vm: &Vm) {
    let t = vm.t.tuple.clone();
    add_method(vm, &t, "index", tuple_index);
    add_method(vm, &t, "count", tuple_count);
    add_method(vm, &t, "__len__", tuple_len);
    add_method(vm, &t, "__getitem__", tuple_getitem);
}
