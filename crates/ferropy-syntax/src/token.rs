//! Tokens: the raw logos scanner ([`RawTok`]) and the tokens the grammar consumes ([`Tok`]).
//!
//! logos recognises the context-free pieces of Python's lexical grammar (names, operators,
//! comments, newlines) by regex; numbers and string literals are finished by hand-written
//! callbacks because their error messages and their triple-quote/escape rules are easier to
//! follow as code, as in CPython's `Parser/tokenizer.c`. Indentation, bracket nesting and
//! keyword recognition are the lexer's job (`lexer.rs`), not this file's.

use logos::{Lexer, Logos};
use num_bigint::BigInt;
use std::fmt;

/// What a raw scan error was; `lexer.rs` turns it into a CPython-worded message.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum RawError {
    /// A character that starts no token (the lexer reports `invalid character ...`).
    #[default]
    Unexpected,
    /// A malformed number, with CPython's message (e.g. "invalid decimal literal"), and
    /// the byte offset (from the token start) the message points at.
    Number(String, usize),
    /// A string literal that reaches the end of its line (or of the file, if triple-quoted).
    UnterminatedString { triple: bool },
}

/// The raw token classes logos produces. Whitespace between tokens is skipped here; the
/// lexer recovers indentation from the source text itself.
#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
#[logos(error = RawError)]
#[logos(skip r"[ \t\x0c]+")]
pub enum RawTok {
    /// Identifiers and keywords. Non-ASCII letters are accepted here and checked by the
    /// lexer, which reports `invalid character` for e.g. `€` like CPython does.
    #[regex(r"[a-zA-Z_\u{80}-\u{10FFFF}][a-zA-Z0-9_\u{80}-\u{10FFFF}]*")]
    Name,
    #[regex(r"[0-9]", number)]
    #[regex(r"\.[0-9]", number)]
    Number,
    /// A string literal including its prefix and quotes; `string` finds its end.
    #[regex(r#"([rRuUfFbB]|[rR][bBfF]|[bBfF][rR])?["']"#, string)]
    String,
    #[regex(r"#[^\n]*")]
    Comment,
    #[token("\n")]
    Newline,
    /// A backslash continuation: the line break after it is not a token.
    #[token("\\\n")]
    Continuation,
    /// An operator or delimiter; the lexer reads which one from the source slice.
    #[token("(")]
    #[token(")")]
    #[token("[")]
    #[token("]")]
    #[token("{")]
    #[token("}")]
    #[token(":")]
    #[token(",")]
    #[token(";")]
    #[token("+")]
    #[token("-")]
    #[token("*")]
    #[token("/")]
    #[token("|")]
    #[token("&")]
    #[token("<")]
    #[token(">")]
    #[token("=")]
    #[token(".")]
    #[token("%")]
    #[token("==")]
    #[token("!=")]
    #[token("<=")]
    #[token(">=")]
    #[token("~")]
    #[token("^")]
    #[token("<<")]
    #[token(">>")]
    #[token("**")]
    #[token("+=")]
    #[token("-=")]
    #[token("*=")]
    #[token("/=")]
    #[token("%=")]
    #[token("&=")]
    #[token("|=")]
    #[token("^=")]
    #[token("<<=")]
    #[token(">>=")]
    #[token("**=")]
    #[token("//")]
    #[token("//=")]
    #[token("@")]
    #[token("@=")]
    #[token("->")]
    #[token("...")]
    #[token(":=")]
    Op,
}

/// Finish a number literal (CPython `tok_get`, the number branch). Only the shape is
/// checked here; `lexer.rs` converts the text to a value. Error offsets follow CPython:
/// a stray `_` is reported where it is, anything else at the literal's start.
fn number(lex: &mut Lexer<RawTok>) -> Result<(), RawError> {
    let matched = lex.slice().len();
    let first = lex.slice().as_bytes()[0];
    let rest = lex.remainder().as_bytes();
    let at = |i: usize| rest.get(i).copied().unwrap_or(0);
    let fail = |msg: &str, i: usize| Err(RawError::Number(msg.to_owned(), i));
    // digit ( '_'? digit )*, from `i`; Err(position of a bad '_').
    let digits = |mut i: usize, ok: &dyn Fn(u8) -> bool| -> Result<usize, usize> {
        loop {
            if ok(at(i)) {
                i += 1;
            } else if at(i) == b'_' {
                if ok(at(i + 1)) {
                    i += 2;
                } else {
                    return Err(i);
                }
            } else {
                return Ok(i);
            }
        }
    };
    let is_dec = |c: u8| c.is_ascii_digit();
    let mut is_float = matched == 2;
    let mut i;
    if matched == 2 {
        // `.5`: a fraction without an integer part.
        i = digits(0, &is_dec)
            .map_err(|u| RawError::Number("invalid decimal literal".into(), u + 2))?;
    } else if first == b'0' && matches!(at(0) | 0x20, b'x' | b'o' | b'b') {
        let (kind, ok): (&'static str, &dyn Fn(u8) -> bool) = match at(0) | 0x20 {
            b'x' => ("hexadecimal", &|c: u8| c.is_ascii_hexdigit()),
            b'o' => ("octal", &|c: u8| (b'0'..=b'7').contains(&c)),
            _ => ("binary", &|c: u8| c == b'0' || c == b'1'),
        };
        let msg = match kind {
            "hexadecimal" => "invalid hexadecimal literal",
            "octal" => "invalid octal literal",
            _ => "invalid binary literal",
        };
        i = 1;
        if at(i) == b'_' {
            i += 1;
        }
        if !ok(at(i)) {
            if at(i).is_ascii_digit() {
                return fail(
                    &format!("invalid digit '{}' in {kind} literal", at(i) as char),
                    i + 1,
                );
            }
            return fail(msg, 1);
        }
        i = digits(i, ok).map_err(|u| RawError::Number(msg.into(), u + 1))?;
        if at(i).is_ascii_digit() {
            return fail(
                &format!("invalid digit '{}' in {kind} literal", at(i) as char),
                i + 1,
            );
        }
        if ident_follows(&rest[i..]) {
            return fail(msg, 0);
        }
        lex.bump(i);
        return Ok(());
    } else {
        i = digits(0, &is_dec)
            .map_err(|u| RawError::Number("invalid decimal literal".into(), u + 1))?;
        if at(i) == b'.' {
            is_float = true;
            i = digits(i + 1, &is_dec)
                .map_err(|u| RawError::Number("invalid decimal literal".into(), u + 1))?;
        }
    }
    // Exponent: `e` not followed by digits may still start a keyword (`1else`).
    if at(i) | 0x20 == b'e' {
        let mut j = i + 1;
        if at(j) == b'+' || at(j) == b'-' {
            j += 1;
        }
        if at(j).is_ascii_digit() {
            i = digits(j, &is_dec)
                .map_err(|u| RawError::Number("invalid decimal literal".into(), u + 1))?;
            is_float = true;
        }
    }
    let is_imag = at(i) | 0x20 == b'j';
    if is_imag {
        i += 1;
    }
    if ident_follows(&rest[i..]) {
        return fail("invalid decimal literal", 0);
    }
    // `0777` is an error in Python 3; `000`, `0_0` and `09.5` are fine.
    let text = &lex.remainder()[..i];
    if !is_float && !is_imag && first == b'0' && text.bytes().any(|c| matches!(c, b'1'..=b'9')) {
        return fail(
            "leading zeros in decimal integer literals are not permitted; \
             use an 0o prefix for octal integers",
            0,
        );
    }
    lex.bump(i);
    Ok(())
}

/// Whether an identifier character follows a number. CPython lets the keywords that can
/// legally follow an operand (`1if x else 2`, `1or 2`) through with only a warning
/// (`verify_end_of_number`), so those are not an identifier here.
fn ident_follows(rest: &[u8]) -> bool {
    let c = rest.first().copied().unwrap_or(0);
    if !(c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80) {
        return false;
    }
    !["and", "else", "for", "if", "in", "is", "not", "or"]
        .iter()
        .any(|k| rest.starts_with(k.as_bytes()))
}

/// Find the end of a string literal whose prefix and opening quote logos matched.
/// Escapes are skipped, not decoded: a backslash protects the next character, including
/// a quote or a line break. A single-quoted string may not contain a raw line break.
fn string(lex: &mut Lexer<RawTok>) -> Result<(), RawError> {
    let quote = *lex.slice().as_bytes().last().expect("matched a quote");
    let rest = lex.remainder().as_bytes();
    let triple = rest.len() >= 2 && rest[0] == quote && rest[1] == quote;
    let mut i = if triple { 2 } else { 0 };
    while i < rest.len() {
        let c = rest[i];
        if c == b'\\' {
            i += 2;
            continue;
        }
        if c == quote {
            if !triple {
                lex.bump(i + 1);
                return Ok(());
            }
            if i + 2 < rest.len() && rest[i + 1] == quote && rest[i + 2] == quote {
                lex.bump(i + 3);
                return Ok(());
            }
        } else if c == b'\n' && !triple {
            break;
        }
        i += 1;
    }
    // Consume what was scanned so the error span covers the literal's start.
    lex.bump(i.min(rest.len()));
    Err(RawError::UnterminatedString { triple })
}

/// A string literal as the lexer hands it to the parser: undecoded, so that f-string
/// fields can be located in the source. `body_start` is where the text after the opening
/// quote(s) begins; escape decoding happens in `strings.rs` when the parser joins literals.
#[derive(Clone, Debug, PartialEq)]
pub struct StrLit {
    pub is_bytes: bool,
    pub is_raw: bool,
    pub is_fstring: bool,
    /// The source text between the quotes.
    pub body: String,
    pub body_start: crate::ast::Loc,
    /// Where the literal (prefix included) starts.
    pub start: crate::ast::Loc,
    /// Where the literal (closing quotes included) ends.
    pub end: crate::ast::Loc,
    /// Expression nesting depth at the literal, so f-string fields keep counting from it.
    pub depth: u32,
}

/// The tokens the grammar consumes. Keywords are distinct tokens; soft keywords (`match`,
/// `case`, `_`) stay names, as in CPython.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    /// Invisible first token choosing what to parse (see `builders::Top`).
    StartModule,
    StartEval,
    StartField,
    Name(String),
    Int(BigInt),
    Float(f64),
    Imag(f64),
    Str(Box<StrLit>),
    Newline,
    Indent,
    Dedent,
    /// A `(` right after `with` whose matching `)` is followed by `:` — the 3.9+
    /// parenthesized with-items form, which an LR(1) grammar cannot tell from a
    /// parenthesized expression without this lookahead (see `lexer.rs`).
    WithLpar,
    // Delimiters and operators.
    Lpar,
    Rpar,
    Lsqb,
    Rsqb,
    Lbrace,
    Rbrace,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    Vbar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinusEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VbarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    Rarrow,
    Ellipsis,
    ColonEqual,
    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
}

/// The operator token for an operator's spelling.
pub fn op_token(s: &str) -> Option<Tok> {
    Some(match s {
        "(" => Tok::Lpar,
        ")" => Tok::Rpar,
        "[" => Tok::Lsqb,
        "]" => Tok::Rsqb,
        "{" => Tok::Lbrace,
        "}" => Tok::Rbrace,
        ":" => Tok::Colon,
        "," => Tok::Comma,
        ";" => Tok::Semi,
        "+" => Tok::Plus,
        "-" => Tok::Minus,
        "*" => Tok::Star,
        "/" => Tok::Slash,
        "|" => Tok::Vbar,
        "&" => Tok::Amper,
        "<" => Tok::Less,
        ">" => Tok::Greater,
        "=" => Tok::Equal,
        "." => Tok::Dot,
        "%" => Tok::Percent,
        "==" => Tok::EqEqual,
        "!=" => Tok::NotEqual,
        "<=" => Tok::LessEqual,
        ">=" => Tok::GreaterEqual,
        "~" => Tok::Tilde,
        "^" => Tok::Circumflex,
        "<<" => Tok::LeftShift,
        ">>" => Tok::RightShift,
        "**" => Tok::DoubleStar,
        "+=" => Tok::PlusEqual,
        "-=" => Tok::MinusEqual,
        "*=" => Tok::StarEqual,
        "/=" => Tok::SlashEqual,
        "%=" => Tok::PercentEqual,
        "&=" => Tok::AmperEqual,
        "|=" => Tok::VbarEqual,
        "^=" => Tok::CircumflexEqual,
        "<<=" => Tok::LeftShiftEqual,
        ">>=" => Tok::RightShiftEqual,
        "**=" => Tok::DoubleStarEqual,
        "//" => Tok::DoubleSlash,
        "//=" => Tok::DoubleSlashEqual,
        "@" => Tok::At,
        "@=" => Tok::AtEqual,
        "->" => Tok::Rarrow,
        "..." => Tok::Ellipsis,
        ":=" => Tok::ColonEqual,
        _ => return None,
    })
}

/// The keyword token for a name, if it is one of Python 3.11's hard keywords.
pub fn keyword_token(s: &str) -> Option<Tok> {
    Some(match s {
        "False" => Tok::False,
        "None" => Tok::None,
        "True" => Tok::True,
        "and" => Tok::And,
        "as" => Tok::As,
        "assert" => Tok::Assert,
        "async" => Tok::Async,
        "await" => Tok::Await,
        "break" => Tok::Break,
        "class" => Tok::Class,
        "continue" => Tok::Continue,
        "def" => Tok::Def,
        "del" => Tok::Del,
        "elif" => Tok::Elif,
        "else" => Tok::Else,
        "except" => Tok::Except,
        "finally" => Tok::Finally,
        "for" => Tok::For,
        "from" => Tok::From,
        "global" => Tok::Global,
        "if" => Tok::If,
        "import" => Tok::Import,
        "in" => Tok::In,
        "is" => Tok::Is,
        "lambda" => Tok::Lambda,
        "nonlocal" => Tok::Nonlocal,
        "not" => Tok::Not,
        "or" => Tok::Or,
        "pass" => Tok::Pass,
        "raise" => Tok::Raise,
        "return" => Tok::Return,
        "try" => Tok::Try,
        "while" => Tok::While,
        "with" => Tok::With,
        "yield" => Tok::Yield,
        _ => return None,
    })
}

impl Tok {
    /// True for tokens that can end an expression (used to spot a missing comma).
    pub fn ends_expr(&self) -> bool {
        matches!(
            self,
            Tok::Name(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Imag(_)
                | Tok::Str(_)
                | Tok::Rpar
                | Tok::Rsqb
                | Tok::Rbrace
                | Tok::True
                | Tok::False
                | Tok::None
                | Tok::Ellipsis
        )
    }
    /// True for tokens that can start an operand (used to spot a missing comma).
    pub fn starts_atom(&self) -> bool {
        matches!(
            self,
            Tok::Name(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Imag(_)
                | Tok::Str(_)
                | Tok::Lpar
                | Tok::Lsqb
                | Tok::Lbrace
                | Tok::True
                | Tok::False
                | Tok::None
                | Tok::Ellipsis
                | Tok::Lambda
                | Tok::Not
                | Tok::Tilde
                | Tok::Await
        )
    }
}

impl fmt::Display for Tok {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self:?}")
    }
}
