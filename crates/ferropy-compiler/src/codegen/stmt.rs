//! Statements: the dispatcher (`compiler_visit_stmt`), module and class bodies
//! (`compiler_body`: `SETUP_ANNOTATIONS`, the docstring as `__doc__`), `if`, expression
//! statements, `assert`, `raise`, `del`, `global`/`nonlocal`/`pass`.

use super::{Compiler, UnitKind};
use crate::error::CResult;
use ferropy_bytecode::{Constant, Opcode};
use ferropy_syntax::ast::*;

/// The docstring of a body: its first statement, if that is a string literal.
pub(crate) fn docstring(body: &[Stmt]) -> Option<&str> {
    match &body.first()?.kind {
        StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant_::Str(s)),
            ..
        }) => Some(s),
        _ => None,
    }
}
use ferropy_syntax::ast::Constant as Constant_;

/// `find_ann`: does the body (not nested scopes) contain an annotated assignment?
pub(crate) fn find_ann(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => find_ann(body) || find_ann(orelse),
        StmtKind::With { body, .. } => find_ann(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            find_ann(body)
                || find_ann(orelse)
                || find_ann(finalbody)
                || handlers.iter().any(|h| find_ann(&h.body))
        }
        _ => false,
    })
}

impl<'a> Compiler<'a> {
    pub fn visit_body(&mut self, body: &'a [Stmt]) -> CResult {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    /// `compiler_body`: module and class bodies.
    pub fn compile_body(&mut self, body: &'a [Stmt]) -> CResult {
        // SETUP_ANNOTATIONS takes the line of the first statement.
        if self.ur().kind == UnitKind::Module {
            if let Some(first) = body.first() {
                self.set_loc(first.span);
            }
        }
        if find_ann(body) {
            self.op(Opcode::SetupAnnotations);
        }
        let mut rest = body;
        if let Some(doc) = docstring(body) {
            let first = &body[0];
            self.set_loc(first.span);
            self.load_const(Constant::Str(doc.to_string()));
            self.unset_loc();
            self.nameop("__doc__", ExprContext::Store)?;
            self.u().docstring = Some(doc.to_string());
            rest = &body[1..];
        }
        self.visit_body(rest)
    }

    pub fn visit_stmt(&mut self, s: &'a Stmt) -> CResult {
        self.enter_depth()?;
        self.set_loc(s.span);
        self.visit_stmt_inner(s)?;
        self.leave_depth();
        Ok(())
    }

    fn visit_stmt_inner(&mut self, s: &'a Stmt) -> CResult {
        match &s.kind {
            StmtKind::FunctionDef(f) => self.compile_function_def(f, s),
            StmtKind::ClassDef(c) => self.compile_class_def(c, s),
            StmtKind::Return(value) => self.compile_return(s, value.as_ref()),
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.compile_delete(t)),
            StmtKind::Assign { targets, value } => self.compile_assign(targets, value),
            StmtKind::AugAssign { target, op, value } => {
                self.compile_augassign(s, target, *op, value)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.compile_annassign(target, annotation, value.as_ref(), *simple),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async: false,
            } => self.compile_for(target, iter, body, orelse),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async: true,
            } => self.compile_async_for(s, target, iter, body, orelse),
            StmtKind::While { test, body, orelse } => self.compile_while(s, test, body, orelse),
            StmtKind::If { test, body, orelse } => self.compile_if(test, body, orelse),
            StmtKind::With {
                items,
                body,
                is_async: false,
            } => self.compile_with(s, items, body, 0),
            StmtKind::With {
                items,
                body,
                is_async: true,
            } => self.compile_async_with(s, items, body, 0),
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                    n += 1;
                    if let Some(c) = cause {
                        self.visit_expr(c)?;
                        n += 1;
                    }
                }
                self.emit(Opcode::RaiseVarargs, n);
                Ok(())
            }
            StmtKind::Try { is_star: true, .. } => {
                Err(self.error("'except*' is not supported by ferropy"))
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star: false,
            } => {
                if finalbody.is_empty() {
                    self.compile_try_except(body, handlers, orelse)
                } else {
                    self.compile_try_finally(body, handlers, orelse, finalbody)
                }
            }
            StmtKind::Assert { test, msg } => self.compile_assert(test, msg.as_ref()),
            StmtKind::Import(names) => self.compile_import(names),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.compile_from_import(s, module.as_deref(), names, *level),
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => Ok(()),
            StmtKind::Expr(value) => self.compile_expr_stmt(value),
            StmtKind::Pass => {
                self.op(Opcode::Nop);
                Ok(())
            }
            StmtKind::Break => self.compile_break(),
            StmtKind::Continue => self.compile_continue(),
        }
    }

    /// `compiler_visit_stmt_expr`.
    fn compile_expr_stmt(&mut self, value: &'a Expr) -> CResult {
        if self.interactive && self.units.len() <= 1 {
            self.visit_expr(value)?;
            self.op(Opcode::PrintExpr);
            return Ok(());
        }
        if matches!(value.kind, ExprKind::Constant(_)) {
            // A constant statement (docstring-like) does nothing; keep its line.
            self.op(Opcode::Nop);
            return Ok(());
        }
        self.visit_expr(value)?;
        self.unset_loc();
        self.op(Opcode::PopTop);
        Ok(())
    }

    /// `compiler_if`.
    fn compile_if(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let end = self.new_label();
        let next = if orelse.is_empty() {
            end
        } else {
            self.new_label()
        };
        self.jump_if(test, next, false)?;
        self.visit_body(body)?;
        if !orelse.is_empty() {
            self.unset_loc();
            self.b().jump(end);
            self.bind(next);
            self.visit_body(orelse)?;
        }
        self.bind(end);
        Ok(())
    }

    /// `compiler_assert`.
    fn compile_assert(&mut self, test: &'a Expr, msg: Option<&'a Expr>) -> CResult {
        let end = self.new_label();
        self.jump_if(test, end, true)?;
        self.op(Opcode::LoadAssertionError);
        if let Some(m) = msg {
            self.visit_expr(m)?;
            self.emit(Opcode::Call, 0);
        }
        self.emit(Opcode::RaiseVarargs, 1);
        self.bind(end);
        Ok(())
    }
}
