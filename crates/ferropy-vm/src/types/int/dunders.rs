//! The arithmetic dunder methods of `int`, `float` and `complex` (`int.__add__`,
//! `float.__rtruediv__`, `complex.__neg__`, ...), as CPython exposes them through its
//! number slots.
//!
//! The eval loop never calls these for builtin values (it uses `protocol::number`
//! directly); they exist for explicit calls like `(3).__add__(4)` and for subclasses that
//! reach them through `super()` or plain inheritance. So every body computes on the
//! payload itself and never re-enters the dunder-dispatching protocol functions, which
//! would find these same methods again for a subclass instance.

use crate::error::PyResult;
use crate::object::{Args, NativeFn, Payload};
use crate::protocol::call::check_arity;
use crate::protocol::number::native_binop;
use crate::types::add_method;
use crate::types::int::{as_int, IntRef};
use crate::value::Value;
use crate::Vm;
use ferropy_bytecode::opcode::binop;

/// The numeric tower rank of a builtin number: int (and bool) 0, float 1, complex 2.
fn rank(v: &Value) -> Option<u8> {
    if as_int(v).is_some() {
        return Some(0);
    }
    match v {
        Value::Float(_) => Some(1),
        Value::Obj(o) => match o.payload() {
            Payload::Float(_) => Some(1),
            Payload::Complex(..) => Some(2),
            _ => None,
        },
        _ => None,
    }
}

/// `self.__op__(other)` / `self.__rop__(other)`: NotImplemented unless `other` is a number
/// no wider than `self` (so `int.__add__(1.5)` defers to `float.__radd__`).
fn binop_dunder(vm: &Vm, args: &Args, op: u32, reflected: bool) -> PyResult<Value> {
    check_arity(vm, "", &Args::new(&args.pos[1..]), 1, 1)
        .map_err(|_| vm.type_error(format!("expected 1 argument, got {}", args.pos.len() - 1)))?;
    let (me, other) = (&args.pos[0], &args.pos[1]);
    match (rank(me), rank(other)) {
        (Some(a), Some(b)) if b <= a => {}
        _ => return Ok(vm.not_implemented()),
    }
    let (a, b) = if reflected { (other, me) } else { (me, other) };
    Ok(native_binop(vm, a, b, op)?.unwrap_or_else(|| vm.not_implemented()))
}

macro_rules! binops {
    ($( $fwd:ident / $rev:ident = $op:ident ),* $(,)?) => {
        $(
            fn $fwd(vm: &Vm, args: Args) -> PyResult<Value> {
                binop_dunder(vm, &args, binop::$op, false)
            }
            fn $rev(vm: &Vm, args: Args) -> PyResult<Value> {
                binop_dunder(vm, &args, binop::$op, true)
            }
        )*
    };
}

binops!(
    d_add / d_radd = ADD,
    d_sub / d_rsub = SUBTRACT,
    d_mul / d_rmul = MULTIPLY,
    d_truediv / d_rtruediv = TRUE_DIVIDE,
    d_floordiv / d_rfloordiv = FLOOR_DIVIDE,
    d_mod / d_rmod = REMAINDER,
    d_lshift / d_rlshift = LSHIFT,
    d_rshift / d_rrshift = RSHIFT,
    d_and / d_rand = AND,
    d_or / d_ror = OR,
    d_xor / d_rxor = XOR,
);

/// `__pow__(other, mod=None)` and `__rpow__`.
fn pow_impl(vm: &Vm, args: &Args, reflected: bool) -> PyResult<Value> {
    check_arity(
        vm,
        if reflected { "__rpow__" } else { "__pow__" },
        &Args::new(&args.pos[1..]),
        1,
        2,
    )?;
    let m = args.pos.get(2).filter(|m| !m.is_none());
    let Some(m) = m else {
        return binop_dunder(vm, &Args::new(&args.pos[..2]), binop::POWER, reflected);
    };
    let (me, other) = (&args.pos[0], &args.pos[1]);
    let (a, b) = if reflected { (other, me) } else { (me, other) };
    match rank(me) {
        Some(0) => match (as_int(a), as_int(b), as_int(m)) {
            (Some(x), Some(y), Some(z)) => crate::types::int::pow_mod(vm, x, y, z),
            _ => Ok(vm.not_implemented()),
        },
        Some(1) => {
            Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers"))
        }
        _ => Err(vm.value_error("complex modulo")),
    }
}

fn d_pow(vm: &Vm, args: Args) -> PyResult<Value> {
    pow_impl(vm, &args, false)
}

fn d_rpow(vm: &Vm, args: Args) -> PyResult<Value> {
    pow_impl(vm, &args, true)
}

/// `__divmod__`/`__rdivmod__` for int and float.
fn divmod_impl(vm: &Vm, args: &Args, reflected: bool) -> PyResult<Value> {
    check_arity(vm, "", &Args::new(&args.pos[1..]), 1, 1)
        .map_err(|_| vm.type_error(format!("expected 1 argument, got {}", args.pos.len() - 1)))?;
    let (me, other) = (&args.pos[0], &args.pos[1]);
    match (rank(me), rank(other)) {
        (Some(a), Some(b)) if b <= a && a < 2 => {}
        _ => return Ok(vm.not_implemented()),
    }
    let (a, b) = if reflected { (other, me) } else { (me, other) };
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        let (q, r) = crate::types::int::divmod(vm, x, y)?;
        return Ok(vm.new_tuple(vec![q, r]));
    }
    let (x, y) = (f64_of(vm, a)?, f64_of(vm, b)?);
    if y == 0.0 {
        return Err(vm.zero_division_error("float divmod()"));
    }
    let (q, r) = crate::types::float::float_divmod(x, y);
    Ok(vm.new_tuple(vec![Value::Float(q), Value::Float(r)]))
}

fn d_divmod(vm: &Vm, args: Args) -> PyResult<Value> {
    divmod_impl(vm, &args, false)
}

fn d_rdivmod(vm: &Vm, args: Args) -> PyResult<Value> {
    divmod_impl(vm, &args, true)
}

fn f64_of(vm: &Vm, v: &Value) -> PyResult<f64> {
    crate::protocol::number::as_f64(vm, v)
        .ok_or_else(|| vm.type_error(format!("must be real number, not {}", vm.type_name(v))))?
}

fn int_of<'a>(vm: &Vm, args: &'a Args) -> PyResult<IntRef<'a>> {
    as_int(&args.pos[0]).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'int' object but received a '{}'",
            vm.type_name(&args.pos[0])
        ))
    })
}

/// The exact-int copy of `self` (`int(self)`, `+self`, `self.__index__()`...).
fn int_exact(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(crate::types::int::add(
        vm,
        int_of(vm, &args)?,
        IntRef::Small(0),
    ))
}

fn int_neg(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(crate::types::int::neg(vm, int_of(vm, &args)?))
}

fn int_abs(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(crate::types::int::abs(vm, int_of(vm, &args)?))
}

fn int_invert(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(crate::types::int::invert(vm, int_of(vm, &args)?))
}

fn int_bool(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(!int_of(vm, &args)?.is_zero()))
}

fn int_float(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(crate::types::int::to_f64(
        vm,
        &int_of(vm, &args)?,
    )?))
}

/// `int.__round__(ndigits=None)`: ties go to even, negative `ndigits` round to tens.
fn int_round(vm: &Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "__round__", &Args::new(&args.pos[1..]), 0, 1)?;
    let i = int_of(vm, &args)?;
    match args.pos.get(1).filter(|n| !n.is_none()) {
        None => Ok(crate::types::int::add(vm, i, IntRef::Small(0))),
        Some(n) => {
            let n = crate::protocol::number::index(vm, n)?;
            let n = as_int(&n).expect("index returns int").to_bigint();
            let p = crate::prims::int_ops::PyInt::from_big(i.to_bigint())
                .round(&crate::prims::int_ops::PyInt::from_big(n));
            Ok(crate::types::int::from_bigint(vm, p.to_bigint()))
        }
    }
}

fn float_self(vm: &Vm, args: &Args) -> PyResult<f64> {
    match &args.pos[0] {
        Value::Float(f) => Ok(*f),
        Value::Obj(o) => match o.payload() {
            Payload::Float(f) => Ok(*f),
            _ => Err(vm.type_error(format!(
                "descriptor requires a 'float' object but received a '{}'",
                vm.type_name(&args.pos[0])
            ))),
        },
        v => Err(vm.type_error(format!(
            "descriptor requires a 'float' object but received a '{}'",
            vm.type_name(v)
        ))),
    }
}

fn float_neg(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(-float_self(vm, &args)?))
}

fn float_pos(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(float_self(vm, &args)?))
}

fn float_abs(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(float_self(vm, &args)?.abs()))
}

fn float_bool(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(float_self(vm, &args)? != 0.0))
}

fn float_trunc(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::types::float::float_to_int(vm, float_self(vm, &args)?)
}

fn float_floor(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::types::float::float_to_int(vm, float_self(vm, &args)?.floor())
}

fn float_ceil(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::types::float::float_to_int(vm, float_self(vm, &args)?.ceil())
}

/// `float.__round__(ndigits=None)`: an int when `ndigits` is omitted, else a float
/// correctly rounded in decimal (`prims::float_format::round_f64`).
fn float_round(vm: &Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "__round__", &Args::new(&args.pos[1..]), 0, 1)?;
    let f = float_self(vm, &args)?;
    match args.pos.get(1).filter(|n| !n.is_none()) {
        None => crate::types::float::float_to_int(vm, f.round_ties_even()),
        Some(n) => {
            let n = crate::protocol::number::index(vm, n)?;
            let n = match as_int(&n).expect("index returns int") {
                IntRef::Small(n) => n,
                IntRef::Big(b) => {
                    if num_traits::Signed::is_negative(b) {
                        i64::MIN
                    } else {
                        i64::MAX
                    }
                }
            };
            crate::prims::float_format::round_f64(f, n)
                .map(Value::Float)
                .map_err(|e| crate::format::prim_err(vm, e))
        }
    }
}

fn complex_self(vm: &Vm, args: &Args) -> PyResult<(f64, f64)> {
    match &args.pos[0] {
        Value::Obj(o) => match o.payload() {
            Payload::Complex(re, im) => Ok((*re, *im)),
            _ => Err(vm.type_error(format!(
                "descriptor requires a 'complex' object but received a '{}'",
                vm.type_name(&args.pos[0])
            ))),
        },
        v => Err(vm.type_error(format!(
            "descriptor requires a 'complex' object but received a '{}'",
            vm.type_name(v)
        ))),
    }
}

fn complex_neg(vm: &Vm, args: Args) -> PyResult<Value> {
    let (re, im) = complex_self(vm, &args)?;
    Ok(crate::types::float::new_complex(vm, -re, -im))
}

fn complex_pos(vm: &Vm, args: Args) -> PyResult<Value> {
    let (re, im) = complex_self(vm, &args)?;
    Ok(crate::types::float::new_complex(vm, re, im))
}

fn complex_abs(vm: &Vm, args: Args) -> PyResult<Value> {
    let (re, im) = complex_self(vm, &args)?;
    crate::types::float::complex_abs(vm, re, im).map(Value::Float)
}

fn complex_bool(vm: &Vm, args: Args) -> PyResult<Value> {
    let (re, im) = complex_self(vm, &args)?;
    Ok(Value::Bool(re != 0.0 || im != 0.0))
}

pub fn init(vm: &Vm) {
    let int_binops: &[(&'static str, NativeFn)] = &[
        ("__add__", d_add),
        ("__radd__", d_radd),
        ("__sub__", d_sub),
        ("__rsub__", d_rsub),
        ("__mul__", d_mul),
        ("__rmul__", d_rmul),
        ("__truediv__", d_truediv),
        ("__rtruediv__", d_rtruediv),
        ("__floordiv__", d_floordiv),
        ("__rfloordiv__", d_rfloordiv),
        ("__mod__", d_mod),
        ("__rmod__", d_rmod),
        ("__divmod__", d_divmod),
        ("__rdivmod__", d_rdivmod),
        ("__pow__", d_pow),
        ("__rpow__", d_rpow),
        ("__lshift__", d_lshift),
        ("__rlshift__", d_rlshift),
        ("__rshift__", d_rshift),
        ("__rrshift__", d_rrshift),
        ("__and__", d_and),
        ("__rand__", d_rand),
        ("__or__", d_or),
        ("__ror__", d_ror),
        ("__xor__", d_xor),
        ("__rxor__", d_rxor),
        ("__neg__", int_neg),
        ("__pos__", int_exact),
        ("__abs__", int_abs),
        ("__invert__", int_invert),
        ("__bool__", int_bool),
        ("__int__", int_exact),
        ("__index__", int_exact),
        ("__float__", int_float),
        ("__trunc__", int_exact),
        ("__floor__", int_exact),
        ("__ceil__", int_exact),
        ("__round__", int_round),
    ];
    let t = vm.t.int.clone();
    for (name, f) in int_binops {
        add_method(vm, &t, name, *f);
    }
    // float has the arithmetic ops (the first 16 entries) but no bitwise ones.
    let t = vm.t.float.clone();
    for (name, f) in &int_binops[..16] {
        add_method(vm, &t, name, *f);
    }
    let float_unary: &[(&'static str, NativeFn)] = &[
        ("__neg__", float_neg),
        ("__pos__", float_pos),
        ("__abs__", float_abs),
        ("__bool__", float_bool),
        ("__int__", float_trunc),
        ("__float__", float_pos),
        ("__trunc__", float_trunc),
        ("__floor__", float_floor),
        ("__ceil__", float_ceil),
        ("__round__", float_round),
    ];
    for (name, f) in float_unary {
        add_method(vm, &t, name, *f);
    }
    let t = vm.t.complex.clone();
    let complex_ops: &[(&'static str, NativeFn)] = &[
        ("__add__", d_add),
        ("__radd__", d_radd),
        ("__sub__", d_sub),
        ("__rsub__", d_rsub),
        ("__mul__", d_mul),
        ("__rmul__", d_rmul),
        ("__truediv__", d_truediv),
        ("__rtruediv__", d_rtruediv),
        ("__pow__", d_pow),
        ("__rpow__", d_rpow),
        ("__neg__", complex_neg),
        ("__pos__", complex_pos),
        ("__abs__", complex_abs),
        ("__bool__", complex_bool),
        ("__complex__", complex_pos),
    ];
    for (name, f) in complex_ops {
        add_method(vm, &t, name, *f);
    }
}
