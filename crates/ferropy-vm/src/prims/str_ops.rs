//! Python `str` method helpers on Rust `&str`, with code-point indexing.
//!
//! Mirrors `Objects/unicodeobject.c` and `Objects/stringlib/*` (split,
//! find, count, replace, partition, expandtabs, pad, zfill, the case
//! mappings with their Final_Sigma rule, the `is*` predicates).  Python
//! indexes strings by code point, so `start`/`end` arguments are code-point
//! indices (adjusted like slices) and results are code-point positions.
//! Unicode properties come from [`crate::prims::unicode_tables`] (CPython 3.11's
//! Unicode 14 data) or, where identical by definition, from Rust's `char`
//! methods.  `%`-formatting lives in [`crate::prims::percent`].

use crate::prims::chars::{decimal_value, is_printable, is_space};
use crate::prims::error::PyErrKind;
use crate::prims::unicode_tables as ut;

// ----- code point <-> byte offsets ----------------------------------------

/// `len(s)` in code points.
pub fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Byte offset of code point index `cp` (clamped to `s.len()`).
pub fn cp_to_byte(s: &str, cp: usize) -> usize {
    if s.is_ascii() {
        return cp.min(s.len());
    }
    s.char_indices().nth(cp).map_or(s.len(), |(b, _)| b)
}

/// Code point index of byte offset `byte` (must be a char boundary).
pub fn byte_to_cp(s: &str, byte: usize) -> usize {
    if s.is_ascii() {
        byte
    } else {
        char_len(&s[..byte])
    }
}

/// CPython's `ADJUST_INDICES`: negative indices count from the end and
/// are clamped at 0; `end` is clamped at `len`.  `start` may exceed `len`.
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len_i = len as i64;
    let fix = |v: i64| if v < 0 { (v + len_i).max(0) } else { v };
    let st = fix(start.unwrap_or(0)) as usize;
    let en = (fix(end.unwrap_or(len_i)) as usize).min(len);
    (st, en)
}

/// The substring between code-point indices (`st <= en <= len`), plus the
/// byte offset where it starts.
fn window(s: &str, st: usize, en: usize) -> (&str, usize) {
    let b0 = cp_to_byte(s, st);
    let b1 = cp_to_byte(s, en);
    (&s[b0..b1], b0)
}

// ----- searching ----------------------------------------------------------

/// `s.find(sub, start, end)`: code-point index or -1.
pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let (st, en) = adjust_indices(start, end, char_len(s));
    if st > en || en - st < char_len(sub) {
        return -1;
    }
    let (w, b0) = window(s, st, en);
    w.find(sub).map_or(-1, |b| byte_to_cp(s, b0 + b) as i64)
}

/// `s.rfind(sub, start, end)`.
pub fn rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let (st, en) = adjust_indices(start, end, char_len(s));
    if st > en || en - st < char_len(sub) {
        return -1;
    }
    let (w, b0) = window(s, st, en);
    w.rfind(sub).map_or(-1, |b| byte_to_cp(s, b0 + b) as i64)
}

/// `s.index(...)`: like `find` but ValueError "substring not found".
pub fn index(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Result<usize, PyErrKind> {
    match find(s, sub, start, end) {
        -1 => Err(PyErrKind::value("substring not found")),
        i => Ok(i as usize),
    }
}

/// `s.rindex(...)`.
pub fn rindex(
    s: &str,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> Result<usize, PyErrKind> {
    match rfind(s, sub, start, end) {
        -1 => Err(PyErrKind::value("substring not found")),
        i => Ok(i as usize),
    }
}

/// `s.count(sub, start, end)` (non-overlapping; `''` counts len+1).
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> usize {
    let (st, en) = adjust_indices(start, end, char_len(s));
    if st > en || en - st < char_len(sub) {
        return 0;
    }
    if sub.is_empty() {
        return en - st + 1;
    }
    window(s, st, en).0.matches(sub).count()
}

/// `s.startswith(prefix, start, end)` for one prefix.
pub fn startswith(s: &str, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    let (st, en) = adjust_indices(start, end, char_len(s));
    st <= en && window(s, st, en).0.starts_with(prefix)
}

/// `s.endswith(suffix, start, end)` for one suffix.
pub fn endswith(s: &str, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    let (st, en) = adjust_indices(start, end, char_len(s));
    st <= en && window(s, st, en).0.ends_with(suffix)
}

// ----- splitting -----------------------------------------------------------

fn empty_sep() -> PyErrKind {
    PyErrKind::value("empty separator")
}

/// `s.split(sep, maxsplit)`; `maxsplit < 0` means unlimited.
pub fn split<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<&'a str>, PyErrKind> {
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut out = Vec::new();
    match sep {
        Some("") => return Err(empty_sep()),
        Some(sep) => {
            let mut rest = s;
            while left > 0 {
                match rest.find(sep) {
                    Some(i) => {
                        out.push(&rest[..i]);
                        rest = &rest[i + sep.len()..];
                        left -= 1;
                    }
                    None => break,
                }
            }
            out.push(rest);
        }
        None => {
            let mut rest = s.trim_start_matches(is_space);
            while !rest.is_empty() {
                if left == 0 {
                    out.push(rest);
                    break;
                }
                let i = rest.find(is_space).unwrap_or(rest.len());
                out.push(&rest[..i]);
                rest = rest[i..].trim_start_matches(is_space);
                left -= 1;
            }
        }
    }
    Ok(out)
}

/// `s.rsplit(sep, maxsplit)`.
pub fn rsplit<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<&'a str>, PyErrKind> {
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut out = Vec::new();
    match sep {
        Some("") => return Err(empty_sep()),
        Some(sep) => {
            let mut rest = s;
            while left > 0 {
                match rest.rfind(sep) {
                    Some(i) => {
                        out.push(&rest[i + sep.len()..]);
                        rest = &rest[..i];
                        left -= 1;
                    }
                    None => break,
                }
            }
            out.push(rest);
        }
        None => {
            let mut rest = s.trim_end_matches(is_space);
            while !rest.is_empty() {
                if left == 0 {
                    out.push(rest);
                    break;
                }
                let i = rest.rfind(is_space).map_or(0, |i| {
                    i + rest[i..].chars().next().map_or(1, char::len_utf8)
                });
                out.push(&rest[i..]);
                rest = rest[..i].trim_end_matches(is_space);
                left -= 1;
            }
        }
    }
    out.reverse();
    Ok(out)
}

/// Python's line boundaries for `splitlines`.
fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `s.splitlines(keepends)`.
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if is_linebreak(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(_, '\n')) = it.peek() {
                    it.next();
                    end += 1;
                }
            }
            out.push(&s[start..if keepends { end } else { i }]);
            start = end;
        }
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

/// `s.partition(sep)`.
pub fn partition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), PyErrKind> {
    if sep.is_empty() {
        return Err(empty_sep());
    }
    Ok(match s.find(sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => (s, "", ""),
    })
}

/// `s.rpartition(sep)`.
pub fn rpartition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), PyErrKind> {
    if sep.is_empty() {
        return Err(empty_sep());
    }
    Ok(match s.rfind(sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => ("", "", s),
    })
}

// ----- stripping / replacing / padding ----------------------------------------

/// `s.strip(chars)`; `None` strips whitespace.
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    rstrip(lstrip(s, chars), chars)
}

pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_start_matches(is_space),
        Some(cs) => s.trim_start_matches(|c| cs.contains(c)),
    }
}

pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_end_matches(is_space),
        Some(cs) => s.trim_end_matches(|c| cs.contains(c)),
    }
}

/// `s.replace(old, new, count)`; `count < 0` means all.  An empty `old`
/// inserts `new` before every character and at the end.
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> String {
    let max = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    if old.is_empty() {
        let mut out = String::with_capacity(s.len() + new.len() * (char_len(s) + 1).min(max));
        let mut n = 0;
        for c in s.chars() {
            if n < max {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if n < max {
            out.push_str(new);
        }
        return out;
    }
    s.replacen(old, new, max)
}

/// `s.expandtabs(tabsize)`.
pub fn expandtabs(s: &str, tabsize: i64) -> String {
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    out
}

fn pad(s: &str, left: usize, right: usize, fill: char) -> String {
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

/// `s.center(width, fill)` (CPython's odd/even split rule).
pub fn center(s: &str, width: i64, fill: char) -> String {
    let len = char_len(s) as i64;
    if width <= len {
        return s.to_string();
    }
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    pad(s, left as usize, (marg - left) as usize, fill)
}

pub fn ljust(s: &str, width: i64, fill: char) -> String {
    let len = char_len(s) as i64;
    if width <= len {
        return s.to_string();
    }
    pad(s, 0, (width - len) as usize, fill)
}

pub fn rjust(s: &str, width: i64, fill: char) -> String {
    let len = char_len(s) as i64;
    if width <= len {
        return s.to_string();
    }
    pad(s, (width - len) as usize, 0, fill)
}

/// `s.zfill(width)`: zeros go after a leading sign.
pub fn zfill(s: &str, width: i64) -> String {
    let len = char_len(s) as i64;
    if width <= len {
        return s.to_string();
    }
    let n = (width - len) as usize;
    let (sign, rest) = match s.chars().next() {
        Some(c @ ('+' | '-')) => (Some(c), &s[1..]),
        _ => (None, s),
    };
    let mut out = String::with_capacity(width as usize);
    if let Some(c) = sign {
        out.push(c);
    }
    out.extend(std::iter::repeat_n('0', n));
    out.push_str(rest);
    out
}

/// `s * n`, refusing results longer than `max_bytes` (MemoryError) and
/// sizes that overflow `isize` (OverflowError, as CPython).
pub fn repeat(s: &str, n: i64, max_bytes: usize) -> Result<String, PyErrKind> {
    if n <= 0 || s.is_empty() {
        return Ok(String::new());
    }
    let total = (s.len() as u128) * (n as u128);
    if total > isize::MAX as u128 {
        return Err(PyErrKind::overflow("repeated string is too long"));
    }
    if total > max_bytes as u128 {
        return Err(PyErrKind::MemoryError);
    }
    Ok(s.repeat(n as usize))
}

// ----- case mapping --------------------------------------------------------

/// Unicode `Cased` (`_PyUnicode_IsCased`).
pub fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || ut::in_table(&ut::TITLECASE_LETTERS, c)
}

/// Unicode `Case_Ignorable`, derived from Rust's own Final_Sigma handling
/// (std exposes no direct predicate): a case-ignorable `x` is skipped when
/// looking for the cased letter after a capital sigma.
fn is_case_ignorable(x: char) -> bool {
    if is_cased(x) {
        format!("A\u{3a3}{x}").to_lowercase().contains('\u{3c2}')
    } else {
        format!("A\u{3a3}{x}a").to_lowercase().contains('\u{3c3}')
    }
}

/// `handle_capital_sigma`: is the sigma at `i` word-final?
fn final_sigma(chars: &[char], i: usize) -> bool {
    let before = chars[..i].iter().rev().find(|c| !is_case_ignorable(**c));
    if !before.is_some_and(|c| is_cased(*c)) {
        return false;
    }
    let after = chars[i + 1..].iter().find(|c| !is_case_ignorable(**c));
    !after.is_some_and(|c| is_cased(*c))
}

/// Full lower-case mapping of `chars[i]` (with the Final_Sigma rule).
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    if chars[i] == '\u{3a3}' {
        out.push(if final_sigma(chars, i) {
            '\u{3c2}'
        } else {
            '\u{3c3}'
        });
    } else {
        out.extend(chars[i].to_lowercase());
    }
}

fn push_title(out: &mut String, c: char) {
    match ut::lookup_map(&ut::TITLE_MAP, c) {
        Some(t) => out.push_str(t),
        None => out.extend(c.to_uppercase()),
    }
}

/// `s.lower()` (Rust implements the same Final_Sigma rule).
pub fn lower(s: &str) -> String {
    s.to_lowercase()
}

/// `s.upper()`.
pub fn upper(s: &str) -> String {
    s.to_uppercase()
}

/// `s.title()`: title-case after an uncased char, lower-case after a cased one.
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

/// `s.capitalize()` (3.8+: first char title-cased, rest lower-cased).
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower(&mut out, &chars, i);
        }
    }
    out
}

/// `s.swapcase()`.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            push_lower(&mut out, &chars, i);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// `s.casefold()` (full case folding).
pub fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match ut::lookup_map(&ut::CASEFOLD_MAP, c) {
            Some(f) => out.push_str(f),
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}

// ----- predicates ----------------------------------------------------------

fn all_nonempty(s: &str, f: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

pub fn is_decimal_char(c: char) -> bool {
    decimal_value(c).is_some()
}
pub fn is_digit_char(c: char) -> bool {
    decimal_value(c).is_some() || ut::in_table(&ut::DIGIT_NOT_DECIMAL, c)
}
pub fn is_numeric_char(c: char) -> bool {
    ut::in_table(&ut::NUMERIC, c)
}
pub fn is_alpha_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        ut::in_table(&ut::ALPHA, c)
    }
}

pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, is_decimal_char)
}
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, is_digit_char)
}
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, is_numeric_char)
}
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, is_alpha_char)
}
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, |c| {
        is_alpha_char(c) || is_numeric_char(c) || is_digit_char(c)
    })
}
pub fn isspace(s: &str) -> bool {
    all_nonempty(s, is_space)
}
pub fn isprintable(s: &str) -> bool {
    s.chars().all(is_printable)
}
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}

/// `s.isidentifier()`: XID_Start or `_`, then XID_Continue.
pub fn isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if c == '_' || ut::in_table(&ut::XID_START, c) => {
            it.all(|c| ut::in_table(&ut::XID_CONTINUE, c))
        }
        _ => false,
    }
}

fn is_title_char(c: char) -> bool {
    ut::in_table(&ut::TITLECASE_LETTERS, c)
}

/// `s.islower()`: no upper/title-case chars and at least one lower-case.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_title_char(c) {
            return false;
        }
        cased |= c.is_lowercase();
    }
    cased
}

/// `s.isupper()`.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_lowercase() || is_title_char(c) {
            return false;
        }
        cased |= c.is_uppercase();
    }
    cased
}

/// `s.istitle()`.
pub fn istitle(s: &str) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for c in s.chars() {
        if c.is_uppercase() || is_title_char(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

#[cfg(test)]
#[path = "str_ops_tests.rs"]
mod tests;
