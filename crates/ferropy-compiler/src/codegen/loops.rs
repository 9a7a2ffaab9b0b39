//! Loops and the statements that leave blocks early: `for`, `async for`, `while`, `break`,
//! `continue`, `return`, and the frame-block unwinding they share
//! (`compiler_unwind_fblock` / `compiler_unwind_fblock_stack`): popping `for` iterators,
//! calling `__exit__` of enclosing `with`s, running `finally` bodies, and `POP_EXCEPT` when
//! leaving an `except` body.

use super::{Compiler, FBlock, FBlockKind, UnitKind};
use crate::error::CResult;
use ferropy_bytecode::{Constant, Opcode};
use ferropy_syntax::ast::*;

impl<'a> Compiler<'a> {
    /// `compiler_for`.
    pub fn compile_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.push_fblock(FBlockKind::ForLoop, Some(start), Some(end))?;
        self.visit_iter(iter)?;
        self.op(Opcode::GetIter);
        self.bind(start);
        self.b().emit_jump(Opcode::ForIter, cleanup);
        self.compile_store(target)?;
        self.visit_body(body)?;
        self.unset_loc();
        self.b().jump(start);
        self.bind(cleanup);
        self.pop_fblock();
        self.visit_body(orelse)?;
        self.bind(end);
        Ok(())
    }

    /// `compiler_async_for`.
    pub fn compile_async_for(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        if self.ur().kind != UnitKind::AsyncFunction {
            self.set_loc(s.span);
            return Err(self.error("'async for' outside async function"));
        }
        let start = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        self.visit_expr(iter)?;
        self.op(Opcode::GetAiter);
        self.bind(start);
        self.push_fblock(FBlockKind::ForLoop, Some(start), Some(end))?;
        // SETUP_FINALLY guards the __anext__ call; StopAsyncIteration lands in END_ASYNC_FOR.
        self.b().setup_finally(except);
        self.op(Opcode::GetAnext);
        self.load_const(Constant::None);
        self.add_yield_from(true);
        self.b().pop_block();
        self.compile_store(target)?;
        self.visit_body(body)?;
        self.unset_loc();
        self.b().jump(start);
        self.pop_fblock();
        self.bind(except);
        // END_ASYNC_FOR is located on the iterator: it succeeds the `for`, not the body.
        self.set_loc(iter.span);
        self.op(Opcode::EndAsyncFor);
        self.visit_body(orelse)?;
        self.bind(end);
        Ok(())
    }

    /// `compiler_while`: the test at the top, and again at the bottom jumping back to the body.
    pub fn compile_while(
        &mut self,
        s: &'a Stmt,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let loop_ = self.new_label();
        let body_l = self.new_label();
        let anchor = self.new_label();
        let end = self.new_label();
        self.bind(loop_);
        self.push_fblock(FBlockKind::WhileLoop, Some(loop_), Some(end))?;
        self.jump_if(test, anchor, false)?;
        self.bind(body_l);
        self.visit_body(body)?;
        self.set_loc(s.span);
        self.jump_if(test, body_l, true)?;
        self.pop_fblock();
        self.bind(anchor);
        self.visit_body(orelse)?;
        self.bind(end);
        Ok(())
    }

    /// `compiler_return`.
    pub fn compile_return(&mut self, s: &'a Stmt, value: Option<&'a Expr>) -> CResult {
        let const_value = value.and_then(|v| self.const_value(v));
        let preserve_tos = value.is_some() && const_value.is_none();
        if self.ste().block_type != crate::symtable::BlockType::Function {
            return Err(self.error("'return' outside function"));
        }
        if value.is_some() && self.ste().is_coroutine && self.ste().is_generator {
            return Err(self.error("'return' with value in async generator"));
        }
        if preserve_tos {
            self.visit_expr(value.expect("preserve_tos implies a value"))?;
        } else if let Some(v) = value {
            // Emit an instruction with the line number of the returned constant.
            self.set_loc(v.span);
            self.op(Opcode::Nop);
        }
        if value.is_none_or(|v| v.span.start.line != s.span.start.line) {
            self.set_loc(s.span);
            self.op(Opcode::Nop);
        }
        self.unwind_fblock_stack(preserve_tos, false)?;
        match const_value {
            Some(c) => self.load_const(c),
            None if value.is_none() => self.load_const(Constant::None),
            None => {}
        }
        self.op(Opcode::ReturnValue);
        Ok(())
    }

    /// `compiler_break`.
    pub fn compile_break(&mut self) -> CResult {
        self.op(Opcode::Nop);
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error("'break' outside loop"));
        };
        self.unwind_fblock(lp, false)?;
        self.b().jump(lp.exit.expect("loops have an exit"));
        Ok(())
    }

    /// `compiler_continue`.
    pub fn compile_continue(&mut self) -> CResult {
        self.op(Opcode::Nop);
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error("'continue' not properly in loop"));
        };
        self.b().jump(lp.block.expect("loops have a start"));
        Ok(())
    }

    /// `compiler_unwind_fblock_stack`: unwind every frame block (or, when `stop_at_loop`, up
    /// to the innermost loop, which is returned) without forgetting them — the code after a
    /// `return`/`break` inside the block is still inside it.
    pub fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        stop_at_loop: bool,
    ) -> CResult<Option<FBlock<'a>>> {
        let Some(top) = self.ur().fblocks.last().copied() else {
            return Ok(None);
        };
        if stop_at_loop && matches!(top.kind, FBlockKind::WhileLoop | FBlockKind::ForLoop) {
            return Ok(Some(top));
        }
        self.u().fblocks.pop();
        let r = self
            .unwind_fblock(top, preserve_tos)
            .and_then(|()| self.unwind_fblock_stack(preserve_tos, stop_at_loop));
        self.u().fblocks.push(top);
        r
    }

    /// `compiler_unwind_fblock`: the code that leaves one frame block.
    pub fn unwind_fblock(&mut self, info: FBlock<'a>, preserve_tos: bool) -> CResult {
        match info.kind {
            FBlockKind::WhileLoop
            | FBlockKind::ExceptionHandler
            | FBlockKind::AsyncComprehensionGenerator => {}
            FBlockKind::ForLoop => {
                // Pop the iterator.
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.op(Opcode::PopTop);
            }
            FBlockKind::TryExcept => self.b().pop_block(),
            FBlockKind::FinallyTry(finalbody) => {
                self.b().pop_block();
                if preserve_tos {
                    self.push_fblock(FBlockKind::PopValue, None, None)?;
                }
                self.visit_body(finalbody)?;
                if preserve_tos {
                    self.pop_fblock();
                }
                // The unwinding statement appears to execute after the finally body.
                self.unset_loc();
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.op(Opcode::PopTop); // exc_value
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.b().pop_block();
                self.op(Opcode::PopExcept);
            }
            FBlockKind::With(span) | FBlockKind::AsyncWith(span) => {
                self.set_loc(span);
                self.b().pop_block();
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.call_exit_with_nones();
                if matches!(info.kind, FBlockKind::AsyncWith(_)) {
                    self.emit(Opcode::GetAwaitable, 2);
                    self.load_const(Constant::None);
                    self.add_yield_from(true);
                }
                self.op(Opcode::PopTop);
                self.unset_loc();
            }
            FBlockKind::HandlerCleanup(name) => {
                if name.is_some() {
                    self.b().pop_block();
                }
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.b().pop_block();
                self.op(Opcode::PopExcept);
                if let Some(name) = name {
                    self.load_const(Constant::None);
                    self.nameop(name, ExprContext::Store)?;
                    self.nameop(name, ExprContext::Del)?;
                }
            }
            FBlockKind::PopValue => {
                if preserve_tos {
                    self.emit(Opcode::Swap, 2);
                }
                self.op(Opcode::PopTop);
            }
        }
        Ok(())
    }
}
