//! The error kinds raised by the primitives in this crate.
//!
//! The VM maps each variant onto the corresponding Python exception class; the
//! `String` payload is the exact message CPython 3.11 would use.

use std::fmt;

/// A Python exception to raise, with CPython's exact message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PyErrKind {
    ValueError(String),
    OverflowError(String),
    TypeError(String),
    ZeroDivisionError(String),
    /// `MemoryError` (CPython raises it without a message).
    MemoryError,
}

impl PyErrKind {
    pub fn value(msg: impl Into<String>) -> Self {
        PyErrKind::ValueError(msg.into())
    }
    pub fn overflow(msg: impl Into<String>) -> Self {
        PyErrKind::OverflowError(msg.into())
    }
    pub fn type_err(msg: impl Into<String>) -> Self {
        PyErrKind::TypeError(msg.into())
    }
    pub fn zero_div(msg: impl Into<String>) -> Self {
        PyErrKind::ZeroDivisionError(msg.into())
    }
    /// The Python exception class name.
    pub fn class_name(&self) -> &'static str {
        match self {
            PyErrKind::ValueError(_) => "ValueError",
            PyErrKind::OverflowError(_) => "OverflowError",
            PyErrKind::TypeError(_) => "TypeError",
            PyErrKind::ZeroDivisionError(_) => "ZeroDivisionError",
            PyErrKind::MemoryError => "MemoryError",
        }
    }
    /// The message (empty for `MemoryError`).
    pub fn message(&self) -> &str {
        match self {
            PyErrKind::ValueError(m)
            | PyErrKind::OverflowError(m)
            | PyErrKind::TypeError(m)
            | PyErrKind::ZeroDivisionError(m) => m,
            PyErrKind::MemoryError => "",
        }
    }
}

impl fmt::Display for PyErrKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message().is_empty() {
            write!(f, "{}", self.class_name())
        } else {
            write!(f, "{}: {}", self.class_name(), self.message())
        }
    }
}

impl std::error::Error for PyErrKind {}

/// Convenience alias.
pub type PyResult<T> = Result<T, PyErrKind>;
