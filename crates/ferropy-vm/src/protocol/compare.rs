//! Rich comparison (CPython `Objects/object.c: do_richcompare`): builtin orderings by
//! payload, then `__eq__`/`__lt__`/… with the reflected operation and subclass priority,
//! falling back to identity for `==`/`!=`, and CPython's TypeError for orderings.

use crate::error::PyResult;
use crate::object::Payload;
use crate::protocol::call::call_method_value;
use crate::types::int::{self, as_int};
use crate::types::lookup_str;
use crate::value::Value;
use crate::Vm;
use ferropy_bytecode::opcode::cmpop;
use std::cmp::Ordering;

const NAMES: [&str; 6] = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
/// The reflection of each operation (`a < b` is `b > a`).
const SWAPPED: [u32; 6] = [
    cmpop::GT,
    cmpop::GE,
    cmpop::EQ,
    cmpop::NE,
    cmpop::LT,
    cmpop::LE,
];

fn apply(ord: Ordering, op: u32) -> bool {
    match op {
        cmpop::LT => ord == Ordering::Less,
        cmpop::LE => ord != Ordering::Greater,
        cmpop::EQ => ord == Ordering::Equal,
        cmpop::NE => ord != Ordering::Equal,
        cmpop::GT => ord == Ordering::Greater,
        _ => ord != Ordering::Less,
    }
}

/// Compare with a float where either side may be an int: exact, as CPython's
/// `float_richcompare` (no rounding of big ints to float).
fn cmp_num(vm: &Vm, a: &Value, b: &Value) -> Option<Option<Ordering>> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => return Some(Some(x.cmp(y))),
        (Value::Float(x), Value::Float(y)) => return Some(x.partial_cmp(y)),
        _ => {}
    }
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        return Some(Some(int::cmp(&x, &y)));
    }
    let fa = float_of(a);
    let fb = float_of(b);
    match (fa, fb, as_int(a), as_int(b)) {
        (Some(x), Some(y), _, _) => Some(x.partial_cmp(&y)),
        (Some(x), None, _, Some(i)) => Some(cmp_float_int(x, &i)),
        (None, Some(y), Some(i), _) => Some(cmp_float_int(y, &i).map(Ordering::reverse)),
        _ => {
            let _ = vm;
            None
        }
    }
}

fn float_of(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Obj(o) => match o.payload() {
            Payload::Float(f) => Some(*f),
            _ => None,
        },
        _ => None,
    }
}

fn cmp_float_int(f: f64, i: &int::IntRef) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    if let Some(x) = i.to_i64() {
        if x.unsigned_abs() < (1 << 53) {
            return (x as f64).partial_cmp(&f).map(Ordering::reverse);
        }
    }
    // Exact: compare floor(f) as a big int, then the fraction.
    let fl = f.floor();
    let big = num_bigint::BigInt::from(fl as i128);
    let big = if fl.abs() < 1e38 {
        big
    } else {
        num_traits::FromPrimitive::from_f64(fl).unwrap_or(big)
    };
    match big.cmp(&i.to_bigint()) {
        Ordering::Equal => Some(if f > fl {
            Ordering::Greater
        } else {
            Ordering::Equal
        }),
        o => Some(o),
    }
}

/// Builtin comparison by payload; `Ok(None)` when these types don't compare natively.
fn native_compare(vm: &Vm, a: &Value, b: &Value, op: u32) -> PyResult<Option<bool>> {
    if let Some(ord) = cmp_num(vm, a, b) {
        return Ok(Some(match ord {
            Some(o) => apply(o, op),
            None => op == cmpop::NE,
        }));
    }
    // A complex against any number (`1 == 1+0j`) compares exactly, before the layout
    // match below (which needs two heap objects).
    if op == cmpop::EQ || op == cmpop::NE {
        if let Some(r) = crate::types::float::complex_eq(vm, a, b) {
            return Ok(Some(r == (op == cmpop::EQ)));
        }
    }
    let (ao, bo) = match (a, b) {
        (Value::Obj(x), Value::Obj(y)) => (x, y),
        (Value::None, Value::None) if op == cmpop::EQ || op == cmpop::NE => {
            return Ok(Some(op == cmpop::EQ))
        }
        _ => return Ok(None),
    };
    match (ao.payload(), bo.payload()) {
        (Payload::Str(x), Payload::Str(y)) => Ok(Some(apply(x.s.cmp(&y.s), op))),
        (Payload::Bytes(x), Payload::Bytes(y)) => Ok(Some(apply(x.cmp(y), op))),
        (Payload::ByteArray(x), Payload::Bytes(y)) => Ok(Some(apply(x.borrow()[..].cmp(y), op))),
        (Payload::Bytes(x), Payload::ByteArray(y)) => {
            Ok(Some(apply(x[..].cmp(&y.borrow()[..]), op)))
        }
        (Payload::ByteArray(x), Payload::ByteArray(y)) => {
            Ok(Some(apply(x.borrow().cmp(&y.borrow()), op)))
        }
        (Payload::Tuple(x), Payload::Tuple(y)) => {
            let (x, y) = (x.to_vec(), y.to_vec());
            seq_compare(vm, &x, &y, op).map(Some)
        }
        (Payload::List(x), Payload::List(y)) => {
            let (x, y) = (x.borrow().clone(), y.borrow().clone());
            seq_compare(vm, &x, &y, op).map(Some)
        }
        (Payload::Dict(_), Payload::Dict(_)) if op == cmpop::EQ || op == cmpop::NE => {
            let e = crate::types::dict::dict_eq(vm, ao, bo)?;
            Ok(Some(e == (op == cmpop::EQ)))
        }
        (Payload::Set(_) | Payload::FrozenSet(_), Payload::Set(_) | Payload::FrozenSet(_)) => {
            crate::types::set::compare(vm, ao, bo, op).map(Some)
        }
        (Payload::Range(x), Payload::Range(y)) if op == cmpop::EQ || op == cmpop::NE => {
            let same = crate::types::range::eq(x, y);
            Ok(Some(same == (op == cmpop::EQ)))
        }
        (Payload::Slice(x), Payload::Slice(y)) => {
            // Slices compare like their (start, stop, step) tuples.
            let (tx, ty) = (vm.new_tuple(x.to_vec()), vm.new_tuple(y.to_vec()));
            compare_bool(vm, &tx, &ty, op).map(Some)
        }
        (Payload::DictView(_, k), Payload::Set(_) | Payload::FrozenSet(_))
        | (Payload::Set(_) | Payload::FrozenSet(_), Payload::DictView(_, k))
            if *k != crate::object::DictViewKind::Values =>
        {
            // CPython's `dictview_richcompare`: keys and items views compare as sets.
            let s1 = crate::types::set::set_from_iterable(vm, a)?;
            let s2 = crate::types::set::set_from_iterable(vm, b)?;
            crate::types::set::compare(vm, &s1, &s2, op).map(Some)
        }
        (Payload::BoundMethod(m1), Payload::BoundMethod(m2))
            if op == cmpop::EQ || op == cmpop::NE =>
        {
            // Equal when they wrap the same function bound to the same object (CPython
            // compares `__self__` by identity since 3.8).
            let same = m1.0.is(&m2.0) && m1.1.is(&m2.1);
            Ok(Some(same == (op == cmpop::EQ)))
        }
        (Payload::Complex(a1, b1), Payload::Complex(a2, b2))
            if op == cmpop::EQ || op == cmpop::NE =>
        {
            Ok(Some((a1 == a2 && b1 == b2) == (op == cmpop::EQ)))
        }
        (Payload::DictView(d1, k1), Payload::DictView(d2, k2))
            if k1 == k2 && *k1 != crate::object::DictViewKind::Values =>
        {
            let s1 = crate::types::set::set_from_iterable(vm, a)?;
            let s2 = crate::types::set::set_from_iterable(vm, b)?;
            let _ = (d1, d2);
            crate::types::set::compare(vm, &s1, &s2, op).map(Some)
        }
        _ => {
            if op == cmpop::EQ || op == cmpop::NE {
                if let Some(r) = crate::types::float::complex_eq(vm, a, b) {
                    return Ok(Some(r == (op == cmpop::EQ)));
                }
            }
            Ok(None)
        }
    }
}

/// Lexicographic comparison of two sequences (CPython's `list_richcompare`).
fn seq_compare(vm: &Vm, x: &[Value], y: &[Value], op: u32) -> PyResult<bool> {
    let n = x.len().min(y.len());
    for i in 0..n {
        if !vm.with_recursion(" in comparison", || eq(vm, &x[i], &y[i]))? {
            if op == cmpop::EQ {
                return Ok(false);
            }
            if op == cmpop::NE {
                return Ok(true);
            }
            return vm.with_recursion(" in comparison", || compare_bool(vm, &x[i], &y[i], op));
        }
    }
    Ok(apply(x.len().cmp(&y.len()), op))
}

fn is_heap(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Obj(o) if crate::types::dispatches_dunders(&vm.type_of_obj(o), o))
}

/// `a <op> b`, returning whatever the comparison returns (it need not be a bool).
pub fn rich_compare(vm: &Vm, a: &Value, b: &Value, op: u32) -> PyResult<Value> {
    let (a_heap, b_heap) = (is_heap(vm, a), is_heap(vm, b));
    if !a_heap && !b_heap {
        if let Some(r) = native_compare(vm, a, b, op)? {
            return Ok(Value::Bool(r));
        }
    } else {
        let ta = vm.type_of(a);
        let tb = vm.type_of(b);
        let mut checked_reverse = false;
        if !ta.is(&tb) && b_heap && vm.is_subtype(&tb, &ta) {
            if let Some(f) = lookup_str(vm, &tb, NAMES[SWAPPED[op as usize] as usize]) {
                checked_reverse = true;
                let r = call_method_value(vm, &f, b, std::slice::from_ref(a))?;
                if !vm.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if a_heap {
            if let Some(f) = lookup_str(vm, &ta, NAMES[op as usize]) {
                if !is_object_default(vm, &f, op) {
                    let r = call_method_value(vm, &f, a, std::slice::from_ref(b))?;
                    if !vm.is_not_implemented(&r) {
                        return Ok(r);
                    }
                } else if op == cmpop::NE {
                    if let Some(r) = default_ne(vm, &ta, a, b)? {
                        return Ok(r);
                    }
                }
            }
        }
        if !checked_reverse && b_heap {
            let sop = SWAPPED[op as usize];
            if let Some(f) = lookup_str(vm, &tb, NAMES[sop as usize]) {
                if !is_object_default(vm, &f, sop) {
                    let r = call_method_value(vm, &f, b, std::slice::from_ref(a))?;
                    if !vm.is_not_implemented(&r) {
                        return Ok(r);
                    }
                } else if sop == cmpop::NE {
                    if let Some(r) = default_ne(vm, &tb, b, a)? {
                        return Ok(r);
                    }
                }
            }
        }
        if let Some(r) = native_compare(vm, a, b, op)? {
            return Ok(Value::Bool(r));
        }
    }
    match op {
        cmpop::EQ => Ok(Value::Bool(a.is(b))),
        cmpop::NE => Ok(Value::Bool(!a.is(b))),
        _ => Err(vm.type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            cmpop::SYMBOLS[op as usize],
            vm.type_name(a),
            vm.type_name(b)
        ))),
    }
}

/// `object.__ne__(x, y)`: the inverse of `type(x).__eq__(x, y)` unless that is
/// NotImplemented (CPython's `object_richcompare`).
fn default_ne(vm: &Vm, tx: &crate::heap::ObjRef, x: &Value, y: &Value) -> PyResult<Option<Value>> {
    let r = match lookup_str(vm, tx, "__eq__") {
        Some(f) if !is_object_default(vm, &f, cmpop::EQ) => {
            call_method_value(vm, &f, x, std::slice::from_ref(y))?
        }
        _ if x.is(y) => Value::Bool(true),
        _ => return Ok(None),
    };
    if vm.is_not_implemented(&r) {
        return Ok(None);
    }
    Ok(Some(Value::Bool(!crate::protocol::number::truthy(vm, &r)?)))
}

fn is_object_default(vm: &Vm, f: &Value, op: u32) -> bool {
    lookup_str(vm, &vm.t.object, NAMES[op as usize]).is_some_and(|d| d.is(f))
}

/// `a <op> b` as a bool.
pub fn compare_bool(vm: &Vm, a: &Value, b: &Value, op: u32) -> PyResult<bool> {
    let r = rich_compare(vm, a, b, op)?;
    match r {
        Value::Bool(x) => Ok(x),
        other => crate::protocol::number::truthy(vm, &other),
    }
}

/// `a == b` as a bool, with the identity shortcut containers use (`PyObject_RichCompareBool`).
#[inline]
pub fn eq(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    // Unboxed floats have no identity: two floats with the same bits count as the same
    // object here, so `[nan] == [nan]` holds even for separately made NaNs
    // (see docs/divergences.md).
    if a.is(b) {
        // NaN is not equal to itself, but containers treat identical objects as equal.
        return Ok(true);
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => return Ok(x == y),
        (Value::Obj(x), Value::Obj(y)) => {
            if let (Payload::Str(s1), Payload::Str(s2)) = (x.payload(), y.payload()) {
                return Ok(s1.s == s2.s);
            }
        }
        _ => {}
    }
    compare_bool(vm, a, b, cmpop::EQ)
}

/// Equality that never calls Python code; `None` when it would have to.
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => {
            Some(*x as f64 == *y && (*y as i64) == *x)
        }
        (Value::Float(x), Value::Float(y)) => Some(x == y),
        (Value::Bool(x), Value::Int(y)) | (Value::Int(y), Value::Bool(x)) => Some(*x as i64 == *y),
        (Value::Bool(x), Value::Bool(y)) => Some(x == y),
        (Value::None, _) | (_, Value::None) => Some(false),
        (Value::Obj(x), Value::Obj(y)) => match (x.payload(), y.payload()) {
            (Payload::Str(s1), Payload::Str(s2)) => {
                if x.raw_type()
                    .is_some_and(|t| crate::types::type_data(t).heap_type)
                    || y.raw_type()
                        .is_some_and(|t| crate::types::type_data(t).heap_type)
                {
                    return None;
                }
                Some(s1.s == s2.s)
            }
            (Payload::Bytes(b1), Payload::Bytes(b2)) => Some(b1 == b2),
            (Payload::BigInt(b1), Payload::BigInt(b2)) => Some(b1 == b2),
            (Payload::Tuple(t1), Payload::Tuple(t2)) => {
                if t1.len() != t2.len() {
                    return Some(false);
                }
                for (p, q) in t1.iter().zip(t2.iter()) {
                    match fast_eq(p, q) {
                        Some(true) => {}
                        other => return other,
                    }
                }
                Some(true)
            }
            (Payload::Str(_), Payload::Tuple(_) | Payload::BigInt(_) | Payload::Bytes(_))
            | (Payload::Tuple(_) | Payload::BigInt(_) | Payload::Bytes(_), Payload::Str(_)) => {
                Some(false)
            }
            _ => None,
        },
        (Value::Obj(o), Value::Int(_) | Value::Float(_) | Value::Bool(_))
        | (Value::Int(_) | Value::Float(_) | Value::Bool(_), Value::Obj(o)) => match o.payload() {
            Payload::Str(_) | Payload::Tuple(_) | Payload::Bytes(_)
                if o.raw_type()
                    .is_some_and(|t| !crate::types::type_data(t).heap_type) =>
            {
                Some(false)
            }
            // An int subclass instance may hold a small value: let the full comparison decide.
            Payload::BigInt(_) => None,
            _ => None,
        },
        _ => None,
    }
}
