//! The first symbol-table pass: walk the AST, create scopes, record name uses.
//!
//! Mirrors `symtable_visit_stmt` / `symtable_visit_expr` of CPython 3.11's `symtable.c`,
//! including its errors (`global`/`nonlocal` misuse, duplicate parameters, walrus rules in
//! comprehensions, `yield` inside comprehensions) and its recursion guard. Assignment targets
//! are walked by their shape, not by their `ctx`, so a parser that leaves `ctx` at `Load`
//! still produces correct tables.

use super::flags::*;
use super::{node_key, BlockType, ComprehensionKind, ScopeEntry, ScopeId, SymbolTable};
use crate::error::{CResult, CompileError};
use crate::future::Future;
use ferropy_syntax::ast::*;
use std::collections::HashMap;

/// CPython scales the C recursion limit (1000) by `COMPILER_STACK_FRAME_SCALE` (3) and starts
/// from the caller's current depth; when `compile()` is called from a top-level script that
/// start is 4 frames, i.e. 12. These two numbers reproduce its thresholds exactly
/// (`"-" * 2987 + "1"` compiles, one more `-` is a RecursionError).
pub(crate) const RECURSION_LIMIT: u32 = 3000;
pub(crate) const RECURSION_START: u32 = 12;

struct Builder<'a> {
    table: SymbolTable,
    stack: Vec<ScopeId>,
    private: Option<String>,
    filename: &'a str,
    future: Future,
    depth: u32,
}

/// Build and analyse the symbol tables of a module.
pub fn build_for_module(module: &Module, filename: &str, future: Future) -> CResult<SymbolTable> {
    let mut b = Builder::new(filename, future);
    for s in &module.body {
        b.visit_stmt(s)?;
    }
    b.finish()
}

/// Build and analyse the symbol tables of a lone expression (`eval`).
pub fn build_for_expression(expr: &Expr, filename: &str) -> CResult<SymbolTable> {
    let mut b = Builder::new(filename, Future::default());
    b.visit_expr(expr)?;
    b.finish()
}

fn err(msg: impl Into<String>, filename: &str, span: Span) -> CompileError {
    CompileError::syntax(msg, filename, span)
}

impl<'a> Builder<'a> {
    fn new(filename: &'a str, future: Future) -> Builder<'a> {
        let top = ScopeEntry::new("top", BlockType::Module, Span::default());
        Builder {
            table: SymbolTable {
                scopes: vec![top],
                by_node: HashMap::new(),
            },
            stack: vec![0],
            private: None,
            filename,
            future,
            depth: RECURSION_START,
        }
    }

    fn finish(mut self) -> CResult<SymbolTable> {
        super::analyze(&mut self.table, self.filename)?;
        Ok(self.table)
    }

    fn cur(&self) -> ScopeId {
        *self.stack.last().expect("the module scope is never popped")
    }

    fn ste(&mut self) -> &mut ScopeEntry {
        let id = self.cur();
        &mut self.table.scopes[id]
    }

    fn enter_block(
        &mut self,
        name: &str,
        block_type: BlockType,
        key: usize,
        span: Span,
    ) -> ScopeId {
        let parent = self.cur();
        let mut ste = ScopeEntry::new(name, block_type, span);
        let p = &self.table.scopes[parent];
        if p.nested || p.block_type == BlockType::Function {
            ste.nested = true;
        }
        let id = self.table.scopes.len();
        self.table.scopes.push(ste);
        self.table.scopes[parent].children.push(id);
        self.table.by_node.insert(key, id);
        self.stack.push(id);
        id
    }

    fn exit_block(&mut self) {
        self.stack.pop();
    }

    fn enter_depth(&mut self) -> CResult {
        self.depth += 1;
        if self.depth > RECURSION_LIMIT {
            return Err(CompileError::recursion(self.filename));
        }
        Ok(())
    }

    fn add_def(&mut self, name: &str, flag: u32, span: Span) -> CResult {
        let id = self.cur();
        self.add_def_in(name, flag, id, span)
    }

    /// `symtable_add_def_helper`: record `flag` for the mangled `name` in scope `id`.
    fn add_def_in(&mut self, name: &str, flag: u32, id: ScopeId, span: Span) -> CResult {
        let mangled = super::mangle(self.private.as_deref(), name);
        let ste = &mut self.table.scopes[id];
        let mut val = flag;
        if let Some(sym) = ste.symbols.get(&mangled) {
            if flag & DEF_PARAM != 0 && sym.flags & DEF_PARAM != 0 {
                return Err(err(
                    format!("duplicate argument '{name}' in function definition"),
                    self.filename,
                    span,
                ));
            }
            val |= sym.flags;
        }
        if ste.comp_iter_target {
            // An iteration variable may not also be a walrus target of the same comprehension.
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(err(
                    format!("comprehension inner loop cannot rebind assignment expression target '{name}'"),
                    self.filename,
                    span,
                ));
            }
            val |= DEF_COMP_ITER;
        }
        ste.symbols.entry(mangled.clone()).or_default().flags = val;
        if flag & DEF_PARAM != 0 {
            ste.varnames.push(mangled);
        } else if flag & DEF_GLOBAL != 0 {
            // Explicit globals are also recorded in the module's table (`st_global`).
            let top = &mut self.table.scopes[0];
            top.symbols.entry(mangled).or_default().flags |= flag;
        }
        Ok(())
    }

    fn lookup(&self, name: &str) -> u32 {
        let mangled = super::mangle(self.private.as_deref(), name);
        self.table.scopes[self.cur()].flags_of(&mangled)
    }

    fn record_directive(&mut self, name: &str, span: Span) {
        let mangled = super::mangle(self.private.as_deref(), name);
        self.ste().directives.push((mangled, span));
    }

    // -----------------------------------------------------------------------------------------
    // Statements
    // -----------------------------------------------------------------------------------------

    fn visit_body(&mut self, body: &[Stmt]) -> CResult {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    fn visit_stmt(&mut self, s: &Stmt) -> CResult {
        self.enter_depth()?;
        self.visit_stmt_inner(s)?;
        self.depth -= 1;
        Ok(())
    }

    fn visit_stmt_inner(&mut self, s: &Stmt) -> CResult {
        match &s.kind {
            StmtKind::FunctionDef(f) => self.visit_function_def(f, s.span),
            StmtKind::ClassDef(c) => self.visit_class_def(c, s.span),
            StmtKind::Return(value) => value.iter().try_for_each(|v| self.visit_expr(v)),
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.visit_target(t)),
            StmtKind::Assign { targets, value } => {
                targets.iter().try_for_each(|t| self.visit_target(t))?;
                self.visit_expr(value)
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_target(target)?;
                self.visit_expr(value)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.visit_ann_assign(target, annotation, value.as_ref(), *simple, s.span),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.visit_target(target)?;
                self.visit_expr(iter)?;
                self.visit_body(body)?;
                self.visit_body(orelse)
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_body(body)?;
                self.visit_body(orelse)
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_target(v)?;
                    }
                }
                self.visit_body(body)
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                    if let Some(c) = cause {
                        self.visit_expr(c)?;
                    }
                }
                Ok(())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.visit_body(body)?;
                self.visit_body(orelse)?;
                for h in handlers {
                    if let Some(t) = &h.type_ {
                        self.visit_expr(t)?;
                    }
                    if let Some(name) = &h.name {
                        self.add_def(name, DEF_LOCAL, h.span)?;
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(finalbody)
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                msg.iter().try_for_each(|m| self.visit_expr(m))
            }
            StmtKind::Import(names) => names.iter().try_for_each(|a| self.visit_alias(a)),
            StmtKind::ImportFrom { names, .. } => {
                names.iter().try_for_each(|a| self.visit_alias(a))
            }
            StmtKind::Global(names) => self.visit_global_nonlocal(names, true, s.span),
            StmtKind::Nonlocal(names) => self.visit_global_nonlocal(names, false, s.span),
            StmtKind::Expr(e) => self.visit_expr(e),
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => Ok(()),
        }
    }

    fn visit_function_def(&mut self, f: &FunctionDef, span: Span) -> CResult {
        self.add_def(&f.name, DEF_LOCAL, span)?;
        self.visit_defaults(&f.args)?;
        self.visit_annotations(&f.args, f.returns.as_ref())?;
        f.decorator_list
            .iter()
            .try_for_each(|d| self.visit_expr(d))?;
        let id = self.enter_block(&f.name, BlockType::Function, node_key(f), span);
        if f.is_async {
            let ste = &mut self.table.scopes[id];
            ste.is_coroutine = true;
            ste.is_async_def = true;
        }
        self.visit_params(&f.args)?;
        self.visit_body(&f.body)?;
        self.exit_block();
        Ok(())
    }

    fn visit_class_def(&mut self, c: &ClassDef, span: Span) -> CResult {
        self.add_def(&c.name, DEF_LOCAL, span)?;
        c.bases.iter().try_for_each(|b| self.visit_expr(b))?;
        c.keywords
            .iter()
            .try_for_each(|k| self.visit_expr(&k.value))?;
        c.decorator_list
            .iter()
            .try_for_each(|d| self.visit_expr(d))?;
        self.enter_block(&c.name, BlockType::Class, node_key(c), span);
        let saved = self.private.replace(c.name.clone());
        self.visit_body(&c.body)?;
        self.private = saved;
        self.exit_block();
        Ok(())
    }

    fn visit_defaults(&mut self, args: &Arguments) -> CResult {
        args.defaults.iter().try_for_each(|d| self.visit_expr(d))?;
        args.kw_defaults
            .iter()
            .flatten()
            .try_for_each(|d| self.visit_expr(d))
    }

    fn visit_annotations(&mut self, args: &Arguments, returns: Option<&Expr>) -> CResult {
        // Under `from __future__ import annotations` the annotations are strings, never
        // evaluated, so their names are not uses in any scope.
        if self.future.annotations {
            return Ok(());
        }
        let all = args.posonlyargs.iter().chain(&args.args);
        for a in all
            .chain(&args.vararg)
            .chain(&args.kwarg)
            .chain(&args.kwonlyargs)
        {
            if let Some(ann) = &a.annotation {
                self.visit_expr(ann)?;
            }
        }
        returns.iter().try_for_each(|r| self.visit_expr(r))
    }

    fn visit_params(&mut self, args: &Arguments) -> CResult {
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            self.add_def(&a.arg, DEF_PARAM, a.span)?;
        }
        if let Some(a) = &args.vararg {
            self.add_def(&a.arg, DEF_PARAM, a.span)?;
            self.ste().has_varargs = true;
        }
        if let Some(a) = &args.kwarg {
            self.add_def(&a.arg, DEF_PARAM, a.span)?;
            self.ste().has_varkeywords = true;
        }
        Ok(())
    }

    fn visit_ann_assign(
        &mut self,
        target: &Expr,
        annotation: &Expr,
        value: Option<&Expr>,
        simple: bool,
        span: Span,
    ) -> CResult {
        if let ExprKind::Name { id, .. } = &target.kind {
            let cur = self.lookup(id);
            let is_module = self.cur() == 0;
            if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && !is_module && simple {
                let which = if cur & DEF_GLOBAL != 0 {
                    "global"
                } else {
                    "nonlocal"
                };
                return Err(err(
                    format!("annotated name '{id}' can't be {which}"),
                    self.filename,
                    span,
                ));
            }
            if simple {
                self.add_def(id, DEF_ANNOT | DEF_LOCAL, target.span)?;
            } else if value.is_some() {
                self.add_def(id, DEF_LOCAL, target.span)?;
            }
        } else {
            self.visit_target(target)?;
        }
        if !self.future.annotations {
            self.visit_expr(annotation)?;
        }
        value.iter().try_for_each(|v| self.visit_expr(v))
    }

    fn visit_alias(&mut self, a: &Alias) -> CResult {
        let name = a.asname.as_deref().unwrap_or(&a.name);
        if name == "*" {
            if self.table.scopes[self.cur()].block_type != BlockType::Module {
                return Err(err(
                    "import * only allowed at module level",
                    self.filename,
                    a.span,
                ));
            }
            return Ok(());
        }
        let store = name.split('.').next().unwrap_or(name);
        self.add_def(store, DEF_IMPORT, a.span)
    }

    fn visit_global_nonlocal(
        &mut self,
        names: &[Identifier],
        is_global: bool,
        span: Span,
    ) -> CResult {
        let what = if is_global { "global" } else { "nonlocal" };
        for name in names {
            let cur = self.lookup(name);
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let msg = if cur & DEF_PARAM != 0 {
                    format!("name '{name}' is parameter and {what}")
                } else if cur & USE != 0 {
                    format!("name '{name}' is used prior to {what} declaration")
                } else if cur & DEF_ANNOT != 0 {
                    format!("annotated name '{name}' can't be {what}")
                } else {
                    format!("name '{name}' is assigned to before {what} declaration")
                };
                return Err(err(msg, self.filename, span));
            }
            self.add_def(
                name,
                if is_global { DEF_GLOBAL } else { DEF_NONLOCAL },
                span,
            )?;
            self.record_directive(name, span);
        }
        Ok(())
    }

    // -----------------------------------------------------------------------------------------
    // Expressions
    // -----------------------------------------------------------------------------------------

    /// An assignment or deletion target: names are bindings whatever their `ctx` says.
    fn visit_target(&mut self, e: &Expr) -> CResult {
        self.enter_depth()?;
        match &e.kind {
            ExprKind::Name { id, .. } => self.add_def(id, DEF_LOCAL, e.span)?,
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                elts.iter().try_for_each(|t| self.visit_target(t))?
            }
            ExprKind::Starred { value, .. } => self.visit_target(value)?,
            _ => self.visit_expr_inner(e)?,
        }
        self.depth -= 1;
        Ok(())
    }

    fn visit_expr(&mut self, e: &Expr) -> CResult {
        self.enter_depth()?;
        self.visit_expr_inner(e)?;
        self.depth -= 1;
        Ok(())
    }

    fn visit_exprs(&mut self, es: &[Expr]) -> CResult {
        es.iter().try_for_each(|e| self.visit_expr(e))
    }

    fn visit_expr_inner(&mut self, e: &Expr) -> CResult {
        match &e.kind {
            ExprKind::NamedExpr { target, value } => self.visit_named_expr(target, value, e.span),
            ExprKind::BoolOp { values, .. } => self.visit_exprs(values),
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left)?;
                self.visit_expr(right)
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand),
            ExprKind::Lambda { args, body } => {
                self.visit_defaults(args)?;
                let id = self.enter_block("lambda", BlockType::Function, node_key(e), e.span);
                self.table.scopes[id].is_lambda = true;
                self.visit_params(args)?;
                self.visit_expr(body)?;
                self.exit_block();
                Ok(())
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    if let Some(k) = k {
                        self.visit_expr(k)?;
                    }
                    self.visit_expr(v)?;
                }
                Ok(())
            }
            ExprKind::Set(elts) => self.visit_exprs(elts),
            ExprKind::GeneratorExp { elt, generators } => {
                self.visit_comprehension(e, ComprehensionKind::Generator, generators, elt, None)
            }
            ExprKind::ListComp { elt, generators } => {
                self.visit_comprehension(e, ComprehensionKind::List, generators, elt, None)
            }
            ExprKind::SetComp { elt, generators } => {
                self.visit_comprehension(e, ComprehensionKind::Set, generators, elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.visit_comprehension(e, ComprehensionKind::Dict, generators, key, Some(value)),
            ExprKind::Yield(value) => {
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
                self.yield_seen(e.span)
            }
            ExprKind::YieldFrom(value) => {
                self.visit_expr(value)?;
                self.yield_seen(e.span)
            }
            ExprKind::Await(value) => {
                self.visit_expr(value)?;
                self.ste().is_coroutine = true;
                Ok(())
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.visit_expr(left)?;
                self.visit_exprs(comparators)
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.visit_expr(func)?;
                self.visit_exprs(args)?;
                keywords.iter().try_for_each(|k| self.visit_expr(&k.value))
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.visit_expr(value)?;
                format_spec.iter().try_for_each(|s| self.visit_expr(s))
            }
            ExprKind::JoinedStr(values) => self.visit_exprs(values),
            ExprKind::Constant(_) => Ok(()),
            ExprKind::Attribute { value, .. } => self.visit_expr(value),
            ExprKind::Subscript { value, slice, .. } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)
            }
            ExprKind::Starred { value, .. } => self.visit_expr(value),
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.visit_expr(part)?;
                }
                Ok(())
            }
            ExprKind::Name { id, ctx } => {
                let flag = if *ctx == ExprContext::Load {
                    USE
                } else {
                    DEF_LOCAL
                };
                self.add_def(id, flag, e.span)?;
                // `super()` needs the `__class__` cell of the enclosing class.
                if *ctx == ExprContext::Load
                    && id == "super"
                    && self.table.scopes[self.cur()].block_type == BlockType::Function
                {
                    self.add_def("__class__", USE, e.span)?;
                }
                Ok(())
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.visit_exprs(elts),
        }
    }

    fn yield_seen(&mut self, span: Span) -> CResult {
        let ste = self.ste();
        ste.is_generator = true;
        if let Some(kind) = ste.comprehension {
            return Err(err(
                super::yield_in_comprehension(kind),
                self.filename,
                span,
            ));
        }
        Ok(())
    }

    fn visit_named_expr(&mut self, target: &Expr, value: &Expr, span: Span) -> CResult {
        if self.table.scopes[self.cur()].comp_iter_expr > 0 {
            return Err(err(
                "assignment expression cannot be used in a comprehension iterable expression",
                self.filename,
                span,
            ));
        }
        if self.table.scopes[self.cur()].comprehension.is_some() {
            self.extend_namedexpr_scope(target)?;
        }
        self.visit_expr(value)?;
        self.visit_target(target)
    }

    /// A walrus inside a comprehension binds in the nearest enclosing non-comprehension scope
    /// (`symtable_extend_namedexpr_scope`).
    fn extend_namedexpr_scope(&mut self, target: &Expr) -> CResult {
        let ExprKind::Name { id: name, .. } = &target.kind else {
            return Err(err(
                "cannot use assignment expressions with this target",
                self.filename,
                target.span,
            ));
        };
        for &sid in self.stack.clone().iter().rev() {
            let ste = &self.table.scopes[sid];
            if ste.comprehension.is_some() {
                if ste.flags_of(&super::mangle(self.private.as_deref(), name)) & DEF_COMP_ITER != 0
                {
                    return Err(err(
                        format!("assignment expression cannot rebind comprehension iteration variable '{name}'"),
                        self.filename,
                        target.span,
                    ));
                }
                continue;
            }
            match ste.block_type {
                BlockType::Function => {
                    let flag = if ste.flags_of(&super::mangle(self.private.as_deref(), name))
                        & DEF_GLOBAL
                        != 0
                    {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def(name, flag, target.span)?;
                    self.record_directive(name, target.span);
                    return self.add_def_in(name, DEF_LOCAL, sid, target.span);
                }
                BlockType::Module => {
                    self.add_def(name, DEF_GLOBAL, target.span)?;
                    self.record_directive(name, target.span);
                    return self.add_def_in(name, DEF_GLOBAL, sid, target.span);
                }
                BlockType::Class => {
                    return Err(err(
                        "assignment expression within a comprehension cannot be used in a class body",
                        self.filename,
                        target.span,
                    ));
                }
            }
        }
        Ok(())
    }

    /// `symtable_handle_comprehension`: the first iterable is evaluated in the enclosing scope;
    /// everything else lives in a new function scope taking `.0`.
    fn visit_comprehension(
        &mut self,
        e: &Expr,
        kind: ComprehensionKind,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> CResult {
        let Some(outermost) = generators.first() else {
            return Err(err(
                "comprehension without a 'for' clause",
                self.filename,
                e.span,
            ));
        };
        let outer = self.cur();
        self.table.scopes[outer].comp_iter_expr += 1;
        self.visit_expr(&outermost.iter)?;
        self.table.scopes[outer].comp_iter_expr -= 1;

        let name = match kind {
            ComprehensionKind::List => "listcomp",
            ComprehensionKind::Set => "setcomp",
            ComprehensionKind::Dict => "dictcomp",
            ComprehensionKind::Generator => "genexpr",
        };
        let id = self.enter_block(name, BlockType::Function, node_key(e), e.span);
        self.table.scopes[id].comprehension = Some(kind);
        if outermost.is_async {
            self.table.scopes[id].is_coroutine = true;
        }
        self.add_def(".0", DEF_PARAM, e.span)?;
        self.comprehension_target(&outermost.target)?;
        self.visit_exprs(&outermost.ifs)?;
        for g in &generators[1..] {
            self.comprehension_target(&g.target)?;
            self.table.scopes[id].comp_iter_expr += 1;
            self.visit_expr(&g.iter)?;
            self.table.scopes[id].comp_iter_expr -= 1;
            self.visit_exprs(&g.ifs)?;
            if g.is_async {
                self.table.scopes[id].is_coroutine = true;
            }
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        let is_generator = kind == ComprehensionKind::Generator;
        let ste = &mut self.table.scopes[id];
        ste.is_generator = is_generator;
        let is_async = ste.is_coroutine && !is_generator;
        self.exit_block();
        // An async list/set/dict comprehension is awaited by its enclosing scope.
        if is_async {
            self.ste().is_coroutine = true;
        }
        Ok(())
    }

    fn comprehension_target(&mut self, target: &Expr) -> CResult {
        self.ste().comp_iter_target = true;
        let r = self.visit_target(target);
        self.ste().comp_iter_target = false;
        r
    }
}
