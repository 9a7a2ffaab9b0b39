//! `CompileError`: what the compiler reports instead of a code object.
//!
//! CPython raises `SyntaxError` from both `symtable.c` and `compile.c` with a message and a
//! source range, and `RecursionError("maximum recursion depth exceeded during compilation")`
//! when the tree is nested too deeply to walk. We carry the same information; the VM turns it
//! into the Python exception.

use ferropy_syntax::ast::Span;
use std::fmt;

/// Which Python exception the error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    RecursionError,
    /// An internal inconsistency (a compiler bug, CPython's `SystemError`), never caused by
    /// valid or invalid source on its own.
    SystemError,
}

/// A located compile error. Lines and columns are 1-based, like `SyntaxError.lineno` and
/// `SyntaxError.offset`; `line == 0` means "no location" (RecursionError has none).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct CompileError {
    pub msg: String,
    pub filename: String,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
    pub kind: ErrorKind,
}

impl CompileError {
    /// A `SyntaxError` covering `span` (0-based columns in the span become 1-based).
    pub fn syntax(msg: impl Into<String>, filename: &str, span: Span) -> CompileError {
        CompileError {
            msg: msg.into(),
            filename: filename.to_string(),
            line: span.start.line,
            col: span.start.col + 1,
            end_line: span.end.line,
            end_col: span.end.col + 1,
            kind: ErrorKind::SyntaxError,
        }
    }

    /// CPython's `RecursionError: maximum recursion depth exceeded during compilation`.
    pub fn recursion(filename: &str) -> CompileError {
        CompileError {
            msg: "maximum recursion depth exceeded during compilation".into(),
            filename: filename.to_string(),
            line: 0,
            col: 0,
            end_line: 0,
            end_col: 0,
            kind: ErrorKind::RecursionError,
        }
    }

    /// An internal error (compiler bug).
    pub fn system(msg: impl Into<String>, filename: &str) -> CompileError {
        CompileError {
            msg: msg.into(),
            filename: filename.to_string(),
            line: 0,
            col: 0,
            end_line: 0,
            end_col: 0,
            kind: ErrorKind::SystemError,
        }
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.kind {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::RecursionError => "RecursionError",
            ErrorKind::SystemError => "SystemError",
        };
        if self.line > 0 {
            write!(
                f,
                "{kind}: {} ({}, line {})",
                self.msg, self.filename, self.line
            )
        } else {
            write!(f, "{kind}: {}", self.msg)
        }
    }
}

pub type CResult<T = ()> = Result<T, CompileError>;
