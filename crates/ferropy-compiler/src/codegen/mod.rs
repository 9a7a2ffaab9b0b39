//! The code generator's core: the stack of compilation units (one per code object being
//! built), constants and name tables, name resolution (`compiler_nameop`), the frame-block
//! stack used to unwind `return`/`break`/`continue`, and turning a finished unit into a
//! `CodeObject`.
//!
//! Construct families live in sibling files (`stmt.rs`, `expr.rs`, `call.rs`, `function.rs`,
//! `class.rs`, `comprehension.rs`, `exceptions.rs`, `unpack.rs`, `fstring.rs`, `import.rs`,
//! `generators.rs`, `loops.rs`), each following the shape of the corresponding function in
//! CPython 3.11's `Python/compile.c`.

mod call;
mod class;
mod comprehension;
mod consts;
mod exceptions;
mod expr;
mod fstring;
mod function;
mod generators;
mod import;
mod loops;
mod stmt;
mod unpack;

pub(crate) use stmt::find_ann;

use crate::builder::{Builder, Label};
use crate::error::{CResult, CompileError, ErrorKind};
use crate::fold::Folder;
use crate::future::Future;
use crate::symtable::{self, BlockType, Scope, ScopeId, SymbolTable};
use consts::ConstTable;
use ferropy_bytecode::{CodeFlags, CodeObject, Constant, LocalKind, Location, Opcode};
use ferropy_syntax::ast::{ExprContext, Span, Stmt};
use indexmap::IndexSet;
use std::sync::Arc;

/// CPython's `STACK_USE_GUIDELINE`: above this many items, build collections incrementally.
pub(crate) const STACK_USE_GUIDELINE: usize = 30;
/// CPython's `CO_MAXBLOCKS`: the deepest nesting of loops/try/with in one code object.
const MAX_BLOCKS: usize = 20;

/// CPython's `COMPILER_SCOPE_*`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UnitKind {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

/// CPython's `fblocktype` with its datum: what must be undone when control leaves the block.
#[derive(Clone, Copy, Debug)]
pub(crate) enum FBlockKind<'a> {
    WhileLoop,
    ForLoop,
    TryExcept,
    /// The `finally` body to run when leaving the `try` body.
    FinallyTry(&'a [Stmt]),
    FinallyEnd,
    /// The `with` statement's span (its exit call is located there).
    With(Span),
    AsyncWith(Span),
    /// An `except` body; the bound name to clear, if any.
    HandlerCleanup(Option<&'a str>),
    PopValue,
    ExceptionHandler,
    AsyncComprehensionGenerator,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct FBlock<'a> {
    pub kind: FBlockKind<'a>,
    /// `continue` target of a loop.
    pub block: Option<Label>,
    /// `break` target of a loop.
    pub exit: Option<Label>,
}

/// One code object under construction (CPython's `compiler_unit`).
pub(crate) struct Unit<'a> {
    pub kind: UnitKind,
    pub scope: ScopeId,
    pub name: String,
    pub qualname: String,
    pub b: Builder,
    pub consts: ConstTable,
    pub names: IndexSet<String>,
    pub varnames: IndexSet<String>,
    pub cellvars: IndexSet<String>,
    pub freevars: IndexSet<String>,
    /// The class name used for `__private` mangling.
    pub private: Option<String>,
    pub fblocks: Vec<FBlock<'a>>,
    pub argcount: u32,
    pub posonly_argcount: u32,
    pub kwonly_argcount: u32,
    pub first_line: u32,
    pub docstring: Option<String>,
}

/// How a name is accessed (`compiler_nameop`'s `optype`).
enum NameOp {
    Fast(u32),
    Deref(Derefed),
    Global,
    Name,
}

#[derive(Clone, Copy)]
enum Derefed {
    Cell(u32),
    Free(u32),
}

pub(crate) struct Compiler<'a> {
    pub st: SymbolTable,
    pub units: Vec<Unit<'a>>,
    pub filename: String,
    /// Mode `Single`: module-level expression statements print their value.
    pub interactive: bool,
    pub future: Future,
    pub folder: Folder,
    /// Nesting depth of the expression/statement walkers (see `symtable::visit`).
    pub depth: u32,
}

pub(crate) fn loc_of(span: Span) -> Location {
    Location {
        line: span.start.line,
        end_line: span.end.line,
        col: span.start.col,
        end_col: span.end.col,
    }
}

impl<'a> Compiler<'a> {
    pub fn new(st: SymbolTable, filename: &str, interactive: bool, future: Future) -> Compiler<'a> {
        Compiler {
            st,
            units: Vec::new(),
            filename: filename.to_string(),
            interactive,
            future,
            folder: Folder::default(),
            depth: crate::symtable::RECURSION_START,
        }
    }

    // ---- unit access ---------------------------------------------------------------------

    pub fn u(&mut self) -> &mut Unit<'a> {
        self.units
            .last_mut()
            .expect("a unit is always being compiled")
    }

    pub fn ur(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is always being compiled")
    }

    pub fn b(&mut self) -> &mut Builder {
        &mut self.u().b
    }

    pub fn ste(&self) -> &symtable::ScopeEntry {
        self.st.get(self.ur().scope)
    }

    pub fn emit(&mut self, op: Opcode, arg: u32) {
        self.b().emit(op, arg);
    }

    pub fn op(&mut self, op: Opcode) {
        self.b().emit(op, 0);
    }

    pub fn new_label(&mut self) -> Label {
        self.b().new_label()
    }

    pub fn bind(&mut self, l: Label) {
        self.b().bind(l);
    }

    pub fn load_const(&mut self, c: Constant) {
        let i = self.u().consts.add(c);
        self.emit(Opcode::LoadConst, i);
    }

    pub fn add_const(&mut self, c: Constant) -> u32 {
        self.u().consts.add(c)
    }

    pub fn mangle(&self, name: &str) -> String {
        symtable::mangle(self.ur().private.as_deref(), name)
    }

    /// Index of `name` in `co_names`, mangled (CPython's `ADDOP_NAME`).
    pub fn name_index(&mut self, name: &str) -> u32 {
        let mangled = self.mangle(name);
        self.u().names.insert_full(mangled).0 as u32
    }

    /// Index of `name` in `co_names`, unmangled (`ADDOP_N`).
    pub fn raw_name_index(&mut self, name: &str) -> u32 {
        self.u().names.insert_full(name.to_string()).0 as u32
    }

    pub fn emit_name(&mut self, op: Opcode, name: &str) {
        let i = self.name_index(name);
        self.emit(op, i);
    }

    // ---- locations and errors ------------------------------------------------------------

    pub fn set_loc(&mut self, span: Span) {
        self.b().loc = loc_of(span);
    }

    pub fn loc(&mut self) -> Location {
        self.b().loc
    }

    pub fn restore_loc(&mut self, loc: Location) {
        self.b().loc = loc;
    }

    /// Mark what follows as artificial (CPython's `UNSET_LOC`).
    pub fn unset_loc(&mut self) {
        self.b().loc = Location::default();
    }

    /// A `SyntaxError` at the current location (CPython's `compiler_error`).
    pub fn error(&self, msg: impl Into<String>) -> CompileError {
        let l = self.units.last().map(|u| u.b.loc).unwrap_or_default();
        CompileError {
            msg: msg.into(),
            filename: self.filename.clone(),
            line: l.line,
            col: l.col + 1,
            end_line: l.end_line,
            end_col: l.end_col + 1,
            kind: ErrorKind::SyntaxError,
        }
    }

    #[allow(dead_code)]
    pub fn error_at(&self, msg: impl Into<String>, span: Span) -> CompileError {
        CompileError::syntax(msg, &self.filename, span)
    }

    pub fn enter_depth(&mut self) -> CResult {
        self.depth += 1;
        if self.depth > symtable::RECURSION_LIMIT {
            return Err(CompileError::recursion(&self.filename));
        }
        Ok(())
    }

    pub fn leave_depth(&mut self) {
        self.depth -= 1;
    }

    // ---- scopes ----------------------------------------------------------------------------

    /// The scope the symbol table created for an AST node.
    pub fn scope_for<T>(&self, node: &T) -> CResult<ScopeId> {
        self.st.scope_of(symtable::node_key(node)).ok_or_else(|| {
            CompileError::system("no symbol table entry for a scope", &self.filename)
        })
    }

    /// `compiler_enter_scope`: start a new code object and emit its `RESUME 0`.
    pub fn enter_scope(&mut self, name: &str, kind: UnitKind, scope: ScopeId, first_line: u32) {
        let ste = self.st.get(scope);
        let mut cellvars: IndexSet<String> = ste.cellvars().into_iter().collect();
        if ste.needs_class_closure {
            // Cook up the implicit __class__ cell (always index 0: a class has no other cells).
            cellvars.shift_insert(0, "__class__".to_string());
        }
        let freevars: IndexSet<String> = ste.freevars().into_iter().collect();
        let varnames: IndexSet<String> = ste.varnames.iter().cloned().collect();
        let private = self.units.last().and_then(|u| u.private.clone());
        let mut unit = Unit {
            kind,
            scope,
            name: name.to_string(),
            qualname: name.to_string(),
            b: Builder::new(),
            consts: ConstTable::default(),
            names: IndexSet::new(),
            varnames,
            cellvars,
            freevars,
            private,
            fblocks: Vec::new(),
            argcount: 0,
            posonly_argcount: 0,
            kwonly_argcount: 0,
            first_line,
            docstring: None,
        };
        if kind != UnitKind::Module {
            unit.qualname = self.qualname_for(&unit);
        }
        unit.b.loc = if kind == UnitKind::Module {
            Location::default()
        } else {
            Location {
                line: first_line,
                end_line: first_line,
                col: 0,
                end_col: 0,
            }
        };
        unit.b.emit(Opcode::Resume, 0);
        self.units.push(unit);
    }

    /// `compiler_set_qualname`.
    fn qualname_for(&self, u: &Unit<'a>) -> String {
        // Top-level definitions (only the module below them) have qualname == name.
        if self.units.len() <= 1 {
            return u.name.clone();
        }
        let parent = self.units.last().expect("checked above");
        if matches!(
            u.kind,
            UnitKind::Function | UnitKind::AsyncFunction | UnitKind::Class
        ) {
            let mangled = symtable::mangle(parent.private.as_deref(), &u.name);
            if self.st.get(parent.scope).scope_of(&mangled) == Scope::GlobalExplicit {
                return u.name.clone();
            }
        }
        let base = if matches!(
            parent.kind,
            UnitKind::Function | UnitKind::AsyncFunction | UnitKind::Lambda
        ) {
            format!("{}.<locals>", parent.qualname)
        } else {
            parent.qualname.clone()
        };
        format!("{base}.{}", u.name)
    }

    /// Finish the current unit (adding the implicit `return None` when `add_none` and the
    /// code can fall off its end) and pop it.
    pub fn exit_scope(&mut self, add_none: bool) -> CResult<Arc<CodeObject>> {
        if !self.ur().b.ends_with_return() {
            self.unset_loc();
            if add_none {
                self.load_const(Constant::None);
            }
            self.op(Opcode::ReturnValue);
        }
        let unit = self.units.pop().expect("exit_scope without a unit");
        self.make_code(unit)
    }

    /// `compute_code_flags`.
    fn code_flags(&self, unit: &Unit<'a>) -> CodeFlags {
        let ste = self.st.get(unit.scope);
        let mut flags = 0;
        if ste.block_type == BlockType::Function {
            flags |= CodeFlags::NEWLOCALS | CodeFlags::OPTIMIZED;
            if ste.nested {
                flags |= CodeFlags::NESTED;
            }
            flags |= match (ste.is_generator, ste.is_coroutine) {
                (true, false) => CodeFlags::GENERATOR,
                (false, true) => CodeFlags::COROUTINE,
                (true, true) => CodeFlags::ASYNC_GENERATOR,
                (false, false) => 0,
            };
            if ste.has_varargs {
                flags |= CodeFlags::VARARGS;
            }
            if ste.has_varkeywords {
                flags |= CodeFlags::VARKEYWORDS;
            }
        }
        CodeFlags(flags)
    }

    /// Lay out the fast locals, prepend the cell/free prologue, assemble.
    fn make_code(&self, mut unit: Unit<'a>) -> CResult<Arc<CodeObject>> {
        let mut names: Vec<String> = unit.varnames.iter().cloned().collect();
        let mut kinds: Vec<LocalKind> = names
            .iter()
            .map(|n| {
                if unit.cellvars.contains(n) {
                    LocalKind::LocalCell
                } else {
                    LocalKind::Local
                }
            })
            .collect();
        let mut slot_of_cell = Vec::with_capacity(unit.cellvars.len());
        for cell in &unit.cellvars {
            match unit.varnames.get_index_of(cell) {
                Some(i) => slot_of_cell.push(i as u32),
                None => {
                    slot_of_cell.push(names.len() as u32);
                    names.push(cell.clone());
                    kinds.push(LocalKind::Cell);
                }
            }
        }
        let mut slot_of_free = Vec::with_capacity(unit.freevars.len());
        for free in &unit.freevars {
            slot_of_free.push(names.len() as u32);
            names.push(free.clone());
            kinds.push(LocalKind::Free);
        }

        // insert_prefix_instructions: COPY_FREE_VARS, then MAKE_CELL in slot order.
        let mut prefix = Builder::new();
        if !unit.freevars.is_empty() {
            prefix.emit(Opcode::CopyFreeVars, unit.freevars.len() as u32);
        }
        let mut cells: Vec<u32> = slot_of_cell.clone();
        cells.sort_unstable();
        for slot in cells {
            prefix.emit(Opcode::MakeCell, slot);
        }
        unit.b.prepend(prefix.instrs);

        let asm = unit.b.assemble(&slot_of_cell, &slot_of_free).map_err(|e| {
            CompileError::system(
                format!("internal compiler error in {}: {e}", unit.qualname),
                &self.filename,
            )
        })?;
        let flags = self.code_flags(&unit);
        // trim_unused_consts: drop trailing constants only unreachable code used (the first
        // one may be a docstring and always stays).
        let mut constants = unit.consts.into_vec();
        let used = asm
            .instructions
            .iter()
            .filter(|i| matches!(i.op, Opcode::LoadConst | Opcode::KwNames))
            .map(|i| i.arg as usize + 1)
            .max()
            .unwrap_or(0)
            .max(1);
        constants.truncate(used);
        Ok(Arc::new(CodeObject {
            name: unit.name.clone(),
            qualname: unit.qualname.clone(),
            filename: self.filename.clone(),
            first_line: unit.first_line,
            arg_count: unit.argcount,
            posonly_arg_count: unit.posonly_argcount,
            kwonly_arg_count: unit.kwonly_argcount,
            flags,
            instructions: asm.instructions,
            locations: asm.locations,
            constants,
            names: unit.names.into_iter().collect(),
            localsplus_names: names,
            localsplus_kinds: kinds,
            exception_table: asm.exception_table,
            max_stackdepth: asm.max_stackdepth,
            docstring: unit.docstring,
        }))
    }

    // ---- names -----------------------------------------------------------------------------

    fn forbidden_name(&self, name: &str, ctx: ExprContext) -> CResult {
        if name == "__debug__" {
            match ctx {
                ExprContext::Store => return Err(self.error("cannot assign to __debug__")),
                ExprContext::Del => return Err(self.error("cannot delete __debug__")),
                ExprContext::Load => {}
            }
        }
        Ok(())
    }

    fn resolve(&mut self, name: &str) -> (String, NameOp) {
        let mangled = self.mangle(name);
        let ste = self.st.get(self.ur().scope);
        let is_function = ste.block_type == BlockType::Function;
        let scope = ste.scope_of(&mangled);
        let u = self.ur();
        let op = match scope {
            Scope::Free => match u.freevars.get_index_of(&mangled) {
                Some(i) => NameOp::Deref(Derefed::Free(i as u32)),
                None => NameOp::Name,
            },
            Scope::Cell => match u.cellvars.get_index_of(&mangled) {
                Some(i) => NameOp::Deref(Derefed::Cell(i as u32)),
                None => NameOp::Name,
            },
            Scope::Local if is_function => NameOp::Fast(0),
            Scope::GlobalImplicit if is_function => NameOp::Global,
            Scope::GlobalExplicit => NameOp::Global,
            _ => NameOp::Name,
        };
        let op = match op {
            NameOp::Fast(_) => {
                NameOp::Fast(self.u().varnames.insert_full(mangled.clone()).0 as u32)
            }
            other => other,
        };
        (mangled, op)
    }

    /// `compiler_nameop`: load, store or delete `name` with the opcode its scope calls for.
    pub fn nameop(&mut self, name: &str, ctx: ExprContext) -> CResult {
        self.forbidden_name(name, ctx)?;
        let (mangled, op) = self.resolve(name);
        match op {
            NameOp::Fast(i) => {
                let op = match ctx {
                    ExprContext::Load => Opcode::LoadFast,
                    ExprContext::Store => Opcode::StoreFast,
                    ExprContext::Del => Opcode::DeleteFast,
                };
                self.emit(op, i);
            }
            NameOp::Deref(d) => {
                let op = match ctx {
                    ExprContext::Load if self.ste().block_type == BlockType::Class => {
                        Opcode::LoadClassderef
                    }
                    ExprContext::Load => Opcode::LoadDeref,
                    ExprContext::Store => Opcode::StoreDeref,
                    ExprContext::Del => Opcode::DeleteDeref,
                };
                match d {
                    Derefed::Cell(i) => self.b().emit_cell(op, i),
                    Derefed::Free(i) => self.b().emit_free(op, i),
                }
            }
            NameOp::Global => {
                let i = self.u().names.insert_full(mangled).0 as u32;
                match ctx {
                    // CPython's peephole: PUSH_NULL; LOAD_GLOBAL becomes LOAD_GLOBAL (NULL + name).
                    ExprContext::Load if self.b().take_push_null() => {
                        self.emit(Opcode::LoadGlobal, (i << 1) | 1)
                    }
                    ExprContext::Load => self.emit(Opcode::LoadGlobal, i << 1),
                    ExprContext::Store => self.emit(Opcode::StoreGlobal, i),
                    ExprContext::Del => self.emit(Opcode::DeleteGlobal, i),
                }
            }
            NameOp::Name => {
                let i = self.u().names.insert_full(mangled).0 as u32;
                let op = match ctx {
                    ExprContext::Load => Opcode::LoadName,
                    ExprContext::Store => Opcode::StoreName,
                    ExprContext::Del => Opcode::DeleteName,
                };
                self.emit(op, i);
            }
        }
        Ok(())
    }

    /// Load a callable name for a call: `LOAD_GLOBAL` with its NULL bit when the name is a
    /// global (CPython's peephole turns `PUSH_NULL; LOAD_GLOBAL` into that), otherwise
    /// `PUSH_NULL` then the load.
    pub fn load_callable_name(&mut self, name: &str, span: Span) -> CResult {
        let (mangled, op) = self.resolve(name);
        if let NameOp::Global = op {
            let i = self.u().names.insert_full(mangled).0 as u32;
            self.set_loc(span);
            self.emit(Opcode::LoadGlobal, (i << 1) | 1);
            return Ok(());
        }
        self.set_loc(span);
        self.op(Opcode::PushNull);
        self.nameop(name, ExprContext::Load)
    }

    /// `LOAD_CLOSURE` for `name` when building a closure tuple (`compiler_make_closure`).
    pub fn load_closure(&mut self, name: &str) -> CResult {
        let u = self.ur();
        // A class's implicit __class__ cell, or a name that is a cell here; otherwise free.
        let is_class_cell = name == "__class__" && self.ste().block_type == BlockType::Class;
        let scope = self.ste().scope_of(name);
        if is_class_cell || scope == Scope::Cell {
            if let Some(i) = u.cellvars.get_index_of(name) {
                self.b().emit_cell(Opcode::LoadClosure, i as u32);
                return Ok(());
            }
        }
        if let Some(i) = u.freevars.get_index_of(name) {
            self.b().emit_free(Opcode::LoadClosure, i as u32);
            return Ok(());
        }
        Err(CompileError::system(
            format!("compiler_make_closure: cannot find '{name}'"),
            &self.filename,
        ))
    }

    // ---- frame blocks ----------------------------------------------------------------------

    pub fn push_fblock(
        &mut self,
        kind: FBlockKind<'a>,
        block: Option<Label>,
        exit: Option<Label>,
    ) -> CResult {
        if self.ur().fblocks.len() >= MAX_BLOCKS {
            return Err(self.error("too many statically nested blocks"));
        }
        self.u().fblocks.push(FBlock { kind, block, exit });
        Ok(())
    }

    pub fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }
}
