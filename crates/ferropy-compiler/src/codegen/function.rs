//! `def`, `async def` and `lambda` (`compiler_function`, `compiler_lambda`), with what
//! `MAKE_FUNCTION` consumes: the defaults tuple, the keyword-only defaults dict
//! (`BUILD_CONST_KEY_MAP`), the annotations tuple `('x', <ann>, 'return', <ann>)` (flag 0x04),
//! and the closure tuple of cells (`compiler_make_closure`). Decorators are evaluated before
//! the function and applied afterwards, innermost first, with `CALL 0` (the decorator sits in
//! the call's self slot).

use super::{Compiler, UnitKind};
use crate::error::CResult;
use ferropy_bytecode::opcode::make_function;
use ferropy_bytecode::{CodeObject, Constant, Opcode};
use ferropy_syntax::ast::*;
use std::sync::Arc;

impl<'a> Compiler<'a> {
    /// `compiler_check_debug_args`.
    fn check_debug_args(&mut self, args: &Arguments) -> CResult {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
            .chain(&args.vararg)
            .chain(&args.kwarg);
        for a in all {
            if a.arg == "__debug__" {
                self.set_loc(a.span);
                return Err(self.error("cannot assign to __debug__"));
            }
        }
        Ok(())
    }

    /// `compiler_default_arguments`: push defaults (and kw defaults); return MAKE_FUNCTION flags.
    fn default_arguments(&mut self, args: &'a Arguments) -> CResult<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            // CPython's fold_tuple_on_constants turns a tuple of constants into one constant.
            let consts: Option<Vec<Constant>> =
                args.defaults.iter().map(|d| self.const_value(d)).collect();
            match consts {
                Some(items) => self.load_const(Constant::Tuple(items)),
                None => {
                    self.visit_exprs(&args.defaults)?;
                    self.emit(Opcode::BuildTuple, args.defaults.len() as u32);
                }
            }
            flags |= make_function::DEFAULTS;
        }
        let mut keys = Vec::new();
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = default {
                keys.push(Constant::Str(self.mangle(&arg.arg)));
                self.visit_expr(d)?;
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_const(Constant::Tuple(keys));
            self.emit(Opcode::BuildConstKeyMap, n);
            flags |= make_function::KWDEFAULTS;
        }
        Ok(flags)
    }

    /// `compiler_visit_argannotation`.
    fn arg_annotation(&mut self, name: &str, ann: Option<&'a Expr>, count: &mut u32) -> CResult {
        let Some(ann) = ann else { return Ok(()) };
        let mangled = self.mangle(name);
        self.load_const(Constant::Str(mangled));
        if self.future.annotations {
            self.load_const(Constant::Str(crate::unparse::unparse(ann)));
        } else if let ExprKind::Starred { value, .. } = &ann.kind {
            // `*args: *Ts`: [annotation] = [*Ts].
            self.visit_expr(value)?;
            self.emit(Opcode::UnpackSequence, 1);
        } else {
            self.visit_expr(ann)?;
        }
        *count += 2;
        Ok(())
    }

    /// `compiler_visit_annotations`: push the annotations tuple if there is one.
    fn annotations(&mut self, args: &'a Arguments, returns: Option<&'a Expr>) -> CResult<bool> {
        let all: Vec<(&str, &'a Expr)> = args
            .args
            .iter()
            .chain(&args.posonlyargs)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg)
            .filter_map(|a| a.annotation.as_deref().map(|ann| (a.arg.as_str(), ann)))
            .chain(returns.map(|r| ("return", r)))
            .collect();
        if all.is_empty() {
            return Ok(false);
        }
        // All-constant annotations (or PEP 563 strings) fold into one tuple constant, as
        // CPython's fold_tuple_on_constants does.
        let folded: Option<Vec<Constant>> = all
            .iter()
            .map(|(name, ann)| {
                let value = if self.future.annotations {
                    Some(Constant::Str(crate::unparse::unparse(ann)))
                } else if matches!(ann.kind, ExprKind::Starred { .. }) {
                    None
                } else {
                    self.const_value(ann)
                };
                value.map(|v| [Constant::Str(self.mangle(name)), v])
            })
            .collect::<Option<Vec<[Constant; 2]>>>()
            .map(|pairs| pairs.into_iter().flatten().collect());
        if let Some(items) = folded {
            self.load_const(Constant::Tuple(items));
            return Ok(true);
        }
        let mut count = 0;
        // CPython's order: args, posonlyargs, *vararg, kwonlyargs, **kwarg, return.
        for a in args.args.iter().chain(&args.posonlyargs) {
            self.arg_annotation(&a.arg, a.annotation.as_deref(), &mut count)?;
        }
        if let Some(a) = &args.vararg {
            self.arg_annotation(&a.arg, a.annotation.as_deref(), &mut count)?;
        }
        for a in &args.kwonlyargs {
            self.arg_annotation(&a.arg, a.annotation.as_deref(), &mut count)?;
        }
        if let Some(a) = &args.kwarg {
            self.arg_annotation(&a.arg, a.annotation.as_deref(), &mut count)?;
        }
        self.arg_annotation("return", returns, &mut count)?;
        if count > 0 {
            self.emit(Opcode::BuildTuple, count);
        }
        Ok(count > 0)
    }

    /// `compiler_make_closure`: push the closure tuple (if any) and `MAKE_FUNCTION`.
    pub fn make_closure(&mut self, code: Arc<CodeObject>, mut flags: u32) -> CResult {
        let frees: Vec<String> = code.freevars().map(str::to_string).collect();
        if !frees.is_empty() {
            for name in &frees {
                self.load_closure(name)?;
            }
            flags |= make_function::CLOSURE;
            self.emit(Opcode::BuildTuple, frees.len() as u32);
        }
        self.load_const(Constant::Code(code));
        self.emit(Opcode::MakeFunction, flags);
        Ok(())
    }

    pub fn apply_decorators(&mut self, decorators: &'a [Expr]) {
        for d in decorators.iter().rev() {
            self.set_loc(d.span);
            self.emit(Opcode::Call, 0);
        }
    }

    /// `compiler_function`.
    pub fn compile_function_def(&mut self, f: &'a FunctionDef, s: &'a Stmt) -> CResult {
        self.check_debug_args(&f.args)?;
        self.set_loc(s.span);
        self.visit_exprs(&f.decorator_list)?;
        let first_line = f
            .decorator_list
            .first()
            .map_or(s.span.start.line, |d| d.span.start.line);
        let mut flags = self.default_arguments(&f.args)?;
        if self.annotations(&f.args, f.returns.as_ref())? {
            flags |= make_function::ANNOTATIONS;
        }
        let scope = self.scope_for(f)?;
        let kind = if f.is_async {
            UnitKind::AsyncFunction
        } else {
            UnitKind::Function
        };
        self.enter_scope(&f.name, kind, scope, first_line);
        let doc = super::stmt::docstring(&f.body);
        self.add_const(doc.map_or(Constant::None, |d| Constant::Str(d.to_string())));
        self.u().docstring = doc.map(str::to_string);
        self.set_arg_counts(&f.args);
        let body = if doc.is_some() {
            &f.body[1..]
        } else {
            &f.body[..]
        };
        let r = self.visit_body(body);
        let code = match r {
            Ok(()) => self.exit_scope(true)?,
            Err(e) => {
                self.units.pop();
                return Err(e);
            }
        };
        self.set_loc(s.span);
        self.make_closure(code, flags)?;
        self.apply_decorators(&f.decorator_list);
        self.set_loc(s.span);
        self.nameop(&f.name, ExprContext::Store)
    }

    fn set_arg_counts(&mut self, args: &Arguments) {
        let u = self.u();
        u.posonly_argcount = args.posonlyargs.len() as u32;
        u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.kwonly_argcount = args.kwonlyargs.len() as u32;
    }

    /// `compiler_lambda`.
    pub fn compile_lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) -> CResult {
        self.check_debug_args(args)?;
        self.set_loc(e.span);
        let flags = self.default_arguments(args)?;
        let scope = self.scope_for(e)?;
        self.enter_scope("<lambda>", UnitKind::Lambda, scope, e.span.start.line);
        // None first, so that a lambda never has a docstring.
        self.add_const(Constant::None);
        self.set_arg_counts(args);
        let r = self.visit_expr(body);
        if let Err(err) = r {
            self.units.pop();
            return Err(err);
        }
        let code = if self.ste().is_generator {
            self.exit_scope(false)?
        } else {
            self.op(Opcode::ReturnValue);
            self.exit_scope(true)?
        };
        self.set_loc(e.span);
        self.make_closure(code, flags)
    }
}
