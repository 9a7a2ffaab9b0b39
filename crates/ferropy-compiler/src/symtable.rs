//! Symbol tables: which names are local, global, free or cell in every scope.
//!
//! A port of CPython 3.11's `Python/symtable.c`, in its two passes:
//! 1. `visit` walks the AST once, creating a [`ScopeEntry`] per module, class, function,
//!    lambda and comprehension, and recording for every name how it is used (`DEF_*` flags),
//!    plus the generator/coroutine flags and the `global`/`nonlocal` directives.
//! 2. `analyze` resolves each name to a [`Scope`] exactly like `analyze_block`: names bound in
//!    an enclosing *function* become free variables here and cells there; class bodies are
//!    invisible to their methods, except that a method using `super` or `__class__` makes the
//!    class create an implicit `__class__` cell.
//!
//! The code generator finds the scope of a `def`, `class`, `lambda` or comprehension by the
//! address of its AST node ([`SymbolTable::scope_of`]); the AST is borrowed immutably for the
//! whole compilation, so addresses are stable.

mod visit;

use crate::error::{CResult, CompileError};
use ferropy_syntax::ast::Span;
use indexmap::IndexMap;
use std::collections::{HashMap, HashSet};

/// How a name is used in one scope (CPython's `DEF_*` bits).
pub mod flags {
    pub const DEF_GLOBAL: u32 = 1;
    pub const DEF_LOCAL: u32 = 2;
    pub const DEF_PARAM: u32 = 4;
    pub const DEF_NONLOCAL: u32 = 8;
    pub const USE: u32 = 16;
    pub const DEF_FREE: u32 = 32;
    pub const DEF_FREE_CLASS: u32 = 64;
    pub const DEF_IMPORT: u32 = 128;
    pub const DEF_ANNOT: u32 = 256;
    pub const DEF_COMP_ITER: u32 = 512;
    pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
}
use flags::*;

/// Where a name lives (CPython's `LOCAL`, `GLOBAL_EXPLICIT`, ... scope values).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Scope {
    /// Not analysed (only `__doc__`-like names the compiler invents).
    #[default]
    Unknown,
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Symbol {
    pub flags: u32,
    pub scope: Scope,
}

/// CPython's `_Py_block_ty`: lambdas and comprehensions are function blocks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockType {
    Module,
    Class,
    Function,
}

/// Which comprehension a function block implements, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

impl ComprehensionKind {
    /// The word CPython uses in "'yield' inside list comprehension".
    fn describe(self) -> &'static str {
        match self {
            ComprehensionKind::List => "list comprehension",
            ComprehensionKind::Set => "set comprehension",
            ComprehensionKind::Dict => "dict comprehension",
            ComprehensionKind::Generator => "generator expression",
        }
    }
}

pub type ScopeId = usize;

/// One scope (CPython's `PySTEntryObject`).
#[derive(Clone, Debug)]
pub struct ScopeEntry {
    /// `top`, the function or class name, `lambda`, `listcomp`, ...
    pub name: String,
    pub block_type: BlockType,
    /// Every name used in the scope, in first-use order, with flags and (after analysis) scope.
    pub symbols: IndexMap<String, Symbol>,
    /// Parameter names in slot order (CPython's `ste_varnames`).
    pub varnames: Vec<String>,
    pub children: Vec<ScopeId>,
    /// `global`/`nonlocal` statement (or walrus) locations, for errors found in analysis.
    pub directives: Vec<(String, Span)>,
    pub span: Span,
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// `async def` itself (not just "contains await"): the compiler's ASYNC_FUNCTION scope.
    pub is_async_def: bool,
    pub is_lambda: bool,
    pub comprehension: Option<ComprehensionKind>,
    pub has_varargs: bool,
    pub has_varkeywords: bool,
    /// Nested inside a function (CPython `ste_nested`): sets `CO_NESTED`.
    pub nested: bool,
    /// The scope has free variables (`ste_free`).
    pub has_free: bool,
    /// Some child scope has free variables (`ste_child_free`).
    pub child_free: bool,
    /// A class whose methods use `__class__`/`super`: it needs the implicit `__class__` cell.
    pub needs_class_closure: bool,
    comp_iter_target: bool,
    comp_iter_expr: u32,
}

impl ScopeEntry {
    fn new(name: &str, block_type: BlockType, span: Span) -> ScopeEntry {
        ScopeEntry {
            name: name.to_string(),
            block_type,
            symbols: IndexMap::new(),
            varnames: Vec::new(),
            children: Vec::new(),
            directives: Vec::new(),
            span,
            is_generator: false,
            is_coroutine: false,
            is_async_def: false,
            is_lambda: false,
            comprehension: None,
            has_varargs: false,
            has_varkeywords: false,
            nested: false,
            has_free: false,
            child_free: false,
            needs_class_closure: false,
            comp_iter_target: false,
            comp_iter_expr: 0,
        }
    }

    /// The resolved scope of `name` (already mangled), `Unknown` if the name is not used here.
    pub fn scope_of(&self, name: &str) -> Scope {
        self.symbols.get(name).map_or(Scope::Unknown, |s| s.scope)
    }

    /// The use flags of `name` (already mangled), 0 if unused.
    pub fn flags_of(&self, name: &str) -> u32 {
        self.symbols.get(name).map_or(0, |s| s.flags)
    }

    /// Names with scope `Cell`, sorted (CPython's `dictbytype(symbols, CELL, 0, 0)`).
    pub fn cellvars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == Scope::Cell)
            .map(|(n, _)| n.clone())
            .collect();
        v.sort();
        v
    }

    /// Free names, including class-level names also free in a method (`DEF_FREE_CLASS`), sorted.
    pub fn freevars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == Scope::Free || s.flags & DEF_FREE_CLASS != 0)
            .map(|(n, _)| n.clone())
            .collect();
        v.sort();
        v
    }
}

/// The symbol tables of one module (or one `eval` expression).
#[derive(Clone, Debug)]
pub struct SymbolTable {
    pub scopes: Vec<ScopeEntry>,
    by_node: HashMap<usize, ScopeId>,
}

impl SymbolTable {
    /// The scope created for the AST node at `addr` (a `FunctionDef`, `ClassDef` or an `Expr`
    /// holding a lambda or comprehension).
    pub fn scope_of(&self, addr: usize) -> Option<ScopeId> {
        self.by_node.get(&addr).copied()
    }

    pub fn get(&self, id: ScopeId) -> &ScopeEntry {
        &self.scopes[id]
    }

    pub fn get_mut(&mut self, id: ScopeId) -> &mut ScopeEntry {
        &mut self.scopes[id]
    }
}

/// The address key of an AST node, for [`SymbolTable::scope_of`].
pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

pub use visit::{build_for_expression, build_for_module};
pub(crate) use visit::{RECURSION_LIMIT, RECURSION_START};

/// CPython's `_Py_Mangle`: inside class `C`, `__x` becomes `_C__x` unless it ends with `__`,
/// contains a dot, or the class name is all underscores.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

// ---------------------------------------------------------------------------------------------
// Analysis (symtable.c: analyze_block, analyze_name, analyze_cells, update_symbols)
// ---------------------------------------------------------------------------------------------

type NameSet = HashSet<String>;

struct Analyzer<'t> {
    table: &'t mut SymbolTable,
    filename: &'t str,
}

pub(crate) fn analyze(table: &mut SymbolTable, filename: &str) -> CResult {
    let mut free = NameSet::new();
    Analyzer { table, filename }.analyze_block(0, None, &mut free, NameSet::new())
}

impl Analyzer<'_> {
    fn error_at_directive(&self, id: ScopeId, name: &str, msg: String) -> CompileError {
        let ste = &self.table.scopes[id];
        let span = ste
            .directives
            .iter()
            .find(|(n, _)| n == name)
            .map_or(ste.span, |(_, s)| *s);
        CompileError::syntax(msg, self.filename, span)
    }

    #[allow(clippy::too_many_arguments)]
    fn analyze_name(
        &mut self,
        id: ScopeId,
        scopes: &mut HashMap<String, Scope>,
        name: &str,
        flags: u32,
        bound: &mut Option<NameSet>,
        local: &mut NameSet,
        free: &mut NameSet,
        global: &mut NameSet,
    ) -> CResult {
        if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                return Err(self.error_at_directive(
                    id,
                    name,
                    format!("name '{name}' is nonlocal and global"),
                ));
            }
            scopes.insert(name.to_string(), Scope::GlobalExplicit);
            global.insert(name.to_string());
            // An explicit global hides any enclosing function binding from nested scopes.
            if let Some(b) = bound.as_mut() {
                b.remove(name);
            }
            return Ok(());
        }
        if flags & DEF_NONLOCAL != 0 {
            let Some(bound) = bound.as_ref() else {
                return Err(self.error_at_directive(
                    id,
                    name,
                    "nonlocal declaration not allowed at module level".to_string(),
                ));
            };
            if !bound.contains(name) {
                return Err(self.error_at_directive(
                    id,
                    name,
                    format!("no binding for nonlocal '{name}' found"),
                ));
            }
            scopes.insert(name.to_string(), Scope::Free);
            self.table.scopes[id].has_free = true;
            free.insert(name.to_string());
            return Ok(());
        }
        if flags & DEF_BOUND != 0 {
            scopes.insert(name.to_string(), Scope::Local);
            local.insert(name.to_string());
            global.remove(name);
            return Ok(());
        }
        // A name bound in an enclosing function is free here rather than global.
        if let Some(bound) = bound.as_ref() {
            if bound.contains(name) {
                scopes.insert(name.to_string(), Scope::Free);
                self.table.scopes[id].has_free = true;
                free.insert(name.to_string());
                return Ok(());
            }
        }
        if self.table.scopes[id].nested {
            self.table.scopes[id].has_free = true;
        }
        scopes.insert(name.to_string(), Scope::GlobalImplicit);
        Ok(())
    }

    fn analyze_block(
        &mut self,
        id: ScopeId,
        mut bound: Option<NameSet>,
        free: &mut NameSet,
        mut global: NameSet,
    ) -> CResult {
        let mut local = NameSet::new();
        let mut scopes: HashMap<String, Scope> = HashMap::new();
        let mut newglobal = NameSet::new();
        let mut newfree = NameSet::new();
        let mut newbound = NameSet::new();
        let block_type = self.table.scopes[id].block_type;

        // Class bindings are not visible in methods, so a class passes down what it received
        // before its own names are analysed.
        if block_type == BlockType::Class {
            newglobal.extend(global.iter().cloned());
            if let Some(b) = &bound {
                newbound.extend(b.iter().cloned());
            }
        }

        let symbols: Vec<(String, u32)> = self.table.scopes[id]
            .symbols
            .iter()
            .map(|(n, s)| (n.clone(), s.flags))
            .collect();
        for (name, fl) in &symbols {
            self.analyze_name(
                id,
                &mut scopes,
                name,
                *fl,
                &mut bound,
                &mut local,
                free,
                &mut global,
            )?;
        }

        if block_type != BlockType::Class {
            if block_type == BlockType::Function {
                newbound.extend(local.iter().cloned());
            }
            if let Some(b) = &bound {
                newbound.extend(b.iter().cloned());
            }
            newglobal.extend(global.iter().cloned());
        } else {
            // Special-case __class__: methods may refer to the implicit class cell.
            newbound.insert("__class__".to_string());
        }

        let mut allfree = NameSet::new();
        let children = self.table.scopes[id].children.clone();
        for child in children {
            // analyze_child_block: each child gets its own copies of the sets.
            let mut child_free = newfree.clone();
            self.analyze_block(
                child,
                Some(newbound.clone()),
                &mut child_free,
                newglobal.clone(),
            )?;
            allfree.extend(child_free);
            let c = &self.table.scopes[child];
            if c.has_free || c.child_free {
                self.table.scopes[id].child_free = true;
            }
        }
        newfree.extend(allfree);

        match block_type {
            BlockType::Function => {
                // analyze_cells: locals captured by children become cells.
                for (name, scope) in scopes.iter_mut() {
                    if *scope == Scope::Local && newfree.contains(name) {
                        *scope = Scope::Cell;
                        newfree.remove(name);
                    }
                }
            }
            BlockType::Class => {
                // drop_class_free
                if newfree.remove("__class__") {
                    self.table.scopes[id].needs_class_closure = true;
                }
            }
            BlockType::Module => {}
        }

        self.update_symbols(
            id,
            &scopes,
            bound.as_ref(),
            &newfree,
            block_type == BlockType::Class,
        );
        free.extend(newfree);
        Ok(())
    }

    fn update_symbols(
        &mut self,
        id: ScopeId,
        scopes: &HashMap<String, Scope>,
        bound: Option<&NameSet>,
        free: &NameSet,
        is_class: bool,
    ) {
        let ste = &mut self.table.scopes[id];
        for (name, sym) in ste.symbols.iter_mut() {
            sym.scope = scopes.get(name).copied().unwrap_or(Scope::Unknown);
        }
        // Record free variables of children not yet resolved here, in a stable order.
        let mut pending: Vec<&String> = free.iter().collect();
        pending.sort();
        for name in pending {
            if let Some(sym) = ste.symbols.get_mut(name) {
                // A method's free variable with the same name as a class-level binding.
                if is_class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                    sym.flags |= DEF_FREE_CLASS;
                }
                continue;
            }
            if let Some(b) = bound {
                if !b.contains(name) {
                    continue; // it's a global
                }
            } else {
                continue;
            }
            ste.symbols.insert(
                name.clone(),
                Symbol {
                    flags: DEF_FREE,
                    scope: Scope::Free,
                },
            );
        }
    }
}

/// The message of a `yield` found directly in a comprehension scope.
pub(crate) fn yield_in_comprehension(kind: ComprehensionKind) -> String {
    format!("'yield' inside {}", kind.describe())
}

#[cfg(test)]
mod tests;
