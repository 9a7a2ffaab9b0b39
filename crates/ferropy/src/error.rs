//! [`Error`]: everything that can go wrong when a host runs Python code.

use crate::object::PyObject;
pub use ferropy_vm::limits::LimitKind;

/// The result type of the embedding API.
///
/// ```
/// fn answer(interp: &ferropy::Interpreter) -> ferropy::Result<i64> {
///     interp.eval("6 * 7")
/// }
/// assert_eq!(answer(&ferropy::Interpreter::builder().build()).unwrap(), 42);
/// ```
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong running Python code. `Send + Sync`, so it can cross
/// threads; its `Display` is what `python3` would print on stderr.
///
/// ```
/// let interp = ferropy::Interpreter::builder().build();
/// let err = interp.run("1 / 0").unwrap_err();
/// assert_eq!(err.type_name(), Some("ZeroDivisionError"));
/// assert!(err.to_string().ends_with("ZeroDivisionError: division by zero\n"));
/// ```
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The source did not compile (`SyntaxError`, `IndentationError`, `TabError`).
    /// `traceback` is the report CPython prints, caret line included.
    #[error("{traceback}")]
    Syntax {
        /// `SyntaxError`, `IndentationError` or `TabError`.
        type_name: String,
        /// The message alone (`invalid syntax`, `'(' was never closed`…).
        message: String,
        /// The file name the source was compiled as (`<string>` for `run`).
        filename: String,
        /// 1-based line; 0 when unknown.
        line: u32,
        /// 1-based column; 0 when unknown.
        column: u32,
        /// The whole report, as python3 prints it.
        traceback: String,
    },
    /// An uncaught Python exception. `traceback` is formatted as CPython prints it
    /// (`Traceback (most recent call last):` … `Type: message`); `exception` is the
    /// exception object itself (None for errors a host function made with
    /// [`Error::new`] that never became a Python object).
    #[error("{traceback}")]
    Exception {
        /// The exception class's name (`ValueError`).
        type_name: String,
        /// `str(exception)`.
        message: String,
        /// The whole report, as python3 prints it.
        traceback: String,
        /// The exception object (bind it with [`PyObject::bind`] to inspect it).
        exception: Option<PyObject>,
    },
    /// The script raised `SystemExit` (or called `sys.exit`): `code` is the exit status
    /// `python3` would use, `message` what it would print (empty for integer codes).
    #[error("{message}")]
    Exit {
        /// The exit status.
        code: i32,
        /// What python3 would print on stderr (empty for integer codes).
        message: String,
    },
    /// A host limit stopped the run (see [`crate::Limits`]); the interpreter stays usable.
    #[error("ferropy: {}", .0.describe())]
    Limit(LimitKind),
    /// A file given to [`crate::Interpreter::run_file`] could not be read.
    #[error("{0}")]
    Io(String),
}

impl Error {
    /// An exception to raise from a host function: `type_name` names a builtin exception
    /// class (`"ValueError"`, `"KeyError"`, …; unknown names become `RuntimeError`).
    ///
    /// ```
    /// let e = ferropy::Error::new("ValueError", "bad input");
    /// assert_eq!(e.to_string(), "ValueError: bad input\n");
    /// ```
    pub fn new(type_name: &str, message: impl Into<String>) -> Error {
        let message = message.into();
        let traceback = if message.is_empty() {
            format!("{type_name}\n")
        } else {
            format!("{type_name}: {message}\n")
        };
        Error::Exception {
            type_name: type_name.to_string(),
            message,
            traceback,
            exception: None,
        }
    }

    /// The Python exception class name, for syntax errors and exceptions.
    ///
    /// ```
    /// let e = ferropy::Error::new("KeyError", "'x'");
    /// assert_eq!(e.type_name(), Some("KeyError"));
    /// ```
    pub fn type_name(&self) -> Option<&str> {
        match self {
            Error::Syntax { type_name, .. } | Error::Exception { type_name, .. } => Some(type_name),
            Error::Exit { .. } => Some("SystemExit"),
            _ => None,
        }
    }

    /// The limit that stopped the run, if one did.
    ///
    /// ```
    /// use ferropy::{Interpreter, Limits, LimitKind};
    /// let interp = Interpreter::builder()
    ///     .limits(Limits::new().instructions(10_000))
    ///     .build();
    /// let e = interp.run("while True: pass").unwrap_err();
    /// assert_eq!(e.limit(), Some(LimitKind::Instructions));
    /// ```
    pub fn limit(&self) -> Option<LimitKind> {
        match self {
            Error::Limit(k) => Some(*k),
            _ => None,
        }
    }
}
