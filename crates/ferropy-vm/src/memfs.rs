//! An in-memory file system for sandboxed interpreters ([`FsPolicy::Memory`]): a private
//! tree of directories and files that a host fills before running a script and reads
//! back afterwards, while the script sees it through `open()`, `os` and `import` as if
//! it were the disk.
//!
//! The model is a small POSIX file system without symbolic links: absolute paths from
//! `/`, a working directory (initially `/`) for relative ones, regular files that may
//! have several names (hard links) and outlive their last name while open, and
//! directories. Every failure is an [`io::Error`] carrying the errno Linux would give
//! for the same call (`raw_os_error()`), so the stdlib turns it into the same Python
//! exception and message as on a real disk: `FileNotFoundError: [Errno 2] No such file
//! or directory: 'x'`.
//!
//! A `MemFs` is `Send + Sync` and meant to be shared through an `Arc` between the host
//! and any number of interpreters. The tree is behind one lock; each file's bytes behind
//! their own, so an open handle reads and writes without touching the tree. An optional
//! capacity ([`MemFs::with_capacity`]) bounds the bytes scripts can store; growth is
//! allocated fallibly, so even without one a script cannot abort the host with a huge
//! sparse write (it gets `ENOSPC`).
//!
//! Permission bits are stored and reported but not enforced: the script is the owner
//! (uid and gid 0) of everything.
//!
//! [`FsPolicy::Memory`]: crate::fs_policy::FsPolicy::Memory

#[path = "memfs_file.rs"]
mod file;
#[path = "memfs_path.rs"]
mod path;
#[cfg(test)]
#[path = "memfs_tests.rs"]
mod tests;

pub use file::{MemFile, Metadata, OpenOptions};

use file::{FileNode, Times, S_IFDIR};
use parking_lot::Mutex;
use path::{Dot, Resolved};
use std::collections::BTreeMap;
use std::io;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::SystemTime;

// Linux errno values (the same on every architecture ferropy runs on).
const EPERM: i32 = 1;
const ENOENT: i32 = 2;
const EBADF: i32 = 9;
const EBUSY: i32 = 16;
const EEXIST: i32 = 17;
const ENOTDIR: i32 = 20;
const EISDIR: i32 = 21;
const EINVAL: i32 = 22;
const EFBIG: i32 = 27;
const ENOSPC: i32 = 28;
const ENAMETOOLONG: i32 = 36;
const ENOTEMPTY: i32 = 39;

/// The umask applied to the modes of created files and directories.
const UMASK: u32 = 0o022;

fn err(errno: i32) -> io::Error {
    io::Error::from_raw_os_error(errno)
}

/// What the whole file system shares with its files: the inode counter and the byte
/// accounting (files give their bytes back when dropped, which may be after they left
/// the tree).
struct Shared {
    next_ino: AtomicU64,
    used: AtomicU64,
    capacity: u64,
}

/// A directory: its entries by name (listed in name order) and its metadata.
struct Dir {
    ino: u64,
    perm: u32,
    times: Times,
    entries: BTreeMap<String, Node>,
}

enum Node {
    File(Arc<FileNode>),
    Dir(Dir),
}

/// A borrowed view of what a path names.
enum NodeRef<'a> {
    File(&'a Arc<FileNode>),
    Dir(&'a Dir),
}

/// The same, for changing it.
enum NodeMut<'a> {
    File(&'a Arc<FileNode>),
    Dir(&'a mut Dir),
}

impl Dir {
    fn new(shared: &Shared, perm: u32) -> Dir {
        Dir {
            ino: shared.next_ino.fetch_add(1, Ordering::Relaxed),
            perm: perm & 0o7777,
            times: Times::now(),
            entries: BTreeMap::new(),
        }
    }

    fn lookup(&self, parts: &[String]) -> Option<NodeRef<'_>> {
        let mut dir = self;
        for (i, name) in parts.iter().enumerate() {
            match dir.entries.get(name)? {
                Node::Dir(d) => dir = d,
                Node::File(f) if i + 1 == parts.len() => return Some(NodeRef::File(f)),
                Node::File(_) => return None,
            }
        }
        Some(NodeRef::Dir(dir))
    }

    fn node_mut(&mut self, parts: &[String]) -> Option<NodeMut<'_>> {
        let Some((last, parent)) = parts.split_last() else {
            return Some(NodeMut::Dir(self));
        };
        match self.dir_mut(parent)?.entries.get_mut(last)? {
            Node::File(f) => Some(NodeMut::File(f)),
            Node::Dir(d) => Some(NodeMut::Dir(d)),
        }
    }

    fn dir_mut(&mut self, parts: &[String]) -> Option<&mut Dir> {
        let mut dir = self;
        for name in parts {
            match dir.entries.get_mut(name)? {
                Node::Dir(d) => dir = d,
                Node::File(_) => return None,
            }
        }
        Some(dir)
    }

    fn metadata(&self) -> Metadata {
        let subdirs = self
            .entries
            .values()
            .filter(|n| matches!(n, Node::Dir(_)))
            .count() as u64;
        Metadata {
            mode: S_IFDIR | self.perm,
            ino: self.ino,
            nlink: 2 + subdirs,
            len: 0,
            times: self.times,
        }
    }
}

impl NodeRef<'_> {
    fn metadata(&self) -> Metadata {
        match self {
            NodeRef::File(f) => f.metadata(),
            NodeRef::Dir(d) => d.metadata(),
        }
    }
}

/// The tree and the working directory, behind the file system's lock.
struct Tree {
    root: Dir,
    cwd: Vec<String>,
}

impl Tree {
    fn resolve(&self, p: &Path) -> io::Result<Resolved> {
        path::resolve(&self.root, &self.cwd, p)
    }

    /// The parent directory of `r`'s last name, for a call that changes it.
    fn parent_mut(&mut self, r: &Resolved) -> io::Result<(&mut Dir, String)> {
        let (parent, name) = r.split_last().ok_or_else(|| err(EEXIST))?;
        let name = name.to_string();
        let dir = self.root.dir_mut(parent).ok_or_else(|| err(ENOENT))?;
        Ok((dir, name))
    }
}

/// One entry of [`MemFs::read_dir`].
///
/// ```
/// use ferropy_vm::memfs::MemFs;
/// let fs = MemFs::new();
/// fs.create_dir_all("/d/sub")?;
/// let e = &fs.read_dir("/d")?[0];
/// assert_eq!((e.name(), e.is_dir()), ("sub", true));
/// # Ok::<(), std::io::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct DirEntry {
    name: String,
    is_dir: bool,
    ino: u64,
}

impl DirEntry {
    /// The entry's name within its directory.
    ///
    /// ```
    /// # let fs = ferropy_vm::memfs::MemFs::new();
    /// fs.write("/a.txt", "")?;
    /// assert_eq!(fs.read_dir("/")?[0].name(), "a.txt");
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Whether the entry is a directory (otherwise it is a regular file).
    ///
    /// ```
    /// # let fs = ferropy_vm::memfs::MemFs::new();
    /// fs.write("/a.txt", "")?;
    /// assert!(!fs.read_dir("/")?[0].is_dir());
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn is_dir(&self) -> bool {
        self.is_dir
    }

    /// The entry's inode number (as [`Metadata::ino`]).
    ///
    /// ```
    /// # let fs = ferropy_vm::memfs::MemFs::new();
    /// fs.write("/a.txt", "")?;
    /// assert_eq!(fs.read_dir("/")?[0].ino(), fs.metadata("/a.txt")?.ino());
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn ino(&self) -> u64 {
        self.ino
    }
}

/// A private in-memory file tree, shareable (through an `Arc`) between the host and its
/// interpreters. See the [module documentation](self) for the model.
///
/// ```
/// use ferropy_vm::memfs::MemFs;
/// let fs = MemFs::new();
/// fs.write("/data/in.txt", "42\n")?;           // parents are created
/// assert_eq!(fs.read_to_string("/data/in.txt").as_deref(), Some("42\n"));
/// assert_eq!(fs.list("/data"), vec!["in.txt".to_string()]);
/// # Ok::<(), std::io::Error>(())
/// ```
pub struct MemFs {
    tree: Mutex<Tree>,
    shared: Arc<Shared>,
}

impl Default for MemFs {
    fn default() -> MemFs {
        MemFs::new()
    }
}

impl std::fmt::Debug for MemFs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MemFs")
            .field("used_bytes", &self.used_bytes())
            .field("capacity", &self.shared.capacity)
            .finish_non_exhaustive()
    }
}

impl MemFs {
    /// An empty file system (just `/`, mode 0o755) with no capacity limit.
    ///
    /// ```
    /// let fs = ferropy_vm::memfs::MemFs::new();
    /// assert!(fs.is_dir("/") && fs.list("/").is_empty());
    /// ```
    pub fn new() -> MemFs {
        MemFs::with_capacity(u64::MAX)
    }

    /// An empty file system whose files may hold at most `max_bytes` bytes in total;
    /// writes past it fail with `ENOSPC` (Python: `OSError: [Errno 28] No space left on
    /// device`). Directories and empty files cost nothing.
    ///
    /// ```
    /// let fs = ferropy_vm::memfs::MemFs::with_capacity(4);
    /// fs.write("/a", "1234")?;
    /// assert_eq!(fs.write("/b", "5").unwrap_err().raw_os_error(), Some(28));
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn with_capacity(max_bytes: u64) -> MemFs {
        let shared = Arc::new(Shared {
            next_ino: AtomicU64::new(2),
            used: AtomicU64::new(0),
            capacity: max_bytes,
        });
        let root = Dir::new(&shared, 0o755);
        MemFs {
            tree: Mutex::new(Tree {
                root,
                cwd: Vec::new(),
            }),
            shared,
        }
    }

    /// The bytes the files hold now (including unlinked files still open).
    ///
    /// ```
    /// let fs = ferropy_vm::memfs::MemFs::new();
    /// fs.write("/a", "abc")?;
    /// assert_eq!(fs.used_bytes(), 3);
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn used_bytes(&self) -> u64 {
        self.shared.used.load(Ordering::SeqCst)
    }

    // ----- host conveniences -----------------------------------------------------------

    /// Create or replace the file at `path` with `contents`, creating missing parent
    /// directories first.
    ///
    /// ```
    /// let fs = ferropy_vm::memfs::MemFs::new();
    /// fs.write("/a/b/c.bin", [1u8, 2, 3])?;
    /// assert_eq!(fs.read("/a/b/c.bin"), Some(vec![1, 2, 3]));
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn write(&self, path: impl AsRef<Path>, contents: impl AsRef<[u8]>) -> io::Result<()> {
        let path = path.as_ref();
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            self.create_dir_all(parent)?;
        }
        let f = self.open(
            path,
            OpenOptions::new().write(true).create(true).truncate(true),
        )?;
        f.write(contents.as_ref())?;
        Ok(())
    }

    /// The contents of the file at `path`, or `None` if it is missing or a directory.
    ///
    /// ```
    /// let fs = ferropy_vm::memfs::MemFs::new();
    /// fs.write("/a", "x")?;
    /// assert_eq!(fs.read("/a"), Some(b"x".to_vec()));
    /// assert_eq!(fs.read("/missing"), None);
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn read(&self, path: impl AsRef<Path>) -> Option<Vec<u8>> {
        let f = self.open(path, OpenOptions::new().read(true)).ok()?;
        let mut out = Vec::new();
        f.read_to_end(&mut out).ok()?;
        Some(out)
    }

    /// The contents of the file at `path` as text, or `None` if it is missing, a
    /// directory, or not UTF-8.
    ///
    /// ```
    /// let fs = ferropy_vm::memfs::MemFs::new();
    /// fs.write("/a", "héllo")?;
    /// assert_eq!(fs.read_to_string("/a").as_deref(), Some("héllo"));
    /// fs.write("/b", [0xff])?;
    /// assert_eq!(fs.read_to_string("/b"), None);
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn read_to_string(&self, path: impl AsRef<Path>) -> Option<String> {
        String::from_utf8(self.read(path)?).ok()
    }

    /// Create the directory `path` and any missing parents (mode 0o755); fine if it
    /// already exists. `ENOTDIR`/`EEXIST` when a file is in the way.
    ///
    /// ```
    /// let fs = ferropy_vm::memfs::MemFs::new();
    /// fs.create_dir_all("/x/y/z")?;
    /// fs.create_dir_all("/x/y")?;
    /// assert!(fs.is_dir("/x/y/z"));
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn create_dir_all(&self, path: impl AsRef<Path>) -> io::Result<()> {
        let mut tree = self.tree.lock();
        let parts = path::lexical(&tree.cwd, path.as_ref())?;
        let mut dir = &mut tree.root;
        for (i, name) in parts.iter().enumerate() {
            if !dir.entries.contains_key(name) {
                let d = Dir::new(&self.shared, 0o755);
                dir.entries.insert(name.clone(), Node::Dir(d));
                dir.times.touch();
            }
            dir = match dir.entries.get_mut(name) {
                Some(Node::Dir(d)) => d,
                _ if i + 1 == parts.len() => return Err(err(EEXIST)),
                _ => return Err(err(ENOTDIR)),
            };
        }
        Ok(())
    }

    /// Remove the file, or the directory and everything in it, at `path`. `ENOENT` if
    /// there is nothing there; `EBUSY` for `/`.
    ///
    /// ```
    /// let fs = ferropy_vm::memfs::MemFs::new();
    /// fs.write("/d/a", "")?;
    /// fs.remove("/d")?;
    /// assert!(!fs.exists("/d/a") && !fs.exists("/d"));
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn remove(&self, path: impl AsRef<Path>) -> io::Result<()> {
        let mut tree = self.tree.lock();
        let r = tree.resolve(path.as_ref())?;
        if r.parts.is_empty() {
            return Err(err(EBUSY));
        }
        let (dir, name) = tree.parent_mut(&r)?;
        match dir.entries.get(&name) {
            None => return Err(err(ENOENT)),
            Some(Node::File(_)) if r.dir_only => return Err(err(ENOTDIR)),
            Some(_) => {}
        }
        if let Some(node) = dir.entries.remove(&name) {
            unlink_tree(&node);
        }
        dir.times.touch();
        Ok(())
    }

    /// Whether anything (file or directory) is at `path`.
    ///
    /// ```
    /// let fs = ferropy_vm::memfs::MemFs::new();
    /// fs.write("/a", "")?;
    /// assert!(fs.exists("/a") && fs.exists("/") && !fs.exists("/b"));
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn exists(&self, path: impl AsRef<Path>) -> bool {
        self.metadata(path).is_ok()
    }

    /// Whether `path` is a directory.
    ///
    /// ```
    /// let fs = ferropy_vm::memfs::MemFs::new();
    /// fs.write("/d/a", "")?;
    /// assert!(fs.is_dir("/d") && !fs.is_dir("/d/a"));
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn is_dir(&self, path: impl AsRef<Path>) -> bool {
        self.metadata(path).is_ok_and(|m| m.is_dir())
    }

    /// Whether `path` is a regular file.
    ///
    /// ```
    /// let fs = ferropy_vm::memfs::MemFs::new();
    /// fs.write("/d/a", "")?;
    /// assert!(fs.is_file("/d/a") && !fs.is_file("/d"));
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn is_file(&self, path: impl AsRef<Path>) -> bool {
        self.metadata(path).is_ok_and(|m| m.is_file())
    }

    /// The names in directory `dir`, sorted; empty if it is missing or not a directory.
    ///
    /// ```
    /// let fs = ferropy_vm::memfs::MemFs::new();
    /// fs.write("/d/b", "")?;
    /// fs.write("/d/a", "")?;
    /// assert_eq!(fs.list("/d"), vec!["a", "b"]);
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn list(&self, dir: impl AsRef<Path>) -> Vec<String> {
        self.read_dir(dir)
            .map(|v| v.into_iter().map(|e| e.name).collect())
            .unwrap_or_default()
    }

    // ----- POSIX calls (what the stdlib's `os` and `open` use) --------------------------

    /// Open the file at `path` (`open(2)`). Errors as on Linux: `ENOENT` (missing, and
    /// not creating), `EEXIST` (`create_new` and it exists), `EISDIR` (a directory — even
    /// for reading, unlike Linux, since there is nothing to read from one here),
    /// `ENOTDIR` (a file used as a directory).
    ///
    /// ```
    /// use ferropy_vm::memfs::{MemFs, OpenOptions};
    /// let fs = MemFs::new();
    /// let e = fs.open("/nope", OpenOptions::new().read(true)).unwrap_err();
    /// assert_eq!(e.kind(), std::io::ErrorKind::NotFound);
    /// let f = fs.open("/yes", OpenOptions::new().write(true).create(true))?;
    /// f.write(b"ok")?;
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn open(&self, path: impl AsRef<Path>, opts: &OpenOptions) -> io::Result<MemFile> {
        let mut tree = self.tree.lock();
        let r = tree.resolve(path.as_ref())?;
        let node = match tree.root.lookup(&r.parts) {
            Some(NodeRef::Dir(_)) => return Err(err(EISDIR)),
            Some(NodeRef::File(_)) if r.dir_only => return Err(err(ENOTDIR)),
            Some(NodeRef::File(_)) if opts.create_new => return Err(err(EEXIST)),
            Some(NodeRef::File(f)) => f.clone(),
            None if !(opts.create || opts.create_new) => return Err(err(ENOENT)),
            None if r.dir_only => return Err(err(EISDIR)),
            None => {
                let (dir, name) = tree.parent_mut(&r)?;
                let f = FileNode::new(&self.shared, opts.mode & !UMASK);
                dir.entries.insert(name, Node::File(f.clone()));
                dir.times.touch();
                f
            }
        };
        drop(tree);
        if opts.truncate && (opts.write || opts.append) {
            let mut d = node.data.lock();
            if !d.bytes.is_empty() {
                node.resize(&mut d, 0)?;
                d.times.touch();
            }
        }
        Ok(MemFile::new(node, opts))
    }

    /// The metadata of what `path` names (`stat`; there are no links, so also `lstat`).
    ///
    /// ```
    /// let fs = ferropy_vm::memfs::MemFs::new();
    /// fs.write("/a", "abc")?;
    /// assert_eq!(fs.metadata("/a")?.len(), 3);
    /// assert_eq!(fs.metadata("/a/").unwrap_err().raw_os_error(), Some(20)); // ENOTDIR
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn metadata(&self, path: impl AsRef<Path>) -> io::Result<Metadata> {
        let tree = self.tree.lock();
        let r = tree.resolve(path.as_ref())?;
        match tree.root.lookup(&r.parts) {
            None => Err(err(ENOENT)),
            Some(NodeRef::File(_)) if r.dir_only => Err(err(ENOTDIR)),
            Some(n) => Ok(n.metadata()),
        }
    }

    /// The entries of directory `path`, in name order (`readdir`, without `.`/`..`).
    ///
    /// ```
    /// let fs = ferropy_vm::memfs::MemFs::new();
    /// fs.write("/a", "")?;
    /// assert_eq!(fs.read_dir("/a").unwrap_err().raw_os_error(), Some(20)); // ENOTDIR
    /// assert_eq!(fs.read_dir("/")?.len(), 1);
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn read_dir(&self, path: impl AsRef<Path>) -> io::Result<Vec<DirEntry>> {
        let tree = self.tree.lock();
        let r = tree.resolve(path.as_ref())?;
        match tree.root.lookup(&r.parts) {
            None => Err(err(ENOENT)),
            Some(NodeRef::File(_)) => Err(err(ENOTDIR)),
            Some(NodeRef::Dir(d)) => Ok(d
                .entries
                .iter()
                .map(|(name, n)| DirEntry {
                    name: name.clone(),
                    is_dir: matches!(n, Node::Dir(_)),
                    ino: match n {
                        Node::Dir(d) => d.ino,
                        Node::File(f) => f.ino,
                    },
                })
                .collect()),
        }
    }

    /// Create the directory `path` with permission bits `mode` (less the umask 0o022)
    /// (`mkdir(2)`): `EEXIST` if anything is there, `ENOENT` if the parent is missing.
    ///
    /// ```
    /// let fs = ferropy_vm::memfs::MemFs::new();
    /// fs.mkdir("/d", 0o777)?;
    /// assert_eq!(fs.metadata("/d")?.mode(), 0o40755);
    /// assert_eq!(fs.mkdir("/d", 0o777).unwrap_err().raw_os_error(), Some(17));
    /// assert_eq!(fs.mkdir("/x/y", 0o777).unwrap_err().raw_os_error(), Some(2));
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn mkdir(&self, path: impl AsRef<Path>, mode: u32) -> io::Result<()> {
        let mut tree = self.tree.lock();
        let r = tree.resolve(path.as_ref())?;
        if tree.root.lookup(&r.parts).is_some() {
            return Err(err(EEXIST));
        }
        let (dir, name) = tree.parent_mut(&r)?;
        dir.entries
            .insert(name, Node::Dir(Dir::new(&self.shared, mode & !UMASK)));
        dir.times.touch();
        Ok(())
    }

    /// Remove the empty directory `path` (`rmdir(2)`): `ENOTEMPTY` if it has entries,
    /// `ENOTDIR` for a file, `EINVAL` for a path ending in `.`, `EBUSY` for `/`.
    ///
    /// ```
    /// let fs = ferropy_vm::memfs::MemFs::new();
    /// fs.write("/d/f", "")?;
    /// assert_eq!(fs.rmdir("/d").unwrap_err().raw_os_error(), Some(39));
    /// fs.unlink("/d/f")?;
    /// fs.rmdir("/d")?;
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn rmdir(&self, path: impl AsRef<Path>) -> io::Result<()> {
        let mut tree = self.tree.lock();
        let r = tree.resolve(path.as_ref())?;
        match r.dot {
            Dot::One => return Err(err(EINVAL)),
            Dot::Two => return Err(err(ENOTEMPTY)),
            Dot::None => {}
        }
        if r.parts.is_empty() {
            return Err(err(EBUSY));
        }
        match tree.root.lookup(&r.parts) {
            None => return Err(err(ENOENT)),
            Some(NodeRef::File(_)) => return Err(err(ENOTDIR)),
            Some(NodeRef::Dir(d)) if !d.entries.is_empty() => return Err(err(ENOTEMPTY)),
            Some(NodeRef::Dir(_)) => {}
        }
        let (dir, name) = tree.parent_mut(&r)?;
        dir.entries.remove(&name);
        dir.times.touch();
        Ok(())
    }

    /// Remove the name `path` of a file (`unlink(2)`); the file itself lives on while it
    /// has other names or open handles. `EISDIR` for a directory.
    ///
    /// ```
    /// use ferropy_vm::memfs::{MemFs, OpenOptions};
    /// let fs = MemFs::new();
    /// fs.write("/a", "still here")?;
    /// let f = fs.open("/a", OpenOptions::new().read(true))?;
    /// fs.unlink("/a")?;
    /// let mut out = Vec::new();
    /// f.read_to_end(&mut out)?;
    /// assert_eq!(out, b"still here");
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn unlink(&self, path: impl AsRef<Path>) -> io::Result<()> {
        let mut tree = self.tree.lock();
        let r = tree.resolve(path.as_ref())?;
        match tree.root.lookup(&r.parts) {
            None => return Err(err(ENOENT)),
            Some(NodeRef::Dir(_)) => return Err(err(EISDIR)),
            Some(NodeRef::File(_)) if r.dir_only => return Err(err(ENOTDIR)),
            Some(NodeRef::File(_)) => {}
        }
        let (dir, name) = tree.parent_mut(&r)?;
        if let Some(Node::File(f)) = dir.entries.remove(&name) {
            unlinked(&f);
        }
        dir.times.touch();
        Ok(())
    }

    /// Move `from` to `to`, replacing what is there (`rename(2)`): a file may replace a
    /// file, a directory an empty directory. Errors as on Linux: `EISDIR` (file onto a
    /// directory), `ENOTDIR` (directory onto a file), `ENOTEMPTY`, `EINVAL` (a directory
    /// into itself), `EBUSY` (`/`).
    ///
    /// ```
    /// let fs = ferropy_vm::memfs::MemFs::new();
    /// fs.write("/a", "1")?;
    /// fs.write("/b", "2")?;
    /// fs.rename("/a", "/b")?;
    /// assert_eq!(fs.read_to_string("/b").as_deref(), Some("1"));
    /// assert!(!fs.exists("/a"));
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn rename(&self, from: impl AsRef<Path>, to: impl AsRef<Path>) -> io::Result<()> {
        let mut tree = self.tree.lock();
        let rf = tree.resolve(from.as_ref())?;
        let rt = tree.resolve(to.as_ref())?;
        if rf.parts.is_empty() || rt.parts.is_empty() || rf.dot != Dot::None {
            return Err(err(EBUSY));
        }
        let src_is_dir = match tree.root.lookup(&rf.parts) {
            None => return Err(err(ENOENT)),
            Some(NodeRef::File(_)) if rf.dir_only => return Err(err(ENOTDIR)),
            Some(NodeRef::File(_)) => false,
            Some(NodeRef::Dir(_)) => true,
        };
        let (to_parent, _) = rt.split_last().ok_or_else(|| err(EBUSY))?;
        if tree.root.dir_mut(to_parent).is_none() {
            return Err(err(ENOENT));
        }
        if rt.dot != Dot::None {
            return Err(err(if src_is_dir { ENOTEMPTY } else { EISDIR }));
        }
        if rf.parts == rt.parts {
            return Ok(());
        }
        if src_is_dir && rt.parts.starts_with(&rf.parts) {
            return Err(err(EINVAL));
        }
        match (tree.root.lookup(&rt.parts), src_is_dir) {
            (Some(NodeRef::Dir(_)), false) => return Err(err(EISDIR)),
            (Some(NodeRef::File(_)), true) => return Err(err(ENOTDIR)),
            (Some(NodeRef::Dir(d)), true) if !d.entries.is_empty() => return Err(err(ENOTEMPTY)),
            (Some(NodeRef::File(a)), false) => {
                if let Some(NodeRef::File(b)) = tree.root.lookup(&rf.parts) {
                    if Arc::ptr_eq(a, b) {
                        // Two names of one file: POSIX says do nothing.
                        return Ok(());
                    }
                }
            }
            (None, false) if rt.dir_only => return Err(err(ENOTDIR)),
            _ => {}
        }
        let (src_dir, src_name) = tree.parent_mut(&rf)?;
        let node = src_dir
            .entries
            .remove(&src_name)
            .ok_or_else(|| err(ENOENT))?;
        src_dir.times.touch();
        if let Node::File(f) = &node {
            f.data.lock().times.ctime = SystemTime::now();
        }
        let (dst_dir, dst_name) = tree.parent_mut(&rt)?;
        if let Some(Node::File(old)) = dst_dir.entries.insert(dst_name, node) {
            unlinked(&old);
        }
        dst_dir.times.touch();
        Ok(())
    }

    /// Give the file at `src` the additional name `dst` (`link(2)`): `EEXIST` if `dst`
    /// exists, `EPERM` for a directory.
    ///
    /// ```
    /// let fs = ferropy_vm::memfs::MemFs::new();
    /// fs.write("/a", "x")?;
    /// fs.hard_link("/a", "/b")?;
    /// fs.write("/b", "y")?;
    /// assert_eq!(fs.read_to_string("/a").as_deref(), Some("y"));
    /// assert_eq!(fs.metadata("/a")?.nlink(), 2);
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn hard_link(&self, src: impl AsRef<Path>, dst: impl AsRef<Path>) -> io::Result<()> {
        let mut tree = self.tree.lock();
        let rs = tree.resolve(src.as_ref())?;
        let rd = tree.resolve(dst.as_ref())?;
        let f = match tree.root.lookup(&rs.parts) {
            None => return Err(err(ENOENT)),
            Some(NodeRef::Dir(_)) => return Err(err(EPERM)),
            Some(NodeRef::File(_)) if rs.dir_only => return Err(err(ENOTDIR)),
            Some(NodeRef::File(f)) => f.clone(),
        };
        if rd.parts.is_empty() || tree.root.lookup(&rd.parts).is_some() {
            return Err(err(EEXIST));
        }
        if rd.dir_only {
            return Err(err(ENOENT));
        }
        let (dir, name) = tree.parent_mut(&rd)?;
        {
            let mut d = f.data.lock();
            d.nlink += 1;
            d.times.ctime = SystemTime::now();
        }
        dir.entries.insert(name, Node::File(f));
        dir.times.touch();
        Ok(())
    }

    /// Set the permission bits of `path` (`chmod(2)`; recorded, not enforced).
    ///
    /// ```
    /// let fs = ferropy_vm::memfs::MemFs::new();
    /// fs.write("/a", "")?;
    /// fs.set_permissions("/a", 0o600)?;
    /// assert_eq!(fs.metadata("/a")?.mode(), 0o100600);
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn set_permissions(&self, path: impl AsRef<Path>, mode: u32) -> io::Result<()> {
        self.with_node(path.as_ref(), |n| match n {
            NodeMut::File(f) => {
                let mut d = f.data.lock();
                d.perm = mode & 0o7777;
                d.times.ctime = SystemTime::now();
            }
            NodeMut::Dir(d) => {
                d.perm = mode & 0o7777;
                d.times.ctime = SystemTime::now();
            }
        })
    }

    /// Set the access and modification times of `path` (`utime`).
    ///
    /// ```
    /// use std::time::{Duration, UNIX_EPOCH};
    /// let fs = ferropy_vm::memfs::MemFs::new();
    /// fs.write("/a", "")?;
    /// let t = UNIX_EPOCH + Duration::from_secs(1_000_000);
    /// fs.set_times("/a", t, t)?;
    /// assert_eq!(fs.metadata("/a")?.modified(), t);
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn set_times(
        &self,
        path: impl AsRef<Path>,
        accessed: SystemTime,
        modified: SystemTime,
    ) -> io::Result<()> {
        let set = |t: &mut Times| {
            t.atime = accessed;
            t.mtime = modified;
            t.ctime = SystemTime::now();
        };
        self.with_node(path.as_ref(), |n| match n {
            NodeMut::File(f) => set(&mut f.data.lock().times),
            NodeMut::Dir(d) => set(&mut d.times),
        })
    }

    /// Cut or extend (with zeros) the file at `path` to `len` bytes (`truncate(2)`):
    /// `EISDIR` for a directory.
    ///
    /// ```
    /// let fs = ferropy_vm::memfs::MemFs::new();
    /// fs.write("/a", "abc")?;
    /// fs.truncate("/a", 1)?;
    /// assert_eq!(fs.read_to_string("/a").as_deref(), Some("a"));
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn truncate(&self, path: impl AsRef<Path>, len: u64) -> io::Result<()> {
        let f = self.open(path, OpenOptions::new().write(true))?;
        f.set_len(len)
    }

    /// The working directory relative paths start from, as an absolute path.
    ///
    /// ```
    /// let fs = ferropy_vm::memfs::MemFs::new();
    /// assert_eq!(fs.cwd(), "/");
    /// ```
    pub fn cwd(&self) -> String {
        path::join(&self.tree.lock().cwd)
    }

    /// Change the working directory (`chdir(2)`), shared by everyone using this file
    /// system: `ENOENT` if missing, `ENOTDIR` for a file.
    ///
    /// ```
    /// let fs = ferropy_vm::memfs::MemFs::new();
    /// fs.write("/home/me/notes", "hi")?;
    /// fs.set_cwd("/home/me")?;
    /// assert_eq!(fs.cwd(), "/home/me");
    /// assert_eq!(fs.read_to_string("notes").as_deref(), Some("hi"));
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn set_cwd(&self, path: impl AsRef<Path>) -> io::Result<()> {
        let mut tree = self.tree.lock();
        let r = tree.resolve(path.as_ref())?;
        match tree.root.lookup(&r.parts) {
            None => Err(err(ENOENT)),
            Some(NodeRef::File(_)) => Err(err(ENOTDIR)),
            Some(NodeRef::Dir(_)) => {
                tree.cwd = r.parts;
                Ok(())
            }
        }
    }

    /// The absolute, normalised form of `path` (the name under which this file system
    /// knows it); every directory on the way must exist.
    ///
    /// ```
    /// let fs = ferropy_vm::memfs::MemFs::new();
    /// fs.create_dir_all("/a/b")?;
    /// assert_eq!(fs.canonicalize("/a//b/../b/./c")?, "/a/b/c");
    /// assert!(fs.canonicalize("/nope/../a").is_err());
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn canonicalize(&self, path: impl AsRef<Path>) -> io::Result<String> {
        let tree = self.tree.lock();
        Ok(path::join(&tree.resolve(path.as_ref())?.parts))
    }

    /// Run `f` on what `path` names (ENOENT if nothing).
    fn with_node(&self, path: &Path, f: impl FnOnce(NodeMut<'_>)) -> io::Result<()> {
        let mut tree = self.tree.lock();
        let r = tree.resolve(path)?;
        match tree.root.node_mut(&r.parts) {
            None => Err(err(ENOENT)),
            Some(NodeMut::File(_)) if r.dir_only => Err(err(ENOTDIR)),
            Some(n) => {
                f(n);
                Ok(())
            }
        }
    }
}

/// Everything in `node` lost its name (a directory tree removed at once).
fn unlink_tree(node: &Node) {
    match node {
        Node::File(f) => unlinked(f),
        Node::Dir(d) => d.entries.values().for_each(unlink_tree),
    }
}

/// A file lost one of its names.
fn unlinked(f: &FileNode) {
    let mut d = f.data.lock();
    d.nlink = d.nlink.saturating_sub(1);
    d.times.ctime = SystemTime::now();
}
