//! Which file system a script sees (DESIGN.md §4): the real one (the CLI, like
//! `python3`), none (an embedding library's default: every file operation raises
//! `PermissionError`), or an in-memory one the host fills and reads back.

use std::sync::Arc;

/// The file-system policy of one interpreter.
#[derive(Clone, Default)]
pub enum FsPolicy {
    /// The process's real file system.
    #[default]
    Real,
    /// No file access: opening, listing, creating and removing files raise PermissionError.
    Deny,
    /// A private in-memory file system.
    Memory(Arc<crate::memfs::MemFs>),
}
