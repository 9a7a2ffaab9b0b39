//! Assignment targets: plain, chained, unpacking (`UNPACK_SEQUENCE`/`UNPACK_EX`,
//! `unpack_helper`/`assignment_helper`), augmented (`compiler_augassign`, with the 3.11
//! `COPY`/`SWAP` shapes for attributes and subscripts), annotated (`compiler_annassign`), and
//! `del`.
//!
//! Targets are dispatched on their shape rather than their `ctx`, so the same functions serve
//! `=`, `for`, `with ... as`, comprehensions and `except ... as`.

use super::Compiler;
use crate::error::CResult;
use ferropy_bytecode::{Constant, Opcode};
use ferropy_syntax::ast::*;

fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Call { .. } => "function call",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } | ExprKind::BoolOp { .. } => "expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        _ => "expression",
    }
}

impl<'a> Compiler<'a> {
    /// Store the value on top of the stack into `target`.
    pub fn compile_store(&mut self, target: &'a Expr) -> CResult {
        self.enter_depth()?;
        let saved = self.loc();
        self.set_loc(target.span);
        let r = self.store_inner(target);
        self.restore_loc(saved);
        self.leave_depth();
        r
    }

    fn store_inner(&mut self, target: &'a Expr) -> CResult {
        match &target.kind {
            ExprKind::Name { id, .. } => self.nameop(id, ExprContext::Store),
            ExprKind::Attribute { value, attr, .. } => {
                if attr == "__debug__" {
                    return Err(self.error("cannot assign to __debug__"));
                }
                self.visit_expr(value)?;
                self.attr_op(Opcode::StoreAttr, attr, target.span);
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
                self.op(Opcode::StoreSubscr);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                self.unpack_helper(elts)?;
                for elt in elts {
                    match &elt.kind {
                        ExprKind::Starred { value, .. } => self.compile_store(value)?,
                        _ => self.compile_store(elt)?,
                    }
                }
                Ok(())
            }
            ExprKind::Starred { .. } => {
                Err(self.error("starred assignment target must be in a list or tuple"))
            }
            _ => Err(self.error(format!("cannot assign to {}", describe(target)))),
        }
    }

    /// `unpack_helper`: `UNPACK_EX` around one starred target, else `UNPACK_SEQUENCE`.
    fn unpack_helper(&mut self, elts: &[Expr]) -> CResult {
        let n = elts.len();
        let mut seen_star = false;
        for (i, elt) in elts.iter().enumerate() {
            if matches!(elt.kind, ExprKind::Starred { .. }) {
                if seen_star {
                    return Err(self.error("multiple starred expressions in assignment"));
                }
                if i >= 1 << 8 || n - i > (i32::MAX >> 8) as usize {
                    return Err(self.error("too many expressions in star-unpacking assignment"));
                }
                self.emit(Opcode::UnpackEx, (i + ((n - i - 1) << 8)) as u32);
                seen_star = true;
            }
        }
        if !seen_star {
            self.emit(Opcode::UnpackSequence, n as u32);
        }
        Ok(())
    }

    /// `del target`.
    pub fn compile_delete(&mut self, target: &'a Expr) -> CResult {
        self.enter_depth()?;
        let saved = self.loc();
        self.set_loc(target.span);
        let r = match &target.kind {
            ExprKind::Name { id, .. } => self.nameop(id, ExprContext::Del),
            ExprKind::Attribute { value, attr, .. } => {
                self.visit_expr(value)?;
                self.attr_op(Opcode::DeleteAttr, attr, target.span);
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
                self.op(Opcode::DeleteSubscr);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                elts.iter().try_for_each(|e| self.compile_delete(e))
            }
            _ => Err(self.error(format!("cannot delete {}", describe(target)))),
        };
        self.restore_loc(saved);
        self.leave_depth();
        r
    }

    /// An expression visited with `Store`/`Del` context outside an assignment statement.
    pub fn compile_store_or_delete(&mut self, e: &'a Expr, ctx: ExprContext) -> CResult {
        match ctx {
            ExprContext::Del => self.compile_delete(e),
            _ => self.compile_store(e),
        }
    }

    /// `a = b = value`.
    pub fn compile_assign(&mut self, targets: &'a [Expr], value: &'a Expr) -> CResult {
        // `a, b = b, a`: CPython's peephole turns BUILD_TUPLE n + UNPACK_SEQUENCE n into a
        // SWAP for n = 2 or 3 (and nothing for n = 1).
        if let ([target], ExprKind::Tuple { elts: values, .. }) = (targets, &value.kind) {
            if let ExprKind::Tuple { elts: names, .. } | ExprKind::List { elts: names, .. } =
                &target.kind
            {
                let no_star =
                    |v: &[Expr]| !v.iter().any(|x| matches!(x.kind, ExprKind::Starred { .. }));
                if names.len() == values.len()
                    && (1..=3).contains(&values.len())
                    && no_star(values)
                    && no_star(names)
                    && self.const_value(value).is_none()
                {
                    self.visit_exprs(values)?;
                    // Reversing two or three items is one SWAP of the ends.
                    if values.len() > 1 {
                        self.emit(Opcode::Swap, values.len() as u32);
                    }
                    let saved = self.loc();
                    self.set_loc(target.span);
                    for t in names {
                        self.compile_store(t)?;
                    }
                    self.restore_loc(saved);
                    return Ok(());
                }
            }
        }
        self.visit_expr(value)?;
        let n = targets.len();
        for (i, t) in targets.iter().enumerate() {
            if i + 1 < n {
                self.emit(Opcode::Copy, 1);
            }
            self.compile_store(t)?;
        }
        Ok(())
    }

    /// `compiler_augassign`.
    pub fn compile_augassign(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        op: Operator,
        value: &'a Expr,
    ) -> CResult {
        self.set_loc(target.span);
        match &target.kind {
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.visit_expr(obj)?;
                self.emit(Opcode::Copy, 1);
                self.attr_op(Opcode::LoadAttr, attr, target.span);
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.visit_expr(obj)?;
                self.visit_expr(slice)?;
                self.emit(Opcode::Copy, 2);
                self.emit(Opcode::Copy, 2);
                self.op(Opcode::BinarySubscr);
            }
            ExprKind::Name { id, .. } => self.nameop(id, ExprContext::Load)?,
            _ => {
                let what = match &target.kind {
                    ExprKind::Tuple { .. } => "'tuple'",
                    ExprKind::List { .. } => "'list'",
                    _ => describe(target),
                };
                return Err(self.error(format!(
                    "{what} is an illegal expression for augmented assignment"
                )));
            }
        }
        self.set_loc(s.span);
        self.visit_expr(value)?;
        self.emit(
            Opcode::BinaryOp,
            super::expr::binop_arg(op) + ferropy_bytecode::opcode::binop::INPLACE,
        );
        self.set_loc(target.span);
        match &target.kind {
            ExprKind::Attribute { attr, .. } => {
                self.emit(Opcode::Swap, 2);
                self.attr_op(Opcode::StoreAttr, attr, target.span);
            }
            ExprKind::Subscript { .. } => {
                self.emit(Opcode::Swap, 3);
                self.emit(Opcode::Swap, 2);
                self.op(Opcode::StoreSubscr);
            }
            ExprKind::Name { id, .. } => self.nameop(id, ExprContext::Store)?,
            _ => unreachable!("checked above"),
        }
        Ok(())
    }

    /// `compiler_annassign`: assign first; at module/class level a simple name's annotation
    /// is stored in `__annotations__`; elsewhere annotations are not evaluated.
    pub fn compile_annassign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CResult {
        if let Some(v) = value {
            self.visit_expr(v)?;
            self.compile_store(target)?;
        }
        let module_or_class = matches!(
            self.ur().kind,
            super::UnitKind::Module | super::UnitKind::Class
        );
        match &target.kind {
            ExprKind::Name { id, .. } => {
                if id == "__debug__" {
                    return Err(self.error("cannot assign to __debug__"));
                }
                if simple && module_or_class {
                    self.annotation_value(annotation)?;
                    self.emit_name(Opcode::LoadName, "__annotations__");
                    let mangled = self.mangle(id);
                    self.load_const(Constant::Str(mangled));
                    self.op(Opcode::StoreSubscr);
                }
            }
            ExprKind::Attribute { value: obj, .. } => {
                if value.is_none() {
                    self.check_ann_expr(obj)?;
                }
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                if value.is_none() {
                    self.check_ann_expr(obj)?;
                    self.check_ann_subscr(slice)?;
                }
            }
            _ => {
                return Err(self.error(format!(
                    "illegal target for annotation: {}",
                    describe(target)
                )))
            }
        }
        // Non-simple targets at module/class level evaluate (and drop) the annotation last.
        if !simple && module_or_class && !self.future.annotations {
            self.visit_expr(annotation)?;
            self.op(Opcode::PopTop);
        }
        Ok(())
    }

    fn annotation_value(&mut self, annotation: &'a Expr) -> CResult {
        if self.future.annotations {
            let saved = self.loc();
            self.set_loc(annotation.span);
            self.load_const(Constant::Str(crate::unparse::unparse(annotation)));
            self.restore_loc(saved);
            Ok(())
        } else {
            self.visit_expr(annotation)
        }
    }

    fn check_ann_expr(&mut self, e: &'a Expr) -> CResult {
        self.visit_expr(e)?;
        self.op(Opcode::PopTop);
        Ok(())
    }

    fn check_ann_subscr(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.check_ann_expr(part)?;
                }
                Ok(())
            }
            ExprKind::Tuple { elts, .. } => elts.iter().try_for_each(|x| self.check_ann_subscr(x)),
            _ => self.check_ann_expr(e),
        }
    }
}
