//! `int` <-> text: `str(int)` with the 4300-digit limit, `bin/oct/hex`,
//! `format(int, spec)`, `%d %i %u %x %X %o %c`, and `int(text, base)`.
//!
//! Mirrors `Objects/longobject.c` (`long_to_decimal_string_internal`,
//! `_PyLong_Format`, `PyLong_FromString`, the `int_max_str_digits` checks
//! added in 3.11/3.10.7), `Python/formatter_unicode.c`
//! (`format_long_internal`) and `Objects/unicodeobject.c`
//! (`_PyUnicode_FormatLong`, `formatchar`).
//!
//! `max_str_digits` parameters carry `sys.get_int_max_str_digits()`
//! (default 4300; 0 means unlimited).

use crate::prims::chars::{decimal_value, is_space, repr_str};
use crate::prims::error::PyErrKind;
use crate::prims::float_format::format_float_spec;
use crate::prims::format_spec::{fill_number, percent_pad, unknown_code, FormatSpec, PercentFlags};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

/// `sys.int_info.default_max_str_digits`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

fn to_str_limit_error(limit: usize) -> PyErrKind {
    PyErrKind::value(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// `str(v)` / `repr(v)`, refusing (like CPython) to produce more than
/// `max_str_digits` decimal digits.
pub fn int_to_decimal(v: &BigInt, max_str_digits: usize) -> Result<String, PyErrKind> {
    if max_str_digits > 0 {
        // Cheap pre-check from the bit length: digits >= floor(bits*log10(2)).
        let bits = v.bits();
        let min_digits =
            (bits.saturating_sub(1) as f64 * std::f64::consts::LOG10_2).floor() as u64 + 1;
        if min_digits > max_str_digits as u64 + 1 {
            return Err(to_str_limit_error(max_str_digits));
        }
    }
    let s = v.to_str_radix(10);
    let ndigits = s.len() - v.is_negative() as usize;
    if max_str_digits > 0 && ndigits > max_str_digits {
        return Err(to_str_limit_error(max_str_digits));
    }
    Ok(s)
}

/// Digits of `|v|` in `radix` (2..=36), lowercase, no prefix.
pub fn int_to_str_radix(v: &BigInt, radix: u32) -> String {
    v.magnitude().to_str_radix(radix)
}

/// `bin(v)`, `oct(v)`, `hex(v)`: `-0x1f` style.
pub fn int_to_prefixed(v: &BigInt, radix: u32) -> String {
    let prefix = match radix {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => panic!("radix must be 2, 8 or 16"),
    };
    let sign = if v.is_negative() { "-" } else { "" };
    format!("{sign}{prefix}{}", int_to_str_radix(v, radix))
}

/// `format(v, spec)` / `int.__format__`.
pub fn format_int(v: &BigInt, spec: &str, max_str_digits: usize) -> Result<String, PyErrKind> {
    if spec.is_empty() {
        return int_to_decimal(v, max_str_digits);
    }
    format_int_spec(v, &FormatSpec::parse(spec, "int", '>')?, max_str_digits)
}

/// `int.__format__` for an already parsed spec.
pub fn format_int_spec(
    v: &BigInt,
    spec: &FormatSpec,
    max_str_digits: usize,
) -> Result<String, PyErrKind> {
    match spec.ty {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = crate::prims::int_ops::bigint_to_f64(v)?;
            return format_float_spec(x, spec);
        }
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' | '\0' => {}
        t => return Err(unknown_code(t, "int")),
    }
    if spec.precision.is_some() {
        return Err(PyErrKind::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_0 {
        return Err(PyErrKind::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if spec.ty == 'c' {
        if spec.sign != '\0' {
            return Err(PyErrKind::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(PyErrKind::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let c = percent_char_from_int(v)?;
        return Ok(fill_number(spec, false, "", "", &c.to_string()));
    }
    let (radix, prefix) = match spec.ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = if radix == 10 {
        let mut s = int_to_decimal(v, max_str_digits)?;
        if v.is_negative() {
            s.remove(0);
        }
        s
    } else {
        int_to_str_radix(v, radix)
    };
    if spec.ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let prefix = if spec.alternate { prefix } else { "" };
    Ok(fill_number(spec, v.is_negative(), prefix, &digits, ""))
}

/// One `%d %i %u %o %x %X` conversion of `str % args` (`_PyUnicode_FormatLong`
/// plus padding).  `v` is the already-`__index__`/`__int__`-converted value.
pub fn percent_format_int(
    v: &BigInt,
    conv: char,
    flags: PercentFlags,
    width: Option<usize>,
    prec: Option<usize>,
    max_str_digits: usize,
) -> Result<String, PyErrKind> {
    let (radix, prefix) = match conv {
        'd' | 'i' | 'u' => (10, ""),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => panic!("not an integer conversion: {conv}"),
    };
    let mut digits = if radix == 10 {
        let mut s = int_to_decimal(v, max_str_digits)?;
        if v.is_negative() {
            s.remove(0);
        }
        s
    } else {
        int_to_str_radix(v, radix)
    };
    if conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let mut body = String::with_capacity(digits.len() + 4);
    if v.is_negative() {
        body.push('-');
    }
    if flags.alt {
        body.push_str(prefix);
    }
    if let Some(p) = prec {
        body.extend(std::iter::repeat_n('0', p.saturating_sub(digits.len())));
    }
    body.push_str(&digits);
    Ok(percent_pad(&body, flags, width, prec, conv, true))
}

/// `%c` with an int argument.
pub fn percent_char_from_int(v: &BigInt) -> Result<char, PyErrKind> {
    // PyLong_AsLong first, then the range check.
    if v.to_i64().is_none() {
        return Err(PyErrKind::overflow(
            "Python int too large to convert to C long",
        ));
    }
    v.to_u32()
        .and_then(char::from_u32)
        .ok_or_else(|| PyErrKind::overflow("%c arg not in range(0x110000)"))
}

/// `int(text, base)`.  `base` 0 infers it from a `0x`/`0o`/`0b` prefix.
pub fn parse_int(text: &str, base: u32, max_str_digits: usize) -> Result<BigInt, PyErrKind> {
    if base == 1 || base > 36 {
        return Err(PyErrKind::value("int() base must be >= 2 and <= 36, or 0"));
    }
    let err = || {
        let r: String = repr_str(text).chars().take(200).collect();
        PyErrKind::value(format!("invalid literal for int() with base {base}: {r}"))
    };
    // _PyUnicode_TransformDecimalAndSpaceToASCII
    let mut s = Vec::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            s.push(c as u8);
        } else if is_space(c) {
            s.push(b' ');
        } else if let Some(d) = decimal_value(c) {
            s.push(b'0' + d as u8);
        } else {
            return Err(err());
        }
    }
    let ws = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r');
    let mut i = 0;
    while i < s.len() && ws(s[i]) {
        i += 1;
    }
    let mut negative = false;
    if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
        negative = s[i] == b'-';
        i += 1;
    }
    let at = |k: usize| s.get(k).copied().unwrap_or(0).to_ascii_lowercase();
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = match (at(i), at(i + 1)) {
            (b'0', b'x') => 16,
            (b'0', b'o') => 8,
            (b'0', b'b') => 2,
            (b'0', _) => {
                // "Old" C-style octal such as 010 is invalid unless zero.
                error_if_nonzero = true;
                10
            }
            _ => 10,
        };
    }
    if at(i) == b'0' && matches!((base, at(i + 1)), (16, b'x') | (8, b'o') | (2, b'b')) {
        i += 2;
        if at(i) == b'_' {
            i += 1; // one underscore may follow the prefix
        }
    }
    if at(i) == b'_' {
        return Err(err());
    }
    // Digits with single underscores between them.
    let start = i;
    let mut digits: Vec<u8> = Vec::with_capacity(s.len() - i);
    let mut prev_us = false;
    while i < s.len() {
        let c = s[i];
        if c == b'_' {
            if prev_us {
                return Err(err());
            }
            prev_us = true;
        } else {
            let d = (c as char).to_digit(36).filter(|d| *d < base);
            match d {
                Some(d) => digits.push(d as u8),
                None => break,
            }
            prev_us = false;
        }
        i += 1;
    }
    if prev_us || i == start || digits.is_empty() {
        return Err(err());
    }
    while i < s.len() && ws(s[i]) {
        i += 1;
    }
    if i != s.len() {
        return Err(err());
    }
    if !base.is_power_of_two() && max_str_digits > 0 && digits.len() > max_str_digits {
        return Err(PyErrKind::value(format!(
            "Exceeds the limit ({max_str_digits} digits) for integer string conversion: \
             value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        )));
    }
    let mag = BigInt::from_radix_be(Sign::Plus, &digits, base).expect("valid digits");
    if error_if_nonzero && !mag.is_zero() {
        return Err(err());
    }
    Ok(if negative { -mag } else { mag })
}

#[cfg(test)]
#[path = "int_format_tests.rs"]
mod tests;
