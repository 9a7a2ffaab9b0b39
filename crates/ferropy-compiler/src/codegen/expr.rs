//! Expressions: the dispatcher (`compiler_visit_expr`), conditional jumps (`compiler_jump_if`),
//! `and`/`or`, comparisons (including the chained form with `SWAP`/`COPY` and a cleanup
//! block), operators, conditional expressions, attribute/subscript/slice loads, the walrus,
//! and the literal displays (`starunpack_helper`, `compiler_dict`).

use super::{Compiler, STACK_USE_GUIDELINE};
use crate::builder::Label;
use crate::fold;
use ferropy_bytecode::opcode::{binop, cmpop};
use ferropy_bytecode::{Constant, Opcode};
use ferropy_syntax::ast::*;

use crate::error::CResult;

pub(crate) fn binop_arg(op: Operator) -> u32 {
    match op {
        Operator::Add => binop::ADD,
        Operator::Sub => binop::SUBTRACT,
        Operator::Mult => binop::MULTIPLY,
        Operator::MatMult => binop::MATRIX_MULTIPLY,
        Operator::Div => binop::TRUE_DIVIDE,
        Operator::Mod => binop::REMAINDER,
        Operator::Pow => binop::POWER,
        Operator::LShift => binop::LSHIFT,
        Operator::RShift => binop::RSHIFT,
        Operator::BitOr => binop::OR,
        Operator::BitXor => binop::XOR,
        Operator::BitAnd => binop::AND,
        Operator::FloorDiv => binop::FLOOR_DIVIDE,
    }
}

/// Which builder a display uses (`starunpack_helper`'s build/add/extend triple).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Display {
    List,
    Set,
    /// A tuple: built as a list and converted when it needs `*` or is big.
    Tuple,
}

impl<'a> Compiler<'a> {
    /// The compile-time value of `e`, if constant folding gives one.
    pub fn const_value(&mut self, e: &Expr) -> Option<Constant> {
        self.folder.fold(e)
    }

    pub fn visit_expr(&mut self, e: &'a Expr) -> CResult {
        self.enter_depth()?;
        let saved = self.loc();
        self.set_loc(e.span);
        let r = self.visit_expr_inner(e);
        self.restore_loc(saved);
        self.leave_depth();
        r
    }

    pub fn visit_exprs(&mut self, es: &'a [Expr]) -> CResult {
        es.iter().try_for_each(|e| self.visit_expr(e))
    }

    fn visit_expr_inner(&mut self, e: &'a Expr) -> CResult {
        if let Some(c) = self.const_value(e) {
            self.load_const(c);
            return Ok(());
        }
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                self.visit_expr(value)?;
                self.emit(Opcode::Copy, 1);
                self.compile_store(target)
            }
            ExprKind::BoolOp { op, values } => self.compile_boolop(*op, values),
            ExprKind::BinOp { left, op, right } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
                self.emit(Opcode::BinaryOp, binop_arg(*op));
                Ok(())
            }
            ExprKind::UnaryOp { op, operand } => {
                self.visit_expr(operand)?;
                self.op(match op {
                    UnaryOp::Invert => Opcode::UnaryInvert,
                    UnaryOp::Not => Opcode::UnaryNot,
                    UnaryOp::UAdd => Opcode::UnaryPositive,
                    UnaryOp::USub => Opcode::UnaryNegative,
                });
                Ok(())
            }
            ExprKind::Lambda { args, body } => self.compile_lambda(e, args, body),
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(test, next, false)?;
                self.visit_expr(body)?;
                self.unset_loc();
                self.b().jump(end);
                self.bind(next);
                self.set_loc(e.span);
                self.visit_expr(orelse)?;
                self.bind(end);
                Ok(())
            }
            ExprKind::Dict { keys, values } => self.compile_dict(keys, values),
            ExprKind::Set(elts) => self.starunpack(elts, 0, Display::Set),
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.compile_comprehension(e),
            ExprKind::Await(value) => self.compile_await(value),
            ExprKind::Yield(value) => self.compile_yield(value.as_deref()),
            ExprKind::YieldFrom(value) => self.compile_yield_from(value),
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compile_compare(left, ops, comparators),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.compile_call(e, func, args, keywords),
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => self.compile_formatted_value(value, *conversion, format_spec.as_deref()),
            ExprKind::JoinedStr(values) => self.compile_joined_str(values),
            ExprKind::Constant(c) => {
                self.load_const(fold::from_ast(c));
                Ok(())
            }
            ExprKind::Attribute { value, attr, ctx } => match ctx {
                ExprContext::Load => {
                    self.visit_expr(value)?;
                    self.attr_op(Opcode::LoadAttr, attr, e.span);
                    Ok(())
                }
                ExprContext::Store | ExprContext::Del => self.compile_store_or_delete(e, *ctx),
            },
            ExprKind::Subscript { value, slice, ctx } => match ctx {
                ExprContext::Load => {
                    self.visit_expr(value)?;
                    self.visit_expr(slice)?;
                    self.op(Opcode::BinarySubscr);
                    Ok(())
                }
                ExprContext::Store | ExprContext::Del => self.compile_store_or_delete(e, *ctx),
            },
            ExprKind::Starred {
                ctx: ExprContext::Store,
                ..
            } => Err(self.error("starred assignment target must be in a list or tuple")),
            ExprKind::Starred { .. } => Err(self.error("can't use starred expression here")),
            ExprKind::Name { id, ctx } => self.nameop(id, *ctx),
            ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => match ctx {
                ExprContext::Load => {
                    let kind = if matches!(e.kind, ExprKind::List { .. }) {
                        Display::List
                    } else {
                        Display::Tuple
                    };
                    self.starunpack(elts, 0, kind)
                }
                ExprContext::Store | ExprContext::Del => self.compile_store_or_delete(e, *ctx),
            },
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.visit_expr(p)?,
                        None => self.load_const(Constant::None),
                    }
                }
                let mut n = 2;
                if let Some(s) = step {
                    self.visit_expr(s)?;
                    n = 3;
                }
                self.emit(Opcode::BuildSlice, n);
                Ok(())
            }
        }
    }

    /// `LOAD_ATTR`/`STORE_ATTR`/`DELETE_ATTR`/`LOAD_METHOD` located on the attribute's last
    /// line, as CPython 3.11 does for multi-line attribute chains.
    pub fn attr_op(&mut self, op: Opcode, attr: &str, span: Span) {
        let saved = self.loc();
        let mut l = saved;
        l.line = span.end.line;
        self.restore_loc(l);
        self.emit_name(op, attr);
        self.restore_loc(saved);
    }

    /// Visit an iterable the way `ast_opt.c`'s `fold_iter` sees it: a list display becomes a
    /// tuple and a set display of constants a frozenset (for `for`, comprehensions and `in`).
    pub fn visit_iter(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::List {
                elts,
                ctx: ExprContext::Load,
            } if !elts
                .iter()
                .any(|x| matches!(x.kind, ExprKind::Starred { .. })) =>
            {
                self.enter_depth()?;
                let saved = self.loc();
                self.set_loc(e.span);
                let consts: Option<Vec<Constant>> =
                    elts.iter().map(|x| self.const_value(x)).collect();
                match consts {
                    Some(items) => self.load_const(Constant::Tuple(items)),
                    None => self.starunpack(elts, 0, Display::Tuple)?,
                }
                self.restore_loc(saved);
                self.leave_depth();
                Ok(())
            }
            ExprKind::Set(elts) => {
                let consts: Option<Vec<Constant>> =
                    elts.iter().map(|x| self.const_value(x)).collect();
                match consts {
                    Some(items) => {
                        let saved = self.loc();
                        self.set_loc(e.span);
                        self.load_const(frozenset(items));
                        self.restore_loc(saved);
                        Ok(())
                    }
                    None => self.visit_expr(e),
                }
            }
            _ => self.visit_expr(e),
        }
    }

    /// `compiler_boolop`: `JUMP_IF_FALSE_OR_POP` / `JUMP_IF_TRUE_OR_POP` to the end.
    fn compile_boolop(&mut self, op: BoolOp, values: &'a [Expr]) -> CResult {
        let jump = if op == BoolOp::And {
            Opcode::JumpIfFalseOrPop
        } else {
            Opcode::JumpIfTrueOrPop
        };
        let end = self.new_label();
        let (last, init) = values
            .split_last()
            .expect("a BoolOp has at least two values");
        for v in init {
            // A constant operand: CPython's peephole either drops the test (the value is
            // popped anyway) or makes it an unconditional jump keeping the value.
            if let Some(c) = self.const_value(v) {
                if fold::truthy(&c) == (op == BoolOp::Or) {
                    self.visit_expr(v)?;
                    self.b().jump(end);
                }
                continue;
            }
            self.visit_expr(v)?;
            self.b().emit_jump(jump, end);
        }
        self.visit_expr(last)?;
        self.bind(end);
        Ok(())
    }

    pub fn compare_op(&mut self, op: CmpOp) {
        let (opcode, arg) = match op {
            CmpOp::Eq => (Opcode::CompareOp, cmpop::EQ),
            CmpOp::NotEq => (Opcode::CompareOp, cmpop::NE),
            CmpOp::Lt => (Opcode::CompareOp, cmpop::LT),
            CmpOp::LtE => (Opcode::CompareOp, cmpop::LE),
            CmpOp::Gt => (Opcode::CompareOp, cmpop::GT),
            CmpOp::GtE => (Opcode::CompareOp, cmpop::GE),
            CmpOp::Is => (Opcode::IsOp, 0),
            CmpOp::IsNot => (Opcode::IsOp, 1),
            CmpOp::In => (Opcode::ContainsOp, 0),
            CmpOp::NotIn => (Opcode::ContainsOp, 1),
        };
        self.emit(opcode, arg);
    }

    /// The last comparator of `in`/`not in` gets `fold_iter`'s treatment.
    fn visit_comparator(&mut self, op: CmpOp, e: &'a Expr, is_last: bool) -> CResult {
        if is_last && matches!(op, CmpOp::In | CmpOp::NotIn) {
            self.visit_iter(e)
        } else {
            self.visit_expr(e)
        }
    }

    /// `compiler_compare`.
    fn compile_compare(
        &mut self,
        left: &'a Expr,
        ops: &[CmpOp],
        comparators: &'a [Expr],
    ) -> CResult {
        self.visit_expr(left)?;
        let n = ops.len() - 1;
        if n == 0 {
            self.visit_comparator(ops[0], &comparators[0], true)?;
            self.compare_op(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        for i in 0..n {
            self.visit_expr(&comparators[i])?;
            self.emit(Opcode::Swap, 2);
            self.emit(Opcode::Copy, 2);
            self.compare_op(ops[i]);
            self.b().emit_jump(Opcode::JumpIfFalseOrPop, cleanup);
        }
        self.visit_comparator(ops[n], &comparators[n], true)?;
        self.compare_op(ops[n]);
        let end = self.new_label();
        self.unset_loc();
        self.b().jump(end);
        self.bind(cleanup);
        self.emit(Opcode::Swap, 2);
        self.op(Opcode::PopTop);
        self.bind(end);
        Ok(())
    }

    /// `compiler_jump_if`: jump to `target` if `e` is true (`cond`) or false (`!cond`),
    /// without materialising a bool where the shape allows.
    pub fn jump_if(&mut self, e: &'a Expr, target: Label, cond: bool) -> CResult {
        self.enter_depth()?;
        let saved = self.loc();
        self.set_loc(e.span);
        let r = self.jump_if_inner(e, target, cond);
        self.restore_loc(saved);
        self.leave_depth();
        r
    }

    fn jump_if_inner(&mut self, e: &'a Expr, target: Label, cond: bool) -> CResult {
        // A constant test: CPython's peephole turns `LOAD_CONST; POP_JUMP_IF_*` into either
        // nothing or an unconditional jump.
        if let Some(c) = self.const_value(e) {
            // The NOP stands for the folded LOAD_CONST and keeps the test's line.
            self.op(Opcode::Nop);
            if fold::truthy(&c) == cond {
                self.b().jump(target);
            }
            return Ok(());
        }
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, target, !cond),
            ExprKind::BoolOp { op, values } => {
                let cond2 = *op == BoolOp::Or;
                let next2 = if cond2 != cond {
                    self.new_label()
                } else {
                    target
                };
                let (last, init) = values
                    .split_last()
                    .expect("a BoolOp has at least two values");
                for v in init {
                    self.jump_if(v, next2, cond2)?;
                }
                self.jump_if(last, target, cond)?;
                if next2 != target {
                    self.bind(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next2 = self.new_label();
                self.jump_if(test, next2, false)?;
                self.jump_if(body, target, cond)?;
                self.unset_loc();
                self.b().jump(end);
                self.bind(next2);
                self.jump_if(orelse, target, cond)?;
                self.bind(end);
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() > 1 => {
                let n = ops.len() - 1;
                let cleanup = self.new_label();
                self.visit_expr(left)?;
                for i in 0..n {
                    self.visit_expr(&comparators[i])?;
                    self.emit(Opcode::Swap, 2);
                    self.emit(Opcode::Copy, 2);
                    self.compare_op(ops[i]);
                    self.b().emit_jump(Opcode::PopJumpIfFalse, cleanup);
                }
                self.visit_comparator(ops[n], &comparators[n], true)?;
                self.compare_op(ops[n]);
                let jump = if cond {
                    Opcode::PopJumpIfTrue
                } else {
                    Opcode::PopJumpIfFalse
                };
                self.b().emit_jump(jump, target);
                let end = self.new_label();
                self.unset_loc();
                self.b().jump(end);
                self.bind(cleanup);
                self.op(Opcode::PopTop);
                if !cond {
                    self.b().jump(target);
                }
                self.bind(end);
                return Ok(());
            }
            // `x is None` / `x is not None`: CPython's peephole makes POP_JUMP_IF_(NOT_)NONE.
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if matches!(ops[0], CmpOp::Is | CmpOp::IsNot)
                && matches!(
                    comparators[0].kind,
                    ExprKind::Constant(ferropy_syntax::ast::Constant::None)
                ) =>
            {
                self.visit_expr(left)?;
                let is_not = ops[0] == CmpOp::IsNot;
                let jump = if is_not != cond {
                    Opcode::PopJumpIfNone
                } else {
                    Opcode::PopJumpIfNotNone
                };
                self.b().emit_jump(jump, target);
                return Ok(());
            }
            _ => {}
        }
        self.visit_expr(e)?;
        let jump = if cond {
            Opcode::PopJumpIfTrue
        } else {
            Opcode::PopJumpIfFalse
        };
        self.b().emit_jump(jump, target);
        Ok(())
    }

    /// `starunpack_helper`: lists, sets, tuples and call argument lists, with `pushed` items
    /// already on the stack that become the first elements.
    pub fn starunpack(&mut self, elts: &'a [Expr], pushed: u32, kind: Display) -> CResult {
        let (build, add, extend) = match kind {
            Display::List | Display::Tuple => {
                (Opcode::BuildList, Opcode::ListAppend, Opcode::ListExtend)
            }
            Display::Set => (Opcode::BuildSet, Opcode::SetAdd, Opcode::SetUpdate),
        };
        let n = elts.len();
        if n > 2 {
            let consts: Option<Vec<Constant>> = elts.iter().map(|x| self.const_value(x)).collect();
            if let Some(items) = consts {
                if kind == Display::Tuple && pushed == 0 {
                    self.load_const(Constant::Tuple(items));
                } else {
                    let folded = if kind == Display::Set {
                        frozenset(items)
                    } else {
                        Constant::Tuple(items)
                    };
                    self.emit(build, pushed);
                    self.load_const(folded);
                    self.emit(extend, 1);
                    if kind == Display::Tuple {
                        self.op(Opcode::ListToTuple);
                    }
                }
                return Ok(());
            }
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = elts
            .iter()
            .any(|x| matches!(x.kind, ExprKind::Starred { .. }));
        if !seen_star && !big {
            // fold_tuple_on_constants: a short tuple of constants is one constant too.
            if kind == Display::Tuple && pushed == 0 {
                let consts: Option<Vec<Constant>> =
                    elts.iter().map(|x| self.const_value(x)).collect();
                if let Some(items) = consts {
                    self.load_const(Constant::Tuple(items));
                    return Ok(());
                }
            }
            self.visit_exprs(elts)?;
            let op = if kind == Display::Tuple {
                Opcode::BuildTuple
            } else {
                build
            };
            self.emit(op, n as u32 + pushed);
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build, pushed);
            built = true;
        }
        for (i, elt) in elts.iter().enumerate() {
            if let ExprKind::Starred { value, .. } = &elt.kind {
                if !built {
                    self.emit(build, i as u32 + pushed);
                    built = true;
                }
                self.visit_expr(value)?;
                self.emit(extend, 1);
            } else {
                self.visit_expr(elt)?;
                if built {
                    self.emit(add, 1);
                }
            }
        }
        if kind == Display::Tuple {
            self.op(Opcode::ListToTuple);
        }
        Ok(())
    }

    /// `compiler_subdict`: keys `begin..end` (none of them `**`) as one dict.
    fn compile_subdict(
        &mut self,
        keys: &'a [Option<Expr>],
        values: &'a [Expr],
        begin: usize,
        end: usize,
    ) -> CResult {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            let consts: Option<Vec<Constant>> = keys[begin..end]
                .iter()
                .map(|k| k.as_ref().and_then(|k| self.const_value(k)))
                .collect();
            if let Some(key_consts) = consts {
                self.visit_exprs(&values[begin..end])?;
                self.load_const(Constant::Tuple(key_consts));
                self.emit(Opcode::BuildConstKeyMap, n as u32);
                return Ok(());
            }
        }
        if big {
            self.emit(Opcode::BuildMap, 0);
        }
        for i in begin..end {
            let key = keys[i].as_ref().expect("subdict ranges hold no ** entries");
            self.visit_expr(key)?;
            self.visit_expr(&values[i])?;
            if big {
                self.emit(Opcode::MapAdd, 1);
            }
        }
        if !big {
            self.emit(Opcode::BuildMap, n as u32);
        }
        Ok(())
    }

    /// `compiler_dict`.
    fn compile_dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        let n = values.len();
        let mut have_dict = false;
        let mut elements = 0;
        for i in 0..n {
            if keys[i].is_none() {
                if elements > 0 {
                    self.compile_subdict(keys, values, i - elements, i)?;
                    if have_dict {
                        self.emit(Opcode::DictUpdate, 1);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Opcode::BuildMap, 0);
                    have_dict = true;
                }
                self.visit_expr(&values[i])?;
                self.emit(Opcode::DictUpdate, 1);
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.compile_subdict(keys, values, i - elements, i + 1)?;
                if have_dict {
                    self.emit(Opcode::DictUpdate, 1);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.compile_subdict(keys, values, n - elements, n)?;
            if have_dict {
                self.emit(Opcode::DictUpdate, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Opcode::BuildMap, 0);
        }
        Ok(())
    }
}

/// A frozenset constant with exact duplicates removed (the VM builds the real set).
pub(crate) fn frozenset(items: Vec<Constant>) -> Constant {
    let mut uniq: Vec<Constant> = Vec::with_capacity(items.len());
    for c in items {
        if !uniq.contains(&c) {
            uniq.push(c);
        }
    }
    Constant::FrozenSet(uniq)
}
