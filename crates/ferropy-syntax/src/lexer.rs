//! The lexer: logos raw tokens → the token stream the grammar reads.
//!
//! On top of `token.rs` this adds what a regular scanner cannot know, following CPython's
//! `Parser/tokenizer.c`: NEWLINE only at the end of a logical line (blank and comment-only
//! lines, and line breaks inside brackets, are NL trivia — implicit line joining); INDENT and
//! DEDENT from a stack of indentation columns, with CPython's tab rules (`TabError`) and its
//! 100-level limit; bracket matching with its 200-level limit and its messages; keywords vs
//! names; number values; and the nesting-depth guard that keeps every later recursive pass
//! (the LR parser's tree building and dropping, the compiler) off the end of the Rust stack.

use crate::ast::Loc;
use crate::error::{ErrorInfo, SyntaxErrorKind};
use crate::token::{keyword_token, op_token, RawError, RawTok, StrLit, Tok};
use logos::Logos;
use num_bigint::BigInt;
use num_traits::Num;
use std::ops::Range;

/// CPython's tokenizer refuses a 201st open bracket (`MAXLEVEL` in `tokenizer.h`).
pub const MAX_PAREN_LEVEL: usize = 200;
/// CPython's tokenizer refuses a 100th indentation level (`MAXINDENT`).
pub const MAX_INDENT: usize = 100;
/// How many nesting-adding tokens (operators, `.`, brackets, `lambda`, `not`, ...) one
/// expression may chain before the front end gives up with CPython's
/// "RecursionError: maximum recursion depth exceeded during compilation". It bounds the
/// depth of every expression tree, so no recursive walk over the AST can overflow the Rust
/// stack. CPython's own limit is about 3000 levels; ours is lower because our passes
/// recurse on the Rust stack (see `docs/divergences.md`).
pub const MAX_EXPR_DEPTH: u32 = 1000;

/// A token the lexer produced, with its source range. `Comment`, `Nl` and `EndMarker`
/// appear only when trivia was requested (for `--tokens`).
#[derive(Clone, Debug, PartialEq)]
pub struct LexTok {
    pub kind: Kind,
    pub start: Loc,
    pub end: Loc,
    /// Byte range in the lexed text.
    pub range: Range<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Kind {
    Tok(Tok),
    Comment,
    Nl,
    EndMarker,
}

/// How to lex: a whole module, or an f-string replacement field (which starts at `base`
/// in the enclosing source and behaves as if inside parentheses, as CPython parses it).
#[derive(Clone, Copy, Debug, Default)]
pub struct LexOptions {
    pub base: Loc,
    pub in_parens: bool,
    pub depth: u32,
    pub trivia: bool,
}

impl LexOptions {
    /// Options for a whole source text starting at line 1, column 0.
    pub fn source() -> LexOptions {
        LexOptions {
            base: Loc { line: 1, col: 0 },
            ..LexOptions::default()
        }
    }
}

/// Maps byte offsets of the lexed text to `Loc`s.
pub struct LineMap {
    starts: Vec<usize>,
    base: Loc,
}

impl LineMap {
    pub fn new(src: &str, base: Loc) -> LineMap {
        let mut starts = vec![0];
        starts.extend(src.match_indices('\n').map(|(i, _)| i + 1));
        LineMap { starts, base }
    }
    pub fn loc(&self, off: usize) -> Loc {
        let i = self.starts.partition_point(|&s| s <= off) - 1;
        let col = (off - self.starts[i]) as u32;
        if i == 0 {
            Loc {
                line: self.base.line,
                col: self.base.col + col,
            }
        } else {
            Loc {
                line: self.base.line + i as u32,
                col,
            }
        }
    }
}

/// One open bracket: its character, where it is, and the nesting-depth counter state.
struct Open {
    ch: u8,
    loc: Loc,
    base: u32,
}

struct Lexer<'s> {
    src: &'s str,
    map: LineMap,
    opts: LexOptions,
    out: Vec<LexTok>,
    /// Indentation columns, CPython's `indstack` (tabs to multiples of 8) and `altindstack`
    /// (tabs as one column); their disagreement is a `TabError`.
    indents: Vec<(u32, u32)>,
    brackets: Vec<Open>,
    /// Nesting-adding tokens seen in the current expression element (see `MAX_EXPR_DEPTH`).
    depth: u32,
    depth_base: u32,
    /// A bracket still open at the end of the source (see [`lex_deferred`]).
    unclosed: Option<ErrorInfo>,
}

/// Lex `src` into tokens, or the first lexical error.
pub fn lex(src: &str, opts: LexOptions) -> Result<Vec<LexTok>, ErrorInfo> {
    match lex_deferred(src, opts)? {
        (_, Some(unclosed)) => Err(unclosed),
        (toks, None) => Ok(toks),
    }
}

/// Lex `src`; a bracket left open at the end is not an error yet but returned beside the
/// tokens (which then stop at the end of the source). CPython's tokenizer runs in step
/// with the parser, so a syntax error before the end (`def f(:`) is reported as that
/// error, and "'(' was never closed" only when the parser runs out of tokens.
pub fn lex_deferred(
    src: &str,
    opts: LexOptions,
) -> Result<(Vec<LexTok>, Option<ErrorInfo>), ErrorInfo> {
    let mut lx = Lexer {
        src,
        map: LineMap::new(src, opts.base),
        opts,
        out: Vec::new(),
        indents: vec![(0, 0)],
        brackets: Vec::new(),
        depth: opts.depth,
        depth_base: opts.depth,
        unclosed: None,
    };
    lx.run()?;
    let mut toks = lx.out;
    mark_with_parens(&mut toks);
    Ok((toks, lx.unclosed))
}

impl Lexer<'_> {
    fn err(&self, msg: impl Into<String>, start: usize, end: usize) -> ErrorInfo {
        ErrorInfo::new(msg, self.map.loc(start), self.map.loc(end))
    }

    fn push(&mut self, kind: Kind, range: Range<usize>) {
        if matches!(kind, Kind::Tok(_)) || self.opts.trivia {
            let (start, end) = (self.map.loc(range.start), self.map.loc(range.end));
            self.out.push(LexTok {
                kind,
                start,
                end,
                range,
            });
        }
    }

    fn in_brackets(&self) -> bool {
        self.opts.in_parens || !self.brackets.is_empty()
    }

    fn run(&mut self) -> Result<(), ErrorInfo> {
        let mut raw = RawTok::lexer(self.src);
        let mut line_start = 0usize; // offset where the current physical line begins
        let mut at_line_start = !self.opts.in_parens;
        let mut line_has_tokens = false;
        let mut last_continuation = None;
        while let Some(res) = raw.next() {
            let span = raw.span();
            last_continuation = None;
            let kind = match res {
                Ok(k) => k,
                Err(e) => return Err(self.raw_error(e, span)),
            };
            if at_line_start && !matches!(kind, RawTok::Comment | RawTok::Newline) {
                at_line_start = false;
                self.indentation(line_start, span.start)?;
            }
            match kind {
                RawTok::Newline => {
                    if self.in_brackets() || !line_has_tokens {
                        self.push(Kind::Nl, span.clone());
                    } else {
                        self.push(Kind::Tok(Tok::Newline), span.clone());
                        self.depth = self.depth_base;
                    }
                    line_has_tokens = self.in_brackets() && line_has_tokens;
                    line_start = span.end;
                    at_line_start = !self.in_brackets();
                }
                RawTok::Comment => self.push(Kind::Comment, span),
                RawTok::Continuation => last_continuation = Some(span.start + 1),
                RawTok::Name => {
                    line_has_tokens = true;
                    self.name(span)?;
                }
                RawTok::Number => {
                    line_has_tokens = true;
                    let tok = self.number(span.clone())?;
                    self.push(Kind::Tok(tok), span);
                }
                RawTok::String => {
                    line_has_tokens = true;
                    self.string(span)?;
                }
                RawTok::Op => {
                    line_has_tokens = true;
                    self.op(span)?;
                }
            }
        }
        let end = self.src.len();
        if let Some(at) = last_continuation {
            return Err(self.err("unexpected EOF while parsing", at, at));
        }
        if let Some(open) = self.brackets.last() {
            self.unclosed = Some(ErrorInfo::new(
                format!("'{}' was never closed", open.ch as char),
                open.loc,
                open.loc,
            ));
            return Ok(());
        }
        if !line_has_tokens && line_start < end && self.opts.trivia {
            // tokenize ends a last comment-only line without a line break with an empty NL.
            self.push(Kind::Nl, end..end);
        }
        if line_has_tokens && !self.opts.in_parens {
            // A last line without a line break still ends its statement.
            self.push(Kind::Tok(Tok::Newline), end..end);
        }
        if !self.opts.in_parens {
            for _ in 1..self.indents.len() {
                self.push(Kind::Tok(Tok::Dedent), end..end);
            }
        }
        self.push(Kind::EndMarker, end..end);
        Ok(())
    }

    /// Turn a logos error into CPython's message for it.
    fn raw_error(&self, e: RawError, span: Range<usize>) -> ErrorInfo {
        match e {
            RawError::Number(msg, at) => {
                let p = span.start + at;
                self.err(msg, p, p)
            }
            RawError::UnterminatedString { triple } => {
                let last = self
                    .map
                    .loc(self.src.len().saturating_sub(1).max(span.start))
                    .line;
                let line = if triple {
                    last
                } else {
                    self.map.loc(span.start).line
                };
                let what = if triple {
                    "triple-quoted string literal"
                } else {
                    "string literal"
                };
                self.err(
                    format!("unterminated {what} (detected at line {line})"),
                    span.start,
                    span.start,
                )
            }
            RawError::Unexpected => {
                let c = self.src[span.start..].chars().next().unwrap_or(' ');
                if c == '\\' {
                    let p = span.start + 1;
                    self.err(
                        "unexpected character after line continuation character",
                        p,
                        p,
                    )
                } else if c.is_ascii_graphic() {
                    self.err("invalid syntax", span.start, span.start + 1)
                } else {
                    self.err(invalid_char_msg(c), span.start, span.start)
                }
            }
        }
    }

    /// Compare the new line's indentation with the stack (CPython `tok_get`, "Get indentation
    /// level") and emit INDENT/DEDENT tokens.
    fn indentation(&mut self, line_start: usize, first: usize) -> Result<(), ErrorInfo> {
        let (mut col, mut altcol) = (0u32, 0u32);
        for c in self.src[line_start..first].bytes() {
            match c {
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    altcol += 1;
                }
                0x0c => {
                    col = 0;
                    altcol = 0;
                }
                _ => {
                    col += 1;
                    altcol += 1;
                }
            }
        }
        let line_end = self.src[line_start..]
            .find('\n')
            .map_or(self.src.len(), |i| line_start + i);
        let tab_error = self
            .err(
                "inconsistent use of tabs and spaces in indentation",
                line_start,
                line_start,
            )
            .with_kind(SyntaxErrorKind::TabError);
        let &(top, alttop) = self.indents.last().expect("indent stack has a base");
        if col == top {
            if altcol != alttop {
                return Err(tab_error);
            }
        } else if col > top {
            if altcol <= alttop {
                return Err(tab_error);
            }
            if self.indents.len() >= MAX_INDENT {
                return Err(self
                    .err("too many levels of indentation", line_start, line_start)
                    .with_kind(SyntaxErrorKind::IndentationError));
            }
            self.indents.push((col, altcol));
            self.push(Kind::Tok(Tok::Indent), line_start..first);
        } else {
            while self.indents.len() > 1 && col < self.indents.last().unwrap().0 {
                self.indents.pop();
                self.push(Kind::Tok(Tok::Dedent), first..first);
            }
            let &(top, alttop) = self.indents.last().unwrap();
            if col != top {
                return Err(self
                    .err(
                        "unindent does not match any outer indentation level",
                        line_end,
                        line_end,
                    )
                    .with_kind(SyntaxErrorKind::IndentationError));
            }
            if altcol != alttop {
                return Err(tab_error);
            }
        }
        Ok(())
    }

    fn name(&mut self, span: Range<usize>) -> Result<(), ErrorInfo> {
        let text = &self.src[span.clone()];
        for (i, c) in text.char_indices() {
            let ok = c == '_'
                || if i == 0 {
                    c.is_alphabetic()
                } else {
                    c.is_alphanumeric()
                };
            if !ok {
                let p = span.start + i;
                return Err(self.err(invalid_char_msg(c), p, p));
            }
        }
        let tok = keyword_token(text).unwrap_or_else(|| Tok::Name(text.to_owned()));
        if matches!(
            tok,
            Tok::Not
                | Tok::And
                | Tok::Or
                | Tok::If
                | Tok::Lambda
                | Tok::Await
                | Tok::Yield
                | Tok::In
                | Tok::Is
        ) {
            self.deepen(span.clone())?;
        }
        self.push(Kind::Tok(tok), span);
        Ok(())
    }

    fn number(&self, span: Range<usize>) -> Result<Tok, ErrorInfo> {
        let text: String = self.src[span.clone()]
            .chars()
            .filter(|&c| c != '_')
            .collect();
        let lower = text.to_ascii_lowercase();
        let radix = match lower.get(..2) {
            Some("0x") => 16,
            Some("0o") => 8,
            Some("0b") => 2,
            _ => 10,
        };
        if radix != 10 {
            let v = BigInt::from_str_radix(&lower[2..], radix).expect("shape checked by token.rs");
            return Ok(Tok::Int(v));
        }
        if let Some(imag) = lower.strip_suffix('j') {
            return Ok(Tok::Imag(parse_float(imag)));
        }
        if lower.contains(['.', 'e']) {
            return Ok(Tok::Float(parse_float(&lower)));
        }
        Ok(Tok::Int(lower.parse().expect("shape checked by token.rs")))
    }

    fn string(&mut self, span: Range<usize>) -> Result<(), ErrorInfo> {
        let text = &self.src[span.clone()];
        let quote_at = text.find(['\'', '"']).expect("a string token has a quote");
        let prefix = text[..quote_at].to_ascii_lowercase();
        let q = &text[quote_at..];
        let qlen = if q.len() >= 6 && (q.starts_with("'''") || q.starts_with("\"\"\"")) {
            3
        } else {
            1
        };
        let body_range = span.start + quote_at + qlen..span.end - qlen;
        let lit = StrLit {
            is_bytes: prefix.contains('b'),
            is_raw: prefix.contains('r'),
            is_fstring: prefix.contains('f'),
            body: self.src[body_range.clone()].to_owned(),
            body_start: self.map.loc(body_range.start),
            start: self.map.loc(span.start),
            end: self.map.loc(span.end),
            depth: self.depth,
        };
        self.push(Kind::Tok(Tok::Str(Box::new(lit))), span);
        Ok(())
    }

    fn op(&mut self, span: Range<usize>) -> Result<(), ErrorInfo> {
        let text = &self.src[span.clone()];
        let tok = op_token(text).expect("logos matched a known operator");
        match tok {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => {
                if self.brackets.len() >= MAX_PAREN_LEVEL {
                    return Err(self.err("too many nested parentheses", span.start, span.end));
                }
                self.deepen(span.clone())?;
                let loc = self.map.loc(span.start);
                self.brackets.push(Open {
                    ch: text.as_bytes()[0],
                    loc,
                    base: self.depth_base,
                });
                self.depth_base = self.depth;
            }
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                let close = text.as_bytes()[0];
                let Some(open) = self.brackets.pop() else {
                    if self.opts.in_parens {
                        // The end of an f-string field is found by the f-string scanner,
                        // so a stray closer here is just bad syntax.
                        return Err(self.err("invalid syntax", span.start, span.end));
                    }
                    return Err(self.err(format!("unmatched '{text}'"), span.start, span.end));
                };
                let expected = match open.ch {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if close != expected {
                    let here = self.map.loc(span.start);
                    let mut msg = format!(
                        "closing parenthesis '{text}' does not match opening parenthesis '{}'",
                        open.ch as char
                    );
                    if open.loc.line != here.line {
                        msg += &format!(" on line {}", open.loc.line);
                    }
                    return Err(self.err(msg, span.start, span.start));
                }
                self.depth = self.depth_base;
                self.depth_base = open.base;
            }
            Tok::Comma | Tok::Semi | Tok::Colon => {
                if !matches!(tok, Tok::Colon) {
                    self.depth = self.depth_base;
                }
            }
            Tok::Equal
            | Tok::PlusEqual
            | Tok::MinusEqual
            | Tok::StarEqual
            | Tok::SlashEqual
            | Tok::PercentEqual
            | Tok::AmperEqual
            | Tok::VbarEqual
            | Tok::CircumflexEqual
            | Tok::LeftShiftEqual
            | Tok::RightShiftEqual
            | Tok::DoubleStarEqual
            | Tok::DoubleSlashEqual
            | Tok::AtEqual
            | Tok::Rarrow => self.depth = self.depth_base,
            _ => self.deepen(span.clone())?,
        }
        self.push(Kind::Tok(tok), span);
        Ok(())
    }

    /// Count one more nesting-adding token; see `MAX_EXPR_DEPTH`.
    fn deepen(&mut self, span: Range<usize>) -> Result<(), ErrorInfo> {
        self.depth += 1;
        if self.depth > MAX_EXPR_DEPTH {
            let _ = span;
            return Err(recursion_error());
        }
        Ok(())
    }
}

/// CPython's `RecursionError` for a program nested too deeply to compile; it carries no
/// location.
pub fn recursion_error() -> ErrorInfo {
    ErrorInfo::new(
        "maximum recursion depth exceeded during compilation",
        Loc::default(),
        Loc::default(),
    )
    .with_kind(SyntaxErrorKind::RecursionError)
}

fn invalid_char_msg(c: char) -> String {
    if c.is_control() || c.is_whitespace() {
        format!("invalid non-printable character U+{:04X}", c as u32)
    } else {
        format!("invalid character '{c}' (U+{:04X})", c as u32)
    }
}

/// Python float text (already without `_`) to f64. Rust's parser is correctly rounded,
/// like CPython's `_Py_dg_strtod`, and accepts `1.`, `.5` and `1e5`.
fn parse_float(s: &str) -> f64 {
    let s = if s.ends_with('.') {
        format!("{s}0")
    } else {
        s.to_owned()
    };
    s.replace(".e", ".0e")
        .parse()
        .expect("shape checked by token.rs")
}

/// The parenthesized with-items form (`with (open(a) as f, open(b) as g):`, Python 3.9+)
/// starts with a `(` an LR(1) parser cannot tell from a parenthesized expression. CPython's
/// PEG grammar tries the with-items reading first and takes it when the matching `)` is
/// followed by `:`; this pass makes that decision ahead of time by retagging such a `(`.
fn mark_with_parens(toks: &mut [LexTok]) {
    let code: Vec<usize> = (0..toks.len())
        .filter(|&i| matches!(toks[i].kind, Kind::Tok(_)))
        .collect();
    for w in 0..code.len().saturating_sub(1) {
        let (wi, pi) = (code[w], code[w + 1]);
        if !matches!(toks[wi].kind, Kind::Tok(Tok::With))
            || !matches!(toks[pi].kind, Kind::Tok(Tok::Lpar))
        {
            continue;
        }
        let mut level = 0usize;
        for j in w + 1..code.len() {
            match &toks[code[j]].kind {
                Kind::Tok(Tok::Lpar | Tok::Lsqb | Tok::Lbrace) => level += 1,
                Kind::Tok(Tok::Rpar | Tok::Rsqb | Tok::Rbrace) => {
                    level -= 1;
                    if level == 0 {
                        if let Some(&n) = code.get(j + 1) {
                            if matches!(toks[n].kind, Kind::Tok(Tok::Colon)) {
                                toks[pi].kind = Kind::Tok(Tok::WithLpar);
                            }
                        }
                        break;
                    }
                }
                _ => {}
            }
        }
    }
}
