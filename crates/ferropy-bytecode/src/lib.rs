//! ferropy's bytecode: the contract between the compiler and the VM.
//!
//! - [`opcode`]: the single `opcodes!` table from which the `Opcode` enum, the names `dis`
//!   prints and the stack effects are generated.
//! - [`code`]: `CodeObject` (CPython's `PyCodeObject`), its constants, line table and
//!   exception table.
//! - [`dis`]: the only disassembler.
//! - [`marshal`]: code objects as bytes, for the ahead-of-time compiled standard library.
#![forbid(unsafe_code)]

pub mod code;
pub mod dis;
pub mod marshal;
pub mod opcode;

pub use code::{
    CodeFlags, CodeObject, Constant, ExceptionTableEntry, Instruction, LocalKind, Location,
};
pub use opcode::Opcode;
