//! `SyntaxError`: the one error type the front end reports, shaped like CPython's
//! `SyntaxError` attributes (`filename`, `lineno`, `offset`, `end_lineno`, `end_offset`, `text`).

use crate::ast::Loc;
use std::fmt;

/// Which Python exception class the error becomes. CPython raises `IndentationError` and
/// `TabError` (subclasses of `SyntaxError`) from its tokenizer, and `RecursionError` when an
/// expression is nested too deeply to compile ("maximum recursion depth exceeded during
/// compilation"), which the front end reproduces so that the CLI can print the right type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    RecursionError,
}

impl SyntaxErrorKind {
    /// The Python class name, as a traceback prints it.
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::RecursionError => "RecursionError",
        }
    }
}

impl fmt::Display for SyntaxErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A located syntax error. `line`/`col` are 1-based like CPython's `lineno`/`offset`
/// (so `col` is the 0-based byte column plus one); a `line` of 0 means "no location"
/// (CPython leaves `lineno` as None for e.g. the null-byte error and `RecursionError`).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.display_line())]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub filename: String,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
    /// The source line the error is on, without its newline.
    pub text: Option<String>,
}

impl SyntaxError {
    /// `str(exc)` in CPython: `msg (filename, line N)` when located, else just `msg`.
    fn display_line(&self) -> String {
        if self.line > 0 {
            format!("{} ({}, line {})", self.msg, self.filename, self.line)
        } else {
            self.msg.clone()
        }
    }
}

/// An error found before the filename and source text are attached: what the lexer,
/// the grammar actions and the f-string parser produce internally.
#[derive(Clone, Debug, PartialEq)]
pub struct ErrorInfo {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub start: Loc,
    pub end: Loc,
}

impl ErrorInfo {
    pub fn new(msg: impl Into<String>, start: Loc, end: Loc) -> ErrorInfo {
        ErrorInfo {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            start,
            end,
        }
    }
    pub fn with_kind(mut self, kind: SyntaxErrorKind) -> ErrorInfo {
        self.kind = kind;
        self
    }
    /// Attach the filename and the offending source line. `source` is the whole
    /// (newline-normalised) source text that `start` indexes into.
    pub fn into_syntax_error(self, source: &str, filename: &str) -> SyntaxError {
        let (line, col, end_line, end_col, text) = if self.start.line == 0 {
            (0, 0, 0, 0, None)
        } else {
            let text = source
                .split('\n')
                .nth(self.start.line as usize - 1)
                .map(str::to_owned);
            (
                self.start.line,
                self.start.col + 1,
                self.end.line,
                self.end.col + 1,
                text,
            )
        };
        SyntaxError {
            kind: self.kind,
            msg: self.msg,
            filename: filename.to_owned(),
            line,
            col,
            end_line,
            end_col,
            text,
        }
    }
}
