//! Which file system a script sees (DESIGN.md §4): the real one (the CLI, like
//! `python3`), none (an embedding library's default: every file operation raises
//! `PermissionError`), or an in-memory one the host fills and reads back.
//!
//! The policy is consulted by the stdlib at each call (`open()`, `io.FileIO`, `os.*`,
//! process creation), by `import` when it searches `sys.path`, and by tracebacks and
//! warnings when they show source lines. The host's own setup is not subject to it:
//! under `Deny` and `Memory` imports still find `.py` files in the real directories on
//! `sys.path` (the host put them there), and the standard streams stay usable.

use crate::memfs::MemFs;
use std::sync::Arc;

/// The file-system policy of one interpreter (`vm.fs_policy`).
///
/// ```
/// use ferropy_vm::fs_policy::FsPolicy;
/// use ferropy_vm::memfs::MemFs;
/// use std::sync::Arc;
///
/// assert!(FsPolicy::default().is_real());
/// let fs = Arc::new(MemFs::new());
/// let policy = FsPolicy::Memory(fs.clone());
/// assert!(Arc::ptr_eq(policy.memfs().unwrap(), &fs));
/// assert!(FsPolicy::Deny.memfs().is_none());
/// ```
#[derive(Clone, Default)]
pub enum FsPolicy {
    /// The process's real file system, with the process's permissions; processes may be
    /// started.
    #[default]
    Real,
    /// No file access: opening, listing, creating and removing files raise
    /// `PermissionError: [Errno 13] Permission denied: 'path'`; `os.path.exists` and
    /// friends answer False; starting processes raises PermissionError too.
    Deny,
    /// A private in-memory file system (shared with the host through the `Arc`); starting
    /// processes raises PermissionError.
    Memory(Arc<MemFs>),
}

impl std::fmt::Debug for FsPolicy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FsPolicy::Real => f.write_str("Real"),
            FsPolicy::Deny => f.write_str("Deny"),
            FsPolicy::Memory(fs) => f.debug_tuple("Memory").field(fs).finish(),
        }
    }
}

impl FsPolicy {
    /// Whether scripts see the real file system (and may start processes).
    ///
    /// ```
    /// use ferropy_vm::fs_policy::FsPolicy;
    /// assert!(FsPolicy::Real.is_real());
    /// assert!(!FsPolicy::Deny.is_real());
    /// ```
    pub fn is_real(&self) -> bool {
        matches!(self, FsPolicy::Real)
    }

    /// The in-memory file system of a `Memory` policy.
    ///
    /// ```
    /// use ferropy_vm::fs_policy::FsPolicy;
    /// use ferropy_vm::memfs::MemFs;
    /// let policy = FsPolicy::Memory(std::sync::Arc::new(MemFs::new()));
    /// policy.memfs().unwrap().write("/in.txt", "data")?;
    /// assert!(FsPolicy::Real.memfs().is_none());
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn memfs(&self) -> Option<&Arc<MemFs>> {
        match self {
            FsPolicy::Memory(fs) => Some(fs),
            _ => None,
        }
    }
}
