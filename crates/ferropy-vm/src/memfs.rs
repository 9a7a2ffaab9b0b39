//! An in-memory file system for sandboxed interpreters (placeholder; being written).

/// A private in-memory file tree, shareable between the host and its interpreters.
#[derive(Default)]
pub struct MemFs {}
