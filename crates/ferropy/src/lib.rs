//! The `ferropy` facade: embed a Python 3.11-semantics interpreter in a Rust program.
//!
//! ```
//! use ferropy::{Interpreter, Limits, OutputBuffer};
//! let out = OutputBuffer::new();
//! let interp = Interpreter::builder()
//!     .stdout(out.clone())
//!     .limits(Limits::new().time(std::time::Duration::from_secs(5)))
//!     .build();
//! interp.add_function("double", |x: i64| x * 2).unwrap();
//! interp.run("for i in range(3):\n    print(double(i))").unwrap();
//! assert_eq!(out.contents(), "0\n2\n4\n");
//! ```
//!
//! - [`Interpreter`] (built with [`Interpreter::builder`]) runs source and files,
//!   evaluates expressions, gets and sets globals, imports modules and calls callables;
//!   it is `Send + Sync` and its GIL serialises host threads.
//! - [`IntoPy`] / [`FromPy`] convert values; [`PyObject`] keeps a Python object across
//!   calls; [`Bound`] is an object usable while the GIL is held ([`Python`]).
//! - [`Module`], [`Class`] and [`Interpreter::add_function`] extend Python from Rust.
//! - [`Limits`] and [`CancelHandle`] bound what a run may do; [`FileSystem`] decides what
//!   files a script sees. Every failure is one [`Error`].
//!
//! The pipeline behind it is source → `ferropy-syntax` → AST → `ferropy-compiler` → code
//! object → `ferropy-vm` (see ARCHITECTURE.md and docs/embedding.md).
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod builder;
mod child;
mod compile;
mod convert;
mod error;
mod frozen_hash;
mod host;
mod interpreter;
mod object;

pub use builder::{Builder, FileSystem, Limits, Output, OutputBuffer};
pub use compile::compile_source;
pub use convert::{Bytes, FromPy, IntoPy, IntoPyArgs, Kwargs};
pub use error::{Error, LimitKind, Result};
pub use host::{CallArgs, Class, HostFunction, HostInit, HostMethod, IntoPyResult, Module};
pub use interpreter::{CancelHandle, Interpreter, Python};
pub use object::{Bound, PyObject};

pub use ferropy_bytecode::CodeObject;
pub use ferropy_vm as vm;
pub use ferropy_vm::gil::GilOptions;
pub use ferropy_vm::memfs::MemFs;
