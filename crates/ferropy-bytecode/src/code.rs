//! Code objects: what the compiler produces and the VM runs (CPython's `PyCodeObject`).
//!
//! A code object is immutable once built and shared (`Arc`) by every function made from it.
//! Its fast locals follow CPython 3.11's "localsplus" layout: one array of slots holding the
//! plain locals (arguments first), then the cells this code creates, then the free variables
//! it receives from its closure; `LOAD_FAST`, `LOAD_DEREF`, `MAKE_CELL` and `LOAD_CLOSURE` all
//! index that one array.

use crate::opcode::Opcode;
use num_bigint::BigInt;
use std::sync::Arc;

/// One instruction: an opcode and its operand (0 when unused).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instruction {
    pub op: Opcode,
    pub arg: u32,
}

/// Source location of one instruction (CPython's `co_positions()` entry). Lines are 1-based,
/// columns 0-based UTF-8 byte offsets; `line == 0` means "no location" (synthetic code).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// One exception-table row (CPython 3.11 `co_exceptiontable`): an exception raised by an
/// instruction in `start..end` pops the value stack down to `depth` items, pushes the
/// raising instruction's index if `push_lasti`, pushes the exception, and jumps to `target`.
/// Rows never overlap; the compiler emits them sorted by `start`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionTableEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub push_lasti: bool,
}

/// What a fast-local slot is (CPython's `CO_FAST_LOCAL` / `CO_FAST_CELL` / `CO_FAST_FREE`).
/// An argument captured by an inner function is `LocalCell`: it arrives as a plain value and
/// `MAKE_CELL` wraps it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LocalKind {
    Local,
    Cell,
    LocalCell,
    Free,
}

/// `co_flags` bits, with CPython's values.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeFlags(pub u32);

impl CodeFlags {
    pub const OPTIMIZED: u32 = 0x0001;
    pub const NEWLOCALS: u32 = 0x0002;
    pub const VARARGS: u32 = 0x0004;
    pub const VARKEYWORDS: u32 = 0x0008;
    pub const NESTED: u32 = 0x0010;
    pub const GENERATOR: u32 = 0x0020;
    pub const NOFREE: u32 = 0x0040;
    pub const COROUTINE: u32 = 0x0080;
    pub const ITERABLE_COROUTINE: u32 = 0x0100;
    pub const ASYNC_GENERATOR: u32 = 0x0200;

    pub fn has(self, bit: u32) -> bool {
        self.0 & bit != 0
    }
}

/// A compile-time constant (an entry of `co_consts`).
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
    /// A frozenset literal produced by constant folding `x in {1, 2}`.
    FrozenSet(Vec<Constant>),
    Code(Arc<CodeObject>),
}

/// A compiled body: module, class body, function, lambda, comprehension or generator.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    /// `co_name`: `<module>`, `f`, `<lambda>`, `<listcomp>`, ...
    pub name: String,
    /// `co_qualname`: `C.f.<locals>.g`.
    pub qualname: String,
    pub filename: String,
    pub first_line: u32,
    /// Positional parameters, including positional-only ones (`co_argcount`).
    pub arg_count: u32,
    pub posonly_arg_count: u32,
    pub kwonly_arg_count: u32,
    pub flags: CodeFlags,
    pub instructions: Vec<Instruction>,
    /// One per instruction.
    pub locations: Vec<Location>,
    pub constants: Vec<Constant>,
    /// `co_names`: global, attribute and import names.
    pub names: Vec<String>,
    /// Fast-local slot names: parameters first (positional, keyword-only, `*args`,
    /// `**kwargs`), then other locals, then cells, then free variables.
    pub localsplus_names: Vec<String>,
    pub localsplus_kinds: Vec<LocalKind>,
    pub exception_table: Vec<ExceptionTableEntry>,
    pub max_stackdepth: u32,
    /// The docstring, if the body starts with one (functions, classes, modules).
    pub docstring: Option<String>,
}

impl CodeObject {
    /// `co_varnames`: the plain (non-free, non-pure-cell) local names, in slot order.
    pub fn varnames(&self) -> impl Iterator<Item = &str> {
        self.localsplus_names
            .iter()
            .zip(&self.localsplus_kinds)
            .filter(|(_, k)| matches!(k, LocalKind::Local | LocalKind::LocalCell))
            .map(|(n, _)| n.as_str())
    }

    /// `co_cellvars`.
    pub fn cellvars(&self) -> impl Iterator<Item = &str> {
        self.localsplus_names
            .iter()
            .zip(&self.localsplus_kinds)
            .filter(|(_, k)| matches!(k, LocalKind::Cell | LocalKind::LocalCell))
            .map(|(n, _)| n.as_str())
    }

    /// `co_freevars`.
    pub fn freevars(&self) -> impl Iterator<Item = &str> {
        self.localsplus_names
            .iter()
            .zip(&self.localsplus_kinds)
            .filter(|(_, k)| matches!(k, LocalKind::Free))
            .map(|(n, _)| n.as_str())
    }

    /// Number of free variables (the closure tuple's length).
    pub fn free_count(&self) -> usize {
        self.localsplus_kinds
            .iter()
            .filter(|k| matches!(k, LocalKind::Free))
            .count()
    }

    /// Total parameter slots including `*args` and `**kwargs`.
    pub fn total_arg_count(&self) -> usize {
        (self.arg_count
            + self.kwonly_arg_count
            + self.flags.has(CodeFlags::VARARGS) as u32
            + self.flags.has(CodeFlags::VARKEYWORDS) as u32) as usize
    }

    /// The line of instruction `index` (0 when it has none).
    pub fn line_of(&self, index: usize) -> u32 {
        self.locations.get(index).map_or(0, |l| l.line)
    }

    /// The exception-table row covering instruction `index`, if any.
    pub fn handler_for(&self, index: u32) -> Option<&ExceptionTableEntry> {
        self.exception_table
            .iter()
            .find(|e| e.start <= index && index < e.end)
    }

    /// Whether calling this code makes a generator, coroutine or async generator.
    pub fn is_generator_like(&self) -> bool {
        self.flags.0
            & (CodeFlags::GENERATOR
                | CodeFlags::COROUTINE
                | CodeFlags::ASYNC_GENERATOR
                | CodeFlags::ITERABLE_COROUTINE)
            != 0
    }
}
