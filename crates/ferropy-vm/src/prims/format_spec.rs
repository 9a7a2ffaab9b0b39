//! The format-spec mini-language parser and the number-layout machinery
//! shared by `int`, `float` (and `str`) `__format__`, plus the padding step
//! of `%`-formatting.
//!
//! Mirrors `Python/formatter_unicode.c` (`parse_internal_render_format_spec`,
//! `calc_number_widths`, `fill_number`), the grouping routine
//! `_PyUnicode_InsertThousandsGrouping` (`Objects/stringlib/localeutil.h`),
//! and `unicode_format_arg_output` in `Objects/unicodeobject.c`.
//! `n` is formatted as in the C locale (no grouping, `.` decimal point),
//! which is what CPython does unless the program calls `locale.setlocale`.

use crate::prims::error::PyErrKind;

/// Thousands-separator request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    None,
    /// `,` every 3 digits.
    Comma,
    /// `_` every 3 digits.
    Underscore,
    /// `_` every 4 digits (b/o/x/X).
    UnderscoreFour,
}

impl Grouping {
    fn sep_and_size(self) -> Option<(char, usize)> {
        match self {
            Grouping::None => None,
            Grouping::Comma => Some((',', 3)),
            Grouping::Underscore => Some(('_', 3)),
            Grouping::UnderscoreFour => Some(('_', 4)),
        }
    }
}

/// A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    /// One of `<`, `>`, `=`, `^`.
    pub align: char,
    /// `'\0'` (unspecified), `+`, `-` or ` `.
    pub sign: char,
    /// `z`: coerce negative zero (floats only).
    pub no_neg_0: bool,
    /// `#`.
    pub alternate: bool,
    pub width: Option<usize>,
    pub grouping: Grouping,
    pub precision: Option<usize>,
    /// `'\0'` when omitted.
    pub ty: char,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// `get_integer`: ASCII/Unicode decimal digits; overflow is a ValueError.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, PyErrKind> {
    let mut acc: Option<usize> = None;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        let v = acc
            .unwrap_or(0)
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|v| *v <= isize::MAX as usize)
            .ok_or_else(|| PyErrKind::value("Too many decimal digits in format string"))?;
        acc = Some(v);
        *pos += 1;
    }
    Ok(acc)
}

impl FormatSpec {
    /// Parse `spec` for an object of Python type `type_name` (used in the
    /// "Invalid format specifier" message).  `default_align` is `>` for
    /// numbers and `<` for strings.
    pub fn parse(spec: &str, type_name: &str, default_align: char) -> Result<Self, PyErrKind> {
        let chars: Vec<char> = spec.chars().collect();
        let end = chars.len();
        let mut pos = 0;
        let mut f = FormatSpec {
            fill: ' ',
            align: default_align,
            sign: '\0',
            no_neg_0: false,
            alternate: false,
            width: None,
            grouping: Grouping::None,
            precision: None,
            ty: '\0',
        };
        let mut fill_specified = false;
        let mut align_specified = false;
        if end >= 2 && is_align(chars[1]) {
            f.align = chars[1];
            f.fill = chars[0];
            fill_specified = true;
            align_specified = true;
            pos = 2;
        } else if end >= 1 && is_align(chars[0]) {
            f.align = chars[0];
            align_specified = true;
            pos = 1;
        }
        if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
            f.sign = chars[pos];
            pos += 1;
        }
        if pos < end && chars[pos] == 'z' {
            f.no_neg_0 = true;
            pos += 1;
        }
        if pos < end && chars[pos] == '#' {
            f.alternate = true;
            pos += 1;
        }
        // Backwards-compatible '0' flag: zero fill, sign-aware for numbers.
        if !fill_specified && pos < end && chars[pos] == '0' {
            f.fill = '0';
            if !align_specified && default_align == '>' {
                f.align = '=';
            }
            pos += 1;
        }
        f.width = get_integer(&chars, &mut pos)?;
        if pos < end && chars[pos] == ',' {
            f.grouping = Grouping::Comma;
            pos += 1;
        }
        if pos < end && chars[pos] == '_' {
            if f.grouping != Grouping::None {
                return Err(PyErrKind::value("Cannot specify both ',' and '_'."));
            }
            f.grouping = Grouping::Underscore;
            pos += 1;
        }
        if pos < end && chars[pos] == ',' && f.grouping == Grouping::Underscore {
            return Err(PyErrKind::value("Cannot specify both ',' and '_'."));
        }
        if pos < end && chars[pos] == '.' {
            pos += 1;
            f.precision = get_integer(&chars, &mut pos)?;
            if f.precision.is_none() {
                return Err(PyErrKind::value("Format specifier missing precision"));
            }
        }
        if end - pos > 1 {
            return Err(PyErrKind::value(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )));
        }
        if end - pos == 1 {
            f.ty = chars[pos];
        }
        if f.grouping != Grouping::None {
            match f.ty {
                'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
                'b' | 'o' | 'x' | 'X' if f.grouping == Grouping::Underscore => {
                    f.grouping = Grouping::UnderscoreFour;
                }
                t => {
                    let sep = if f.grouping == Grouping::Comma {
                        ','
                    } else {
                        '_'
                    };
                    let tn = if (t as u32) > 32 && (t as u32) < 128 {
                        format!("'{t}'")
                    } else {
                        format!("'\\x{:x}'", t as u32)
                    };
                    return Err(PyErrKind::value(format!(
                        "Cannot specify '{sep}' with {tn}."
                    )));
                }
            }
        }
        Ok(f)
    }
}

/// `unknown_presentation_type`.
pub fn unknown_code(ty: char, type_name: &str) -> PyErrKind {
    if (ty as u32) > 32 && (ty as u32) < 128 {
        PyErrKind::value(format!(
            "Unknown format code '{ty}' for object of type '{type_name}'"
        ))
    } else {
        PyErrKind::value(format!(
            "Unknown format code '\\x{:x}' for object of type '{type_name}'",
            ty as u32
        ))
    }
}

/// `_PyUnicode_InsertThousandsGrouping`: group `digits` (ASCII), padding
/// with leading '0's (and separators) until at least `min_width` chars.
pub fn group_digits(digits: &str, min_width: isize, grouping: Grouping) -> String {
    let digits = digits.as_bytes();
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as isize;
    // Groups are produced right to left, then reversed.
    let mut out: Vec<u8> = Vec::with_capacity(digits.len() * 4 / 3 + 2);
    let mut dpos = digits.len();
    let mut use_sep = false;
    let mut emit = |out: &mut Vec<u8>, n_chars: isize, n_zeros: isize, sep: Option<char>| {
        if let Some(s) = sep {
            out.push(s as u8);
        }
        for _ in 0..n_chars {
            dpos -= 1;
            out.push(digits[dpos]);
        }
        for _ in 0..n_zeros {
            out.push(b'0');
        }
    };
    let mut broken = false;
    if let Some((sep, size)) = grouping.sep_and_size() {
        let size = size as isize;
        // The group size repeats forever (grouping string "\3" / "\4").
        loop {
            let len = size.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            emit(
                &mut out,
                n_chars,
                n_zeros,
                if use_sep { Some(sep) } else { None },
            );
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broken {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        emit(&mut out, n_chars, n_zeros, None);
    }
    out.reverse();
    String::from_utf8(out).expect("ascii")
}

/// Lay out a formatted number (`calc_number_widths` + `fill_number`).
///
/// * `negative`: whether a '-' sign is needed;
/// * `prefix`: e.g. `0x` (already in the right case);
/// * `digits`: the integer-part digits (ASCII) to be grouped;
/// * `rest`: decimal point, fraction, exponent, `%` — not grouped.
pub fn fill_number(
    spec: &FormatSpec,
    negative: bool,
    prefix: &str,
    digits: &str,
    rest: &str,
) -> String {
    let sign = match spec.sign {
        '+' => Some(if negative { '-' } else { '+' }),
        ' ' => Some(if negative { '-' } else { ' ' }),
        _ => negative.then_some('-'),
    };
    let n_sign = sign.is_some() as isize;
    let n_prefix = prefix.chars().count() as isize;
    let n_rest = rest.chars().count() as isize;
    let width = spec.width.map(|w| w as isize).unwrap_or(-1);
    let non_digit = n_sign + n_prefix + n_rest;
    let min_width = if spec.fill == '0' && spec.align == '=' {
        width - non_digit
    } else {
        0
    };
    let grouped = if digits.is_empty() {
        String::new()
    } else {
        group_digits(digits, min_width, spec.grouping)
    };
    let n_padding = width - (non_digit + grouped.len() as isize);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match spec.align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let mut out = String::with_capacity((width.max(0) as usize) + grouped.len() + rest.len() + 4);
    let pad = |out: &mut String, n: isize| out.extend(std::iter::repeat_n(spec.fill, n as usize));
    pad(&mut out, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(prefix);
    pad(&mut out, spad);
    out.push_str(&grouped);
    out.push_str(rest);
    pad(&mut out, rpad);
    out
}

/// Flags of a `%` conversion specifier.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`
    pub left: bool,
    /// `+`
    pub plus: bool,
    /// ` `
    pub blank: bool,
    /// `#`
    pub alt: bool,
    /// `0`
    pub zero: bool,
}

/// `unicode_format_arg_output`: pad an already-converted `%` item.
/// `numeric` is true for d/i/u/o/x/X/e/E/f/F/g/G (CPython's `arg->sign`);
/// `conv` is the conversion char (for the `0x`/`0o` alternate prefix and
/// `%s`/`%r`/`%a` precision truncation).
pub fn percent_pad(
    body: &str,
    flags: PercentFlags,
    width: Option<usize>,
    prec: Option<usize>,
    conv: char,
    numeric: bool,
) -> String {
    let chars: Vec<char> = body.chars().collect();
    let mut len = chars.len();
    if matches!(conv, 's' | 'r' | 'a') {
        if let Some(p) = prec {
            len = len.min(p);
        }
    }
    let fill = if numeric && flags.zero { '0' } else { ' ' };
    let mut width = width.unwrap_or(0);
    if width <= len && !(numeric && (flags.plus || flags.blank)) {
        return chars[..len].iter().collect();
    }
    let mut idx = 0;
    let mut signchar = None;
    if numeric {
        match chars.first() {
            Some(&c) if c == '-' || c == '+' => {
                signchar = Some(c);
                len -= 1;
                idx = 1;
            }
            _ if flags.plus => signchar = Some('+'),
            _ if flags.blank => signchar = Some(' '),
            _ => {}
        }
    }
    width = width.max(len);
    let mut out = String::with_capacity(width + 2);
    if let Some(s) = signchar {
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let has_prefix = flags.alt && matches!(conv, 'x' | 'X' | 'o');
    if has_prefix {
        if fill != ' ' {
            out.push('0');
            out.push(conv);
            idx += 2;
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && !flags.left {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if fill == ' ' {
        if let Some(s) = signchar {
            out.push(s);
        }
        if has_prefix {
            out.push('0');
            out.push(conv);
            idx += 2;
        }
    }
    out.extend(&chars[idx..idx + len]);
    if width > len {
        out.extend(std::iter::repeat_n(' ', width - len));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> FormatSpec {
        FormatSpec::parse(s, "float", '>').unwrap()
    }

    #[test]
    fn parse_errors() {
        // Messages from python3: format(1.5, spec).
        let e = |s: &str| {
            FormatSpec::parse(s, "float", '>')
                .unwrap_err()
                .message()
                .to_string()
        };
        assert_eq!(e(",_"), "Cannot specify both ',' and '_'.");
        assert_eq!(e("_,"), "Cannot specify both ',' and '_'.");
        assert_eq!(e("."), "Format specifier missing precision");
        assert_eq!(
            e("99999999999999999999f"),
            "Too many decimal digits in format string"
        );
        assert_eq!(e(",c"), "Cannot specify ',' with 'c'.");
        assert_eq!(e("_n"), "Cannot specify '_' with 'n'.");
        assert_eq!(
            FormatSpec::parse("abc", "int", '>').unwrap_err().message(),
            "Invalid format specifier 'abc' for object of type 'int'"
        );
    }

    #[test]
    fn parse_fields() {
        let f = p("*^+z#012,.3f");
        assert_eq!(
            (f.fill, f.align, f.sign, f.no_neg_0, f.alternate),
            ('*', '^', '+', true, true)
        );
        assert_eq!(
            (f.width, f.grouping, f.precision, f.ty),
            (Some(12), Grouping::Comma, Some(3), 'f')
        );
        let f = p("010");
        assert_eq!((f.fill, f.align, f.width), ('0', '=', Some(10)));
        let f = FormatSpec::parse("010", "str", '<').unwrap();
        assert_eq!((f.fill, f.align), ('0', '<'));
        assert_eq!(p("_x").grouping, Grouping::UnderscoreFour);
        assert_eq!(p("<<<").ty, '<');
    }

    #[test]
    fn grouping() {
        assert_eq!(group_digits("1234567", 0, Grouping::Comma), "1,234,567");
        assert_eq!(group_digits("123", 0, Grouping::Comma), "123");
        assert_eq!(group_digits("1", 7, Grouping::Comma), "000,001");
        assert_eq!(group_digits("1", 8, Grouping::Comma), "0,000,001");
        assert_eq!(group_digits("12345", 0, Grouping::UnderscoreFour), "1_2345");
        assert_eq!(group_digits("5", 4, Grouping::None), "0005");
    }

    #[test]
    fn percent_padding() {
        let f = PercentFlags {
            zero: true,
            ..Default::default()
        };
        assert_eq!(percent_pad("-3", f, Some(5), None, 'd', true), "-0003");
        let f = PercentFlags {
            alt: true,
            zero: true,
            ..Default::default()
        };
        assert_eq!(percent_pad("0xff", f, Some(8), None, 'x', true), "0x0000ff");
        let f = PercentFlags {
            alt: true,
            ..Default::default()
        };
        assert_eq!(percent_pad("0xff", f, Some(8), None, 'x', true), "    0xff");
        let f = PercentFlags {
            left: true,
            plus: true,
            ..Default::default()
        };
        assert_eq!(percent_pad("3", f, Some(5), None, 'd', true), "+3   ");
        assert_eq!(
            percent_pad(
                "hello",
                PercentFlags::default(),
                Some(4),
                Some(2),
                's',
                false
            ),
            "  he"
        );
        assert_eq!(
            percent_pad("hello", PercentFlags::default(), None, Some(2), 's', false),
            "he"
        );
        // python3: '%-05d' % -3, '%#-8o' % 8, '%#08X' % -255
        let f = PercentFlags {
            left: true,
            zero: true,
            ..Default::default()
        };
        assert_eq!(percent_pad("-3", f, Some(5), None, 'd', true), "-3   ");
        let f = PercentFlags {
            left: true,
            alt: true,
            ..Default::default()
        };
        assert_eq!(percent_pad("0o10", f, Some(8), None, 'o', true), "0o10    ");
        let f = PercentFlags {
            alt: true,
            zero: true,
            ..Default::default()
        };
        assert_eq!(
            percent_pad("-0XFF", f, Some(8), None, 'X', true),
            "-0X000FF"
        );
    }
}
