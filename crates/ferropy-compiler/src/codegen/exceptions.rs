//! `try`/`except`/`else`/`finally`, `with` and `async with`, in CPython 3.11's exception-table
//! layout (`compiler_try_except`, `compiler_try_finally`, `compiler_with`,
//! `compiler_async_with`, `compiler_with_except_finish`).
//!
//! Handlers are entered with the exception pushed (plus `lasti` for cleanup handlers);
//! `PUSH_EXC_INFO` saves the previously handled exception below it and `POP_EXCEPT` restores
//! it. Every handler body is itself protected by a cleanup handler (`COPY 3; POP_EXCEPT;
//! RERAISE 1`) so that an exception escaping it restores the handled-exception state.
//! `except E as e:` runs its body inside a finally-like region that clears `e`.

use super::{Compiler, FBlockKind, UnitKind};
use crate::error::CResult;
use ferropy_bytecode::{Constant, Opcode};
use ferropy_syntax::ast::*;

impl<'a> Compiler<'a> {
    /// `[prev_exc, lasti, exc] -> COPY 3; POP_EXCEPT; RERAISE 1`.
    fn pop_except_and_reraise(&mut self) {
        self.emit(Opcode::Copy, 3);
        self.op(Opcode::PopExcept);
        self.emit(Opcode::Reraise, 1);
    }

    /// `exit(None, None, None)` with `exit` below the three Nones (CALL's self slot).
    pub fn call_exit_with_nones(&mut self) {
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit(Opcode::Call, 2);
    }

    /// `compiler_try_except`.
    pub fn compile_try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        let except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.b().setup_finally(except);
        self.push_fblock(FBlockKind::TryExcept, None, None)?;
        self.visit_body(body)?;
        self.pop_fblock();
        self.unset_loc();
        self.b().pop_block();
        self.visit_body(orelse)?;
        self.unset_loc();
        self.b().jump(end);

        self.bind(except);
        self.unset_loc();
        self.b().setup_cleanup(cleanup);
        self.op(Opcode::PushExcInfo);
        // The runtime has pushed the previous exception: account for it.
        self.push_fblock(FBlockKind::ExceptionHandler, None, None)?;
        let n = handlers.len();
        for (i, handler) in handlers.iter().enumerate() {
            self.set_loc(handler.span);
            if handler.type_.is_none() && i < n - 1 {
                return Err(self.error("default 'except:' must be last"));
            }
            let next_except = self.new_label();
            if let Some(t) = &handler.type_ {
                self.visit_expr(t)?;
                self.op(Opcode::CheckExcMatch);
                self.b().emit_jump(Opcode::PopJumpIfFalse, next_except);
            }
            if let Some(name) = &handler.name {
                let cleanup_end = self.new_label();
                self.nameop(name, ExprContext::Store)?;
                // try:
                //     body
                // finally:
                //     name = None  # in case body contains "del name"
                //     del name
                self.b().setup_cleanup(cleanup_end);
                self.push_fblock(FBlockKind::HandlerCleanup(Some(name)), None, None)?;
                self.visit_body(&handler.body)?;
                self.pop_fblock();
                self.unset_loc();
                self.b().pop_block();
                self.b().pop_block();
                self.op(Opcode::PopExcept);
                self.load_const(Constant::None);
                self.nameop(name, ExprContext::Store)?;
                self.nameop(name, ExprContext::Del)?;
                self.b().jump(end);

                // The body raised: clear the name, then re-raise.
                self.bind(cleanup_end);
                self.unset_loc();
                self.load_const(Constant::None);
                self.nameop(name, ExprContext::Store)?;
                self.nameop(name, ExprContext::Del)?;
                self.emit(Opcode::Reraise, 1);
            } else {
                self.op(Opcode::PopTop); // exc_value
                self.push_fblock(FBlockKind::HandlerCleanup(None), None, None)?;
                self.visit_body(&handler.body)?;
                self.pop_fblock();
                self.unset_loc();
                self.b().pop_block();
                self.op(Opcode::PopExcept);
                self.b().jump(end);
            }
            self.bind(next_except);
        }
        self.unset_loc();
        self.pop_fblock();
        self.emit(Opcode::Reraise, 0);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    /// `compiler_try_finally`: the finally body is emitted twice, once on the normal path and
    /// once in the handler that re-raises.
    pub fn compile_try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> CResult {
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.b().setup_finally(end);
        self.push_fblock(FBlockKind::FinallyTry(finalbody), None, None)?;
        if handlers.is_empty() {
            self.visit_body(body)?;
        } else {
            self.compile_try_except(body, handlers, orelse)?;
        }
        self.unset_loc();
        self.b().pop_block();
        self.pop_fblock();
        self.visit_body(finalbody)?;
        self.unset_loc();
        self.b().jump(exit);

        self.bind(end);
        self.unset_loc();
        self.b().setup_cleanup(cleanup);
        self.op(Opcode::PushExcInfo);
        self.push_fblock(FBlockKind::FinallyEnd, None, None)?;
        self.visit_body(finalbody)?;
        self.pop_fblock();
        self.unset_loc();
        self.emit(Opcode::Reraise, 0);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(exit);
        Ok(())
    }

    /// `compiler_with`: one context manager per level of recursion.
    pub fn compile_with(
        &mut self,
        s: &'a Stmt,
        items: &'a [WithItem],
        body: &'a [Stmt],
        pos: usize,
    ) -> CResult {
        let item = &items[pos];
        let final_ = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.visit_expr(&item.context_expr)?;
        self.op(Opcode::BeforeWith);
        self.b().setup_with(final_);
        self.push_fblock(FBlockKind::With(s.span), None, None)?;
        self.with_target(item)?;
        if pos + 1 == items.len() {
            self.visit_body(body)?;
        } else {
            self.compile_with(s, items, body, pos + 1)?;
        }
        self.unset_loc();
        self.b().pop_block();
        self.pop_fblock();

        // Normal exit: __exit__(None, None, None).
        self.set_loc(s.span);
        self.call_exit_with_nones();
        self.op(Opcode::PopTop);
        self.b().jump(exit);

        // Exceptional exit.
        self.bind(final_);
        self.b().setup_cleanup(cleanup);
        self.op(Opcode::PushExcInfo);
        self.op(Opcode::WithExceptStart);
        self.with_except_finish(cleanup);
        self.bind(exit);
        Ok(())
    }

    /// `compiler_async_with`.
    pub fn compile_async_with(
        &mut self,
        s: &'a Stmt,
        items: &'a [WithItem],
        body: &'a [Stmt],
        pos: usize,
    ) -> CResult {
        if self.ur().kind != UnitKind::AsyncFunction {
            return Err(self.error("'async with' outside async function"));
        }
        let item = &items[pos];
        let final_ = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.visit_expr(&item.context_expr)?;
        self.op(Opcode::BeforeAsyncWith);
        self.emit(Opcode::GetAwaitable, 1);
        self.load_const(Constant::None);
        self.add_yield_from(true);
        self.b().setup_with(final_);
        self.push_fblock(FBlockKind::AsyncWith(s.span), None, None)?;
        self.with_target(item)?;
        if pos + 1 == items.len() {
            self.visit_body(body)?;
        } else {
            self.compile_async_with(s, items, body, pos + 1)?;
        }
        self.pop_fblock();
        self.b().pop_block();

        self.set_loc(s.span);
        self.call_exit_with_nones();
        self.emit(Opcode::GetAwaitable, 2);
        self.load_const(Constant::None);
        self.add_yield_from(true);
        self.op(Opcode::PopTop);
        self.b().jump(exit);

        self.bind(final_);
        self.b().setup_cleanup(cleanup);
        self.op(Opcode::PushExcInfo);
        self.op(Opcode::WithExceptStart);
        self.emit(Opcode::GetAwaitable, 2);
        self.load_const(Constant::None);
        self.add_yield_from(true);
        self.with_except_finish(cleanup);
        self.bind(exit);
        Ok(())
    }

    fn with_target(&mut self, item: &'a WithItem) -> CResult {
        match &item.optional_vars {
            Some(v) => self.compile_store(v),
            None => {
                // Discard the result of __enter__().
                self.op(Opcode::PopTop);
                Ok(())
            }
        }
    }

    /// `compiler_with_except_finish`: if `__exit__` returned true, swallow the exception,
    /// else re-raise it with the original `lasti`.
    fn with_except_finish(&mut self, cleanup: crate::builder::Label) {
        self.unset_loc();
        let exit = self.new_label();
        self.b().emit_jump(Opcode::PopJumpIfTrue, exit);
        self.emit(Opcode::Reraise, 2);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(exit);
        self.op(Opcode::PopTop); // exc_value
        self.b().pop_block();
        self.op(Opcode::PopExcept);
        self.op(Opcode::PopTop);
        self.op(Opcode::PopTop);
    }
}
