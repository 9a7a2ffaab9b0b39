//! String and bytes literals: escape decoding and implicit concatenation.
//!
//! The lexer hands over literals undecoded; here adjacent literals (`"a" 'b'`, `"x" f"{y}"`)
//! are joined into one `Constant` or `JoinedStr`, as CPython's `_PyPegen_concatenate_strings`
//! does, and escapes are decoded like `unicode_escape` / `bytes` literals. Error messages keep
//! CPython's `(unicode error) 'unicodeescape' codec can't decode bytes ...` wording.

use crate::ast::*;
use crate::error::ErrorInfo;
use crate::fstring::{self, FPart};
use crate::token::StrLit;

/// Join the adjacent literals of one atom (`l`..`r`) into one expression. The literals stay
/// boxed as the tokens carried them (boxing keeps `Tok` small).
#[allow(clippy::vec_box)]
pub fn concat(parts: Vec<Box<StrLit>>, l: Loc, r: Loc) -> Result<Expr, ErrorInfo> {
    let span = Span::new(l, r);
    // CPython reports literal errors just past the literal.
    let err = |msg: &str| ErrorInfo::new(msg, r, r);
    let bytes = parts[0].is_bytes;
    if parts.iter().any(|p| p.is_bytes != bytes) {
        return Err(err("cannot mix bytes and nonbytes literals"));
    }
    if bytes {
        let mut out = Vec::new();
        for p in &parts {
            out.extend(decode_bytes(&p.body, p.is_raw).map_err(|m| {
                // The ASCII check points at the literal's start, escape errors past its end.
                if m.starts_with("bytes can only") {
                    ErrorInfo::new(m, p.start, p.end)
                } else {
                    err(&m)
                }
            })?);
        }
        return Ok(Expr {
            kind: ExprKind::Constant(Constant::Bytes(out)),
            span,
        });
    }
    if !parts.iter().any(|p| p.is_fstring) {
        let mut out = String::new();
        for p in &parts {
            out.push_str(&decode_str(&p.body, p.is_raw).map_err(|m| err(&m))?);
        }
        return Ok(Expr {
            kind: ExprKind::Constant(Constant::Str(out)),
            span,
        });
    }
    // An f-string somewhere: the result is a JoinedStr whose neighbouring literal pieces are
    // merged into one Constant, and empty ones dropped (CPython `FstringParser`).
    let mut pieces: Vec<FPart> = Vec::new();
    for p in &parts {
        if p.is_fstring {
            pieces.extend(fstring::parse(p, span)?);
        } else {
            pieces.push(FPart::Lit(
                decode_str(&p.body, p.is_raw).map_err(|m| err(&m))?,
            ));
        }
    }
    Ok(Expr {
        kind: ExprKind::JoinedStr(fstring::join(pieces, span, span)),
        span,
    })
}

fn unicode_error(detail: &str, from: usize, to: usize) -> String {
    let pos = if to > from + 1 {
        format!("position {from}-{}", to - 1)
    } else {
        format!("position {from}")
    };
    format!("(unicode error) 'unicodeescape' codec can't decode bytes in {pos}: {detail}")
}

/// Decode a `str` literal body. Unknown escapes such as `\d` are kept as written (CPython
/// only warns about them). Byte positions in messages count from the body start.
pub fn decode_str(body: &str, raw: bool) -> Result<String, String> {
    if raw || !body.contains('\\') {
        return Ok(body.to_owned());
    }
    let mut out = String::with_capacity(body.len());
    let b = body.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let ch_len = body[i..].chars().next().map_or(1, char::len_utf8);
        if b[i] != b'\\' {
            out.push_str(&body[i..i + ch_len]);
            i += ch_len;
            continue;
        }
        let start = i;
        i += 1;
        let Some(&c) = b.get(i) else {
            // A trailing backslash cannot happen: it would have escaped the closing quote.
            out.push('\\');
            break;
        };
        i += 1;
        match c {
            b'\n' => {}
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(v).expect("at most 0o777"));
            }
            b'x' | b'u' | b'U' => {
                let (n, what) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let hex = body
                    .get(i..i + n)
                    .filter(|h| h.bytes().all(|d| d.is_ascii_hexdigit()));
                let Some(hex) = hex else {
                    let end = (i..(i + n).min(b.len()))
                        .take_while(|&j| b[j].is_ascii_hexdigit())
                        .last();
                    return Err(unicode_error(what, start, end.map_or(i, |e| e + 1)));
                };
                let v = u32::from_str_radix(hex, 16).expect("checked hex digits");
                i += n;
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    None if v > 0x10FFFF => {
                        return Err(unicode_error("illegal Unicode character", start, i));
                    }
                    None => {
                        // CPython strings can hold lone surrogates; ours are UTF-8.
                        return Err(format!(
                            "lone surrogate '\\u{v:04x}' in a string literal is not supported by ferropy"
                        ));
                    }
                }
            }
            b'N' => {
                // `\N{NAME}`: a Unicode character name or alias, matched case-insensitively
                // like CPython's `unicodedata` lookup.
                let brace = b.get(i) == Some(&b'{');
                let close = brace.then(|| body[i..].find('}')).flatten();
                let Some(close) = close.filter(|&c| c > 1) else {
                    // CPython reports up to the `}` (or the end), or just `\N` without `{`.
                    let end = match close {
                        Some(c) => i + c,
                        None if brace => b.len(),
                        None => i,
                    };
                    return Err(unicode_error("malformed \\N character escape", start, end));
                };
                let name = &body[i + 1..i + close];
                let end = i + close + 1;
                match unicode_names2::character(name) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(unicode_error("unknown Unicode character name", start, end));
                    }
                }
                i = end;
            }
            _ => {
                // Keep `\` and the (possibly multi-byte) character after it.
                out.push('\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}

/// Decode a `bytes` literal body: ASCII only, no `\u`/`\N` escapes.
pub fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, String> {
    if !body.is_ascii() {
        return Err("bytes can only contain ASCII literal characters".into());
    }
    let b = body.as_bytes();
    if raw {
        return Ok(b.to_vec());
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' || i + 1 >= b.len() {
            out.push(b[i]);
            i += 1;
            continue;
        }
        let start = i;
        let c = b[i + 1];
        i += 2;
        match c {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(c),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                let hex = body
                    .get(i..i + 2)
                    .filter(|h| h.bytes().all(|d| d.is_ascii_hexdigit()));
                let Some(hex) = hex else {
                    return Err(format!(
                        "(value error) invalid \\x escape at position {start}"
                    ));
                };
                out.push(u8::from_str_radix(hex, 16).expect("checked hex digits"));
                i += 2;
            }
            _ => {
                out.push(b'\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes() {
        assert_eq!(
            decode_str(r"a\n\t\x41\u00e9\101\q", false).unwrap(),
            "a\n\tAé\u{41}\\q"
        );
        assert_eq!(decode_str(r"a\n", true).unwrap(), r"a\n");
        assert_eq!(decode_str("a\\\nb", false).unwrap(), "ab");
        assert_eq!(
            decode_str(r"\x4", false).unwrap_err(),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"
        );
        assert_eq!(decode_bytes(r"\xff\0a", false).unwrap(), vec![255, 0, b'a']);
        assert!(decode_bytes("é", false).is_err());
    }
}
