//! `float` and `complex` (CPython `Objects/floatobject.c`, `complexobject.c`): arithmetic
//! with Python's floor-division and modulo rules, and the reprs.

use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::object::{Args, Payload};
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

pub fn new_complex(vm: &Vm, re: f64, im: f64) -> Value {
    Value::Obj(ObjRef::new(Some(vm.t.complex.clone()), Payload::Complex(re, im)))
}

fn as_complex(vm: &Vm, v: &Value) -> Option<(f64, f64)> {
    match v {
        Value::Obj(o) => match o.payload() {
            Payload::Complex(a, b) => Some((*a, *b)),
            _ => crate::protocol::number::as_f64(vm, v).and_then(|r| r.ok()).map(|f| (f, 0.0)),
        },
        _ => crate::protocol::number::as_f64(vm, v).and_then(|r| r.ok()).map(|f| (f, 0.0)),
    }
}

fn is_complex(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload(), Payload::Complex(..)))
}

pub fn complex_binop(vm: &Vm, a: &Value, b: &Value, op: u32) -> PyResult<Option<Value>> {
    if !is_complex(a) && !is_complex(b) {
        return Ok(None);
    }
    let ((ar, ai), (br, bi)) = match (as_complex(vm, a), as_complex(vm, b)) {
        (Some(x), Some(y)) => (x, y),
        _ => return Ok(None),
    };
    let (r, i) = match op {
        binop::ADD => (ar + br, ai + bi),
        binop::SUBTRACT => (ar - br, ai - bi),
        binop::MULTIPLY => (ar * br - ai * bi, ar * bi + ai * br),
        binop::TRUE_DIVIDE => {
            if br == 0.0 && bi == 0.0 {
                return Err(vm.zero_division_error("complex division by zero"));
            }
            let d = br * br + bi * bi;
            ((ar * br + ai * bi) / d, (ai * br - ar * bi) / d)
        }
        binop::POWER => {
            if br == 0.0 && bi == 0.0 {
                (1.0, 0.0)
            } else if ar == 0.0 && ai == 0.0 {
                if bi != 0.0 || br < 0.0 {
                    return Err(vm.zero_division_error("0.0 to a negative or complex power"));
                }
                (0.0, 0.0)
            } else {
                let vabs = ar.hypot(ai);
                let mut len = vabs.powf(br);
                let at = ai.atan2(ar);
                let mut phase = at * br;
                if bi != 0.0 {
                    len /= (at * bi).exp();
                    phase += bi * vabs.ln();
                }
                (len * phase.cos(), len * phase.sin())
            }
        }
        _ => return Ok(None),
    };
    Ok(Some(new_complex(vm, r, i)))
}

pub fn complex_eq(vm: &Vm, a: &Value, b: &Value) -> Option<bool> {
    if !is_complex(a) && !is_complex(b) {
        return None;
    }
    let (x, y) = (as_complex(vm, a)?, as_complex(vm, b)?);
    Some(x == y)
}

fn complex_part(f: f64) -> String {
    let s = float_repr(f);
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

/// `repr(complex)`: `1j`, `(1+2j)`, `(-0-1j)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let imag = complex_part(im);
    if re == 0.0 && re.is_sign_positive() {
        return format!("{imag}j");
    }
    let real = complex_part(re);
    let sign = if im < 0.0 || (im == 0.0 && im.is_sign_negative()) || im.is_nan() && imag.starts_with('-') { "" } else { "+" };
    format!("({real}{sign}{imag}j)")
}

fn float_is_integer(vm: &Vm, args: Args) -> PyResult<Value> {
    let f = crate::protocol::number::as_f64(vm, &args.pos[0]).ok_or_else(|| vm.type_error("expected float"))??;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_as_integer_ratio(vm: &Vm, args: Args) -> PyResult<Value> {
    let f = crate::protocol::number::as_f64(vm, &args.pos[0]).ok_or_else(|| vm.type_error("expected float"))??;
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
    let num = if m.abs() < 1e38 { num } else { num_traits::FromPrimitive::from_f64(m).unwrap_or(num) };
    let den = num_bigint::BigInt::from(1) << e as usize;
    let g = num_integer::Integer::gcd(&num, &den);
    Ok(vm.new_tuple(vec![crate::types::int::from_bigint(vm, &num / &g), crate::types::int::from_bigint(vm, &den / &g)]))
}

fn float_hex(vm: &Vm, args: Args) -> PyResult<Value> {
    let f = crate::protocol::number::as_f64(vm, &args.pos[0]).ok_or_else(|| vm.type_error("expected float"))??;
    Ok(vm.new_string(float_to_hex(f)))
}

fn float_to_hex(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    let mut hex = format!("{mant:013x}");
    while hex.len() > 1 && hex.ends_with('0') {
        hex.pop();
    }
    format!("{sign}0x{lead}.{hex}p{}{}", if e >= 0 { "+" } else { "-" }, e.abs())
}

fn float_conjugate(vm: &Vm, args: Args) -> PyResult<Value> {
    let f = crate::protocol::number::as_f64(vm, &args.pos[0]).ok_or_else(|| vm.type_error("expected float"))??;
    Ok(Value::Float(f))
}

fn float_real(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Float(crate::protocol::number::as_f64(vm, v).ok_or_else(|| vm.type_error("expected float"))??))
}

fn float_imag(_vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Float(0.0))
}

fn complex_real(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Float(as_complex(vm, v).ok_or_else(|| vm.type_error("expected complex"))?.0))
}

fn complex_imag(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Float(as_complex(vm, v).ok_or_else(|| vm.type_error("expected complex"))?.1))
}

fn complex_conjugate(vm: &Vm, args: Args) -> PyResult<Value> {
    let (r, i) = as_complex(vm, &args.pos[0]).ok_or_else(|| vm.type_error("expected complex"))?;
    Ok(new_complex(vm, r, -i))
}

pub fn init(vm: &Vm) {
    let t = vm.t.float.clone();
    add_method(vm, &t, "is_integer", float_is_integer);
    add_method(vm, &t, "as_integer_ratio", float_as_integer_ratio);
    add_method(vm, &t, "hex", float_hex);
    add_method(vm, &t, "conjugate", float_conjugate);
    crate::types::add_getset(vm, &t, "real", float_real, None);
    crate::types::add_getset(vm, &t, "imag", float_imag, None);
    let c = vm.t.complex.clone();
    crate::types::add_getset(vm, &c, "real", complex_real, None);
    crate::types::add_getset(vm, &c, "imag", complex_imag, None);
    add_method(vm, &c, "conjugate", complex_conjugate);
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
