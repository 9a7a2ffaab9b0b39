//! `complex` (CPython `Objects/complexobject.c`): construction from numbers, strings and
//! `__complex__`, the arithmetic with CPython's division and power algorithms (so results
//! round exactly as in CPython), and the repr.

use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::object::{Args, Payload};
use crate::prims::float_format::{double_to_string, DtsFlags};
use crate::types::add_method;
use crate::value::Value;
use crate::vm::as_str;
use crate::Vm;
use ferropy_bytecode::opcode::binop;

type C = (f64, f64);

pub fn new_complex(vm: &Vm, re: f64, im: f64) -> Value {
    Value::Obj(ObjRef::new(
        Some(vm.t.complex.clone()),
        Payload::Complex(re, im),
    ))
}

/// A complex operand: complex, float, int or bool (`None` for anything else).
fn as_complex(vm: &Vm, v: &Value) -> Option<C> {
    if let Value::Obj(o) = v {
        if let Payload::Complex(a, b) = o.payload() {
            return Some((*a, *b));
        }
    }
    crate::protocol::number::as_f64(vm, v)
        .and_then(|r| r.ok())
        .map(|f| (f, 0.0))
}

fn is_complex(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload(), Payload::Complex(..)))
}

fn c_prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `_Py_c_quot`: Smith's algorithm, scaling by the larger divisor component so that
/// results match CPython to the last bit. `None` means division by zero.
fn c_quot(a: C, b: C) -> Option<C> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        // At least one component is a NaN.
        Some((f64::NAN, f64::NAN))
    }
}

/// Why a power failed (CPython's errno values EDOM and ERANGE).
enum PowError {
    Domain,
    Range,
}

/// `c_powu`: binary exponentiation, exact for small Gaussian integers.
fn c_powu(x: C, n: i64) -> C {
    let (mut r, mut p, mut mask) = ((1.0, 0.0), x, 1i64);
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

/// `_Py_c_pow`: polar form for non-integral or large exponents.
fn c_pow(a: C, b: C) -> Result<C, PowError> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(PowError::Domain);
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

/// `complex_pow`: integral exponents up to 100 use repeated multiplication (`c_powi`).
fn complex_pow(a: C, b: C) -> Result<C, PowError> {
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n > 0 {
            c_powu(a, n)
        } else {
            c_quot((1.0, 0.0), c_powu(a, -n)).ok_or(PowError::Domain)?
        }
    } else {
        c_pow(a, b)?
    };
    // Py_ADJUST_ERANGE2: an infinite component means the result overflowed.
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(PowError::Range);
    }
    Ok(r)
}

/// The binary operators when either operand is complex; `Ok(None)` if not applicable.
pub fn complex_binop(vm: &Vm, a: &Value, b: &Value, op: u32) -> PyResult<Option<Value>> {
    if !is_complex(a) && !is_complex(b) {
        return Ok(None);
    }
    let (x, y) = match (as_complex(vm, a), as_complex(vm, b)) {
        (Some(x), Some(y)) => (x, y),
        _ => return Ok(None),
    };
    let r = match op {
        binop::ADD => (x.0 + y.0, x.1 + y.1),
        binop::SUBTRACT => (x.0 - y.0, x.1 - y.1),
        binop::MULTIPLY => c_prod(x, y),
        binop::TRUE_DIVIDE => {
            c_quot(x, y).ok_or_else(|| vm.zero_division_error("complex division by zero"))?
        }
        binop::POWER => match complex_pow(x, y) {
            Ok(r) => r,
            Err(PowError::Domain) => {
                return Err(vm.zero_division_error("0.0 to a negative or complex power"))
            }
            Err(PowError::Range) => return Err(vm.overflow_error("complex exponentiation")),
        },
        _ => return Ok(None),
    };
    Ok(Some(new_complex(vm, r.0, r.1)))
}

/// `x == y` when either side is complex (`None` if neither is, or the other is no number).
pub fn complex_eq(vm: &Vm, a: &Value, b: &Value) -> Option<bool> {
    if !is_complex(a) && !is_complex(b) {
        return None;
    }
    if is_complex(a) && is_complex(b) {
        return Some(as_complex(vm, a)? == as_complex(vm, b)?);
    }
    let (c, other) = if is_complex(a) {
        (as_complex(vm, a)?, b)
    } else {
        (as_complex(vm, b)?, a)
    };
    if c.1 != 0.0 {
        return as_complex(vm, other).map(|_| false);
    }
    // Compare the real part exactly, so huge ints are not rounded to a float first.
    if let Some(i) = crate::types::int::as_int(other) {
        let p = crate::prims::int_ops::PyInt::from_big(i.to_bigint());
        return Some(p.eq_f64(c.0));
    }
    as_complex(vm, other).map(|o| o.0 == c.0)
}

/// `abs(z)`, with CPython's OverflowError when finite parts have an infinite modulus.
pub fn complex_abs(vm: &Vm, re: f64, im: f64) -> PyResult<f64> {
    let r = re.hypot(im);
    if r.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(vm.overflow_error("absolute value too large"));
    }
    Ok(r)
}

/// `repr(complex)` (`complex_repr`): `1j`, `(1+2j)`, `(-0-1j)`; the parts use `repr`
/// digits without a trailing `.0`, and the real part is omitted only for +0.0.
pub fn complex_repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", double_to_string(im, 'r', 0, DtsFlags::default()));
    }
    let real = double_to_string(re, 'r', 0, DtsFlags::default());
    let imag = double_to_string(
        im,
        'r',
        0,
        DtsFlags {
            sign: true,
            ..Default::default()
        },
    );
    format!("({real}{imag}j)")
}

/// The length of the longest float literal at the start of `s` (`_Py_dg_strtod`'s view:
/// sign, digits with single underscores, point, exponent, or inf/infinity/nan).
fn float_prefix(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    let rest = s[i..].to_ascii_lowercase();
    for word in ["infinity", "inf", "nan"] {
        if rest.starts_with(word) {
            return i + word.len();
        }
    }
    let digits = |i: &mut usize| -> usize {
        let start = *i;
        while *i < b.len()
            && (b[*i].is_ascii_digit()
                || (b[*i] == b'_' && *i > start && *i + 1 < b.len() && b[*i + 1].is_ascii_digit()))
        {
            *i += 1;
        }
        *i - start
    };
    let mut n = digits(&mut i);
    if i < b.len() && b[i] == b'.' {
        i += 1;
        n += digits(&mut i);
    }
    if n == 0 {
        return 0;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        if digits(&mut j) > 0 {
            i = j;
        }
    }
    i
}

/// `complex(text)` (`complex_from_string_inner`): `a`, `bj`, `a+bj`, optional parentheses
/// and surrounding whitespace; `None` when malformed.
fn parse_complex(text: &str) -> Option<C> {
    let mut s = text.trim_matches(|c: char| crate::prims::chars::is_space(c));
    if let Some(inner) = s.strip_prefix('(') {
        s = inner
            .strip_suffix(')')?
            .trim_matches(|c: char| crate::prims::chars::is_space(c));
    }
    let num = |t: &str| crate::prims::float_format::parse_float(t).ok();
    let is_j = |t: &str| t == "j" || t == "J";
    let n = float_prefix(s);
    if n == 0 {
        // No number: a bare `j`, `+j` or `-j`.
        return match s {
            "j" | "J" | "+j" | "+J" => Some((0.0, 1.0)),
            "-j" | "-J" => Some((0.0, -1.0)),
            _ => None,
        };
    }
    let (first, rest) = s.split_at(n);
    let x = num(first)?;
    if rest.is_empty() {
        return Some((x, 0.0));
    }
    if is_j(rest) {
        return Some((0.0, x));
    }
    if !rest.starts_with(['+', '-']) {
        return None;
    }
    let m = float_prefix(rest);
    if m == 0 {
        // `a+j` / `a-j`.
        return match rest {
            "+j" | "+J" => Some((x, 1.0)),
            "-j" | "-J" => Some((x, -1.0)),
            _ => None,
        };
    }
    let (second, tail) = rest.split_at(m);
    if !is_j(tail) {
        return None;
    }
    Some((x, num(second)?))
}

/// One argument of `complex(real, imag)`: its value and whether it was itself complex
/// (via the payload or `__complex__`), which decides how the parts combine.
fn complex_arg(vm: &Vm, v: &Value, first: bool) -> PyResult<(C, bool)> {
    if let Value::Obj(o) = v {
        if let Payload::Complex(re, im) = o.payload() {
            if crate::types::type_data(&vm.type_of(v)).heap_type {
                if let Some(r) = call_dunder_complex(vm, v)? {
                    return Ok((r, true));
                }
            }
            return Ok(((*re, *im), true));
        }
    }
    if let Some(r) = call_dunder_complex(vm, v)? {
        return Ok((r, true));
    }
    match crate::protocol::number::as_f64(vm, v) {
        Some(f) => Ok(((f?, 0.0), false)),
        None => {
            let ty = vm.type_of(v);
            if crate::types::lookup_str(vm, &ty, "__float__").is_some()
                || crate::types::lookup_str(vm, &ty, "__index__").is_some()
            {
                let f = crate::types::constructors::to_float(vm, v)?;
                let f =
                    crate::protocol::number::as_f64(vm, &f).expect("float() returns a float")?;
                return Ok(((f, 0.0), false));
            }
            let which = if first { "first" } else { "second" };
            Err(vm.type_error(format!(
                "complex() {which} argument must be a string or a number, not '{}'",
                vm.type_name(v)
            )))
        }
    }
}

/// `v.__complex__()` if the type defines it.
fn call_dunder_complex(vm: &Vm, v: &Value) -> PyResult<Option<C>> {
    let ty = vm.type_of(v);
    if !crate::types::type_data(&ty).heap_type {
        return Ok(None);
    }
    let Some(f) = crate::types::lookup_str(vm, &ty, "__complex__") else {
        return Ok(None);
    };
    let r = crate::protocol::call::call_method_value(vm, &f, v, &[])?;
    match &r {
        Value::Obj(o) if matches!(o.payload(), Payload::Complex(..)) => Ok(as_complex(vm, &r)),
        _ => Err(vm.type_error(format!(
            "__complex__ returned non-complex (type {})",
            vm.type_name(&r)
        ))),
    }
}

/// `complex.__new__(cls, real=0, imag=0)` (`complex_new_impl`).
fn complex_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = match args.pos.first() {
        Some(Value::Obj(c)) if crate::types::as_type(&args.pos[0]).is_some() => c.clone(),
        _ => return Err(vm.type_error("complex.__new__(X): X is not a type object")),
    };
    let rest = Args {
        pos: &args.pos[1..],
        kwnames: args.kwnames,
        kwvalues: args.kwvalues,
    };
    let a = crate::protocol::call::parse_args(vm, "complex", rest, &["real", "imag"], 0)?;
    let (re, im) = match (&a[0], &a[1]) {
        (None, None) => (0.0, 0.0),
        (Some(r), i) if as_str(r).is_some() => {
            if i.is_some() {
                return Err(vm.type_error("complex() can't take second arg if first is a string"));
            }
            parse_complex(as_str(r).expect("checked"))
                .ok_or_else(|| vm.value_error("complex() arg is a malformed string"))?
        }
        (r, i) => {
            if let Some(i) = i.as_ref().filter(|i| as_str(i).is_some()) {
                let _ = i;
                return Err(vm.type_error("complex() second arg can't be a string"));
            }
            // An exact complex passed alone is returned as is.
            if let (Some(r @ Value::Obj(o)), None) = (r, i) {
                if vm.type_of_obj(o).is(&vm.t.complex) && cls.is(&vm.t.complex) {
                    return Ok(r.clone());
                }
            }
            let ((rr, ri), r_is_complex) = match r {
                Some(r) => complex_arg(vm, r, true)?,
                None => ((0.0, 0.0), false),
            };
            let ((ir, ii), i_is_complex) = match i {
                Some(i) => complex_arg(vm, i, false)?,
                None => ((0.0, 0.0), false),
            };
            // CPython adds the cross terms only for parts that really were complex, so
            // `complex(2, -0.0)` keeps its negative-zero imaginary part.
            let re = if i_is_complex { rr - ii } else { rr };
            let im = if r_is_complex { ri + ir } else { ir };
            (re, im)
        }
    };
    if cls.is(&vm.t.complex) {
        return Ok(new_complex(vm, re, im));
    }
    Ok(Value::Obj(ObjRef::new(Some(cls), Payload::Complex(re, im))))
}

fn complex_of(vm: &Vm, v: &Value) -> PyResult<C> {
    match v {
        Value::Obj(o) if matches!(o.payload(), Payload::Complex(..)) => {
            Ok(as_complex(vm, v).expect("complex"))
        }
        _ => Err(vm.type_error(format!(
            "descriptor requires a 'complex' object but received a '{}'",
            vm.type_name(v)
        ))),
    }
}

fn complex_real(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Float(complex_of(vm, v)?.0))
}

fn complex_imag(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Float(complex_of(vm, v)?.1))
}

fn complex_conjugate(vm: &Vm, args: Args) -> PyResult<Value> {
    let (r, i) = complex_of(vm, &args.pos[0])?;
    Ok(new_complex(vm, r, -i))
}

fn complex_format_m(vm: &Vm, args: Args) -> PyResult<Value> {
    let (r, i) = complex_of(vm, &args.pos[0])?;
    crate::protocol::call::check_arity(vm, "__format__", &Args::new(&args.pos[1..]), 1, 1)?;
    let spec = as_str(&args.pos[1]).ok_or_else(|| {
        vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&args.pos[1])
        ))
    })?;
    Ok(vm.new_string(crate::format::format_complex(vm, r, i, spec)?))
}

pub fn init(vm: &Vm) {
    let c = vm.t.complex.clone();
    crate::types::add_getset(vm, &c, "real", complex_real, None);
    crate::types::add_getset(vm, &c, "imag", complex_imag, None);
    add_method(vm, &c, "conjugate", complex_conjugate);
    add_method(vm, &c, "__format__", complex_format_m);
    crate::types::type_set(vm, &c, "__new__", {
        let f = vm.new_native("__new__", complex_new, Some("complex"));
        Value::Obj(ObjRef::new(
            Some(vm.t.staticmethod.clone()),
            Payload::StaticMethod(f),
        ))
    });
}
