//! The `math` module (CPython `Modules/mathmodule.c`): float functions with CPython's
//! domain/range error rules, exact integer functions (factorial, gcd, comb, isqrt, ...),
//! `fsum` (Shewchuk's exact summation) and `hypot`/`dist` (CPython 3.11's `vector_norm`).

use crate::math_float::{
    acosh_f, asinh_f, atanh_f, cbrt_f, frexp_f, ldexp_f, log1p_f, next_after, vector_norm,
};
use crate::module::ModuleBuilder;
use ferropy_bytecode::opcode::binop;
use ferropy_vm::heap::ObjRef;
use ferropy_vm::object::Args;
use ferropy_vm::protocol::{call, iter, number};
use ferropy_vm::types::int::{as_int, from_bigint};
use ferropy_vm::types::lookup_str;
use ferropy_vm::{PyErr, PyResult, Value, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub fn init(vm: &Vm) -> PyResult<ObjRef> {
    let m = ModuleBuilder::new(vm, "math");
    m.value("pi", Value::Float(std::f64::consts::PI))
        .value("e", Value::Float(std::f64::consts::E))
        .value("tau", Value::Float(std::f64::consts::TAU))
        .value("inf", Value::Float(f64::INFINITY))
        .value("nan", Value::Float(f64::NAN));
    m.func("sqrt", sqrt)
        .func("exp", exp)
        .func("exp2", exp2)
        .func("expm1", expm1)
        .func("cbrt", cbrt)
        .func("sin", sin)
        .func("cos", cos)
        .func("tan", tan)
        .func("asin", asin)
        .func("acos", acos)
        .func("atan", atan)
        .func("sinh", sinh)
        .func("cosh", cosh)
        .func("tanh", tanh)
        .func("asinh", asinh)
        .func("acosh", acosh)
        .func("atanh", atanh)
        .func("fabs", fabs)
        .func("log1p", log1p)
        .func("log", log)
        .func("log2", log2)
        .func("log10", log10)
        .func("pow", pow)
        .func("atan2", atan2)
        .func("fmod", fmod)
        .func("remainder", remainder)
        .func("copysign", copysign)
        .func("modf", modf)
        .func("frexp", frexp)
        .func("ldexp", ldexp)
        .func("floor", floor)
        .func("ceil", ceil)
        .func("trunc", trunc)
        .func("isfinite", isfinite)
        .func("isinf", isinf)
        .func("isnan", isnan)
        .func("isclose", isclose)
        .func("degrees", degrees)
        .func("radians", radians)
        .func("hypot", hypot)
        .func("dist", dist)
        .func("fsum", fsum)
        .func("prod", prod)
        .func("factorial", factorial)
        .func("gcd", gcd)
        .func("lcm", lcm)
        .func("isqrt", isqrt)
        .func("comb", comb)
        .func("perm", perm)
        .func("nextafter", nextafter)
        .func("ulp", ulp);
    Ok(m.module.clone())
}

// ----- argument conversion and error helpers ---------------------------------------------

fn domain(vm: &Vm) -> PyErr {
    vm.value_error("math domain error")
}

fn range(vm: &Vm) -> PyErr {
    vm.overflow_error("math range error")
}

/// `PyFloat_AsDouble`: float, int, `__float__`, then `__index__`.
pub fn arg_f64(vm: &Vm, v: &Value) -> PyResult<f64> {
    if let Some(r) = number::as_f64(vm, v) {
        return r;
    }
    let ty = vm.type_of(v);
    if let Some(f) = lookup_str(vm, &ty, "__float__") {
        let r = call::call_method_value(vm, &f, v, &[])?;
        return match r {
            Value::Float(f) => Ok(f),
            ref o => match number::as_f64(vm, o) {
                Some(x) if as_int(o).is_none() => x,
                _ => Err(vm.type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    vm.type_name(v),
                    vm.type_name(&r)
                ))),
            },
        };
    }
    if lookup_str(vm, &ty, "__index__").is_some() {
        let i = number::index(vm, v)?;
        return number::as_f64(vm, &i).expect("int");
    }
    Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
}

fn one_arg<'a>(vm: &Vm, name: &str, args: &'a Args) -> PyResult<&'a Value> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    }
    Ok(&args.pos[0])
}

fn two_args<'a>(vm: &Vm, name: &str, args: &'a Args) -> PyResult<(&'a Value, &'a Value)> {
    call::no_kwargs(vm, name, args)?;
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "{name} expected 2 arguments, got {}",
            args.pos.len()
        )));
    }
    Ok((&args.pos[0], &args.pos[1]))
}

/// CPython's `math_1`: NaN from non-NaN is a domain error; infinity from a finite input is
/// a range error when `can_overflow`, else a domain error.
fn math_1(
    vm: &Vm,
    name: &str,
    args: Args,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let x = arg_f64(vm, one_arg(vm, name, &args)?)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range(vm) } else { domain(vm) });
    }
    Ok(Value::Float(r))
}

macro_rules! unary {
    ($($name:ident => $f:expr, $ovf:expr;)*) => {
        $(fn $name(vm: &Vm, args: Args) -> PyResult<Value> {
            math_1(vm, stringify!($name), args, $f, $ovf)
        })*
    };
}

unary! {
    sqrt => f64::sqrt, false;
    exp => f64::exp, true;
    exp2 => f64::exp2, true;
    expm1 => f64::exp_m1, true;
    cbrt => cbrt_f, false;
    sin => f64::sin, false;
    cos => f64::cos, false;
    tan => f64::tan, false;
    asin => f64::asin, false;
    acos => f64::acos, false;
    atan => f64::atan, false;
    sinh => f64::sinh, true;
    cosh => f64::cosh, true;
    tanh => f64::tanh, false;
    asinh => asinh_f, false;
    acosh => acosh_f, false;
    atanh => atanh_f, false;
    fabs => f64::abs, false;
    log1p => log1p_f, false;
}

// ----- logarithms ----------------------------------------------------------------------

/// CPython's `loghelper`: ints too large for a float are handled through frexp, so
/// `log(10**1000)` works.
fn loghelper(vm: &Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = as_int(v) {
        if i.is_negative() || i.is_zero() {
            return Err(domain(vm));
        }
        let b = i.to_bigint();
        if let Some(x) = b.to_f64().filter(|x| x.is_finite()) {
            return Ok(f(x));
        }
        // x = m * 2**e with 0.5 <= m < 1.
        let e = b.bits() as i64;
        let shift = e - 60;
        let top = (&b >> shift as usize).to_f64().expect("small");
        let m = top / (1u64 << 60) as f64;
        return Ok(f(m) + f(2.0) * e as f64);
    }
    let x = arg_f64(vm, v)?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(f(x));
    }
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(f(x))
}

fn log(vm: &Vm, args: Args) -> PyResult<Value> {
    call::no_kwargs(vm, "math.log", &args)?;
    if args.pos.is_empty() || args.pos.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = loghelper(vm, &args.pos[0], f64::ln)?;
    if args.pos.len() == 2 {
        let den = loghelper(vm, &args.pos[1], f64::ln)?;
        if den == 0.0 {
            return Err(vm.zero_division_error("float division by zero"));
        }
        return Ok(Value::Float(num / den));
    }
    Ok(Value::Float(num))
}

fn log2(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(loghelper(
        vm,
        one_arg(vm, "log2", &args)?,
        f64::log2,
    )?))
}

fn log10(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(loghelper(
        vm,
        one_arg(vm, "log10", &args)?,
        f64::log10,
    )?))
}

// ----- two-argument float functions -------------------------------------------------------

fn pow(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two_args(vm, "pow", &args)?;
    let (x, y) = (arg_f64(vm, a)?, arg_f64(vm, b)?);
    let r;
    if !x.is_finite() || !y.is_finite() {
        r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        };
    } else {
        r = x.powf(y);
        if r.is_nan() {
            return Err(domain(vm));
        }
        if r.is_infinite() {
            return Err(if x == 0.0 { domain(vm) } else { range(vm) });
        }
    }
    Ok(Value::Float(r))
}

fn atan2(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two_args(vm, "atan2", &args)?;
    let (y, x) = (arg_f64(vm, a)?, arg_f64(vm, b)?);
    Ok(Value::Float(y.atan2(x)))
}

fn fmod(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two_args(vm, "fmod", &args)?;
    let (x, y) = (arg_f64(vm, a)?, arg_f64(vm, b)?);
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    Ok(Value::Float(r))
}

fn remainder(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two_args(vm, "remainder", &args)?;
    let (x, y) = (arg_f64(vm, a)?, arg_f64(vm, b)?);
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    if y.is_nan() {
        return Ok(Value::Float(y));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(vm));
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    // CPython's m_remainder: exact IEEE 754 remainder.
    let absx = x.abs();
    let absy = y.abs();
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // half-way: choose the even multiple.
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(Value::Float(1.0f64.copysign(x) * r))
}

fn copysign(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two_args(vm, "copysign", &args)?;
    Ok(Value::Float(arg_f64(vm, a)?.copysign(arg_f64(vm, b)?)))
}

fn nextafter(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two_args(vm, "nextafter", &args)?;
    let (x, y) = (arg_f64(vm, a)?, arg_f64(vm, b)?);
    Ok(Value::Float(next_after(x, y)))
}

fn ulp(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = arg_f64(vm, one_arg(vm, "ulp", &args)?)?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let x2 = next_after(x, f64::INFINITY);
    if x2.is_infinite() {
        let x2 = next_after(x, -f64::INFINITY);
        return Ok(Value::Float(x - x2));
    }
    Ok(Value::Float(x2 - x))
}

// ----- decomposition ------------------------------------------------------------------

fn modf(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = arg_f64(vm, one_arg(vm, "modf", &args)?)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let i = x.trunc();
        ((x - i).copysign(x), i)
    };
    Ok(vm.new_tuple(vec![Value::Float(frac), Value::Float(int)]))
}

fn frexp(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = arg_f64(vm, one_arg(vm, "frexp", &args)?)?;
    let (m, e) = frexp_f(x);
    Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn ldexp(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two_args(vm, "ldexp", &args)?;
    let x = arg_f64(vm, a)?;
    let e = match as_int(b) {
        Some(i) => i
            .to_i64()
            .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX }),
        None => return Err(vm.type_error("Expected an int as second argument to ldexp.")),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = ldexp_f(x, e);
    if r.is_infinite() {
        return Err(range(vm));
    }
    Ok(Value::Float(r))
}

// ----- rounding -------------------------------------------------------------------------

fn float_to_int(vm: &Vm, f: f64) -> PyResult<Value> {
    ferropy_vm::types::float::float_to_int(vm, f)
}

fn int_value(v: &Value) -> Value {
    match v {
        Value::Bool(b) => Value::Int(*b as i64),
        o => o.clone(),
    }
}

fn is_exact_float(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Float(_)) || matches!(v, Value::Obj(_)) && vm.type_of(v).is(&vm.t.float)
}

fn round_with(vm: &Vm, name: &str, dunder: &str, args: Args, f: fn(f64) -> f64) -> PyResult<Value> {
    let v = one_arg(vm, name, &args)?;
    if let Value::Float(x) = v {
        return float_to_int(vm, f(*x));
    }
    if as_int(v).is_some() && vm.type_of(v).is(&vm.t.int) || matches!(v, Value::Bool(_)) {
        return Ok(int_value(v));
    }
    if !is_exact_float(vm, v) {
        let ty = vm.type_of(v);
        if let Some(m) = lookup_str(vm, &ty, dunder) {
            return call::call_method_value(vm, &m, v, &[]);
        }
    }
    let x = arg_f64(vm, v)?;
    float_to_int(vm, f(x))
}

fn floor(vm: &Vm, args: Args) -> PyResult<Value> {
    round_with(vm, "floor", "__floor__", args, f64::floor)
}

fn ceil(vm: &Vm, args: Args) -> PyResult<Value> {
    round_with(vm, "ceil", "__ceil__", args, f64::ceil)
}

fn trunc(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, "trunc", &args)?;
    if let Value::Float(x) = v {
        return float_to_int(vm, x.trunc());
    }
    if matches!(v, Value::Int(_) | Value::Bool(_)) {
        return Ok(int_value(v));
    }
    let ty = vm.type_of(v);
    if let Some(m) = lookup_str(vm, &ty, "__trunc__") {
        return call::call_method_value(vm, &m, v, &[]);
    }
    if let Some(x) = number::as_f64(vm, v) {
        return match as_int(v) {
            Some(_) => Ok(from_bigint(vm, as_int(v).expect("int").to_bigint())),
            None => float_to_int(vm, x?.trunc()),
        };
    }
    Err(vm.type_error(format!(
        "type {} doesn't define __trunc__ method",
        vm.type_name(v)
    )))
}

// ----- classification ----------------------------------------------------------------

fn isfinite(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(
        arg_f64(vm, one_arg(vm, "isfinite", &args)?)?.is_finite(),
    ))
}

fn isinf(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(
        arg_f64(vm, one_arg(vm, "isinf", &args)?)?.is_infinite(),
    ))
}

fn isnan(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(
        arg_f64(vm, one_arg(vm, "isnan", &args)?)?.is_nan(),
    ))
}

fn isclose(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = call::parse_args(vm, "isclose", args, &["a", "b", "rel_tol", "abs_tol"], 2)?;
    let x = arg_f64(vm, a[0].as_ref().expect("a"))?;
    let y = arg_f64(vm, a[1].as_ref().expect("b"))?;
    let rel = match &a[2] {
        Some(v) => arg_f64(vm, v)?,
        None => 1e-9,
    };
    let abs = match &a[3] {
        Some(v) => arg_f64(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (y - x).abs();
    Ok(Value::Bool(
        (diff <= (rel * y).abs()) || (diff <= (rel * x).abs()) || diff <= abs,
    ))
}

fn degrees(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = arg_f64(vm, one_arg(vm, "degrees", &args)?)?;
    Ok(Value::Float(x * (180.0 / std::f64::consts::PI)))
}

fn radians(vm: &Vm, args: Args) -> PyResult<Value> {
    let x = arg_f64(vm, one_arg(vm, "radians", &args)?)?;
    Ok(Value::Float(x * (std::f64::consts::PI / 180.0)))
}

// ----- norms and sums --------------------------------------------------------------------

fn hypot(vm: &Vm, args: Args) -> PyResult<Value> {
    call::no_kwargs(vm, "math.hypot", &args)?;
    let mut v = Vec::with_capacity(args.pos.len());
    let (mut max, mut nan) = (0.0f64, false);
    for a in args.pos {
        let x = arg_f64(vm, a)?.abs();
        nan |= x.is_nan();
        if x > max {
            max = x;
        }
        v.push(x);
    }
    Ok(Value::Float(vector_norm(&mut v, max, nan)))
}

fn dist(vm: &Vm, args: Args) -> PyResult<Value> {
    let (p, q) = two_args(vm, "dist", &args)?;
    let p = iter::collect(vm, p)?;
    let q = iter::collect(vm, q)?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut v = Vec::with_capacity(p.len());
    let (mut max, mut nan) = (0.0f64, false);
    for (a, b) in p.iter().zip(&q) {
        let x = (arg_f64(vm, a)? - arg_f64(vm, b)?).abs();
        nan |= x.is_nan();
        if x > max {
            max = x;
        }
        v.push(x);
    }
    Ok(Value::Float(vector_norm(&mut v, max, nan)))
}

/// Shewchuk's exact summation, as CPython's `math_fsum`.
fn fsum(vm: &Vm, args: Args) -> PyResult<Value> {
    let it = iter::get_iter(vm, one_arg(vm, "fsum", &args)?)?;
    let mut p: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = iter::next(vm, &it)? {
        let mut x = arg_f64(vm, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special_sum));
    }
    let mut hi = 0.0f64;
    let mut n = p.len();
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn prod(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = call::parse_args(vm, "prod", args, &["iterable", "start"], 1)?;
    let it = iter::get_iter(vm, a[0].as_ref().expect("iterable"))?;
    let mut acc = a[1].clone().unwrap_or(Value::Int(1));
    while let Some(item) = iter::next(vm, &it)? {
        acc = number::binary_op(vm, &acc, &item, binop::MULTIPLY)?;
    }
    Ok(acc)
}

// ----- integer functions ---------------------------------------------------------------

fn index_big(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    let i = number::index(vm, v)?;
    Ok(as_int(&i).expect("index returns int").to_bigint())
}

/// Product of the integers in `lo..hi` by binary splitting (keeps the multiplications balanced).
fn range_product(lo: u64, hi: u64) -> BigInt {
    if hi <= lo {
        return BigInt::one();
    }
    if hi - lo <= 16 {
        let mut acc = BigInt::one();
        let mut small: u128 = 1;
        for k in lo..hi {
            match small.checked_mul(k as u128) {
                Some(s) if s < (1u128 << 100) => small = s,
                _ => {
                    acc *= BigInt::from(small);
                    small = k as u128;
                }
            }
        }
        return acc * BigInt::from(small);
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid, hi)
}

fn factorial(vm: &Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(vm, "factorial", &args)?;
    if matches!(v, Value::Float(_)) || vm.is_instance(v, &vm.t.float) {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = index_big(vm, v)?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let n = match n.to_i64() {
        Some(n) => n as u64,
        None => {
            return Err(
                vm.overflow_error("factorial() argument should not exceed 9223372036854775807")
            )
        }
    };
    Ok(from_bigint(vm, range_product(1, n + 1)))
}

fn gcd(vm: &Vm, args: Args) -> PyResult<Value> {
    call::no_kwargs(vm, "math.gcd", &args)?;
    let mut g = BigInt::zero();
    for a in args.pos {
        let x = index_big(vm, a)?;
        g = g.gcd(&x);
    }
    Ok(from_bigint(vm, g))
}

fn lcm(vm: &Vm, args: Args) -> PyResult<Value> {
    call::no_kwargs(vm, "math.lcm", &args)?;
    let mut l = BigInt::one();
    for a in args.pos {
        let x = index_big(vm, a)?;
        l = if l.is_zero() || x.is_zero() {
            BigInt::zero()
        } else {
            l.lcm(&x)
        };
    }
    Ok(from_bigint(vm, l.abs()))
}

fn isqrt(vm: &Vm, args: Args) -> PyResult<Value> {
    let n = index_big(vm, one_arg(vm, "isqrt", &args)?)?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(from_bigint(vm, n.sqrt()))
}

fn comb_perm_args(vm: &Vm, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let n = index_big(vm, n)?;
    let k = index_big(vm, k)?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn too_large_k(vm: &Vm) -> PyErr {
    vm.overflow_error("k must not exceed 9223372036854775807")
}

fn comb(vm: &Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two_args(vm, "comb", &args)?;
    let (n, k) = comb_perm_args(vm, a, b)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k2 = (&n - &k).min(k);
    let k2 = k2.to_u64().ok_or_else(|| too_large_k(vm))?;
    let mut acc = BigInt::one();
    for i in 0..k2 {
        acc *= &n - BigInt::from(i);
        acc /= BigInt::from(i + 1);
    }
    Ok(from_bigint(vm, acc))
}

fn perm(vm: &Vm, args: Args) -> PyResult<Value> {
    call::no_kwargs(vm, "perm", &args)?;
    call::check_arity(vm, "perm", &args, 1, 2)?;
    if args.pos.len() == 1 || args.pos[1].is_none() {
        return factorial(vm, Args::new(&args.pos[..1]));
    }
    let (n, k) = comb_perm_args(vm, &args.pos[0], &args.pos[1])?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.to_u64().ok_or_else(|| too_large_k(vm))?;
    let mut acc = BigInt::one();
    for i in 0..k {
        acc *= &n - BigInt::from(i);
    }
    Ok(from_bigint(vm, acc))
}
