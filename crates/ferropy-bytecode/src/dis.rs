//! The disassembler: one code object to the text `dis.dis` prints (CPython 3.11 layout,
//! minus byte offsets: our operands are instruction indices, so the offset column shows
//! the index).

use crate::code::{CodeObject, Constant};
use crate::opcode::{binop, cmpop, OperandKind};
use std::fmt::Write;

/// Render a constant the way `dis` shows it in parentheses (its `repr`).
pub fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => float_repr(*f),
        Constant::Complex { real, imag } => {
            if *real == 0.0 && real.is_sign_positive() {
                format!("{}j", float_repr_short(*imag))
            } else {
                // Like CPython's complex repr: the imaginary part carries its own sign.
                let sign = if imag.is_sign_negative() && !imag.is_nan() {
                    ""
                } else {
                    "+"
                };
                format!(
                    "({}{sign}{}j)",
                    float_repr_short(*real),
                    float_repr_short(*imag)
                )
            }
        }
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => {
            // Double quotes when the content has `'` but no `"`, as `repr(bytes)` does.
            let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
                b'"'
            } else {
                b'\''
            };
            let mut out = String::from("b");
            out.push(quote as char);
            for &ch in b {
                match ch {
                    b'\\' => out.push_str("\\\\"),
                    c if c == quote => {
                        out.push('\\');
                        out.push(c as char);
                    }
                    b'\n' => out.push_str("\\n"),
                    b'\r' => out.push_str("\\r"),
                    b'\t' => out.push_str("\\t"),
                    0x20..=0x7e => out.push(ch as char),
                    _ => {
                        let _ = write!(out, "\\x{ch:02x}");
                    }
                }
            }
            out.push(quote as char);
            out
        }
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(constant_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Constant::FrozenSet(items) => {
            let parts: Vec<String> = items.iter().map(constant_repr).collect();
            format!("frozenset({{{}}})", parts.join(", "))
        }
        Constant::Code(code) => format!(
            "<code object {}, file \"{}\", line {}>",
            code.name, code.filename, code.first_line
        ),
    }
}

fn float_repr_short(f: f64) -> String {
    let s = float_repr(f);
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

/// Python's `repr(float)`: shortest round-trip digits in Python's layout.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    // Rust's `{:e}` gives the shortest round-trip digits; lay them out as Python does
    // (`float_repr_style = 'short'`: exponent form when exp < -4 or exp >= 16).
    let sci = format!("{:e}", f);
    let (mantissa, exp) = sci.split_once('e').expect("`{:e}` always has an exponent");
    let exp: i32 = exp.parse().expect("exponent is an integer");
    let (neg, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, mantissa),
    };
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if !(-4..16).contains(&exp) {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let _ = write!(out, "e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
    } else if exp < 0 {
        out.push_str("0.");
        for _ in 0..(-exp - 1) {
            out.push('0');
        }
        out.push_str(&digits);
    } else {
        let point = exp as usize + 1;
        if digits.len() <= point {
            out.push_str(&digits);
            for _ in digits.len()..point {
                out.push('0');
            }
            out.push_str(".0");
        } else {
            out.push_str(&digits[..point]);
            out.push('.');
            out.push_str(&digits[point..]);
        }
    }
    out
}

/// Python's `repr(str)`: single quotes unless the text has a `'` and no `"`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => {
                let n = c as u32;
                if n < 0x100 {
                    let _ = write!(out, "\\x{n:02x}");
                } else if n < 0x10000 {
                    let _ = write!(out, "\\u{n:04x}");
                } else {
                    let _ = write!(out, "\\U{n:08x}");
                }
            }
        }
    }
    out.push(quote);
    out
}

/// An approximation of CPython's `Py_UNICODE_ISPRINTABLE`: control characters, the
/// non-ASCII spaces and separators, and unassigned/private/surrogate ranges are escaped.
pub fn is_printable(c: char) -> bool {
    let n = c as u32;
    if n < 0x20 || n == 0x7f {
        return false;
    }
    if n < 0x7f {
        return true;
    }
    if (0x80..0xa0).contains(&n) || n == 0xa0 || n == 0xad {
        return false;
    }
    if c.is_whitespace() {
        // U+1680, U+2000..U+200A, U+2028, U+2029, U+202F, U+205F, U+3000 are Zs/Zl/Zp.
        return false;
    }
    !matches!(n, 0x200b..=0x200f | 0x202a..=0x202e | 0x2060..=0x206f | 0xfeff | 0xfff9..=0xfffb | 0xe000..=0xf8ff | 0xf0000..=0x10ffff)
}

/// Disassemble `code` and, recursively, the code objects among its constants, like
/// `dis.dis(code)`: one line per instruction with line number, index, name, operand and
/// the operand's meaning in parentheses.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_into(code, &mut out);
    out
}

fn disassemble_into(code: &CodeObject, out: &mut String) {
    let jump_targets: std::collections::BTreeSet<u32> = code
        .instructions
        .iter()
        .filter(|i| i.op.has_jump_target())
        .map(|i| i.arg)
        .chain(code.exception_table.iter().map(|e| e.target))
        .collect();
    let mut last_line = 0;
    for (index, ins) in code.instructions.iter().enumerate() {
        let line = code.line_of(index);
        if line != last_line && line != 0 {
            if index > 0 {
                out.push('\n');
            }
            let _ = write!(out, "{:>3} ", line);
            last_line = line;
        } else {
            out.push_str("    ");
        }
        let marker = if jump_targets.contains(&(index as u32)) {
            ">>"
        } else {
            "  "
        };
        let _ = write!(out, "{marker} {:>4} {:<20}", index, ins.op.name());
        let detail = operand_detail(code, ins.op.operand_kind(), ins.arg);
        if ins.op.operand_kind() != OperandKind::None {
            let _ = write!(out, " {}", ins.arg);
            if let Some(d) = detail {
                let _ = write!(out, " ({d})");
            }
        }
        let trimmed = out.trim_end().len();
        out.truncate(trimmed);
        out.push('\n');
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exception_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                e.start,
                e.end,
                e.target,
                e.depth,
                if e.push_lasti { " lasti" } else { "" }
            );
        }
    }
    for c in &code.constants {
        if let Constant::Code(inner) = c {
            let _ = writeln!(out, "\nDisassembly of {}:", constant_repr(c));
            disassemble_into(inner, out);
        }
    }
}

fn operand_detail(code: &CodeObject, kind: OperandKind, arg: u32) -> Option<String> {
    let a = arg as usize;
    match kind {
        OperandKind::None | OperandKind::Int => None,
        OperandKind::Const => code.constants.get(a).map(constant_repr),
        OperandKind::Name => code.names.get(a).cloned(),
        OperandKind::Local => code.localsplus_names.get(a).cloned(),
        OperandKind::Jump => Some(format!("to {arg}")),
        OperandKind::Global => code.names.get(a >> 1).map(|n| {
            if arg & 1 == 1 {
                format!("NULL + {n}")
            } else {
                n.clone()
            }
        }),
        OperandKind::BinOp => binop::SYMBOLS.get(a).map(|s| s.to_string()),
        OperandKind::CmpOp => cmpop::SYMBOLS.get(a).map(|s| s.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_layout_matches_python() {
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1e-5), "1e-05");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(1.5), "1.5");
        assert_eq!(float_repr(123456789012345680.0), "1.2345678901234568e+17");
        assert_eq!(float_repr(1e15), "1000000000000000.0");
        assert_eq!(float_repr(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(float_repr(-2.5e-7), "-2.5e-07");
    }

    #[test]
    fn str_repr_quotes_like_python() {
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("a'b\""), "'a\\'b\"'");
        assert_eq!(str_repr("\x00\u{e9}"), "'\\x00\u{e9}'");
    }

    #[test]
    fn constant_reprs_match_python() {
        assert_eq!(
            constant_repr(&Constant::Complex {
                real: 3.0,
                imag: -1.0
            }),
            "(3-1j)"
        );
        assert_eq!(
            constant_repr(&Constant::Complex {
                real: 0.0,
                imag: 2.0
            }),
            "2j"
        );
        assert_eq!(
            constant_repr(&Constant::Bytes(b"it's".to_vec())),
            "b\"it's\""
        );
        assert_eq!(
            constant_repr(&Constant::Bytes(b"a'\"".to_vec())),
            "b'a\\'\"'"
        );
    }
}
