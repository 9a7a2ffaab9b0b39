//! Path resolution for [`MemFs`](super::MemFs): turning a POSIX path (absolute, or
//! relative to the file system's working directory) into the list of names from the
//! root, with the errors the kernel's path walk gives. There are no symbolic links, so
//! `..` can be resolved by dropping a name — but only after checking that the name it
//! drops is a directory, as the kernel does (`missing/..` is ENOENT, `file/..` ENOTDIR).

use super::{err, Dir, NodeRef, ENAMETOOLONG, ENOENT, ENOTDIR};
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

/// The longest name one directory entry may have (Linux's `NAME_MAX`).
const NAME_MAX: usize = 255;

/// How a path ended, for the calls that treat `.`/`..` specially (`rmdir`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Dot {
    None,
    One,
    Two,
}

/// A resolved path: every name but the last is an existing directory.
#[derive(Debug)]
pub(super) struct Resolved {
    /// The names from the root; empty for the root itself.
    pub parts: Vec<String>,
    /// The path ended in `/`, `.` or `..`: the target must be a directory.
    pub dir_only: bool,
    /// The last component was `.` or `..`.
    pub dot: Dot,
}

impl Resolved {
    /// The parent's names and the last name; `None` for the root.
    pub fn split_last(&self) -> Option<(&[String], &str)> {
        let (last, parent) = self.parts.split_last()?;
        Some((parent, last.as_str()))
    }
}

/// The path as UTF-8 text: names are stored as `String`, so a path that is not UTF-8
/// cannot name anything here (ENOENT, as for a name that does not exist).
fn text(path: &Path) -> io::Result<&str> {
    std::str::from_utf8(path.as_os_str().as_bytes()).map_err(|_| err(ENOENT))
}

/// Check that `parts` names an existing directory: ENOENT if something on the way is
/// missing, ENOTDIR if it is a file.
fn check_dir(root: &Dir, parts: &[String]) -> io::Result<()> {
    match root.lookup(parts) {
        Some(NodeRef::Dir(_)) => Ok(()),
        Some(NodeRef::File(_)) => Err(err(ENOTDIR)),
        None => Err(err(ENOENT)),
    }
}

/// Resolve `path` against the tree rooted at `root`, relative paths from `cwd`.
pub(super) fn resolve(root: &Dir, cwd: &[String], path: &Path) -> io::Result<Resolved> {
    let s = text(path)?;
    if s.is_empty() {
        return Err(err(ENOENT));
    }
    let mut parts: Vec<String> = if s.starts_with('/') {
        Vec::new()
    } else {
        cwd.to_vec()
    };
    // Whether the last name pushed has not been checked to be a directory yet.
    let mut unchecked = false;
    let mut dot = Dot::None;
    for comp in s.split('/').filter(|c| !c.is_empty()) {
        if unchecked {
            check_dir(root, &parts)?;
            unchecked = false;
        }
        match comp {
            "." => dot = Dot::One,
            ".." => {
                parts.pop();
                dot = Dot::Two;
            }
            name => {
                if name.len() > NAME_MAX {
                    return Err(err(ENAMETOOLONG));
                }
                parts.push(name.to_string());
                unchecked = true;
                dot = Dot::None;
            }
        }
    }
    let dir_only = s.ends_with('/') || dot != Dot::None;
    Ok(Resolved {
        parts,
        dir_only,
        dot,
    })
}

/// Normalise `path` by its text alone (`.` dropped, `..` removing the name before it,
/// never above the root), for the host calls that create what is missing.
pub(super) fn lexical(cwd: &[String], path: &Path) -> io::Result<Vec<String>> {
    let s = text(path)?;
    if s.is_empty() {
        return Err(err(ENOENT));
    }
    let mut parts: Vec<String> = if s.starts_with('/') {
        Vec::new()
    } else {
        cwd.to_vec()
    };
    for comp in s.split('/').filter(|c| !c.is_empty()) {
        match comp {
            "." => {}
            ".." => {
                parts.pop();
            }
            name if name.len() > NAME_MAX => return Err(err(ENAMETOOLONG)),
            name => parts.push(name.to_string()),
        }
    }
    Ok(parts)
}

/// The absolute path text for `parts`.
pub(super) fn join(parts: &[String]) -> String {
    if parts.is_empty() {
        return "/".to_string();
    }
    let mut s = String::new();
    for p in parts {
        s.push('/');
        s.push_str(p);
    }
    s
}
