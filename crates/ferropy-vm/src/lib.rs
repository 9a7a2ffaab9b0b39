//! ferropy's runtime: the refcounting heap, values and objects, the builtin types, the
//! object protocols, frames and the eval loop, generators, imports and the `builtins`
//! module. It sees code objects (`ferropy-bytecode`), never source or ASTs: `exec`,
//! `eval` and imports reach the compiler through [`Vm::compile_hook`], installed by the
//! `ferropy` facade.
//!
//! Map (see ARCHITECTURE.md for the whole picture):
//! - [`heap`] (`ObjRef`, trashcan), [`value`] (`Value`), [`object`] (payloads)
//! - [`dict`] (the compact hash table), [`types`] (one module per builtin type)
//! - [`protocol`] (attributes, calls, comparison, arithmetic, iteration, repr)
//! - [`frame`], [`eval`] (the dispatch loop), [`generator`]
//! - [`builtins`], [`import`], `format`, [`traceback`], [`prims`] (pure algorithms)

pub mod asyncgen;
pub mod builtins;
pub mod clock;
pub mod dict;
pub mod embed;
pub mod error;
pub mod eval;
pub mod exceptions_impl;
pub mod finalize;
pub mod format;
pub mod frame;
pub mod fs_policy;
pub mod gc;
pub mod generator;
pub mod gil;
pub mod heap;
pub mod import;
pub mod instance_attrs;
pub mod interp;
pub mod limits;
pub mod memfs;
pub mod object;
pub mod prims;
pub mod protocol;
pub mod stack;
pub mod thread;
pub mod traceback;
pub mod types;
pub mod value;
pub mod vm;
pub mod warnings;
pub mod weakref;

pub use error::{PyErr, PyResult};
pub use heap::ObjRef;
pub use value::Value;
pub use vm::{CompileMode, Vm};

/// A `PyErr` for raising `v` (an exception instance or class) from native code.
pub fn eval_raise(vm: &Vm, v: &Value) -> PyErr {
    match eval::make_exception(vm, v) {
        Ok(e) => PyErr { exc: e },
        Err(e) => e,
    }
}
