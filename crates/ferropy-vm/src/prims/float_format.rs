//! `float` <-> text: `repr`, `format(x, spec)`, `%`-formatting, `round`,
//! and `float(str)`.
//!
//! Mirrors `Python/pystrtod.c` (`PyOS_double_to_string`,
//! `format_float_short`), `Python/formatter_unicode.c`
//! (`format_float_internal`), `Objects/floatobject.c` (`float_repr`,
//! `double_round`, `float_from_string_inner`) and
//! `Objects/unicodeobject.c` (`formatfloat`).
//!
//! CPython gets its digits from David Gay's `_Py_dg_dtoa`.  We get the same
//! digit strings from Rust's float formatting, which is exact: `{:e}` gives
//! the shortest round-tripping digits (dtoa mode 0) and `{:.N}` / `{:.Ne}`
//! round the exact binary value half-to-even (dtoa modes 3 / 2).  Only the
//! layout rules are reimplemented here.  `round()` is done exactly with
//! big-integer arithmetic rather than by (inexact) scaling.

use crate::prims::error::PyErrKind;
use crate::prims::format_spec::{fill_number, percent_pad, unknown_code, FormatSpec, PercentFlags};
use num_bigint::BigUint;
use num_integer::Integer;
use num_traits::{One, Zero};

/// Digits of a finite float as `_Py_dg_dtoa` returns them: no leading or
/// trailing zeros (except the single "0" for zero), value =
/// `0.DIGITS * 10**decpt`.
struct Digits {
    digits: String,
    decpt: i64,
    negative: bool,
}

/// How many digits to produce (`_Py_dg_dtoa`'s `mode`).
#[derive(Clone, Copy)]
enum Mode {
    /// Shortest round-trip (mode 0).
    Shortest,
    /// `n` significant digits (mode 2, `n >= 1`).
    Significant(usize),
    /// `n` digits after the decimal point (mode 3).
    Fixed(usize),
}

fn split_sci(s: &str) -> (String, i64) {
    let (mant, exp) = s.split_once('e').expect("exponent");
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    (digits, exp.parse::<i64>().expect("exp") + 1)
}

fn dtoa(x: f64, mode: Mode) -> Digits {
    let negative = x.is_sign_negative();
    let a = x.abs();
    if a == 0.0 {
        return Digits {
            digits: "0".into(),
            decpt: 1,
            negative,
        };
    }
    let (mut digits, mut decpt) = match mode {
        Mode::Shortest => split_sci(&format!("{a:e}")),
        Mode::Significant(n) => split_sci(&format!("{:.*e}", n.max(1) - 1, a)),
        Mode::Fixed(n) => {
            let s = format!("{a:.n$}");
            let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
            let all = format!("{int}{frac}");
            let lead = all.bytes().take_while(|b| *b == b'0').count();
            if lead == all.len() {
                // Rounds to zero: dtoa returns no digits, decpt = -ndigits.
                return Digits {
                    digits: String::new(),
                    decpt: -(n as i64),
                    negative,
                };
            }
            (all[lead..].to_string(), int.len() as i64 - lead as i64)
        }
    };
    let keep = digits.trim_end_matches('0').len();
    digits.truncate(keep);
    if digits.is_empty() {
        digits.push('0');
        decpt = 1;
    }
    Digits {
        digits,
        decpt,
        negative,
    }
}

/// Flags for [`double_to_string`] (`Py_DTSF_*`).
#[derive(Debug, Clone, Copy, Default)]
pub struct DtsFlags {
    /// `Py_DTSF_SIGN`: always emit a sign.
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: make integral non-exponent output end in `.0`.
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: `#` alternate form (keep point and trailing zeros).
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: the `z` option.
    pub no_neg_0: bool,
}

/// `PyOS_double_to_string`: `code` is one of `e E f F g G r`; `precision`
/// is ignored for `r`.
pub fn double_to_string(x: f64, code: char, precision: usize, flags: DtsFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let (mode, precision) = match code {
        'e' => (Mode::Significant(precision + 1), precision + 1),
        'f' => (Mode::Fixed(precision), precision),
        'g' => {
            let p = precision.max(1);
            (Mode::Significant(p), p)
        }
        _ => (Mode::Shortest, 0),
    };
    let mut out = String::new();
    if !x.is_finite() {
        if x.is_infinite() && x < 0.0 {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        let s = if x.is_nan() { "nan" } else { "inf" };
        out.push_str(&if upper {
            s.to_ascii_uppercase()
        } else {
            s.to_string()
        });
        return out;
    }
    let Digits {
        digits,
        mut decpt,
        mut negative,
    } = dtoa(x, mode);
    let dlen = digits.len() as i64;
    if flags.no_neg_0 && negative && (dlen == 0 || digits == "0") {
        negative = false;
    }
    let precision = precision as i64;
    let mut vend = dlen;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vend = precision;
        }
        'f' => vend = decpt + precision,
        'g' => {
            if decpt <= -4
                || decpt
                    > (if flags.add_dot_0 {
                        precision - 1
                    } else {
                        precision
                    })
            {
                use_exp = true;
            }
            if flags.alt {
                vend = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    vend = if !use_exp && flags.add_dot_0 {
        vend.max(decpt + 1)
    } else {
        vend.max(decpt)
    };
    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| out.extend(std::iter::repeat_n('0', n.max(0) as usize));
    if decpt <= 0 {
        zeros(&mut out, decpt - vstart);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vstart);
    }
    if 0 < decpt && decpt <= dlen {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(&digits);
    }
    if dlen < decpt {
        zeros(&mut out, decpt - dlen);
        out.push('.');
        zeros(&mut out, vend - decpt);
    } else {
        zeros(&mut out, vend - dlen);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

/// `repr(x)` (and `str(x)`): shortest round-trip digits, exponent form
/// outside `1e-4 <= |x| < 1e16`.
pub fn repr_f64(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtsFlags {
            add_dot_0: true,
            ..Default::default()
        },
    )
}

/// `format(x, spec)` / `float.__format__`.
pub fn format_float(x: f64, spec: &str) -> Result<String, PyErrKind> {
    if spec.is_empty() {
        return Ok(repr_f64(x));
    }
    format_float_spec(x, &FormatSpec::parse(spec, "float", '>')?)
}

/// `float.__format__` for an already parsed spec.
pub fn format_float_spec(mut x: f64, spec: &FormatSpec) -> Result<String, PyErrKind> {
    let mut ty = spec.ty;
    if !matches!(ty, '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
        return Err(unknown_code(ty, "float"));
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(PyErrKind::value("precision too big"));
    }
    let mut flags = DtsFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_0,
        ..Default::default()
    };
    let mut default_precision = 6;
    if ty == '\0' {
        // Like repr() without precision, like 'g' (but keeping a ".0")
        // with one.
        flags.add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let add_pct = ty == '%';
    if add_pct {
        ty = 'f';
        x *= 100.0;
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    let mut body = double_to_string(x, ty, precision, flags);
    if add_pct {
        body.push('%');
    }
    let (negative, body) = match body.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, body.as_str()),
    };
    let ndig = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    Ok(fill_number(
        spec,
        negative,
        "",
        &body[..ndig],
        &body[ndig..],
    ))
}

/// One `%e %E %f %F %g %G` conversion of `str % args` (`formatfloat` plus
/// the generic padding).
pub fn percent_format_float(
    x: f64,
    conv: char,
    flags: PercentFlags,
    width: Option<usize>,
    prec: Option<usize>,
) -> String {
    let dflags = DtsFlags {
        alt: flags.alt,
        ..Default::default()
    };
    let body = double_to_string(x, conv, prec.unwrap_or(6), dflags);
    percent_pad(&body, flags, width, prec, conv, true)
}

/// `round(x, ndigits)` for a float: the exactly-rounded (half-to-even)
/// decimal result, converted back to the nearest float.
pub fn round_f64(x: f64, ndigits: i64) -> Result<f64, PyErrKind> {
    // NDIGITS_MAX/MIN of floatobject.c: beyond these the answer is x or 0.
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || x == 0.0 || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    // |x| = mant * 2**exp exactly.
    let bits = x.abs().to_bits();
    let raw_exp = (bits >> 52) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (mant, exp) = if raw_exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), raw_exp - 1075)
    };
    // |x| * 10**ndigits = num / den.
    let mut num = BigUint::from(mant);
    let mut den = BigUint::one();
    if exp >= 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    let ten = BigUint::from(10u32);
    if ndigits >= 0 {
        num *= num_traits::pow(ten, ndigits as usize);
    } else {
        den *= num_traits::pow(ten, (-ndigits) as usize);
    }
    let (mut q, r) = num.div_rem(&den);
    let twice = r << 1;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1u32;
    }
    let sign = if x < 0.0 { "-" } else { "" };
    let text = if q.is_zero() {
        format!("{sign}0")
    } else {
        format!("{sign}{q}e{}", -ndigits)
    };
    let rounded: f64 = text.parse().expect("valid float text");
    if rounded.is_infinite() {
        return Err(PyErrKind::overflow("rounded value too large to represent"));
    }
    Ok(rounded)
}

/// `float(text)`: Python's syntax (surrounding whitespace, `_` between
/// digits, `inf`/`infinity`/`nan` in any case, Unicode decimal digits).
pub fn parse_float(text: &str) -> Result<f64, PyErrKind> {
    let err = || {
        PyErrKind::value(format!(
            "could not convert string to float: {}",
            crate::prims::chars::repr_str(text)
        ))
    };
    // _PyUnicode_TransformDecimalAndSpaceToASCII
    let mut s = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            s.push(c);
        } else if crate::prims::chars::is_space(c) {
            s.push(' ');
        } else if let Some(d) = crate::prims::chars::decimal_value(c) {
            s.push(char::from(b'0' + d as u8));
        } else {
            return Err(err());
        }
    }
    let s = s.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r'));
    let cleaned;
    let s = if s.contains('_') {
        cleaned = strip_underscores(s).ok_or_else(err)?;
        cleaned.as_str()
    } else {
        s
    };
    parse_float_ascii(s).ok_or_else(err)
}

/// Remove `_` separators, which are only allowed between two digits.
pub(crate) fn strip_underscores(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut prev = '\0';
    for c in s.chars() {
        if c == '_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == '_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    (prev != '_').then_some(out)
}

/// Parse a stripped ASCII float literal (no underscores) or None.
fn parse_float_ascii(s: &str) -> Option<f64> {
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if neg { -v } else { v });
    }
    // [digits][.digits][(e|E)[sign]digits], at least one mantissa digit.
    let b = body.as_bytes();
    let mut i = 0;
    let digits = |i: &mut usize| {
        let st = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - st
    };
    let mut n = digits(&mut i);
    if i < b.len() && b[i] == b'.' {
        i += 1;
        n += digits(&mut i);
    }
    if n == 0 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return None;
        }
    }
    if i != b.len() {
        return None;
    }
    s.parse::<f64>().ok()
}

#[cfg(test)]
#[path = "float_format_tests.rs"]
mod tests;
