//! `range` (CPython `Objects/rangeobject.c`) with machine-sized bounds.

use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::object::{Args, Payload, Range};
use crate::types::{add_getset, add_method};
use crate::value::Value;
use crate::Vm;

pub fn new_range(vm: &Vm, start: i64, stop: i64, step: i64) -> Value {
    Value::Obj(ObjRef::new(Some(vm.t.range.clone()), Payload::Range(Range { start, stop, step })))
}

fn arg_i64(vm: &Vm, v: &Value) -> PyResult<i64> {
    let iv = crate::protocol::number::index(vm, v)?;
    match crate::types::int::as_int(&iv) {
        Some(i) => i.to_i64().ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t")),
        None => Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", vm.type_name(v)))),
    }
}

/// `range(stop)`, `range(start, stop[, step])`.
pub fn construct(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::protocol::call::no_kwargs(vm, "range", &args)?;
    let (start, stop, step) = match args.pos.len() {
        1 => (0, arg_i64(vm, &args.pos[0])?, 1),
        2 => (arg_i64(vm, &args.pos[0])?, arg_i64(vm, &args.pos[1])?, 1),
        3 => (arg_i64(vm, &args.pos[0])?, arg_i64(vm, &args.pos[1])?, arg_i64(vm, &args.pos[2])?),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(new_range(vm, start, stop, step))
}

fn this(vm: &Vm, v: &Value) -> PyResult<Range> {
    match v {
        Value::Obj(o) => match o.payload() {
            Payload::Range(r) => Ok(*r),
            _ => Err(vm.type_error("expected range")),
        },
        _ => Err(vm.type_error("expected range")),
    }
}

fn get_start(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(this(vm, v)?.start))
}
fn get_stop(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(this(vm, v)?.stop))
}
fn get_step(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(this(vm, v)?.step))
}

fn range_index(vm: &Vm, args: Args) -> PyResult<Value> {
    let r = this(vm, &args.pos[0])?;
    if let Some(Value::Int(x)) = args.pos.get(1) {
        let x = *x;
        let inside = if r.step > 0 { x >= r.start && x < r.stop } else { x <= r.start && x > r.stop };
        if inside && (x - r.start) % r.step == 0 {
            return Ok(Value::Int((x - r.start) / r.step));
        }
    }
    Err(vm.value_error(format!("{} is not in range", crate::protocol::repr::repr(vm, args.pos.get(1).unwrap_or(&Value::None))?)))
}

fn range_count(vm: &Vm, args: Args) -> PyResult<Value> {
    let found = crate::protocol::sequence::contains(vm, &args.pos[0], &args.pos[1])?;
    Ok(Value::Int(found as i64))
}

pub fn init(vm: &Vm) {
    let t = vm.t.range.clone();
    add_getset(vm, &t, "start", get_start, None);
    add_getset(vm, &t, "stop", get_stop, None);
    add_getset(vm, &t, "step", get_step, None);
    add_method(vm, &t, "index", range_index);
    add_method(vm, &t, "count", range_count);
}
