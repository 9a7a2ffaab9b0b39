//! Calls (`compiler_call`, `maybe_optimize_method_call`, `compiler_call_helper`,
//! `compiler_subkwargs`).
//!
//! Shapes:
//! - `f(a, k=b)`: `PUSH_NULL; <f>; <a>; <b>; KW_NAMES ('k',); CALL 2` (a global `f` is
//!   `LOAD_GLOBAL` with its NULL bit instead of `PUSH_NULL`).
//! - `o.m(a)`: `<o>; LOAD_METHOD m; <a>; CALL 1` — unless `o` is a name imported in this
//!   scope (a module), or the call uses `*`/`**`.
//! - `f(*a, **k)`: positional arguments as a tuple (`BUILD_LIST`/`LIST_EXTEND`/
//!   `LIST_TO_TUPLE`, or the lone starred value as is), keywords merged into one dict with
//!   `BUILD_MAP`/`DICT_MERGE`, then `CALL_FUNCTION_EX`.

use super::expr::Display;
use super::{Compiler, STACK_USE_GUIDELINE};
use crate::error::CResult;
use crate::symtable::flags::DEF_IMPORT;
use ferropy_bytecode::{Constant, Opcode};
use ferropy_syntax::ast::*;

impl<'a> Compiler<'a> {
    /// `validate_keywords`: no `__debug__=`, no repeated keyword.
    fn validate_keywords(&mut self, keywords: &[Keyword]) -> CResult {
        for (i, k) in keywords.iter().enumerate() {
            let Some(arg) = &k.arg else { continue };
            if arg == "__debug__" {
                self.set_loc(k.span);
                return Err(self.error("cannot assign to __debug__"));
            }
            if let Some(other) = keywords[i + 1..]
                .iter()
                .find(|o| o.arg.as_deref() == Some(arg))
            {
                self.set_loc(other.span);
                return Err(self.error(format!("keyword argument repeated: {arg}")));
            }
        }
        Ok(())
    }

    pub fn compile_call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult {
        self.validate_keywords(keywords)?;
        if self.maybe_method_call(func, args, keywords)? {
            return Ok(());
        }
        match &func.kind {
            ExprKind::Name { id, .. } if self.const_value(func).is_none() => {
                self.load_callable_name(id, func.span)?;
            }
            _ => {
                self.set_loc(func.span);
                self.op(Opcode::PushNull);
                self.set_loc(e.span);
                self.visit_expr(func)?;
            }
        }
        self.set_loc(e.span);
        self.call_helper(0, args, keywords)
    }

    /// `maybe_optimize_method_call`; false when the call does not qualify.
    fn maybe_method_call(
        &mut self,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult<bool> {
        let ExprKind::Attribute {
            value,
            attr,
            ctx: ExprContext::Load,
        } = &func.kind
        else {
            return Ok(false);
        };
        // A name the *module* imports (is_import_originated looks only at the top scope):
        // keep the plain attribute load.
        if let ExprKind::Name { id, .. } = &value.kind {
            if self.st.get(0).flags_of(id) & DEF_IMPORT != 0 {
                return Ok(false);
            }
        }
        let (argsl, kwdsl) = (args.len(), keywords.len());
        if argsl + kwdsl + (kwdsl != 0) as usize >= STACK_USE_GUIDELINE {
            return Ok(false);
        }
        if args
            .iter()
            .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            || keywords.iter().any(|k| k.arg.is_none())
        {
            return Ok(false);
        }
        self.visit_expr(value)?;
        let saved = self.loc();
        let mut l = saved;
        l.line = func.span.end.line;
        self.restore_loc(l);
        self.emit_name(Opcode::LoadMethod, attr);
        self.visit_exprs(args)?;
        if kwdsl > 0 {
            keywords
                .iter()
                .try_for_each(|k| self.visit_expr(&k.value))?;
            self.kw_names(keywords);
        }
        self.emit(Opcode::Call, (argsl + kwdsl) as u32);
        self.restore_loc(saved);
        Ok(true)
    }

    fn kw_names(&mut self, keywords: &[Keyword]) {
        let names = keywords
            .iter()
            .map(|k| Constant::Str(k.arg.clone().unwrap_or_default()))
            .collect();
        let i = self.add_const(Constant::Tuple(names));
        self.emit(Opcode::KwNames, i);
    }

    /// `compiler_call_helper`: `n` arguments are already pushed (the class body function and
    /// name for `__build_class__`).
    pub fn call_helper(&mut self, n: u32, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult {
        self.validate_keywords(keywords)?;
        let (nelts, nkwelts) = (args.len(), keywords.len());
        let simple = nelts + nkwelts * 2 <= STACK_USE_GUIDELINE
            && !args
                .iter()
                .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            && !keywords.iter().any(|k| k.arg.is_none());
        if simple {
            self.visit_exprs(args)?;
            if nkwelts > 0 {
                keywords
                    .iter()
                    .try_for_each(|k| self.visit_expr(&k.value))?;
                self.kw_names(keywords);
            }
            self.emit(Opcode::Call, n + (nelts + nkwelts) as u32);
            return Ok(());
        }

        // ex_call: positional arguments as one tuple.
        match args {
            [Expr {
                kind: ExprKind::Starred { value, .. },
                ..
            }] if n == 0 => self.visit_expr(value)?,
            _ => self.starunpack(args, n, Display::Tuple)?,
        }
        // Keyword arguments merged into one dict.
        if nkwelts > 0 {
            let mut have_dict = false;
            let mut nseen = 0;
            for (i, kw) in keywords.iter().enumerate() {
                if kw.arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(keywords, i - nseen, i)?;
                        if have_dict {
                            self.emit(Opcode::DictMerge, 1);
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.emit(Opcode::BuildMap, 0);
                        have_dict = true;
                    }
                    self.visit_expr(&kw.value)?;
                    self.emit(Opcode::DictMerge, 1);
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(keywords, nkwelts - nseen, nkwelts)?;
                if have_dict {
                    self.emit(Opcode::DictMerge, 1);
                }
            }
        }
        self.emit(Opcode::CallFunctionEx, (nkwelts > 0) as u32);
        Ok(())
    }

    /// `compiler_subkwargs`: keywords `begin..end` (all named) as one dict.
    fn subkwargs(&mut self, keywords: &'a [Keyword], begin: usize, end: usize) -> CResult {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        let kws = &keywords[begin..end];
        if n > 1 && !big {
            kws.iter().try_for_each(|k| self.visit_expr(&k.value))?;
            let keys = kws
                .iter()
                .map(|k| Constant::Str(k.arg.clone().unwrap_or_default()))
                .collect();
            self.load_const(Constant::Tuple(keys));
            self.emit(Opcode::BuildConstKeyMap, n as u32);
            return Ok(());
        }
        if big {
            self.emit(Opcode::BuildMap, 0);
        }
        for k in kws {
            self.load_const(Constant::Str(k.arg.clone().unwrap_or_default()));
            self.visit_expr(&k.value)?;
            if big {
                self.emit(Opcode::MapAdd, 1);
            }
        }
        if !big {
            self.emit(Opcode::BuildMap, n as u32);
        }
        Ok(())
    }
}
