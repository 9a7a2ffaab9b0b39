//! `float` (CPython `Objects/floatobject.c`): arithmetic with Python's floor-division and
//! modulo rules, `hex`/`fromhex` and the ratio methods. `complex` lives in [`complex`].

use crate::error::PyResult;
use crate::object::Args;
use crate::protocol::repr::float_repr;
use crate::types::add_method;
use crate::value::Value;
use crate::Vm;
use ferropy_bytecode::opcode::binop;

/// Python's float `%`: the result takes the sign of the divisor.
pub fn float_mod(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m + y
        } else {
            m
        }
    } else {
        0.0f64.copysign(y)
    }
}

/// Python's `divmod` for floats (`float_divmod`).
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

pub fn float_binop(vm: &Vm, x: f64, y: f64, op: u32) -> PyResult<Option<Value>> {
    Ok(Some(Value::Float(match op {
        binop::ADD => x + y,
        binop::SUBTRACT => x - y,
        binop::MULTIPLY => x * y,
        binop::TRUE_DIVIDE => {
            if y == 0.0 {
                return Err(vm.zero_division_error("float division by zero"));
            }
            x / y
        }
        binop::FLOOR_DIVIDE => {
            if y == 0.0 {
                return Err(vm.zero_division_error("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        binop::REMAINDER => {
            if y == 0.0 {
                return Err(vm.zero_division_error("float modulo"));
            }
            float_mod(x, y)
        }
        binop::POWER => return float_pow(vm, x, y).map(Some),
        _ => return Ok(None),
    })))
}

/// `x ** y` for floats with CPython's special cases and errors.
pub fn float_pow(vm: &Vm, x: f64, y: f64) -> PyResult<Value> {
    if y == 0.0 {
        return Ok(Value::Float(1.0));
    }
    if x == 0.0 && y < 0.0 {
        return Err(vm.zero_division_error("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        // A negative base with a fractional exponent gives a complex result.
        let (r, theta) = ((-x).powf(y), std::f64::consts::PI * y);
        return Ok(new_complex(vm, r * theta.cos(), r * theta.sin()));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(Value::Float(r))
}

pub mod complex;

pub use complex::{complex_abs, complex_binop, complex_eq, complex_repr, new_complex};

fn float_is_integer(vm: &Vm, args: Args) -> PyResult<Value> {
    let f = crate::protocol::number::as_f64(vm, &args.pos[0])
        .ok_or_else(|| vm.type_error("expected float"))??;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_as_integer_ratio(vm: &Vm, args: Args) -> PyResult<Value> {
    let f = crate::protocol::number::as_f64(vm, &args.pos[0])
        .ok_or_else(|| vm.type_error("expected float"))??;
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let mut m = f;
    let mut e = 0i32;
    while m.fract() != 0.0 {
        m *= 2.0;
        e += 1;
    }
    let num = num_bigint::BigInt::from(m as i128);
    let num = if m.abs() < 1e38 {
        num
    } else {
        num_traits::FromPrimitive::from_f64(m).unwrap_or(num)
    };
    let den = num_bigint::BigInt::from(1) << e as usize;
    let g = num_integer::Integer::gcd(&num, &den);
    Ok(vm.new_tuple(vec![
        crate::types::int::from_bigint(vm, &num / &g),
        crate::types::int::from_bigint(vm, &den / &g),
    ]))
}

fn float_hex(vm: &Vm, args: Args) -> PyResult<Value> {
    let f = crate::protocol::number::as_f64(vm, &args.pos[0])
        .ok_or_else(|| vm.type_error("expected float"))??;
    Ok(vm.new_string(float_to_hex(f)))
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exp>`, subnormals as `0x0.<digits>p-1022`
/// (CPython `float_hex` always prints the full 13-digit mantissa).
fn float_to_hex(f: f64) -> String {
    if !f.is_finite() {
        return float_repr(f);
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    format!(
        "{sign}0x{lead}.{mant:013x}p{}{}",
        if e >= 0 { "+" } else { "-" },
        e.abs()
    )
}

/// `float.fromhex(s)` (CPython `float_fromhex`): optional sign, optional `0x`, hex digits
/// with an optional point, optional binary exponent `p[+-]N`; `inf`/`nan` spellings too.
/// The value is rounded half-to-even to the nearest double, subnormals included.
pub fn float_from_hex(text: &str) -> Result<f64, crate::prims::error::PyErrKind> {
    use crate::prims::error::PyErrKind;
    use num_bigint::BigUint;
    use num_traits::{ToPrimitive, Zero};
    let invalid = || PyErrKind::value("invalid hexadecimal floating-point string");
    let s = text.trim_matches(|c: char| crate::prims::chars::is_space(c));
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    let signed = |x: f64| if neg { -x } else { x };
    match lower.as_str() {
        "inf" | "infinity" => return Ok(signed(f64::INFINITY)),
        "nan" => return Ok(signed(f64::NAN)),
        _ => {}
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mantissa, exp_text) = match body.find('p') {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int_part, frac_part) = match mantissa.find('.') {
        Some(i) => (&mantissa[..i], &mantissa[i + 1..]),
        None => (mantissa, ""),
    };
    let all_hex = |t: &str| t.bytes().all(|b| b.is_ascii_hexdigit());
    if int_part.len() + frac_part.len() == 0 || !all_hex(int_part) || !all_hex(frac_part) {
        return Err(invalid());
    }
    let mut exp: i64 = match exp_text {
        None => 0,
        Some(t) => {
            let digits = t.strip_prefix(['+', '-']).unwrap_or(t);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(invalid());
            }
            // Saturate: anything this large overflows or underflows anyway.
            let v = digits
                .parse::<i64>()
                .unwrap_or(i64::MAX / 4)
                .min(i64::MAX / 4);
            if t.starts_with('-') {
                -v
            } else {
                v
            }
        }
    };
    let m = BigUint::parse_bytes(format!("{int_part}{frac_part}").as_bytes(), 16)
        .ok_or_else(invalid)?;
    if m.is_zero() {
        return Ok(signed(0.0));
    }
    exp -= 4 * frac_part.len() as i64;
    // value = m * 2**exp; its top bit has weight 2**top.
    let top = m.bits() as i64 - 1 + exp;
    if top > 1024 {
        return Err(PyErrKind::overflow(
            "hexadecimal value too large to represent as a float",
        ));
    }
    if top < -1100 {
        return Ok(signed(0.0));
    }
    // The weight of the last mantissa bit that a double can keep at this magnitude.
    let quantum = (top - 52).max(-1074);
    let shift = quantum - exp;
    let q: BigUint = if shift <= 0 {
        m << (-shift) as usize
    } else {
        let shift = shift as usize;
        let q = &m >> shift;
        let rem = &m - (&q << shift);
        let half = BigUint::from(1u8) << (shift - 1);
        if rem > half || (rem == half && q.bit(0)) {
            q + 1u8
        } else {
            q
        }
    };
    let q = q.to_f64().expect("at most 54 bits");
    // Scale in two exact steps so no intermediate underflows or overflows early.
    let (k1, k2) = (quantum / 2, quantum - quantum / 2);
    let x = q * 2f64.powi(k1 as i32) * 2f64.powi(k2 as i32);
    if x.is_infinite() {
        return Err(PyErrKind::overflow(
            "hexadecimal value too large to represent as a float",
        ));
    }
    Ok(signed(x))
}

fn float_fromhex(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::protocol::call::check_arity(vm, "fromhex", &Args::new(&args.pos[1..]), 1, 1)?;
    let s = crate::vm::as_str(&args.pos[1])
        .ok_or_else(|| vm.type_error(format!("must be str, not {}", vm.type_name(&args.pos[1]))))?;
    let x = Value::Float(float_from_hex(s).map_err(|e| crate::format::prim_err(vm, e))?);
    match &args.pos[0] {
        Value::Obj(c) if !c.is(&vm.t.float) => crate::protocol::call::call(vm, &args.pos[0], &[x]),
        _ => Ok(x),
    }
}

fn float_conjugate(vm: &Vm, args: Args) -> PyResult<Value> {
    let f = crate::protocol::number::as_f64(vm, &args.pos[0])
        .ok_or_else(|| vm.type_error("expected float"))??;
    Ok(Value::Float(f))
}

fn float_real(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Float(
        crate::protocol::number::as_f64(vm, v).ok_or_else(|| vm.type_error("expected float"))??,
    ))
}

fn float_imag(_vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Float(0.0))
}

pub fn init(vm: &Vm) {
    let t = vm.t.float.clone();
    add_method(vm, &t, "is_integer", float_is_integer);
    add_method(vm, &t, "as_integer_ratio", float_as_integer_ratio);
    add_method(vm, &t, "hex", float_hex);
    add_method(vm, &t, "conjugate", float_conjugate);
    crate::types::add_getset(vm, &t, "real", float_real, None);
    crate::types::add_getset(vm, &t, "imag", float_imag, None);
    crate::types::add_classmethod(vm, &t, "fromhex", float_fromhex);
    complex::init(vm);
}

/// `int(f)`: truncate toward zero, with CPython's errors for NaN and infinities.
pub fn float_to_int(vm: &Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    let b: num_bigint::BigInt = num_traits::FromPrimitive::from_f64(t).unwrap_or_default();
    Ok(crate::types::int::from_bigint(vm, b))
}
