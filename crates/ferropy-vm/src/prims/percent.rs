//! The `str % args` driver (`PyUnicode_Format` in `Objects/unicodeobject.c`).
//!
//! The VM plugs its values in through [`PercentArg`]; conversions that can
//! run Python code (`__str__`, `__repr__`, `__int__`, `__index__`,
//! `__float__`) are the trait's job, as are their TypeErrors (e.g. `%x
//! format: an integer is required, not float`).  This module does the
//! parsing, argument bookkeeping (tuple / single value / mapping, `*`
//! widths) and layout, with CPython's error messages.

use crate::prims::error::PyErrKind;
use crate::prims::float_format::percent_format_float;
use crate::prims::format_spec::{percent_pad, PercentFlags};
use crate::prims::int_format::percent_format_int;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// A Python value as seen by `%`-formatting.
pub trait PercentArg: Clone {
    /// The VM's exception type.
    type Error: From<PyErrKind>;
    /// `str(x)` (for `%s`).
    fn as_str(&self) -> Result<String, Self::Error>;
    /// `repr(x)` (for `%r`).
    fn as_repr(&self) -> Result<String, Self::Error>;
    /// `ascii(x)` (for `%a`); defaults to `repr` with non-ASCII escaped.
    fn as_ascii(&self) -> Result<String, Self::Error> {
        Ok(ascii_escape(&self.as_repr()?))
    }
    /// The integer for `%d %i %u` (`int(x)`, floats truncate) or
    /// `%o %x %X` (`__index__`); `conv` selects which, and the message.
    fn as_int(&self, conv: char) -> Result<BigInt, Self::Error>;
    /// The float for `%e %f %g` (`float(x)`; "must be real number, not T").
    fn as_float(&self) -> Result<f64, Self::Error>;
    /// `%c`: an int (see [`crate::prims::int_format::percent_char_from_int`]) or a
    /// 1-char str, else TypeError "%c requires int or char".
    fn as_char(&self) -> Result<char, Self::Error>;
    /// The value of a `*` width/precision if `x` is an int, else `None`
    /// ("* wants int").
    fn as_star(&self) -> Option<i64>;
}

/// Escape non-ASCII chars of a repr like `ascii()` does.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let cp = c as u32;
        if c.is_ascii() {
            out.push(c);
        } else if cp < 0x100 {
            out.push_str(&format!("\\x{cp:02x}"));
        } else if cp < 0x10000 {
            out.push_str(&format!("\\u{cp:04x}"));
        } else {
            out.push_str(&format!("\\U{cp:08x}"));
        }
    }
    out
}

/// The right-hand side of `fmt % args`.
pub enum PercentArgs<'a, A: PercentArg> {
    /// `fmt % (a, b, ...)`.
    Tuple(&'a [A]),
    /// `fmt % x` for a non-tuple, non-mapping `x`.
    Single(&'a A),
    /// `fmt % m` for a mapping `m` (not a tuple or str): `%(key)s` looks up
    /// `key` via `lookup` (which raises the KeyError); a plain `%s`
    /// formats `whole`.
    Mapping {
        whole: &'a A,
        lookup: &'a mut dyn FnMut(&str) -> Result<A, A::Error>,
    },
}

struct State<'a, A: PercentArg> {
    tuple: &'a [A],
    /// The current non-tuple argument (a single value or a mapping value).
    one: Option<A>,
    arglen: isize,
    argidx: isize,
}

impl<A: PercentArg> State<'_, A> {
    fn next(&mut self) -> Result<A, A::Error> {
        if self.argidx < self.arglen {
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.one.clone().expect("single argument"));
            }
            return Ok(self.tuple[(self.argidx - 1) as usize].clone());
        }
        Err(PyErrKind::type_err("not enough arguments for format string").into())
    }
}

/// `fmt % args`.  `max_str_digits` is `sys.get_int_max_str_digits()`.
pub fn percent_format<A: PercentArg>(
    fmt: &str,
    args: PercentArgs<'_, A>,
    max_str_digits: usize,
) -> Result<String, A::Error> {
    let (mut st, mut lookup) = match args {
        PercentArgs::Tuple(t) => (
            State {
                tuple: t,
                one: None,
                arglen: t.len() as isize,
                argidx: 0,
            },
            None,
        ),
        PercentArgs::Single(a) => (
            State {
                tuple: &[],
                one: Some(a.clone()),
                arglen: -1,
                argidx: -2,
            },
            None,
        ),
        PercentArgs::Mapping { whole, lookup } => (
            State {
                tuple: &[],
                one: Some(whole.clone()),
                arglen: -1,
                argidx: -2,
            },
            Some(lookup),
        ),
    };
    let chars: Vec<char> = fmt.chars().collect();
    let n = chars.len();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut i = 0;
    let incomplete = || -> A::Error { PyErrKind::value("incomplete format").into() };
    while i < n {
        if chars[i] != '%' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        i += 1;
        if i < n && chars[i] == '%' {
            out.push('%');
            i += 1;
            continue;
        }
        if i < n && chars[i] == '(' {
            let Some(lk) = lookup.as_mut() else {
                return Err(PyErrKind::type_err("format requires a mapping").into());
            };
            let mut depth = 1;
            let kstart = i + 1;
            i += 1;
            while i < n && depth > 0 {
                match chars[i] {
                    ')' => depth -= 1,
                    '(' => depth += 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(PyErrKind::value("incomplete format key").into());
            }
            let key: String = chars[kstart..i - 1].iter().collect();
            st.one = Some(lk(&key)?);
            st.arglen = -1;
            st.argidx = -2;
        }
        let mut flags = PercentFlags::default();
        while i < n {
            match chars[i] {
                '-' => flags.left = true,
                '+' => flags.plus = true,
                ' ' => flags.blank = true,
                '#' => flags.alt = true,
                '0' => flags.zero = true,
                _ => break,
            }
            i += 1;
        }
        let mut width = None;
        if i < n && chars[i] == '*' {
            let w = st
                .next()?
                .as_star()
                .ok_or_else(|| PyErrKind::type_err("* wants int"))?;
            if w < 0 {
                flags.left = true;
            }
            width = Some(w.unsigned_abs() as usize);
            i += 1;
        } else {
            width = read_num(&chars, &mut i, "width too big")?.or(width);
        }
        let mut prec = None;
        if i < n && chars[i] == '.' {
            i += 1;
            if i < n && chars[i] == '*' {
                let p = st
                    .next()?
                    .as_star()
                    .ok_or_else(|| PyErrKind::type_err("* wants int"))?;
                prec = Some(p.max(0) as usize);
                i += 1;
            } else {
                prec = Some(read_num(&chars, &mut i, "precision too big")?.unwrap_or(0));
            }
        }
        // A C length modifier ("%ld", "%hi", "%Lf") is accepted and ignored.
        if i < n && matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= n {
            return Err(incomplete());
        }
        let conv = chars[i];
        let conv_index = i;
        i += 1;
        let arg = st.next()?;
        let piece = match conv {
            's' | 'r' | 'a' => {
                let body = match conv {
                    's' => arg.as_str()?,
                    'r' => arg.as_repr()?,
                    _ => arg.as_ascii()?,
                };
                percent_pad(&body, flags, width, prec, conv, false)
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let v = arg.as_int(conv)?;
                percent_format_int(&v, conv, flags, width, prec, max_str_digits)?
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                percent_format_float(arg.as_float()?, conv, flags, width, prec)
            }
            'c' => {
                let c = arg.as_char()?;
                percent_pad(&c.to_string(), flags, width, None, 'c', false)
            }
            _ => {
                let shown = if (31..=126).contains(&(conv as u32)) {
                    conv
                } else {
                    '?'
                };
                return Err(PyErrKind::value(format!(
                    "unsupported format character '{shown}' (0x{:x}) at index {conv_index}",
                    conv as u32
                ))
                .into());
            }
        };
        out.push_str(&piece);
    }
    if st.argidx < st.arglen && lookup.is_none() {
        return Err(
            PyErrKind::type_err("not all arguments converted during string formatting").into(),
        );
    }
    Ok(out)
}

fn read_num(chars: &[char], i: &mut usize, too_big: &str) -> Result<Option<usize>, PyErrKind> {
    let mut v: Option<usize> = None;
    while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
        let nv = v
            .unwrap_or(0)
            .checked_mul(10)
            .and_then(|x| x.checked_add(d as usize));
        match nv.filter(|x| *x <= i32::MAX as usize) {
            Some(x) => v = Some(x),
            None => return Err(PyErrKind::value(too_big)),
        }
        *i += 1;
    }
    Ok(v)
}

/// Helper for [`PercentArg::as_star`] implementations.
pub fn star_from_bigint(v: &BigInt) -> Option<i64> {
    v.to_i64()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prims::chars::repr_str;

    #[derive(Clone, Debug)]
    enum V {
        I(i64),
        F(f64),
        S(String),
    }
    impl PercentArg for V {
        type Error = PyErrKind;
        fn as_str(&self) -> Result<String, PyErrKind> {
            Ok(match self {
                V::I(i) => i.to_string(),
                V::F(f) => crate::prims::float_format::repr_f64(*f),
                V::S(s) => s.clone(),
            })
        }
        fn as_repr(&self) -> Result<String, PyErrKind> {
            Ok(match self {
                V::S(s) => repr_str(s),
                v => v.as_str()?,
            })
        }
        fn as_int(&self, conv: char) -> Result<BigInt, PyErrKind> {
            match self {
                V::I(i) => Ok(BigInt::from(*i)),
                V::F(f) if matches!(conv, 'd' | 'i' | 'u') => Ok(BigInt::from(f.trunc() as i64)),
                V::F(_) => Err(PyErrKind::type_err(format!(
                    "%{conv} format: an integer is required, not float"
                ))),
                V::S(_) => Err(PyErrKind::type_err(format!(
                    "%{conv} format: a real number is required, not str"
                ))),
            }
        }
        fn as_float(&self) -> Result<f64, PyErrKind> {
            match self {
                V::I(i) => Ok(*i as f64),
                V::F(f) => Ok(*f),
                V::S(_) => Err(PyErrKind::type_err("must be real number, not str")),
            }
        }
        fn as_char(&self) -> Result<char, PyErrKind> {
            match self {
                V::I(i) => crate::prims::int_format::percent_char_from_int(&BigInt::from(*i)),
                V::S(s) if s.chars().count() == 1 => Ok(s.chars().next().unwrap()),
                _ => Err(PyErrKind::type_err("%c requires int or char")),
            }
        }
        fn as_star(&self) -> Option<i64> {
            match self {
                V::I(i) => Some(*i),
                _ => None,
            }
        }
    }

    fn s(x: &str) -> V {
        V::S(x.to_string())
    }
    fn t(fmt: &str, args: &[V]) -> Result<String, PyErrKind> {
        percent_format(fmt, PercentArgs::Tuple(args), 4300)
    }
    fn one(fmt: &str, a: V) -> Result<String, PyErrKind> {
        percent_format(fmt, PercentArgs::Single(&a), 4300)
    }
    fn map(fmt: &str) -> Result<String, PyErrKind> {
        let whole = s("{'a': 'x', 'b': 2}");
        let mut lookup = |k: &str| match k {
            "a" => Ok(s("x")),
            "b" => Ok(V::I(2)),
            _ => Err(PyErrKind::value(format!("KeyError {k}"))),
        };
        percent_format(
            fmt,
            PercentArgs::Mapping {
                whole: &whole,
                lookup: &mut lookup,
            },
            4300,
        )
    }
    fn err(r: Result<String, PyErrKind>) -> String {
        let e = r.unwrap_err();
        format!("{}: {}", e.class_name(), e.message())
    }

    // Expected values from python3 3.11.
    #[test]
    fn conversions() {
        assert_eq!(one("%ld", V::I(5)).unwrap(), "5");
        assert_eq!(t("%*d", &[V::I(5), V::I(3)]).unwrap(), "    3");
        assert_eq!(t("%-*d|", &[V::I(5), V::I(3)]).unwrap(), "3    |");
        assert_eq!(t("%*d|", &[V::I(-5), V::I(3)]).unwrap(), "3    |");
        assert_eq!(t("%.*f", &[V::I(2), V::F(1.23456)]).unwrap(), "1.23");
        assert_eq!(one("%c", V::I(65)).unwrap(), "A");
        assert_eq!(one("%c", s("é")).unwrap(), "é");
        assert_eq!(one("%a", s("é")).unwrap(), "'\\xe9'");
        assert_eq!(
            t("%.2s|%5r|%-6a|", &[s("hello"), s("x"), s("y")]).unwrap(),
            "he|  'x'|'y'   |"
        );
        assert_eq!(one("%%%s%%", s("z")).unwrap(), "%z%");
        assert_eq!(t("%.*s", &[V::I(-3), s("abc")]).unwrap(), "");
        assert_eq!(t("%i|%u", &[V::F(3.9), V::F(-2.5)]).unwrap(), "3|-2");
        assert_eq!(one("%5.1f%%", V::F(99.44)).unwrap(), " 99.4%");
        assert_eq!(one("%.3c", s("x")).unwrap(), "x");
        assert_eq!(one("%5c|", s("x")).unwrap(), "    x|");
        assert_eq!(one("%05s", s("x")).unwrap(), "    x");
        assert_eq!(one("%+s", s("x")).unwrap(), "x");
        assert_eq!(one("%#o", V::I(0)).unwrap(), "0o0");
        assert_eq!(one("%+05d", V::I(0)).unwrap(), "+0000");
        assert_eq!(t("%s", &[V::F(1e16)]).unwrap(), "1e+16");
    }

    #[test]
    fn mappings() {
        assert_eq!(map("%(a)s %(b)d").unwrap(), "x 2");
        assert_eq!(map("%(a)s%(a)s").unwrap(), "xx");
        assert_eq!(map("%s").unwrap(), "{'a': 'x', 'b': 2}");
        assert_eq!(
            err(map("%(a)s %s")),
            "TypeError: not enough arguments for format string"
        );
        assert_eq!(
            err(map("%(b)*d")),
            "TypeError: not enough arguments for format string"
        );
        assert_eq!(err(map("%(a")), "ValueError: incomplete format key");
        assert_eq!(err(map("%(zz)s")), "ValueError: KeyError zz");
    }

    #[test]
    fn errors() {
        assert_eq!(
            err(one("%c", s("ab"))),
            "TypeError: %c requires int or char"
        );
        assert_eq!(
            err(one("%y", V::I(1))),
            "ValueError: unsupported format character 'y' (0x79) at index 1"
        );
        assert_eq!(
            err(one("%é", V::I(1))),
            "ValueError: unsupported format character '?' (0xe9) at index 1"
        );
        assert_eq!(
            err(one("%5%", V::I(1))),
            "ValueError: unsupported format character '%' (0x25) at index 2"
        );
        assert_eq!(
            err(t("%5%", &[])),
            "TypeError: not enough arguments for format string"
        );
        assert_eq!(err(t("%", &[])), "ValueError: incomplete format");
        assert_eq!(err(one("abc %", V::I(1))), "ValueError: incomplete format");
        assert_eq!(
            err(t("%s %s", &[V::I(1)])),
            "TypeError: not enough arguments for format string"
        );
        assert_eq!(
            err(t("%s", &[V::I(1), V::I(2)])),
            "TypeError: not all arguments converted during string formatting"
        );
        assert_eq!(
            err(t("%(a)s", &[V::I(1)])),
            "TypeError: format requires a mapping"
        );
        assert_eq!(err(t("%*d", &[s("a"), V::I(1)])), "TypeError: * wants int");
        assert_eq!(
            err(one("a%cb", V::I(0x110000))),
            "OverflowError: %c arg not in range(0x110000)"
        );
        assert_eq!(
            err(one("%x", V::F(3.5))),
            "TypeError: %x format: an integer is required, not float"
        );
        assert_eq!(
            err(t("%s", &[])),
            "TypeError: not enough arguments for format string"
        );
    }
}
