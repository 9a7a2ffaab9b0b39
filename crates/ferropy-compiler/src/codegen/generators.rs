//! `yield`, `yield from` and `await`.
//!
//! A plain `yield` is `YIELD_VALUE 0; RESUME 1`. Delegation (`yield from`, `await`, and the
//! awaits hidden in `async for`/`async with`/async comprehensions) is CPython 3.11's `SEND`
//! loop (`compiler_add_yield_from`):
//! ```text
//! start:  SEND exit
//!         YIELD_VALUE 1
//!         RESUME 2 (yield from) / 3 (await)
//!         JUMP_BACKWARD_NO_INTERRUPT start
//! exit:
//! ```

use super::{Compiler, UnitKind};
use crate::error::CResult;
use crate::symtable::BlockType;
use ferropy_bytecode::{Constant, Opcode};
use ferropy_syntax::ast::*;

impl<'a> Compiler<'a> {
    /// `compiler_add_yield_from`; the receiver and the value to send are on the stack.
    pub fn add_yield_from(&mut self, is_await: bool) {
        let start = self.new_label();
        let exit = self.new_label();
        self.bind(start);
        self.b().emit_jump(Opcode::Send, exit);
        self.emit(Opcode::YieldValue, 1);
        self.emit(Opcode::Resume, if is_await { 3 } else { 2 });
        self.b().jump_no_interrupt(start);
        self.bind(exit);
    }

    /// `ADDOP_YIELD`: the value to yield is on the stack.
    pub fn add_yield(&mut self) {
        let ste = self.ste();
        if ste.is_generator && ste.is_coroutine {
            // An async generator's own yields are wrapped so the awaiter can tell them
            // from values its awaits pass up to the event loop.
            self.op(Opcode::AsyncGenWrap);
        }
        self.emit(Opcode::YieldValue, 0);
        self.emit(Opcode::Resume, 1);
    }

    pub fn compile_yield(&mut self, value: Option<&'a Expr>) -> CResult {
        if self.ste().block_type != BlockType::Function {
            return Err(self.error("'yield' outside function"));
        }
        match value {
            Some(v) => self.visit_expr(v)?,
            None => self.load_const(Constant::None),
        }
        self.add_yield();
        Ok(())
    }

    pub fn compile_yield_from(&mut self, value: &'a Expr) -> CResult {
        if self.ste().block_type != BlockType::Function {
            return Err(self.error("'yield' outside function"));
        }
        if self.ur().kind == UnitKind::AsyncFunction {
            return Err(self.error("'yield from' inside async function"));
        }
        self.visit_expr(value)?;
        self.op(Opcode::GetYieldFromIter);
        self.load_const(Constant::None);
        self.add_yield_from(false);
        Ok(())
    }

    pub fn compile_await(&mut self, value: &'a Expr) -> CResult {
        if self.ste().block_type != BlockType::Function {
            return Err(self.error("'await' outside function"));
        }
        if !matches!(
            self.ur().kind,
            UnitKind::AsyncFunction | UnitKind::Comprehension
        ) {
            return Err(self.error("'await' outside async function"));
        }
        self.visit_expr(value)?;
        self.emit(Opcode::GetAwaitable, 0);
        self.load_const(Constant::None);
        self.add_yield_from(true);
        Ok(())
    }
}
