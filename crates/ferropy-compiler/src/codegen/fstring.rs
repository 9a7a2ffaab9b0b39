//! f-strings (`compiler_joined_str`, `compiler_formatted_value`).
//!
//! Each field is `<value>; [<spec>]; FORMAT_VALUE conv|HAVE_SPEC`; the parts are joined with
//! `BUILD_STRING n` (a single part needs no join). Past `STACK_USE_GUIDELINE` parts CPython
//! switches to `''.join([...])`, and so do we.

use super::{Compiler, STACK_USE_GUIDELINE};
use crate::error::CResult;
use ferropy_bytecode::opcode::format;
use ferropy_bytecode::{Constant, Opcode};
use ferropy_syntax::ast::*;

impl<'a> Compiler<'a> {
    pub fn compile_joined_str(&mut self, values: &'a [Expr]) -> CResult {
        if values.len() > STACK_USE_GUIDELINE {
            self.load_const(Constant::Str(String::new()));
            self.emit_name(Opcode::LoadMethod, "join");
            self.emit(Opcode::BuildList, 0);
            for v in values {
                self.visit_expr(v)?;
                self.emit(Opcode::ListAppend, 1);
            }
            self.emit(Opcode::Call, 1);
        } else {
            self.visit_exprs(values)?;
            if values.len() != 1 {
                self.emit(Opcode::BuildString, values.len() as u32);
            }
        }
        Ok(())
    }

    pub fn compile_formatted_value(
        &mut self,
        value: &'a Expr,
        conversion: i32,
        spec: Option<&'a Expr>,
    ) -> CResult {
        self.visit_expr(value)?;
        let mut arg = match u8::try_from(conversion).ok().map(char::from) {
            Some('s') => format::CONV_STR,
            Some('r') => format::CONV_REPR,
            Some('a') => format::CONV_ASCII,
            _ if conversion == -1 => format::CONV_NONE,
            _ => return Err(self.error(format!("Unrecognized conversion character {conversion}"))),
        };
        if let Some(spec) = spec {
            self.visit_expr(spec)?;
            arg |= format::HAVE_SPEC;
        }
        self.emit(Opcode::FormatValue, arg);
        Ok(())
    }
}
