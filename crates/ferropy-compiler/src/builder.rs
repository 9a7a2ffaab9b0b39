//! Instruction emission for one code object: labels, locations and the pseudo-instructions
//! that describe exception handling.
//!
//! Code generation appends instructions to a linear list and binds labels to positions in it
//! (CPython's `compiler_use_next_block` on a fresh block). As in CPython 3.11's `compile.c`,
//! protected regions are not tracked by the code generator directly: it emits the
//! pseudo-instructions `SETUP_FINALLY`, `SETUP_CLEANUP`, `SETUP_WITH` (push a handler) and
//! `POP_BLOCK` (pop it), and `assemble` (in `builder/assemble.rs`) follows
//! the control flow to decide which handler covers each real instruction, builds the
//! exception table from that, computes the maximum stack depth, drops unreachable code and
//! resolves labels to absolute instruction indices.

mod assemble;

pub use assemble::Assembled;
use ferropy_bytecode::{Location, Opcode};

/// A jump target, bound to a position with [`Builder::bind`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Label(u32);

/// What an emitted instruction is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Op(Opcode),
    /// CPython's `JUMP` pseudo-op: becomes `JUMP_FORWARD` or `JUMP_BACKWARD` by direction.
    Jump,
    /// `JUMP_NO_INTERRUPT`: the backward jump of a `SEND` loop.
    JumpNoInterrupt,
    /// Push a handler that receives the exception (depth restored, exception pushed).
    SetupFinally,
    /// Like `SetupFinally`, but the handler also receives `lasti` below the exception.
    SetupCleanup,
    /// The handler of a `with` body: like `SetupCleanup`; pushed after `BEFORE_WITH`, so the
    /// handler's depth excludes the `__enter__` result.
    SetupWith,
    /// Pop the innermost handler.
    PopBlock,
}

/// An instruction operand before assembly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Arg {
    Int(u32),
    Label(Label),
    /// Index into the unit's cell variables; becomes a fast-local slot at assembly.
    Cell(u32),
    /// Index into the unit's free variables; becomes a fast-local slot at assembly.
    Free(u32),
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Instr {
    pub kind: Kind,
    pub arg: Arg,
    pub loc: Location,
}

/// The instruction list of one code object under construction.
#[derive(Debug, Default)]
pub struct Builder {
    pub(crate) instrs: Vec<Instr>,
    /// Position in `instrs` each label is bound to.
    pub(crate) labels: Vec<Option<usize>>,
    /// The location stamped on emitted instructions (CPython's `u_lineno`/`u_col_offset`/...).
    pub loc: Location,
}

impl Builder {
    pub fn new() -> Builder {
        Builder::default()
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    /// Bind `label` to the next instruction emitted.
    pub fn bind(&mut self, label: Label) {
        debug_assert!(self.labels[label.0 as usize].is_none(), "label bound twice");
        self.labels[label.0 as usize] = Some(self.instrs.len());
    }

    fn push(&mut self, kind: Kind, arg: Arg) {
        self.instrs.push(Instr {
            kind,
            arg,
            loc: self.loc,
        });
    }

    /// Emit an instruction whose operand is a plain number (or unused).
    pub fn emit(&mut self, op: Opcode, arg: u32) {
        debug_assert!(!op.has_jump_target(), "{} needs emit_jump", op.name());
        self.push(Kind::Op(op), Arg::Int(arg));
    }

    /// Emit a real jump opcode (`FOR_ITER`, `POP_JUMP_IF_*`, `JUMP_IF_*_OR_POP`, `SEND`).
    pub fn emit_jump(&mut self, op: Opcode, target: Label) {
        debug_assert!(op.has_jump_target());
        self.push(Kind::Op(op), Arg::Label(target));
    }

    /// Unconditional jump (direction decided at assembly).
    pub fn jump(&mut self, target: Label) {
        self.push(Kind::Jump, Arg::Label(target));
    }

    pub fn jump_no_interrupt(&mut self, target: Label) {
        self.push(Kind::JumpNoInterrupt, Arg::Label(target));
    }

    pub fn setup_finally(&mut self, handler: Label) {
        self.push(Kind::SetupFinally, Arg::Label(handler));
    }

    pub fn setup_cleanup(&mut self, handler: Label) {
        self.push(Kind::SetupCleanup, Arg::Label(handler));
    }

    pub fn setup_with(&mut self, handler: Label) {
        self.push(Kind::SetupWith, Arg::Label(handler));
    }

    pub fn pop_block(&mut self) {
        self.push(Kind::PopBlock, Arg::Int(0));
    }

    /// An instruction on a cell variable (`MAKE_CELL`, `LOAD_CLOSURE`, `LOAD_DEREF`, ...).
    pub fn emit_cell(&mut self, op: Opcode, cell_index: u32) {
        self.push(Kind::Op(op), Arg::Cell(cell_index));
    }

    /// An instruction on a free variable.
    pub fn emit_free(&mut self, op: Opcode, free_index: u32) {
        self.push(Kind::Op(op), Arg::Free(free_index));
    }

    /// Whether the code so far ends with `RETURN_VALUE` that no label points past
    /// (CPython's `b_return` test before adding the implicit `return None`).
    pub fn ends_with_return(&self) -> bool {
        let n = self.instrs.len();
        matches!(self.instrs.last(), Some(i) if i.kind == Kind::Op(Opcode::ReturnValue))
            && !self.labels.contains(&Some(n))
    }

    /// If the last instruction is a `PUSH_NULL` that no label points past, remove it and
    /// say so (the caller folds it into a `LOAD_GLOBAL`).
    pub fn take_push_null(&mut self) -> bool {
        let n = self.instrs.len();
        let is_null = matches!(self.instrs.last(), Some(i) if i.kind == Kind::Op(Opcode::PushNull));
        if is_null && !self.labels.contains(&Some(n)) {
            self.instrs.pop();
            return true;
        }
        false
    }

    /// Insert instructions before everything emitted so far (the `COPY_FREE_VARS` /
    /// `MAKE_CELL` prologue, known only once all locals are known).
    pub(crate) fn prepend(&mut self, prefix: Vec<Instr>) {
        let n = prefix.len();
        for l in self.labels.iter_mut().flatten() {
            *l += n;
        }
        self.instrs.splice(0..0, prefix);
    }
}
