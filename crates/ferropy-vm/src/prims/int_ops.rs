//! Python `int` arithmetic on a small/big representation, plus the
//! int<->float conversions and comparisons that must be exact.
//!
//! Mirrors `Objects/longobject.c` (`long_add`, `l_divmod`, `long_true_divide`,
//! `long_pow`, `long_lshift`/`long_rshift`, `long_bitwise`,
//! `PyLong_AsDouble`, `PyLong_FromDouble`) and `float_richcompare` /
//! `float_divmod` from `Objects/floatobject.c`.
//!
//! Values are `PyInt::Small(i64)` whenever they fit; every operation
//! returns a normalized value.  Operations that can produce huge results
//! (`*`, `**`, `<<`) take a `max_bits` limit and raise `MemoryError` up
//! front instead of exhausting memory: CPython itself raises MemoryError
//! for `1 << 10**12` but simply runs (for hours) on `2 ** 10**12`.

use crate::prims::error::PyErrKind;
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

/// Default result-size limit: 2**32 bits (512 MiB per int).
pub const DEFAULT_MAX_BITS: u64 = 1 << 32;

/// A Python int.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PyInt {
    Small(i64),
    /// Never holds a value that fits in `i64` (use [`PyInt::from_big`]).
    Big(BigInt),
}

type R<T> = Result<T, PyErrKind>;

fn zero_div(msg: &str) -> PyErrKind {
    PyErrKind::zero_div(msg)
}

impl From<i64> for PyInt {
    fn from(v: i64) -> Self {
        PyInt::Small(v)
    }
}

impl From<BigInt> for PyInt {
    fn from(v: BigInt) -> Self {
        PyInt::from_big(v)
    }
}

impl PyInt {
    /// Normalizing constructor.
    pub fn from_big(v: BigInt) -> Self {
        match v.to_i64() {
            Some(s) => PyInt::Small(s),
            None => PyInt::Big(v),
        }
    }

    pub fn to_bigint(&self) -> BigInt {
        match self {
            PyInt::Small(v) => BigInt::from(*v),
            PyInt::Big(b) => b.clone(),
        }
    }

    pub fn is_zero(&self) -> bool {
        matches!(self, PyInt::Small(0))
    }

    pub fn is_negative(&self) -> bool {
        match self {
            PyInt::Small(v) => *v < 0,
            PyInt::Big(b) => b.is_negative(),
        }
    }

    /// `int.bit_length()`.
    pub fn bit_length(&self) -> u64 {
        match self {
            PyInt::Small(v) => 64 - v.unsigned_abs().leading_zeros() as u64,
            PyInt::Big(b) => b.bits(),
        }
    }

    /// `hash(self)`.
    pub fn hash(&self) -> i64 {
        match self {
            PyInt::Small(v) => crate::prims::hash::hash_i64(*v),
            PyInt::Big(b) => crate::prims::hash::hash_int(b),
        }
    }

    pub fn neg(&self) -> PyInt {
        match self {
            PyInt::Small(v) => match v.checked_neg() {
                Some(r) => PyInt::Small(r),
                None => PyInt::from_big(-BigInt::from(*v)),
            },
            PyInt::Big(b) => PyInt::from_big(-b),
        }
    }

    pub fn abs(&self) -> PyInt {
        if self.is_negative() {
            self.neg()
        } else {
            self.clone()
        }
    }

    /// `~self == -self - 1`.
    pub fn invert(&self) -> PyInt {
        match self {
            PyInt::Small(v) => PyInt::Small(!v),
            PyInt::Big(b) => PyInt::from_big(!b),
        }
    }

    pub fn add(&self, o: &PyInt) -> PyInt {
        if let (PyInt::Small(a), PyInt::Small(b)) = (self, o) {
            if let Some(r) = a.checked_add(*b) {
                return PyInt::Small(r);
            }
        }
        PyInt::from_big(self.to_bigint() + o.to_bigint())
    }

    pub fn sub(&self, o: &PyInt) -> PyInt {
        if let (PyInt::Small(a), PyInt::Small(b)) = (self, o) {
            if let Some(r) = a.checked_sub(*b) {
                return PyInt::Small(r);
            }
        }
        PyInt::from_big(self.to_bigint() - o.to_bigint())
    }

    pub fn mul(&self, o: &PyInt, max_bits: u64) -> R<PyInt> {
        if let (PyInt::Small(a), PyInt::Small(b)) = (self, o) {
            if let Some(r) = a.checked_mul(*b) {
                return Ok(PyInt::Small(r));
            }
        }
        if self.bit_length() + o.bit_length() > max_bits.saturating_add(1) {
            return Err(PyErrKind::MemoryError);
        }
        Ok(PyInt::from_big(self.to_bigint() * o.to_bigint()))
    }

    /// `self // o` (floor division).
    pub fn floordiv(&self, o: &PyInt) -> R<PyInt> {
        Ok(self.divmod_msg(o, "integer division or modulo by zero")?.0)
    }

    /// `self % o` (result has the sign of `o`).
    pub fn modulo(&self, o: &PyInt) -> R<PyInt> {
        Ok(self.divmod_msg(o, "integer modulo by zero")?.1)
    }

    /// `divmod(self, o)`.
    pub fn divmod(&self, o: &PyInt) -> R<(PyInt, PyInt)> {
        self.divmod_msg(o, "integer division or modulo by zero")
    }

    fn divmod_msg(&self, o: &PyInt, msg: &str) -> R<(PyInt, PyInt)> {
        if o.is_zero() {
            return Err(zero_div(msg));
        }
        if let (PyInt::Small(a), PyInt::Small(b)) = (self, o) {
            if !(*a == i64::MIN && *b == -1) {
                let (q, r) = a.div_mod_floor(b);
                return Ok((PyInt::Small(q), PyInt::Small(r)));
            }
        }
        let (q, r) = self.to_bigint().div_mod_floor(&o.to_bigint());
        Ok((PyInt::from_big(q), PyInt::from_big(r)))
    }

    /// `self / o`, correctly rounded (`long_true_divide`).
    pub fn truediv(&self, o: &PyInt) -> R<f64> {
        if o.is_zero() {
            return Err(zero_div("division by zero"));
        }
        let negate = self.is_negative() != o.is_negative();
        const EXACT: u64 = 1 << 53;
        if let (PyInt::Small(a), PyInt::Small(b)) = (self, o) {
            if a.unsigned_abs() <= EXACT && b.unsigned_abs() <= EXACT {
                // Both exact as doubles: IEEE division is correctly rounded.
                return Ok(*a as f64 / *b as f64);
            }
        }
        let a = self.to_bigint().magnitude().clone();
        let b = o.to_bigint().magnitude().clone();
        let r = if a.is_zero() {
            0.0
        } else {
            // Scale so the integer quotient has 56..57 bits, keep a sticky bit.
            let shift = 56 - (a.bits() as i64 - b.bits() as i64);
            let (num, den) = if shift >= 0 {
                (a << shift as u64, b)
            } else {
                (a, b << (-shift) as u64)
            };
            let (q, rem) = num.div_rem(&den);
            let q = q.to_u64().expect("quotient has <= 57 bits");
            round_to_f64(q, -shift, !rem.is_zero()).ok_or_else(|| {
                PyErrKind::overflow("integer division result too large for a float")
            })?
        };
        Ok(if negate { -r } else { r })
    }

    /// `self ** o` without modulus: an int, or a float for negative `o`.
    pub fn pow(&self, o: &PyInt, max_bits: u64) -> R<PowResult> {
        if o.is_negative() {
            let x = self.to_f64()?;
            let y = o.to_f64()?;
            if x == 0.0 {
                return Err(zero_div("0.0 cannot be raised to a negative power"));
            }
            return Ok(PowResult::Float(x.powf(y)));
        }
        // Trivial bases never grow.
        match self {
            PyInt::Small(0) => return Ok(PowResult::Int(PyInt::Small(o.is_zero() as i64))),
            PyInt::Small(1) => return Ok(PowResult::Int(PyInt::Small(1))),
            PyInt::Small(-1) => {
                let odd = match o {
                    PyInt::Small(e) => e & 1 == 1,
                    PyInt::Big(e) => e.is_odd(),
                };
                return Ok(PowResult::Int(PyInt::Small(if odd { -1 } else { 1 })));
            }
            _ => {}
        }
        let e = match o {
            PyInt::Small(e) => *e as u64,
            PyInt::Big(_) => return Err(PyErrKind::MemoryError),
        };
        if let PyInt::Small(b) = self {
            if let Some(r) = u32::try_from(e).ok().and_then(|e| b.checked_pow(e)) {
                return Ok(PowResult::Int(PyInt::Small(r)));
            }
        }
        // |base| >= 2, so the result has more than (bits-1)*e bits.
        let lower = (self.bit_length() - 1).saturating_mul(e);
        if lower > max_bits {
            return Err(PyErrKind::MemoryError);
        }
        Ok(PowResult::Int(PyInt::from_big(Pow::pow(
            self.to_bigint(),
            e,
        ))))
    }

    /// `pow(self, e, m)`, including negative `e` (modular inverse, 3.8+).
    pub fn pow_mod(&self, e: &PyInt, m: &PyInt) -> R<PyInt> {
        if m.is_zero() {
            return Err(PyErrKind::value("pow() 3rd argument cannot be 0"));
        }
        let m = m.to_bigint();
        let am = m.abs();
        if am.is_one() {
            return Ok(PyInt::Small(0));
        }
        let mut base = self.to_bigint().mod_floor(&am);
        let mut e = e.to_bigint();
        if e.is_negative() {
            base = mod_inverse(&base, &am)
                .ok_or_else(|| PyErrKind::value("base is not invertible for the given modulus"))?;
            e = -e;
        }
        let mut r = base.modpow(&e, &am);
        if m.is_negative() && !r.is_zero() {
            r -= &am;
        }
        Ok(PyInt::from_big(r))
    }

    /// `self << n`.
    pub fn lshift(&self, n: &PyInt, max_bits: u64) -> R<PyInt> {
        if n.is_negative() {
            return Err(PyErrKind::value("negative shift count"));
        }
        if self.is_zero() {
            return Ok(PyInt::Small(0));
        }
        let n = match n {
            PyInt::Small(n) => *n as u64,
            PyInt::Big(_) => return Err(PyErrKind::MemoryError),
        };
        if let PyInt::Small(a) = self {
            if n < 63 && (a.unsigned_abs() as u128) << n <= i64::MAX as u128 {
                return Ok(PyInt::Small(a << n));
            }
        }
        if self.bit_length().saturating_add(n) > max_bits {
            return Err(PyErrKind::MemoryError);
        }
        Ok(PyInt::from_big(self.to_bigint() << n))
    }

    /// `self >> n` (floor semantics: `-1 >> k == -1`).
    pub fn rshift(&self, n: &PyInt) -> R<PyInt> {
        if n.is_negative() {
            return Err(PyErrKind::value("negative shift count"));
        }
        let n = match n {
            PyInt::Small(n) if (*n as u64) < self.bit_length() + 1 => *n as u64,
            _ => return Ok(PyInt::Small(if self.is_negative() { -1 } else { 0 })),
        };
        Ok(match self {
            PyInt::Small(a) => PyInt::Small(a >> n.min(63)),
            PyInt::Big(b) => PyInt::from_big(b >> n),
        })
    }

    pub fn bitand(&self, o: &PyInt) -> PyInt {
        match (self, o) {
            (PyInt::Small(a), PyInt::Small(b)) => PyInt::Small(a & b),
            _ => PyInt::from_big(self.to_bigint() & o.to_bigint()),
        }
    }

    pub fn bitor(&self, o: &PyInt) -> PyInt {
        match (self, o) {
            (PyInt::Small(a), PyInt::Small(b)) => PyInt::Small(a | b),
            _ => PyInt::from_big(self.to_bigint() | o.to_bigint()),
        }
    }

    pub fn bitxor(&self, o: &PyInt) -> PyInt {
        match (self, o) {
            (PyInt::Small(a), PyInt::Small(b)) => PyInt::Small(a ^ b),
            _ => PyInt::from_big(self.to_bigint() ^ o.to_bigint()),
        }
    }

    /// `float(self)`, correctly rounded; OverflowError if too large.
    pub fn to_f64(&self) -> R<f64> {
        match self {
            PyInt::Small(v) => Ok(*v as f64),
            PyInt::Big(b) => bigint_to_f64(b),
        }
    }

    /// `int(x)` for a float (truncates toward zero).
    pub fn from_f64(x: f64) -> R<PyInt> {
        if x.is_nan() {
            return Err(PyErrKind::value("cannot convert float NaN to integer"));
        }
        if x.is_infinite() {
            return Err(PyErrKind::overflow(
                "cannot convert float infinity to integer",
            ));
        }
        let t = x.trunc();
        if t.abs() < 9.2e18 {
            return Ok(PyInt::Small(t as i64));
        }
        let (mant, exp) = decompose(t.abs());
        let mag = BigInt::from(mant) << exp as u64; // |t| >= 2**63: exp > 0
        Ok(PyInt::from_big(if t < 0.0 { -mag } else { mag }))
    }

    /// `self` compared with a float, exactly (`None` if `x` is NaN).
    pub fn cmp_f64(&self, x: f64) -> Option<Ordering> {
        if x.is_nan() {
            return None;
        }
        if x.is_infinite() {
            return Some(if x > 0.0 {
                Ordering::Less
            } else {
                Ordering::Greater
            });
        }
        if let PyInt::Small(v) = self {
            if v.unsigned_abs() <= 1 << 53 {
                return (*v as f64).partial_cmp(&x);
            }
        }
        // Compare with floor(x); if x is not integral, ties go to the
        // side of the fraction: i > x <=> i > floor(x).
        let fl = x.floor();
        let fl_int = PyInt::from_f64(fl).expect("finite");
        let c = self.cmp(&fl_int);
        Some(if c == Ordering::Equal && fl != x {
            Ordering::Less
        } else {
            c
        })
    }

    /// `self == x` for a float.
    pub fn eq_f64(&self, x: f64) -> bool {
        self.cmp_f64(x) == Some(Ordering::Equal)
    }

    /// `round(self, ndigits)` for negative `ndigits` (half-to-even on
    /// multiples of `10**-ndigits`); non-negative `ndigits` return self.
    pub fn round(&self, ndigits: &PyInt) -> PyInt {
        if !ndigits.is_negative() {
            return self.clone();
        }
        let k = match ndigits.neg() {
            PyInt::Small(k) if k <= 1 << 40 => k as u64,
            _ => return PyInt::Small(0),
        };
        // 10**k > |self| => result is 0 (a tie needs |self| == 10**k / 2).
        if (k as f64) * std::f64::consts::LOG2_10 > self.bit_length() as f64 + 2.0 {
            return PyInt::Small(0);
        }
        let p = Pow::pow(BigInt::from(10u32), k);
        let v = self.to_bigint();
        let (q, r) = v.div_mod_floor(&p);
        let twice: BigInt = r * 2u32;
        let q = match twice.cmp(&p) {
            Ordering::Greater => q + 1u32,
            Ordering::Equal if q.is_odd() => q + 1u32,
            _ => q,
        };
        PyInt::from_big(q * p)
    }
}

impl PartialOrd for PyInt {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

impl Ord for PyInt {
    fn cmp(&self, o: &Self) -> Ordering {
        match (self, o) {
            (PyInt::Small(a), PyInt::Small(b)) => a.cmp(b),
            _ => self.to_bigint().cmp(&o.to_bigint()),
        }
    }
}

/// Result of a two-argument `int ** int`.
#[derive(Debug, Clone, PartialEq)]
pub enum PowResult {
    Int(PyInt),
    Float(f64),
}

/// Modular inverse of `a` modulo `m > 1` (extended Euclid).
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let (mut r0, mut r1) = (m.clone(), a.mod_floor(m));
    let (mut t0, mut t1) = (BigInt::zero(), BigInt::one());
    while !r1.is_zero() {
        let q = &r0 / &r1;
        let r2 = &r0 - &q * &r1;
        r0 = std::mem::replace(&mut r1, r2);
        let t2 = &t0 - &q * &t1;
        t0 = std::mem::replace(&mut t1, t2);
    }
    r0.is_one().then(|| t0.mod_floor(m))
}

/// `|x| = mant * 2**exp` for a finite nonzero float.
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits() & !(1 << 63);
    let raw = (bits >> 52) as i64;
    let frac = bits & ((1 << 52) - 1);
    if raw == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), raw - 1075)
    }
}

/// `x * 2**k` for an `x` such that the result is exactly representable
/// (so stepping through intermediate powers never rounds).
fn ldexp_exact(mut x: f64, mut k: i64) -> f64 {
    while k > 1000 {
        x *= 2f64.powi(1000);
        k -= 1000;
    }
    while k < -1000 {
        x *= 2f64.powi(-1000);
        k += 1000;
    }
    x * 2f64.powi(k as i32)
}

/// Round `m * 2**e` (+ a little more if `sticky`) to the nearest double,
/// ties to even, honouring subnormals.  `None` on overflow.  When `sticky`
/// is set `m` must carry at least 55 significant bits.
fn round_to_f64(m: u64, e: i64, sticky: bool) -> Option<f64> {
    if m == 0 {
        return Some(0.0);
    }
    let nbits = 64 - m.leading_zeros() as i64;
    let top = nbits + e - 1; // value in [2**top, 2**(top+1))
    if top >= 1024 {
        return None;
    }
    let prec = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    let drop = nbits - prec;
    let (kept, kexp) = if drop <= 0 {
        (m, e)
    } else if drop > 64 {
        // Far below the smallest subnormal: rounds to 0 (the value is
        // less than half of 2**-1074 since prec <= -11 here).
        return Some(0.0);
    } else {
        let kept = if drop == 64 { 0 } else { m >> drop };
        let rem = if drop == 64 {
            m
        } else {
            m & ((1u64 << drop) - 1)
        };
        let half = 1u64 << (drop - 1);
        let up = rem > half || (rem == half && (sticky || kept & 1 == 1));
        (kept + up as u64, e + drop)
    };
    let r = ldexp_exact(kept as f64, kexp);
    r.is_finite().then_some(r)
}

/// `float(v)` for a BigInt, correctly rounded (`PyLong_AsDouble`).
pub fn bigint_to_f64(v: &BigInt) -> R<f64> {
    let mag: &BigUint = v.magnitude();
    let bits = mag.bits();
    let r = if bits <= 64 {
        mag.to_u64().expect("fits") as f64
    } else {
        let shift = bits - 64;
        let top = (mag >> shift).to_u64().expect("64 bits");
        let sticky = mag.trailing_zeros().is_some_and(|tz| tz < shift);
        round_to_f64(top, shift as i64, sticky)
            .ok_or_else(|| PyErrKind::overflow("int too large to convert to float"))?
    };
    Ok(if v.sign() == Sign::Minus { -r } else { r })
}

/// `float // float`, `float % float`, `divmod(float, float)` with Python's
/// sign rules (`float_divmod`).  `op` selects the ZeroDivisionError text:
/// `"//"`, `"%"` or `"divmod"`.
pub fn float_divmod(vx: f64, wx: f64, op: &str) -> R<(f64, f64)> {
    if wx == 0.0 {
        return Err(zero_div(match op {
            "//" => "float floor division by zero",
            "%" => "float modulo",
            _ => "float divmod()",
        }));
    }
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0f64.copysign(wx);
    }
    let fd = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0f64.copysign(vx / wx)
    };
    Ok((fd, m))
}

/// `float % float` alone (`float_rem`): same as the divmod remainder.
pub fn float_mod(vx: f64, wx: f64) -> R<f64> {
    Ok(float_divmod(vx, wx, "%")?.1)
}

#[cfg(test)]
#[path = "int_ops_tests.rs"]
mod tests;
