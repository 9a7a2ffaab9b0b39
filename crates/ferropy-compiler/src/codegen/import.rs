//! `import` and `from ... import` (`compiler_import`, `compiler_import_as`,
//! `compiler_from_import`).
//!
//! `import a.b.c` binds `a` to the top package; `import a.b.c as d` walks to the submodule with
//! `IMPORT_FROM b; SWAP 2; POP_TOP; IMPORT_FROM c` and binds `d`; `from m import *` is
//! `IMPORT_STAR`.

use super::Compiler;
use crate::error::CResult;
use ferropy_bytecode::{Constant, Opcode};
use ferropy_syntax::ast::*;
use num_bigint::BigInt;

impl<'a> Compiler<'a> {
    pub fn compile_import(&mut self, names: &'a [Alias]) -> CResult {
        for alias in names {
            self.load_const(Constant::Int(BigInt::from(0)));
            self.load_const(Constant::None);
            self.emit_name(Opcode::ImportName, &alias.name);
            match &alias.asname {
                Some(asname) => self.import_as(&alias.name, asname)?,
                None => {
                    let top = alias.name.split('.').next().unwrap_or(&alias.name);
                    self.nameop(top, ExprContext::Store)?;
                }
            }
        }
        Ok(())
    }

    fn import_as(&mut self, name: &str, asname: &str) -> CResult {
        let mut parts = name.split('.');
        parts.next();
        let attrs: Vec<&str> = parts.collect();
        if attrs.is_empty() {
            return self.nameop(asname, ExprContext::Store);
        }
        for (i, attr) in attrs.iter().enumerate() {
            let idx = self.raw_name_index(attr);
            self.emit(Opcode::ImportFrom, idx);
            if i + 1 < attrs.len() {
                self.emit(Opcode::Swap, 2);
                self.op(Opcode::PopTop);
            }
        }
        self.nameop(asname, ExprContext::Store)?;
        self.op(Opcode::PopTop);
        Ok(())
    }

    pub fn compile_from_import(
        &mut self,
        s: &'a Stmt,
        module: Option<&str>,
        names: &'a [Alias],
        level: u32,
    ) -> CResult {
        self.load_const(Constant::Int(BigInt::from(level)));
        let fromlist = names
            .iter()
            .map(|a| Constant::Str(a.name.clone()))
            .collect();
        if module == Some("__future__") && s.span.start.line > self.future.last_line {
            return Err(
                self.error("from __future__ imports must occur at the beginning of the file")
            );
        }
        self.load_const(Constant::Tuple(fromlist));
        self.emit_name(Opcode::ImportName, module.unwrap_or(""));
        for (i, alias) in names.iter().enumerate() {
            if i == 0 && alias.name == "*" {
                self.op(Opcode::ImportStar);
                return Ok(());
            }
            self.emit_name(Opcode::ImportFrom, &alias.name);
            let store = alias.asname.as_deref().unwrap_or(&alias.name);
            self.nameop(store, ExprContext::Store)?;
        }
        // Remove the imported module.
        self.op(Opcode::PopTop);
        Ok(())
    }
}
