//! `class` statements (`compiler_class`).
//!
//! The body compiles to its own code object that fills the class namespace: it stores
//! `__module__ = __name__` and `__qualname__`, then the body (docstring as `__doc__`), and
//! returns the `__class__` cell (also stored as `__classcell__`) when a method needs it, else
//! None. The statement itself is
//! `PUSH_NULL; LOAD_BUILD_CLASS; <body function>; 'Name'; <bases>; [KW_NAMES]; CALL n`,
//! then the decorators and the store of the name.

use super::{Compiler, UnitKind};
use crate::error::CResult;
use ferropy_bytecode::{Constant, Opcode};
use ferropy_syntax::ast::*;

impl<'a> Compiler<'a> {
    pub fn compile_class_def(&mut self, c: &'a ClassDef, s: &'a Stmt) -> CResult {
        self.visit_exprs(&c.decorator_list)?;
        let first_line = c
            .decorator_list
            .first()
            .map_or(s.span.start.line, |d| d.span.start.line);
        let scope = self.scope_for(c)?;
        self.enter_scope(&c.name, UnitKind::Class, scope, first_line);
        self.u().private = Some(c.name.clone());
        let r = self.class_body(c);
        let code = match r {
            Ok(()) => self.exit_scope(true)?,
            Err(e) => {
                self.units.pop();
                return Err(e);
            }
        };
        self.set_loc(s.span);
        self.op(Opcode::PushNull);
        self.op(Opcode::LoadBuildClass);
        self.make_closure(code, 0)?;
        self.load_const(Constant::Str(c.name.clone()));
        self.call_helper(2, &c.bases, &c.keywords)?;
        self.apply_decorators(&c.decorator_list);
        self.set_loc(s.span);
        self.nameop(&c.name, ExprContext::Store)
    }

    fn class_body(&mut self, c: &'a ClassDef) -> CResult {
        self.nameop("__name__", ExprContext::Load)?;
        self.nameop("__module__", ExprContext::Store)?;
        let qualname = self.ur().qualname.clone();
        self.load_const(Constant::Str(qualname));
        self.nameop("__qualname__", ExprContext::Store)?;
        self.compile_body(&c.body)?;
        // The rest is artificial.
        self.unset_loc();
        if self.ste().needs_class_closure {
            self.b().emit_cell(Opcode::LoadClosure, 0);
            self.emit(Opcode::Copy, 1);
            self.nameop("__classcell__", ExprContext::Store)?;
        } else {
            self.load_const(Constant::None);
        }
        self.op(Opcode::ReturnValue);
        Ok(())
    }
}
