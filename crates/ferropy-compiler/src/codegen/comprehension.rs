//! List, set and dict comprehensions and generator expressions (`compiler_comprehension`,
//! `compiler_sync_comprehension_generator`, `compiler_async_comprehension_generator`).
//!
//! Each is a nested code object (`<listcomp>`, `<setcomp>`, `<dictcomp>`, `<genexpr>`) whose
//! one argument `.0` is the iterator of the outermost iterable, evaluated in the enclosing
//! scope: `MAKE_FUNCTION; <iterable>; GET_ITER; CALL 0` (the function sits in CALL's NULL
//! slot and the iterator in its self slot). An async list/set/dict comprehension is then
//! awaited.

use super::{Compiler, FBlockKind, UnitKind};
use crate::error::CResult;
use ferropy_bytecode::{Constant, Opcode};
use ferropy_syntax::ast::*;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Comp {
    List,
    Set,
    Dict,
    Gen,
}

struct Parts<'a> {
    kind: Comp,
    generators: &'a [Comprehension],
    elt: &'a Expr,
    value: Option<&'a Expr>,
}

impl<'a> Compiler<'a> {
    pub fn compile_comprehension(&mut self, e: &'a Expr) -> CResult {
        let (name, parts) = match &e.kind {
            ExprKind::ListComp { elt, generators } => (
                "<listcomp>",
                Parts {
                    kind: Comp::List,
                    generators,
                    elt,
                    value: None,
                },
            ),
            ExprKind::SetComp { elt, generators } => (
                "<setcomp>",
                Parts {
                    kind: Comp::Set,
                    generators,
                    elt,
                    value: None,
                },
            ),
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => (
                "<dictcomp>",
                Parts {
                    kind: Comp::Dict,
                    generators,
                    elt: key,
                    value: Some(value),
                },
            ),
            ExprKind::GeneratorExp { elt, generators } => (
                "<genexpr>",
                Parts {
                    kind: Comp::Gen,
                    generators,
                    elt,
                    value: None,
                },
            ),
            _ => unreachable!("compile_comprehension on a non-comprehension"),
        };
        let outer_kind = self.ur().kind;
        let scope = self.scope_for(e)?;
        self.enter_scope(name, UnitKind::Comprehension, scope, e.span.start.line);
        self.set_loc(e.span);
        let r = self.comprehension_body(&parts, outer_kind);
        let code = match r {
            Ok(()) => self.exit_scope(true)?,
            Err(err) => {
                self.units.pop();
                return Err(err);
            }
        };
        let is_async = self.st.get(scope).is_coroutine;
        self.make_closure(code, 0)?;
        let outermost = &parts.generators[0];
        self.visit_iter(&outermost.iter)?;
        self.op(if outermost.is_async {
            Opcode::GetAiter
        } else {
            Opcode::GetIter
        });
        self.emit(Opcode::Call, 0);
        if is_async && parts.kind != Comp::Gen {
            self.emit(Opcode::GetAwaitable, 0);
            self.load_const(Constant::None);
            self.add_yield_from(true);
        }
        Ok(())
    }

    fn comprehension_body(&mut self, parts: &Parts<'a>, outer_kind: UnitKind) -> CResult {
        let is_async = self.ste().is_coroutine;
        if is_async
            && parts.kind != Comp::Gen
            && !matches!(
                outer_kind,
                UnitKind::AsyncFunction | UnitKind::Comprehension
            )
        {
            return Err(
                self.error("asynchronous comprehension outside of an asynchronous function")
            );
        }
        match parts.kind {
            Comp::List => self.emit(Opcode::BuildList, 0),
            Comp::Set => self.emit(Opcode::BuildSet, 0),
            Comp::Dict => self.emit(Opcode::BuildMap, 0),
            Comp::Gen => {}
        }
        self.comprehension_generator(parts, 0, 0)?;
        if parts.kind != Comp::Gen {
            self.op(Opcode::ReturnValue);
        }
        Ok(())
    }

    fn comprehension_generator(&mut self, parts: &Parts<'a>, index: usize, depth: u32) -> CResult {
        if parts.generators[index].is_async {
            self.async_comprehension_generator(parts, index, depth)
        } else {
            self.sync_comprehension_generator(parts, index, depth)
        }
    }

    /// The innermost step: append/add/yield the element.
    fn comprehension_element(&mut self, parts: &Parts<'a>, depth: u32) -> CResult {
        match parts.kind {
            Comp::Gen => {
                self.visit_expr(parts.elt)?;
                self.add_yield();
                self.op(Opcode::PopTop);
            }
            Comp::List => {
                self.visit_expr(parts.elt)?;
                self.emit(Opcode::ListAppend, depth + 1);
            }
            Comp::Set => {
                self.visit_expr(parts.elt)?;
                self.emit(Opcode::SetAdd, depth + 1);
            }
            Comp::Dict => {
                // With `{k: v}`, k is evaluated before v.
                self.visit_expr(parts.elt)?;
                self.visit_expr(parts.value.expect("dict comprehensions have a value"))?;
                self.emit(Opcode::MapAdd, depth + 1);
            }
        }
        Ok(())
    }

    fn sync_comprehension_generator(
        &mut self,
        parts: &Parts<'a>,
        index: usize,
        mut depth: u32,
    ) -> CResult {
        let gen = &parts.generators[index];
        let start = self.new_label();
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        let mut has_loop = true;
        if index == 0 {
            // The outermost iterator arrives as the argument `.0`.
            self.u().argcount = 1;
            self.emit(Opcode::LoadFast, 0);
        } else {
            // `for y in [f(x)]`: the temporary-variable idiom needs no loop.
            let single = match &gen.iter.kind {
                ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } if elts.len() == 1 => {
                    Some(&elts[0]).filter(|x| !matches!(x.kind, ExprKind::Starred { .. }))
                }
                _ => None,
            };
            match single {
                Some(elt) => {
                    self.visit_expr(elt)?;
                    has_loop = false;
                }
                None => {
                    self.visit_iter(&gen.iter)?;
                    self.op(Opcode::GetIter);
                }
            }
        }
        if has_loop {
            depth += 1;
            self.bind(start);
            self.b().emit_jump(Opcode::ForIter, anchor);
        }
        self.compile_store(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if index + 1 < parts.generators.len() {
            self.comprehension_generator(parts, index + 1, depth)?;
        } else {
            self.comprehension_element(parts, depth)?;
        }
        self.bind(if_cleanup);
        if has_loop {
            self.b().jump(start);
            self.bind(anchor);
        }
        Ok(())
    }

    fn async_comprehension_generator(
        &mut self,
        parts: &Parts<'a>,
        index: usize,
        mut depth: u32,
    ) -> CResult {
        let gen = &parts.generators[index];
        let start = self.new_label();
        let except = self.new_label();
        let if_cleanup = self.new_label();
        if index == 0 {
            self.u().argcount = 1;
            self.emit(Opcode::LoadFast, 0);
        } else {
            self.visit_expr(&gen.iter)?;
            self.op(Opcode::GetAiter);
        }
        self.bind(start);
        self.push_fblock(FBlockKind::AsyncComprehensionGenerator, Some(start), None)?;
        self.b().setup_finally(except);
        self.op(Opcode::GetAnext);
        self.load_const(Constant::None);
        self.add_yield_from(true);
        self.b().pop_block();
        self.compile_store(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        depth += 1;
        if index + 1 < parts.generators.len() {
            self.comprehension_generator(parts, index + 1, depth)?;
        } else {
            self.comprehension_element(parts, depth)?;
        }
        self.bind(if_cleanup);
        self.b().jump(start);
        self.pop_fblock();
        self.bind(except);
        self.op(Opcode::EndAsyncFor);
        Ok(())
    }
}
