//! Arithmetic: `BINARY_OP`, unary operators, truth testing and `__index__`
//! (CPython `Objects/abstract.c: binary_op1`, `PyNumber_*`).
//!
//! Dispatch order follows CPython: machine-int and float fast paths, then the builtin
//! implementations by payload, then Python dunders with the reflected operand and the
//! "subclass first" rule, then a `TypeError` worded as CPython words it.

use crate::error::PyResult;
use crate::object::Payload;
use crate::protocol::call::call_method_value;
use crate::types::int::{self, as_int, IntRef};
use crate::types::{lookup_str, type_name};
use crate::value::Value;
use crate::Vm;
use ferropy_bytecode::opcode::binop;

/// Dunder names per `binop` code: (forward, reflected, in-place).
const DUNDERS: [(&str, &str, &str); 13] = [
    ("__add__", "__radd__", "__iadd__"),
    ("__and__", "__rand__", "__iand__"),
    ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    ("__lshift__", "__rlshift__", "__ilshift__"),
    ("__matmul__", "__rmatmul__", "__imatmul__"),
    ("__mul__", "__rmul__", "__imul__"),
    ("__mod__", "__rmod__", "__imod__"),
    ("__or__", "__ror__", "__ior__"),
    ("__pow__", "__rpow__", "__ipow__"),
    ("__rshift__", "__rrshift__", "__irshift__"),
    ("__sub__", "__rsub__", "__isub__"),
    ("__truediv__", "__rtruediv__", "__itruediv__"),
    ("__xor__", "__rxor__", "__ixor__"),
];

/// The machine-int and float cases of `BINARY_OP` that cannot fail or overflow; None
/// means "take the general path". The eval loop calls this on operands still on its
/// stack, so the common case never moves them.
#[inline(always)]
pub fn fast_binary(a: &Value, b: &Value, op: u32) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            let base = if op >= binop::INPLACE {
                op - binop::INPLACE
            } else {
                op
            };
            match base {
                binop::ADD => x.checked_add(*y).map(Value::Int),
                binop::SUBTRACT => x.checked_sub(*y).map(Value::Int),
                binop::MULTIPLY => x.checked_mul(*y).map(Value::Int),
                binop::AND => Some(Value::Int(x & y)),
                binop::OR => Some(Value::Int(x | y)),
                binop::XOR => Some(Value::Int(x ^ y)),
                binop::REMAINDER if *y > 0 => Some(Value::Int(x.rem_euclid(*y))),
                binop::FLOOR_DIVIDE if *y > 0 => Some(Value::Int(x.div_euclid(*y))),
                _ => None,
            }
        }
        (Value::Float(x), Value::Float(y)) => {
            let base = if op >= binop::INPLACE {
                op - binop::INPLACE
            } else {
                op
            };
            match base {
                binop::ADD => Some(Value::Float(x + y)),
                binop::SUBTRACT => Some(Value::Float(x - y)),
                binop::MULTIPLY => Some(Value::Float(x * y)),
                binop::TRUE_DIVIDE if *y != 0.0 => Some(Value::Float(x / y)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// `a <op> b` for a `BINARY_OP` operand (in-place codes included).
pub fn binary_op(vm: &Vm, a: &Value, b: &Value, op: u32) -> PyResult<Value> {
    // Fast paths: machine ints and floats (the hot loop of every benchmark).
    if let Some(r) = fast_binary(a, b, op) {
        return Ok(r);
    }
    if op >= binop::INPLACE {
        return inplace_op(vm, a, b, op - binop::INPLACE);
    }
    binary_op_slow(vm, a, b, op)
}

fn inplace_op(vm: &Vm, a: &Value, b: &Value, op: u32) -> PyResult<Value> {
    if let Value::Obj(o) = a {
        let ta = vm.type_of_obj(o);
        if crate::types::dispatches_dunders(&ta, o) {
            if let Some(f) = lookup_str(vm, &ta, DUNDERS[op as usize].2) {
                let r = call_method_value(vm, &f, a, std::slice::from_ref(b))?;
                if !vm.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        // Mutable builtins update in place: `lst += it` extends, `s |= t` updates.
        match (o.payload(), op) {
            (Payload::List(_), binop::ADD) => {
                crate::types::list::extend(vm, o, b)?;
                return Ok(a.clone());
            }
            (Payload::List(_), binop::MULTIPLY) => {
                if let Some(n) = as_int(b) {
                    crate::types::list::inplace_repeat(vm, o, n.to_i64().unwrap_or(i64::MAX))?;
                    return Ok(a.clone());
                }
            }
            (Payload::Set(_), binop::OR | binop::AND | binop::SUBTRACT | binop::XOR) => {
                if let Some(r) = crate::types::set::inplace_op(vm, o, b, op)? {
                    return Ok(r);
                }
            }
            (Payload::Dict(_), binop::OR) => {
                crate::types::dict::update_from(vm, o, b)?;
                return Ok(a.clone());
            }
            (Payload::ByteArray(_), binop::ADD) => {
                crate::types::bytes::bytearray_extend(vm, o, b)?;
                return Ok(a.clone());
            }
            _ => {}
        }
    }
    binary_op_slow(vm, a, b, op).map_err(|e| {
        if vm.err_matches(&e, &vm.exc.type_error) && is_unsupported(vm, &e) {
            vm.type_error(format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                binop::SYMBOLS[(op + binop::INPLACE) as usize],
                vm.type_name(a),
                vm.type_name(b)
            ))
        } else {
            e
        }
    })
}

fn is_unsupported(vm: &Vm, e: &crate::PyErr) -> bool {
    crate::protocol::repr::exception_str(vm, &e.exc)
        .is_ok_and(|s| s.starts_with("unsupported operand"))
}

fn is_heap(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Obj(o) => crate::types::dispatches_dunders(&vm.type_of_obj(o), o),
        _ => false,
    }
}

/// The general path of `binary_op` (CPython's `binary_op1` + error).
pub fn binary_op_slow(vm: &Vm, a: &Value, b: &Value, op: u32) -> PyResult<Value> {
    let (name, rname, _) = DUNDERS[op as usize];
    let (a_heap, b_heap) = (is_heap(vm, a), is_heap(vm, b));
    if a_heap || b_heap {
        let ta = vm.type_of(a);
        let tb = vm.type_of(b);
        let same = ta.is(&tb);
        let fa = if a_heap {
            lookup_str(vm, &ta, name)
        } else {
            None
        };
        let fb = if b_heap && !same {
            lookup_str(vm, &tb, rname)
        } else {
            None
        };
        let mut fb_tried = false;
        if let Some(f) = &fb {
            // CPython's `method_is_overloaded`: the subclass goes first only if it
            // overrides the reflected method.
            let overloaded = !lookup_str(vm, &ta, rname).is_some_and(|fa_r| fa_r.is(f));
            if vm.is_subtype(&tb, &ta) && overloaded {
                fb_tried = true;
                let r = call_method_value(vm, f, b, std::slice::from_ref(a))?;
                if !vm.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(f) = &fa {
            let r = call_method_value(vm, f, a, std::slice::from_ref(b))?;
            if !vm.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        // The builtin left operand's own slot only handles values of its own type: when the
        // right operand is a heap class overriding the reflected method (and not a
        // subclass of the left type), that method is asked before any builtin mixing
        // (`2 * MyFloat(x)` reaches `MyFloat.__rmul__`, not float multiplication).
        let defer_native = !a_heap
            && !fb_tried
            && !vm.is_subtype(&tb, &ta)
            && fb
                .as_ref()
                .is_some_and(|f| !lookup_str(vm, &ta, rname).is_some_and(|x| x.is(f)));
        if !defer_native {
            if let Some(r) = native_binop(vm, a, b, op)? {
                return Ok(r);
            }
        }
        if let (Some(f), false) = (&fb, fb_tried) {
            let r = call_method_value(vm, f, b, std::slice::from_ref(a))?;
            if !vm.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if defer_native {
            if let Some(r) = native_binop(vm, a, b, op)? {
                return Ok(r);
            }
        }
    } else if let Some(r) = native_binop(vm, a, b, op)? {
        return Ok(r);
    }
    Err(binop_type_error(vm, a, b, op))
}

fn binop_type_error(vm: &Vm, a: &Value, b: &Value, op: u32) -> crate::PyErr {
    let (ta, tb) = (vm.type_name(a), vm.type_name(b));
    if op == binop::ADD {
        if let Value::Obj(o) = a {
            match o.payload() {
                Payload::Str(_) => {
                    return vm.type_error(format!("can only concatenate str (not \"{tb}\") to str"))
                }
                Payload::List(_) => {
                    return vm
                        .type_error(format!("can only concatenate list (not \"{tb}\") to list"))
                }
                Payload::Bytes(_) | Payload::ByteArray(_) => {
                    return vm.type_error(format!("can't concat {tb} to {ta}"))
                }
                Payload::Tuple(_) => {
                    return vm.type_error(format!(
                        "can only concatenate tuple (not \"{tb}\") to tuple"
                    ))
                }
                _ => {}
            }
        }
    }
    if op == binop::MULTIPLY {
        let is_seq = |v: &Value| matches!(v, Value::Obj(o) if matches!(o.payload(), Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_) | Payload::ByteArray(_)));
        if is_seq(a) {
            return vm.type_error(format!("can't multiply sequence by non-int of type '{tb}'"));
        }
        if is_seq(b) && !is_seq(a) {
            return vm.type_error(format!("can't multiply sequence by non-int of type '{ta}'"));
        }
    }
    if op == binop::POWER {
        return vm.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{ta}' and '{tb}'"
        ));
    }
    vm.type_error(format!(
        "unsupported operand type(s) for {}: '{ta}' and '{tb}'",
        binop::SYMBOLS[op as usize]
    ))
}

/// A float operand: float, int or bool.
pub fn as_f64(vm: &Vm, v: &Value) -> Option<PyResult<f64>> {
    match v {
        Value::Float(f) => Some(Ok(*f)),
        Value::Int(i) => Some(Ok(*i as f64)),
        Value::Bool(b) => Some(Ok(*b as i64 as f64)),
        Value::Obj(o) => match o.payload() {
            Payload::Float(f) => Some(Ok(*f)),
            Payload::BigInt(_) => Some(int::to_f64(vm, &as_int(v).expect("bigint"))),
            _ => None,
        },
        _ => None,
    }
}

fn is_float(v: &Value) -> bool {
    matches!(v, Value::Float(_))
        || matches!(v, Value::Obj(o) if matches!(o.payload(), Payload::Float(_)))
}

/// Builtin implementations, by payload. `Ok(None)` means "not implemented for these".
pub fn native_binop(vm: &Vm, a: &Value, b: &Value, op: u32) -> PyResult<Option<Value>> {
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        return int_binop(vm, x, y, op).map(Some);
    }
    if is_float(a) || is_float(b) {
        if let (Some(x), Some(y)) = (as_f64(vm, a), as_f64(vm, b)) {
            return crate::types::float::float_binop(vm, x?, y?, op);
        }
    }
    if op == binop::OR {
        if let Some(u) = crate::types::class::union_or(vm, a, b) {
            return Ok(Some(u));
        }
    }
    if let Some(r) = crate::types::float::complex_binop(vm, a, b, op)? {
        return Ok(Some(r));
    }
    crate::protocol::sequence::sequence_binop(vm, a, b, op)
}

fn int_binop(vm: &Vm, x: IntRef, y: IntRef, op: u32) -> PyResult<Value> {
    match op {
        binop::ADD => Ok(int::add(vm, x, y)),
        binop::SUBTRACT => Ok(int::sub(vm, x, y)),
        binop::MULTIPLY => int::mul(vm, x, y),
        binop::FLOOR_DIVIDE => int::floordiv(vm, x, y),
        binop::REMAINDER => int::modulo(vm, x, y),
        binop::TRUE_DIVIDE => int::truediv(vm, x, y),
        binop::POWER => int::pow(vm, x, y),
        binop::LSHIFT => int::lshift(vm, x, y),
        binop::RSHIFT => int::rshift(vm, x, y),
        binop::AND => Ok(int::bitop(vm, x, y, b'&')),
        binop::OR => Ok(int::bitop(vm, x, y, b'|')),
        binop::XOR => Ok(int::bitop(vm, x, y, b'^')),
        _ => Err(vm.type_error(format!(
            "unsupported operand type(s) for {}: 'int' and 'int'",
            binop::SYMBOLS[op as usize]
        ))),
    }
}

/// `-v`, `+v`, `~v`.
pub fn unary(vm: &Vm, v: &Value, which: u8) -> PyResult<Value> {
    match (v, which) {
        (Value::Int(i), b'-') if *i != i64::MIN => return Ok(Value::Int(-i)),
        (Value::Float(f), b'-') => return Ok(Value::Float(-f)),
        _ => {}
    }
    if !is_heap(vm, v) {
        if let Some(i) = as_int(v) {
            return Ok(match which {
                b'-' => int::neg(vm, i),
                b'+' => int::add(vm, i, IntRef::Small(0)),
                _ => int::invert(vm, i),
            });
        }
        if let Some(f) = as_f64(vm, v) {
            let f = f?;
            match which {
                b'-' => return Ok(Value::Float(-f)),
                b'+' => return Ok(Value::Float(f)),
                _ => {}
            }
        }
        if let Value::Obj(o) = v {
            if let Payload::Complex(re, im) = o.payload() {
                match which {
                    b'-' => return Ok(crate::types::float::new_complex(vm, -re, -im)),
                    b'+' => return Ok(crate::types::float::new_complex(vm, *re, *im)),
                    _ => {}
                }
            }
        }
    }
    let (name, sym) = match which {
        b'-' => ("__neg__", "-"),
        b'+' => ("__pos__", "+"),
        _ => ("__invert__", "~"),
    };
    let ty = vm.type_of(v);
    if let Some(f) = lookup_str(vm, &ty, name) {
        return call_method_value(vm, &f, v, &[]);
    }
    Err(vm.type_error(format!(
        "bad operand type for unary {sym}: '{}'",
        type_name(&ty)
    )))
}

/// Truth value (`PyObject_IsTrue`): `__bool__`, then `__len__`, else true.
#[inline]
pub fn truthy(vm: &Vm, v: &Value) -> PyResult<bool> {
    match v {
        Value::Bool(b) => Ok(*b),
        Value::None | Value::Null => Ok(false),
        Value::Int(i) => Ok(*i != 0),
        Value::Float(f) => Ok(*f != 0.0),
        Value::Obj(o) => {
            let ty = vm.type_of_obj(o);
            if crate::types::dispatches_dunders(&ty, o) {
                if let Some(f) = lookup_str(vm, &ty, "__bool__") {
                    let r = call_method_value(vm, &f, v, &[])?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        _ => Err(vm.type_error(format!(
                            "__bool__ should return bool, returned {}",
                            vm.type_name(&r)
                        ))),
                    };
                }
                if let Some(f) = lookup_str(vm, &ty, "__len__") {
                    let r = call_method_value(vm, &f, v, &[])?;
                    return Ok(crate::protocol::sequence::len_result(vm, &r)? != 0);
                }
            }
            Ok(match o.payload() {
                Payload::Str(s) => !s.s.is_empty(),
                Payload::List(l) => !l.borrow().is_empty(),
                Payload::Tuple(t) => !t.is_empty(),
                Payload::Dict(d) => !d.borrow().is_empty(),
                Payload::Set(t) | Payload::FrozenSet(t) => !t.borrow().is_empty(),
                Payload::Bytes(b) => !b.is_empty(),
                Payload::ByteArray(b) => !b.borrow().is_empty(),
                Payload::BigInt(_) => true,
                Payload::Float(f) => *f != 0.0,
                Payload::Complex(re, im) => *re != 0.0 || *im != 0.0,
                Payload::Range(r) => !r.is_empty(),
                Payload::DictView(d, _) => crate::types::dict::dict_len(d) != 0,
                _ => true,
            })
        }
    }
}

/// `operator.index(v)`: ints pass, others need `__index__`.
pub fn index(vm: &Vm, v: &Value) -> PyResult<Value> {
    if as_int(v).is_some() {
        return Ok(match v {
            Value::Bool(b) => Value::Int(*b as i64),
            other => other.clone(),
        });
    }
    let ty = vm.type_of(v);
    if let Some(f) = lookup_str(vm, &ty, "__index__") {
        let r = call_method_value(vm, &f, v, &[])?;
        if as_int(&r).is_some() {
            return Ok(r);
        }
        return Err(vm.type_error(format!(
            "__index__ returned non-int (type {})",
            vm.type_name(&r)
        )));
    }
    Err(vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name(&ty)
    )))
}

/// `pow(a, b, m)`.
pub fn pow3(vm: &Vm, a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    if m.is_none() {
        return binary_op(vm, a, b, binop::POWER);
    }
    match (as_int(a), as_int(b), as_int(m)) {
        (Some(x), Some(y), Some(z)) => int::pow_mod(vm, x, y, z),
        _ => {
            if is_heap(vm, a) {
                if let Some(f) = lookup_str(vm, &vm.type_of(a), "__pow__") {
                    return call_method_value(vm, &f, a, &[b.clone(), m.clone()]);
                }
            }
            if as_f64(vm, a).is_some() && as_f64(vm, b).is_some() {
                return Err(vm.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            }
            Err(vm.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                vm.type_name(a),
                vm.type_name(b),
                vm.type_name(m)
            )))
        }
    }
}
