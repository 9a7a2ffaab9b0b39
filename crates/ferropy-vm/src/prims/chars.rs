//! Character classification shared by the numeric parsers and str helpers,
//! and Python's `repr()` of a `str`.
//!
//! Mirrors `Objects/unicodectype.c` (`_PyUnicode_IsWhitespace`,
//! `_PyUnicode_ToDecimalDigit`, `_PyUnicode_IsPrintable`) and
//! `unicode_repr` in `Objects/unicodeobject.c`.  The tables are CPython
//! 3.11's (Unicode 14.0), generated with `python3` and `unicodedata`.
//! Printability uses Rust's own `escape_debug` table, which is defined with
//! exactly Python's rule (not Cc/Cf/Cs/Co/Cn/Zl/Zp/Zs, except space) but may
//! be for a newer Unicode version: newly assigned characters can differ.

/// Code points of every Unicode decimal digit zero (category Nd, value 0);
/// each is followed by the digits 1..9 (checked when generated).
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// `unicodedata.decimal(c)`: the value of a decimal digit (`str.isdecimal`).
pub fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    if i == 0 {
        return None;
    }
    let d = cp - DECIMAL_ZEROS[i - 1];
    (d < 10).then_some(d)
}

/// `str.isspace()` for one character (Python's definition differs from
/// Rust's `is_whitespace`: it includes U+001C..U+001F).
pub fn is_space(c: char) -> bool {
    matches!(
        c as u32,
        0x9..=0xd
            | 0x1c..=0x20
            | 0x85
            | 0xa0
            | 0x1680
            | 0x2000..=0x200a
            | 0x2028
            | 0x2029
            | 0x202f
            | 0x205f
            | 0x3000
    )
}

/// `str.isprintable()` for one character.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    // `str::escape_debug` leaves a non-first char alone iff it is
    // printable in Python's sense (grapheme extenders are only escaped in
    // first position, hence the leading 'a').
    let mut buf = [0u8; 8];
    buf[0] = b'a';
    let n = c.encode_utf8(&mut buf[1..]).len();
    let s = std::str::from_utf8(&buf[..n + 1]).expect("utf8");
    s.escape_debug().nth(1) == Some(c) && s.escape_debug().count() == 2
}

/// Python's `repr(s)` for a str.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => {
                let cp = c as u32;
                if cp < 0x100 {
                    out.push_str(&format!("\\x{cp:02x}"));
                } else if cp < 0x10000 {
                    out.push_str(&format!("\\u{cp:04x}"));
                } else {
                    out.push_str(&format!("\\U{cp:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('\u{663}'), Some(3)); // ARABIC-INDIC DIGIT THREE
        assert_eq!(decimal_value('\u{ff19}'), Some(9)); // FULLWIDTH 9
        assert_eq!(decimal_value('\u{1d7ff}'), Some(9)); // MATHEMATICAL MONOSPACE 9
        assert_eq!(decimal_value('\u{b2}'), None); // superscript two: digit, not decimal
        assert_eq!(decimal_value('a'), None);
    }

    #[test]
    fn spaces_and_printable() {
        assert!(is_space('\x1c') && is_space('\u{3000}') && is_space('\u{85}'));
        assert!(!is_space('\u{200b}') && !is_space('a'));
        assert!(is_printable('é') && is_printable('€') && is_printable('😀'));
        assert!(is_printable('\u{301}')); // combining acute: Mn is printable
        assert!(!is_printable('\u{a0}') && !is_printable('\u{ad}') && !is_printable('\x7f'));
        assert!(!is_printable('\u{2028}') && !is_printable('\u{e000}'));
    }

    #[test]
    fn reprs() {
        // python3: repr() of each string.
        assert_eq!(repr_str("abc"), "'abc'");
        assert_eq!(repr_str("it's"), "\"it's\"");
        assert_eq!(repr_str("'\""), "'\\'\"'");
        assert_eq!(repr_str("a\tb\n\\\x00\x7f"), "'a\\tb\\n\\\\\\x00\\x7f'");
        assert_eq!(
            repr_str("é\u{a0}\u{2028}\u{e000}\u{10ffff}"),
            "'é\\xa0\\u2028\\ue000\\U0010ffff'"
        );
    }
}
