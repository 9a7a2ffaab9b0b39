//! `from __future__ import ...`: which compile-time features a module turns on.
//!
//! Mirrors CPython's `Python/future.c`: future statements are only recognised at the top of a
//! module (after an optional docstring); unknown features are errors. Every feature except
//! `annotations` is already mandatory in Python 3, so only that one changes code generation
//! (annotations become strings and are never evaluated, PEP 563).

use crate::error::{CResult, CompileError};
use ferropy_syntax::ast::{Module, Stmt, StmtKind};

/// The features a module enabled.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Future {
    pub annotations: bool,
    /// Line of the last leading future statement; a later one is an error (`ff_lineno`).
    pub last_line: u32,
}

const KNOWN: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

fn is_docstring(s: &Stmt) -> bool {
    matches!(&s.kind, StmtKind::Expr(e) if matches!(&e.kind, ferropy_syntax::ast::ExprKind::Constant(ferropy_syntax::ast::Constant::Str(_))))
}

/// Scan the leading future statements of `module` (`future_parse`).
pub fn parse(module: &Module, filename: &str) -> CResult<Future> {
    let mut future = Future::default();
    for (i, s) in module.body.iter().enumerate() {
        if i == 0 && is_docstring(s) {
            continue;
        }
        let StmtKind::ImportFrom {
            module: Some(m),
            names,
            ..
        } = &s.kind
        else {
            break;
        };
        if m != "__future__" {
            break;
        }
        for alias in names {
            match alias.name.as_str() {
                "annotations" => future.annotations = true,
                "braces" => return Err(CompileError::syntax("not a chance", filename, alias.span)),
                name if KNOWN.contains(&name) => {}
                name => {
                    return Err(CompileError::syntax(
                        format!("future feature {name} is not defined"),
                        filename,
                        alias.span,
                    ))
                }
            }
        }
        future.last_line = s.span.start.line;
    }
    Ok(future)
}
