//! ferropy's compiler: an AST (`ferropy-syntax`) to code objects (`ferropy-bytecode`).
//!
//! The pipeline is CPython 3.11's:
//! 1. [`future`] reads the leading `from __future__ import ...` statements.
//! 2. [`symtable`] builds and analyses the symbol tables (local / global / free / cell,
//!    generator and coroutine flags).
//! 3. `codegen` walks the AST once, emitting instructions in CPython 3.11's shapes into a
//!    [`builder::Builder`] per code object, folding constants on the way ([`fold`]).
//! 4. The builder assembles each code object: exception table, stack depth, jump targets.
//!
//! Entry points: [`compile_module`] and [`compile_expression`].
#![forbid(unsafe_code)]

pub mod builder;
mod codegen;
pub mod error;
pub mod fold;
pub mod future;
pub mod symtable;
pub mod unparse;

pub use error::{CompileError, ErrorKind};

use codegen::{Compiler, UnitKind};
use ferropy_bytecode::CodeObject;
use ferropy_syntax::ast;
use std::sync::Arc;

/// What kind of source is being compiled (the `mode` argument of Python's `compile()`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module or `exec()` string: statements, returning None.
    Exec,
    /// `eval()`: the module must be a single expression statement; its value is returned.
    Eval,
    /// The REPL: like `Exec`, but expression statements print their value (`PRINT_EXPR`).
    Single,
}

/// Compile a parsed module into its `<module>` code object.
pub fn compile_module(
    module: &ast::Module,
    filename: &str,
    mode: Mode,
) -> Result<Arc<CodeObject>, CompileError> {
    if mode == Mode::Eval {
        return match module.body.as_slice() {
            [ast::Stmt {
                kind: ast::StmtKind::Expr(e),
                ..
            }] => compile_expression(e, filename),
            [first, ..] => Err(CompileError::syntax("invalid syntax", filename, first.span)),
            [] => Err(CompileError::syntax(
                "invalid syntax",
                filename,
                ast::Span::default(),
            )),
        };
    }
    let fut = future::parse(module, filename)?;
    let st = symtable::build_for_module(module, filename, fut)?;
    let mut c = Compiler::new(st, filename, mode == Mode::Single, fut);
    c.enter_scope("<module>", UnitKind::Module, 0, 1);
    if mode == Mode::Single {
        if codegen_find_ann(&module.body) {
            c.op(ferropy_bytecode::Opcode::SetupAnnotations);
        }
        c.visit_body(&module.body)?;
    } else {
        c.compile_body(&module.body)?;
    }
    c.exit_scope(true)
}

fn codegen_find_ann(body: &[ast::Stmt]) -> bool {
    codegen::find_ann(body)
}

/// Compile one expression into a code object that returns its value (for `eval()`).
pub fn compile_expression(
    expr: &ast::Expr,
    filename: &str,
) -> Result<Arc<CodeObject>, CompileError> {
    let st = symtable::build_for_expression(expr, filename)?;
    let mut c = Compiler::new(st, filename, false, future::Future::default());
    c.enter_scope("<module>", UnitKind::Module, 0, 1);
    c.visit_expr(expr)?;
    c.exit_scope(false)
}

#[cfg(test)]
mod tests;
