//! f-strings: splitting an f-string body into literal text and `{value!conv:spec}` fields.
//!
//! Python 3.11 lexes an f-string as one STRING token and parses its fields afterwards
//! (`Parser/string_parser.c`: `fstring_find_literal`, `fstring_find_expr`). This module does
//! the same: it scans the raw body, decodes the literal pieces, and hands each field's text to
//! the expression parser with the field's real source location, so nested nodes carry
//! CPython's line and column numbers. Like 3.11, it rejects backslashes and `#` inside fields,
//! and format specs nested more than two deep.

use crate::ast::*;
use crate::error::ErrorInfo;
use crate::lexer::LineMap;
use crate::strings::decode_str;
use crate::token::StrLit;

/// A piece of an f-string before neighbouring literals are merged.
pub enum FPart {
    Lit(String),
    /// A `FormattedValue` node.
    Value(Expr),
}

/// Merge neighbouring literal pieces into single `Constant` nodes and drop empty ones.
/// Every part gets the span of the whole string, as CPython 3.11 gives them, except the
/// trailing literal, which gets `tail` (CPython builds it when finishing the (sub)string).
pub fn join(pieces: Vec<FPart>, span: Span, tail: Span) -> Vec<Expr> {
    let mut out = Vec::new();
    let mut lit = String::new();
    for p in pieces {
        match p {
            FPart::Lit(s) => lit.push_str(&s),
            FPart::Value(e) => {
                if !lit.is_empty() {
                    let s = std::mem::take(&mut lit);
                    out.push(Expr {
                        kind: ExprKind::Constant(Constant::Str(s)),
                        span,
                    });
                }
                out.push(e);
            }
        }
    }
    if !lit.is_empty() {
        out.push(Expr {
            kind: ExprKind::Constant(Constant::Str(lit)),
            span: tail,
        });
    }
    out
}

/// Parse one f-string literal's body.
pub fn parse(lit: &StrLit, span: Span) -> Result<Vec<FPart>, ErrorInfo> {
    let mut p = FParser {
        body: &lit.body,
        b: lit.body.as_bytes(),
        map: LineMap::new(&lit.body, lit.body_start),
        raw: lit.is_raw,
        depth: lit.depth,
        span,
        tok_start: lit.start,
        tok_end: lit.end,
        i: 0,
    };
    let parts = p.pieces(0)?;
    if p.i < p.b.len() {
        // Only a spec-level `}` stops `pieces`, and level 0 never returns on one.
        return Err(p.err("f-string: single '}' is not allowed"));
    }
    Ok(parts)
}

struct FParser<'a> {
    body: &'a str,
    b: &'a [u8],
    map: LineMap,
    raw: bool,
    depth: u32,
    span: Span,
    tok_start: Loc,
    tok_end: Loc,
    i: usize,
}

impl FParser<'_> {
    /// Errors point just past the literal, as CPython 3.11 reports most f-string errors.
    fn err(&self, msg: &str) -> ErrorInfo {
        ErrorInfo::new(msg, self.tok_end, self.tok_end)
    }

    fn peek(&self, k: usize) -> u8 {
        self.b.get(self.i + k).copied().unwrap_or(0)
    }

    /// Literal text and fields up to the end of the body, or (inside a format spec,
    /// `nest > 0`) up to the `}` closing the enclosing field.
    fn pieces(&mut self, nest: u32) -> Result<Vec<FPart>, ErrorInfo> {
        let mut parts = Vec::new();
        let mut lit = String::new();
        loop {
            let start = self.i;
            while self.i < self.b.len() && !matches!(self.b[self.i], b'{' | b'}') {
                // `\N{...}` names a character; its braces are not a field.
                if !self.raw
                    && self.b[self.i] == b'\\'
                    && self.peek(1) == b'N'
                    && self.peek(2) == b'{'
                {
                    while self.i < self.b.len() && self.b[self.i] != b'}' {
                        self.i += 1;
                    }
                }
                self.i += 1;
            }
            let end = self.i.min(self.b.len());
            lit.push_str(&decode_str(&self.body[start..end], self.raw).map_err(|m| self.err(&m))?);
            if self.i >= self.b.len() {
                break;
            }
            let c = self.b[self.i];
            if nest > 0 && c == b'}' {
                break;
            }
            if nest == 0 && self.peek(1) == c {
                // `{{` and `}}` are literal braces.
                lit.push(c as char);
                self.i += 2;
                continue;
            }
            if c == b'}' {
                return Err(self.err("f-string: single '}' is not allowed"));
            }
            if !lit.is_empty() {
                parts.push(FPart::Lit(std::mem::take(&mut lit)));
            }
            self.i += 1;
            self.field(nest, &mut parts)?;
        }
        if !lit.is_empty() {
            parts.push(FPart::Lit(lit));
        }
        Ok(parts)
    }

    /// One replacement field; `self.i` is just after its `{`.
    fn field(&mut self, nest: u32, parts: &mut Vec<FPart>) -> Result<(), ErrorInfo> {
        if nest >= 2 {
            return Err(self.err("f-string: expressions nested too deeply"));
        }
        let start = self.i;
        let mut brackets: Vec<u8> = Vec::new();
        let mut quote: Option<(u8, bool)> = None;
        while self.i < self.b.len() {
            let c = self.b[self.i];
            if c == b'\\' {
                return Err(self.err("f-string expression part cannot include a backslash"));
            }
            if let Some((q, triple)) = quote {
                if c == q && (!triple || (self.peek(1) == q && self.peek(2) == q)) {
                    quote = None;
                    self.i += if triple { 3 } else { 1 };
                    continue;
                }
                self.i += 1;
                continue;
            }
            match c {
                b'\'' | b'"' => {
                    let triple = self.peek(1) == c && self.peek(2) == c;
                    quote = Some((c, triple));
                    self.i += if triple { 3 } else { 1 };
                    continue;
                }
                b'(' | b'[' | b'{' => {
                    if brackets.len() >= crate::lexer::MAX_PAREN_LEVEL {
                        return Err(self.err("f-string: too many nested parenthesis"));
                    }
                    brackets.push(c);
                }
                b')' | b']' | b'}' if !brackets.is_empty() => {
                    let open = brackets.pop().expect("non-empty");
                    let want = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if c != want {
                        return Err(self.err(&format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, open as char
                        )));
                    }
                }
                b')' | b']' => {
                    return Err(self.err(&format!("f-string: unmatched '{}'", c as char)));
                }
                b'#' => return Err(self.err("f-string expression part cannot include '#'")),
                b'}' | b':' if brackets.is_empty() => break,
                b'!' if brackets.is_empty() && self.peek(1) != b'=' => break,
                b'=' if brackets.is_empty()
                    && self.peek(1) != b'='
                    && !matches!(
                        self.b.get(self.i.wrapping_sub(1)),
                        Some(b'=' | b'!' | b'<' | b'>')
                    ) =>
                {
                    break
                }
                b'!' | b'=' | b'<' | b'>' if self.peek(1) == b'=' => self.i += 1,
                _ => {}
            }
            self.i += 1;
        }
        if quote.is_some() {
            return Err(self.err("f-string: unterminated string"));
        }
        if self.i >= self.b.len() {
            return Err(self.err("f-string: expecting '}'"));
        }
        let text = &self.body[start..self.i];
        if text.trim_matches([' ', '\t', '\n', '\x0c']).is_empty() {
            return Err(self.err("f-string: empty expression not allowed"));
        }
        let value = crate::parser::parse_field(text, self.map.loc(start), self.depth + 1)?;

        // `{expr=}`: the expression's text (and the `=` and spaces after it) goes first.
        let mut debug = false;
        if self.peek(0) == b'=' {
            self.i += 1;
            while matches!(self.peek(0), b' ' | b'\t' | b'\n' | 0x0c) {
                self.i += 1;
            }
            parts.push(FPart::Lit(self.body[start..self.i].to_owned()));
            debug = true;
        }
        let mut conversion = -1;
        if self.peek(0) == b'!' {
            self.i += 1;
            let c = self.peek(0);
            if self.i >= self.b.len() {
                return Err(self.err("f-string: expecting '}'"));
            }
            if !matches!(c, b's' | b'r' | b'a') {
                return Err(
                    self.err("f-string: invalid conversion character: expected 's', 'r', or 'a'")
                );
            }
            conversion = c as i32;
            self.i += 1;
        }
        let mut format_spec = None;
        if self.peek(0) == b':' {
            self.i += 1;
            let spec = self.pieces(nest + 1)?;
            // CPython 3.11 gives a format spec, and the text after its last field, the span of
            // its own literal rather than of the whole implicitly concatenated string.
            let span = Span::new(self.tok_start, self.tok_end);
            let values = join(spec, self.span, span);
            format_spec = Some(Box::new(Expr {
                kind: ExprKind::JoinedStr(values),
                span,
            }));
        }
        if self.peek(0) != b'}' {
            return Err(self.err("f-string: expecting '}'"));
        }
        self.i += 1;
        if debug && conversion == -1 && format_spec.is_none() {
            // `f"{x=}"` shows the repr unless a conversion or format spec says otherwise.
            conversion = b'r' as i32;
        }
        let kind = ExprKind::FormattedValue {
            value: Box::new(value),
            conversion,
            format_spec,
        };
        parts.push(FPart::Value(Expr {
            kind,
            span: self.span,
        }));
        Ok(())
    }
}
