//! `int` and `bool`: unbounded integers stored unboxed as `i64` when they fit and as a
//! heap `BigInt` otherwise (CPython `Objects/longobject.c`). Every operation overflowing
//! i64 continues in `BigInt`, and results are normalised back to i64 when they fit, so the
//! split is invisible to Python code.

use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::object::{Args, Payload};
use crate::types::add_method;
use crate::value::Value;
use crate::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

pub mod dunders;

/// Largest number of bits an int result may have before we raise MemoryError instead of
/// trying to allocate it (a hostile `2 ** 10**12` must fail fast, not exhaust memory).
pub const MAX_INT_BITS: u64 = 1 << 32;

/// An int operand viewed as either machine or big integer.
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

/// The int value of `v` if it is an int or bool (including int subclass instances).
#[inline]
pub fn as_int(v: &Value) -> Option<IntRef<'_>> {
    match v {
        Value::Int(i) => Some(IntRef::Small(*i)),
        Value::Bool(b) => Some(IntRef::Small(*b as i64)),
        Value::Obj(o) => match o.payload() {
            Payload::BigInt(b) => Some(IntRef::Big(b)),
            _ => None,
        },
        _ => None,
    }
}

impl IntRef<'_> {
    pub fn to_bigint(&self) -> BigInt {
        match self {
            IntRef::Small(i) => BigInt::from(*i),
            IntRef::Big(b) => (*b).clone(),
        }
    }
    pub fn to_i64(&self) -> Option<i64> {
        match self {
            IntRef::Small(i) => Some(*i),
            IntRef::Big(b) => b.to_i64(),
        }
    }
    pub fn is_negative(&self) -> bool {
        match self {
            IntRef::Small(i) => *i < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }
    pub fn is_zero(&self) -> bool {
        match self {
            IntRef::Small(i) => *i == 0,
            IntRef::Big(b) => b.is_zero(),
        }
    }
    pub fn bits(&self) -> u64 {
        match self {
            IntRef::Small(i) => 64 - i.unsigned_abs().leading_zeros() as u64,
            IntRef::Big(b) => b.bits(),
        }
    }
}

/// A Python int value from a BigInt, unboxed when it fits.
pub fn from_bigint(vm: &Vm, b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::Obj(ObjRef::new(Some(vm.t.int.clone()), Payload::BigInt(b))),
    }
}

/// The int value of `v`, or None if `v` is not an int.
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    as_int(v).map(|i| i.to_bigint())
}

/// An index-sized int (`__index__` semantics for builtin ints), with CPython's errors.
pub fn to_isize_index(vm: &Vm, v: &Value, what: &str) -> PyResult<isize> {
    match as_int(v) {
        Some(IntRef::Small(i)) => Ok(i as isize),
        Some(IntRef::Big(b)) => b.to_isize().ok_or_else(|| {
            let _ = what;
            vm.index_error("cannot fit 'int' into an index-sized integer")
        }),
        None => match crate::protocol::number::index(vm, v) {
            Ok(iv) => to_isize_index(vm, &iv, what),
            Err(_) => Err(vm.type_error(format!(
                "{what} indices must be integers or slices, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

fn check_bits(vm: &Vm, bits: u64) -> PyResult<()> {
    vm.precheck_int_bits(bits)?;
    if bits > MAX_INT_BITS {
        return Err(vm.memory_error(""));
    }
    Ok(())
}

pub fn add(vm: &Vm, a: IntRef, b: IntRef) -> Value {
    if let (IntRef::Small(x), IntRef::Small(y)) = (&a, &b) {
        if let Some(r) = x.checked_add(*y) {
            return Value::Int(r);
        }
    }
    from_bigint(vm, a.to_bigint() + b.to_bigint())
}

pub fn sub(vm: &Vm, a: IntRef, b: IntRef) -> Value {
    if let (IntRef::Small(x), IntRef::Small(y)) = (&a, &b) {
        if let Some(r) = x.checked_sub(*y) {
            return Value::Int(r);
        }
    }
    from_bigint(vm, a.to_bigint() - b.to_bigint())
}

pub fn mul(vm: &Vm, a: IntRef, b: IntRef) -> PyResult<Value> {
    if let (IntRef::Small(x), IntRef::Small(y)) = (&a, &b) {
        if let Some(r) = x.checked_mul(*y) {
            return Ok(Value::Int(r));
        }
    }
    check_bits(vm, a.bits() + b.bits())?;
    Ok(from_bigint(vm, a.to_bigint() * b.to_bigint()))
}

pub fn floordiv(vm: &Vm, a: IntRef, b: IntRef) -> PyResult<Value> {
    if b.is_zero() {
        return Err(vm.zero_division_error("integer division or modulo by zero"));
    }
    if let (IntRef::Small(x), IntRef::Small(y)) = (&a, &b) {
        if !(*x == i64::MIN && *y == -1) {
            return Ok(Value::Int(x.div_floor(y)));
        }
    }
    Ok(from_bigint(vm, a.to_bigint().div_floor(&b.to_bigint())))
}

pub fn modulo(vm: &Vm, a: IntRef, b: IntRef) -> PyResult<Value> {
    if b.is_zero() {
        return Err(vm.zero_division_error("integer modulo by zero"));
    }
    if let (IntRef::Small(x), IntRef::Small(y)) = (&a, &b) {
        if *y == -1 {
            return Ok(Value::Int(0));
        }
        return Ok(Value::Int(x.mod_floor(y)));
    }
    Ok(from_bigint(vm, a.to_bigint().mod_floor(&b.to_bigint())))
}

pub fn divmod(vm: &Vm, a: IntRef, b: IntRef) -> PyResult<(Value, Value)> {
    if b.is_zero() {
        return Err(vm.zero_division_error("integer division or modulo by zero"));
    }
    let (q, r) = a.to_bigint().div_mod_floor(&b.to_bigint());
    Ok((from_bigint(vm, q), from_bigint(vm, r)))
}

/// `a / b` for ints: correctly rounded (CPython's `long_true_divide`).
pub fn truediv(vm: &Vm, a: IntRef, b: IntRef) -> PyResult<Value> {
    if b.is_zero() {
        return Err(vm.zero_division_error("division by zero"));
    }
    if let (IntRef::Small(x), IntRef::Small(y)) = (&a, &b) {
        if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
            return Ok(Value::Float(*x as f64 / *y as f64));
        }
    }
    let (x, y) = (a.to_bigint(), b.to_bigint());
    match big_ratio_to_f64(&x, &y) {
        Some(f) => Ok(Value::Float(f)),
        None => Err(vm.overflow_error("integer division result too large for a float")),
    }
}

/// Correctly rounded x / y as f64, or None on overflow.
fn big_ratio_to_f64(x: &BigInt, y: &BigInt) -> Option<f64> {
    let negative = x.is_negative() != y.is_negative();
    let (x, y) = (x.abs(), y.abs());
    if x.is_zero() {
        return Some(if negative { -0.0 } else { 0.0 });
    }
    // Scale so the quotient has 55 significant bits, then round half-even by hand.
    let shift = x.bits() as i64 - y.bits() as i64 - 55;
    let (num, den) = if shift > 0 {
        (x.clone(), &y << shift as usize)
    } else {
        (&x << (-shift) as usize, y.clone())
    };
    let (q, r) = num.div_rem(&den);
    let mut q = q.to_u64()?;
    let mut exp = shift;
    // q has 55 or 56 bits; reduce to 53 with round-half-even, folding the remainder in.
    let extra = 64 - q.leading_zeros() as i64 - 53;
    let sticky = !r.is_zero();
    if extra > 0 {
        let mask = (1u64 << extra) - 1;
        let rem = q & mask;
        let half = 1u64 << (extra - 1);
        q >>= extra;
        exp += extra;
        if rem > half || (rem == half && (sticky || q & 1 == 1)) {
            q += 1;
        }
    }
    let f = (q as f64) * 2f64.powi(exp.clamp(-2000, 2000) as i32);
    if f.is_infinite() {
        return None;
    }
    Some(if negative { -f } else { f })
}

pub fn pow(vm: &Vm, a: IntRef, b: IntRef) -> PyResult<Value> {
    if b.is_negative() {
        let base = to_f64(vm, &a)?;
        let exp = to_f64(vm, &b)?;
        if base == 0.0 {
            return Err(vm.zero_division_error("0.0 cannot be raised to a negative power"));
        }
        return Ok(Value::Float(base.powf(exp)));
    }
    let e = match b.to_i64() {
        Some(e) => e as u64,
        None => {
            // Only 0, 1 and -1 can be raised to a huge power.
            return match a.to_i64() {
                Some(0) => Ok(Value::Int(0)),
                Some(1) => Ok(Value::Int(1)),
                Some(-1) => Ok(Value::Int(if b.to_bigint().is_even() { 1 } else { -1 })),
                _ => Err(vm.memory_error("")),
            };
        }
    };
    if let IntRef::Small(x) = a {
        if let Ok(e32) = u32::try_from(e) {
            if let Some(r) = x.checked_pow(e32) {
                return Ok(Value::Int(r));
            }
        }
        if x == 0 || x == 1 {
            return Ok(Value::Int(x));
        }
        if x == -1 {
            return Ok(Value::Int(if e % 2 == 0 { 1 } else { -1 }));
        }
    }
    check_bits(vm, a.bits().saturating_mul(e))?;
    Ok(from_bigint(vm, num_traits::pow::Pow::pow(a.to_bigint(), e)))
}

pub fn pow_mod(vm: &Vm, a: IntRef, b: IntRef, m: IntRef) -> PyResult<Value> {
    let m = m.to_bigint();
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let mut base = a.to_bigint();
    let mut exp = b.to_bigint();
    if exp.is_negative() {
        base = mod_inverse(&base, &m)
            .ok_or_else(|| vm.value_error("base is not invertible for the given modulus"))?;
        exp = -exp;
    }
    let mabs = m.abs();
    let mut r = base.mod_floor(&mabs).modpow(&exp, &mabs);
    if m.is_negative() && !r.is_zero() {
        r += &m;
    }
    Ok(from_bigint(vm, r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let e = a.mod_floor(&m).extended_gcd(&m);
    if e.gcd != BigInt::from(1) {
        return None;
    }
    Some(e.x.mod_floor(&m))
}

pub fn lshift(vm: &Vm, a: IntRef, b: IntRef) -> PyResult<Value> {
    if b.is_negative() {
        return Err(vm.value_error("negative shift count"));
    }
    if a.is_zero() {
        return Ok(Value::Int(0));
    }
    let n = b
        .to_i64()
        .filter(|n| (*n as u64) < MAX_INT_BITS)
        .ok_or_else(|| vm.overflow_error("too many digits in integer"))?;
    if let IntRef::Small(x) = a {
        if n < 63 && x.unsigned_abs().leading_zeros() as i64 > n + 1 {
            return Ok(Value::Int(x << n));
        }
    }
    check_bits(vm, a.bits() + n as u64)?;
    Ok(from_bigint(vm, a.to_bigint() << n as usize))
}

pub fn rshift(vm: &Vm, a: IntRef, b: IntRef) -> PyResult<Value> {
    if b.is_negative() {
        return Err(vm.value_error("negative shift count"));
    }
    let n = match b.to_i64() {
        Some(n) => n,
        None => return Ok(Value::Int(if a.is_negative() { -1 } else { 0 })),
    };
    if let IntRef::Small(x) = a {
        return Ok(Value::Int(if n >= 64 {
            if x < 0 {
                -1
            } else {
                0
            }
        } else {
            x >> n
        }));
    }
    let big = a.to_bigint();
    // BigInt >> rounds toward negative infinity for negatives, like Python.
    Ok(from_bigint(vm, big >> n as usize))
}

pub fn bitop(vm: &Vm, a: IntRef, b: IntRef, op: u8) -> Value {
    if let (IntRef::Small(x), IntRef::Small(y)) = (&a, &b) {
        return Value::Int(match op {
            b'&' => x & y,
            b'|' => x | y,
            _ => x ^ y,
        });
    }
    let (x, y) = (a.to_bigint(), b.to_bigint());
    from_bigint(
        vm,
        match op {
            b'&' => x & y,
            b'|' => x | y,
            _ => x ^ y,
        },
    )
}

pub fn neg(vm: &Vm, a: IntRef) -> Value {
    match a {
        IntRef::Small(x) => match x.checked_neg() {
            Some(r) => Value::Int(r),
            None => from_bigint(vm, -BigInt::from(x)),
        },
        IntRef::Big(b) => from_bigint(vm, -b.clone()),
    }
}

pub fn invert(vm: &Vm, a: IntRef) -> Value {
    match a {
        IntRef::Small(x) => Value::Int(!x),
        IntRef::Big(b) => from_bigint(vm, -(b.clone()) - 1),
    }
}

pub fn abs(vm: &Vm, a: IntRef) -> Value {
    if a.is_negative() {
        neg(vm, a)
    } else {
        match a {
            IntRef::Small(x) => Value::Int(x),
            IntRef::Big(b) => from_bigint(vm, b.clone()),
        }
    }
}

/// int → float with CPython's OverflowError.
pub fn to_f64(vm: &Vm, a: &IntRef) -> PyResult<f64> {
    match a {
        IntRef::Small(x) => Ok(*x as f64),
        IntRef::Big(b) => match b.to_f64() {
            Some(f) if f.is_finite() => Ok(f),
            _ => Err(vm.overflow_error("int too large to convert to float")),
        },
    }
}

/// Compare two ints.
pub fn cmp(a: &IntRef, b: &IntRef) -> std::cmp::Ordering {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => x.cmp(y),
        _ => a.to_bigint().cmp(&b.to_bigint()),
    }
}

/// `str(int)` with the 4300-digit limit.
pub fn to_decimal_string(vm: &Vm, a: &IntRef) -> PyResult<String> {
    match a {
        IntRef::Small(x) => Ok(x.to_string()),
        IntRef::Big(b) => {
            let limit = vm.int_max_str_digits.get();
            // A cheap lower bound on the digit count: bits * log10(2).
            if limit > 0 && (b.bits() as f64 * std::f64::consts::LOG10_2) > (limit as f64 + 1.0) {
                return Err(vm.value_error(format!(
                    "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
                )));
            }
            let s = b.to_string();
            let digits = s.trim_start_matches('-').len();
            if limit > 0 && digits > limit {
                return Err(vm.value_error(format!(
                    "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
                )));
            }
            Ok(s)
        }
    }
}

/// `int(text, base)` (Python's literal rules: whitespace, sign, underscores between digits,
/// prefixes with base 0 or a matching base, and the digit limit for non-power-of-two bases).
pub fn parse_int(vm: &Vm, text: &str, base: u32) -> PyResult<Value> {
    let bad = || {
        vm.value_error(format!(
            "invalid literal for int() with base {base}: {}",
            crate::protocol::repr::str_repr(text)
        ))
    };
    let s = text.trim_matches(|c: char| c.is_whitespace());
    let (neg, mut body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let mut radix = base;
    let lower = body.to_ascii_lowercase();
    let prefixed = |p: &str| lower.starts_with(p);
    if (base == 0 || base == 16) && prefixed("0x")
        || (base == 0 || base == 8) && prefixed("0o")
        || (base == 0 || base == 2) && prefixed("0b")
    {
        radix = match &lower[1..2] {
            "x" => 16,
            "o" => 8,
            _ => 2,
        };
        body = &body[2..];
        if let Some(rest) = body.strip_prefix('_') {
            body = rest;
        }
    } else if base == 0 {
        radix = 10;
        if body.len() > 1 && body.starts_with('0') && body.bytes().any(|c| c != b'0' && c != b'_') {
            return Err(bad());
        }
    }
    if body.is_empty() || body.starts_with('_') || body.ends_with('_') || body.contains("__") {
        return Err(bad());
    }
    let digits: String = body.chars().filter(|c| *c != '_').collect();
    if !digits.chars().all(|c| c.is_digit(radix)) {
        // Non-ASCII decimal digits (e.g. Arabic-Indic) are accepted by CPython.
        let converted: Option<String> = digits
            .chars()
            .map(|c| {
                c.to_digit(radix)
                    .and_then(|d| std::char::from_digit(d, radix))
                    .or_else(|| {
                        unicode_decimal(c)
                            .filter(|d| *d < radix)
                            .and_then(|d| std::char::from_digit(d, radix))
                    })
            })
            .collect();
        return match converted {
            Some(c) => parse_digits(vm, &c, radix, neg, text),
            None => Err(bad()),
        };
    }
    parse_digits(vm, &digits, radix, neg, text)
}

fn unicode_decimal(c: char) -> Option<u32> {
    // Unicode Nd blocks are runs of ten; check a few common ones.
    let n = c as u32;
    for start in [0x660, 0x6f0, 0x966, 0x9e6, 0xff10] {
        if (start..start + 10).contains(&n) {
            return Some(n - start);
        }
    }
    None
}

fn parse_digits(vm: &Vm, digits: &str, radix: u32, neg: bool, _text: &str) -> PyResult<Value> {
    let limit = vm.int_max_str_digits.get();
    if radix == 10 && limit > 0 && digits.len() > limit {
        return Err(vm.value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        )));
    }
    if digits.len() <= 18 && radix == 10 {
        let v: i64 = digits.parse().expect("checked digits");
        return Ok(Value::Int(if neg { -v } else { v }));
    }
    let b = BigInt::parse_bytes(digits.as_bytes(), radix).expect("checked digits");
    Ok(from_bigint(vm, if neg { -b } else { b }))
}

fn int_bit_length(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = as_int(&args.pos[0])
        .ok_or_else(|| vm.type_error("descriptor 'bit_length' requires an 'int' object"))?;
    Ok(Value::Int(a.bits() as i64))
}

fn int_conjugate(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos[0].clone())
}

fn int_bit_count(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = as_int(&args.pos[0]).ok_or_else(|| vm.type_error("expected int"))?;
    Ok(Value::Int(match a {
        IntRef::Small(x) => x.unsigned_abs().count_ones() as i64,
        IntRef::Big(b) => b
            .magnitude()
            .to_u32_digits()
            .iter()
            .map(|d| d.count_ones() as i64)
            .sum(),
    }))
}

/// `int.as_integer_ratio()`: `(int(self), 1)`.
fn int_as_integer_ratio(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = as_int(&args.pos[0])
        .ok_or_else(|| vm.type_error("descriptor 'as_integer_ratio' requires an 'int' object"))?;
    Ok(vm.new_tuple(vec![add(vm, a, IntRef::Small(0)), Value::Int(1)]))
}

/// The `byteorder` and `signed` arguments shared by `to_bytes`/`from_bytes`.
fn byteorder_arg(vm: &Vm, v: &Option<Value>) -> PyResult<bool> {
    match v {
        None => Ok(true),
        Some(v) => match crate::vm::as_str(v) {
            Some("big") => Ok(true),
            Some("little") => Ok(false),
            Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
            None => Err(vm.type_error(format!(
                "to_bytes() argument 'byteorder' must be str, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = as_int(&args.pos[0])
        .ok_or_else(|| vm.type_error("descriptor 'to_bytes' requires an 'int' object"))?
        .to_bigint();
    let p = crate::protocol::call::parse_args(
        vm,
        "to_bytes",
        Args {
            pos: &args.pos[1..],
            kwnames: args.kwnames,
            kwvalues: args.kwvalues,
        },
        &["length", "byteorder", "signed"],
        0,
    )?;
    if args.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "to_bytes() takes at most 2 positional arguments ({} given)",
            args.pos.len() - 1
        )));
    }
    let length = match &p[0] {
        None => 1,
        Some(v) => {
            let n = crate::protocol::number::index(vm, v)?;
            let n = as_int(&n).expect("index returns int");
            if n.is_negative() {
                return Err(vm.value_error("length argument must be non-negative"));
            }
            // Anything this long could never be allocated; CPython fails the same way.
            n.to_i64()
                .filter(|n| *n <= (1 << 40))
                .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))?
                as usize
        }
    };
    let big = byteorder_arg(vm, &p[1])?;
    let signed = match &p[2] {
        Some(v) => crate::protocol::number::truthy(vm, v)?,
        None => false,
    };
    if a.is_negative() && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        a.to_signed_bytes_le()
    } else {
        a.to_biguint().map(|u| u.to_bytes_le()).unwrap_or_default()
    };
    if a.is_zero() {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if a.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if big {
        bytes.reverse();
    }
    Ok(vm.new_bytes(bytes))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`; `bytes` may be any
/// bytes-like object or iterable of ints (like `bytes(x)`).
fn int_from_bytes(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = crate::protocol::call::parse_args(
        vm,
        "from_bytes",
        Args {
            pos: &args.pos[1..],
            kwnames: args.kwnames,
            kwvalues: args.kwvalues,
        },
        &["bytes", "byteorder", "signed"],
        1,
    )?;
    let src = p[0].as_ref().expect("required");
    let data = match crate::types::bytes::bytes_of(vm, src) {
        Ok(d) => d,
        Err(_) => {
            if crate::vm::as_str(src).is_some() || as_int(src).is_some() {
                return Err(vm.type_error(format!(
                    "cannot convert '{}' object to bytes",
                    vm.type_name(src)
                )));
            }
            let items = crate::protocol::iter::collect(vm, src)?;
            items
                .iter()
                .map(|x| {
                    crate::types::bytes::byte_from(vm, x).map_err(|e| {
                        if vm.err_matches(&e, &vm.exc.value_error) {
                            vm.value_error("bytes must be in range(0, 256)")
                        } else {
                            e
                        }
                    })
                })
                .collect::<PyResult<Vec<u8>>>()?
        }
    };
    let big = byteorder_arg(vm, &p[1])?;
    let signed = match &p[2] {
        Some(v) => crate::protocol::number::truthy(vm, v)?,
        None => false,
    };
    let mut b = data;
    if big {
        b.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&b)
    } else {
        BigInt::from_bytes_le(num_bigint::Sign::Plus, &b)
    };
    let v = from_bigint(vm, n);
    match &args.pos[0] {
        Value::Obj(c) if !c.is(&vm.t.int) && !c.is(&vm.t.bool) => {
            crate::protocol::call::call(vm, &args.pos[0], &[v])
        }
        _ => Ok(v),
    }
}

/// `x.real`: `x` as an exact int (an int subclass instance gives a plain int).
fn int_get_real(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::Bool(b) => Value::Int(*b as i64),
        Value::Obj(o) if crate::types::type_data(&vm.type_of_obj(o)).heap_type => match as_int(v) {
            Some(i) => from_bigint(vm, i.to_bigint()),
            None => v.clone(),
        },
        other => other.clone(),
    })
}

fn int_get_imag(_vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Int(0))
}

fn int_get_one(_vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Int(1))
}

pub fn init(vm: &Vm) {
    let t = vm.t.int.clone();
    add_method(vm, &t, "bit_length", int_bit_length);
    add_method(vm, &t, "bit_count", int_bit_count);
    add_method(vm, &t, "conjugate", int_conjugate);
    add_method(vm, &t, "as_integer_ratio", int_as_integer_ratio);
    add_method(vm, &t, "to_bytes", int_to_bytes);
    crate::types::add_classmethod(vm, &t, "from_bytes", int_from_bytes);
    crate::types::add_getset(vm, &t, "real", int_get_real, None);
    crate::types::add_getset(vm, &t, "imag", int_get_imag, None);
    crate::types::add_getset(vm, &t, "numerator", int_get_real, None);
    crate::types::add_getset(vm, &t, "denominator", int_get_one, None);
    dunders::init(vm);
}
