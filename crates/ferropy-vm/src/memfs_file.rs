//! The file side of [`MemFs`](super::MemFs): a file's bytes and metadata
//! ([`FileNode`], shared by every directory entry and open handle that refers to it, so
//! an unlinked file lives on while it is open, as on POSIX), open handles ([`MemFile`])
//! with their own position, the [`OpenOptions`] that make them, and the [`Metadata`]
//! that `stat` reports.
//!
//! Lock order: a handle's position before the file's data; the tree lock (held by
//! `MemFs`) before either. Nothing here takes the tree lock.

use super::{err, Shared, EBADF, EFBIG, EINVAL, ENOSPC};
use parking_lot::Mutex;
use std::io::{self, SeekFrom};
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::SystemTime;

/// `S_IFREG` and `S_IFDIR`: the file-type bits of `st_mode`.
pub(super) const S_IFREG: u32 = 0o100000;
pub(super) const S_IFDIR: u32 = 0o040000;

/// The largest size a file may reach: what `lseek` accepts on Linux (`off_t` is i64).
const MAX_FILE_SIZE: u64 = i64::MAX as u64;

/// Access, modification and status-change times.
#[derive(Clone, Copy, Debug)]
pub(super) struct Times {
    pub atime: SystemTime,
    pub mtime: SystemTime,
    pub ctime: SystemTime,
}

impl Times {
    pub(super) fn now() -> Times {
        let t = SystemTime::now();
        Times {
            atime: t,
            mtime: t,
            ctime: t,
        }
    }

    /// A content change: modification and status change.
    pub(super) fn touch(&mut self) {
        let t = SystemTime::now();
        self.mtime = t;
        self.ctime = t;
    }
}

/// A regular file: its inode number, the file system's shared accounting, and its data.
pub(super) struct FileNode {
    pub ino: u64,
    shared: Arc<Shared>,
    pub data: Mutex<FileData>,
}

/// What a file's lock protects.
pub(super) struct FileData {
    pub bytes: Vec<u8>,
    /// Permission bits (no type bits).
    pub perm: u32,
    /// Directory entries naming this file (hard links).
    pub nlink: u64,
    pub times: Times,
}

impl FileNode {
    pub(super) fn new(shared: &Arc<Shared>, perm: u32) -> Arc<FileNode> {
        Arc::new(FileNode {
            ino: shared.next_ino.fetch_add(1, Ordering::Relaxed),
            shared: shared.clone(),
            data: Mutex::new(FileData {
                bytes: Vec::new(),
                perm: perm & 0o7777,
                nlink: 1,
                times: Times::now(),
            }),
        })
    }

    /// Resize `data` to `len` bytes (zero-filled when growing), charging the file
    /// system's capacity: ENOSPC when it (or the allocator) cannot take the growth, EFBIG
    /// past the largest file size. Never aborts on a huge size.
    pub(super) fn resize(&self, data: &mut FileData, len: u64) -> io::Result<()> {
        let old = data.bytes.len() as u64;
        if len > MAX_FILE_SIZE {
            return Err(err(EFBIG));
        }
        if len > old {
            let grow = len - old;
            let cap = self.shared.capacity;
            self.shared
                .used
                .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |u| {
                    u.checked_add(grow).filter(|n| *n <= cap)
                })
                .map_err(|_| err(ENOSPC))?;
            let reserved = usize::try_from(grow)
                .ok()
                .filter(|g| data.bytes.try_reserve_exact(*g).is_ok());
            if reserved.is_none() {
                self.shared.used.fetch_sub(grow, Ordering::SeqCst);
                return Err(err(ENOSPC));
            }
            data.bytes.resize(len as usize, 0);
        } else if len < old {
            data.bytes.truncate(len as usize);
            data.bytes.shrink_to(len as usize);
            self.shared.used.fetch_sub(old - len, Ordering::SeqCst);
        }
        Ok(())
    }

    pub(super) fn metadata(&self) -> Metadata {
        let d = self.data.lock();
        Metadata {
            mode: S_IFREG | d.perm,
            ino: self.ino,
            nlink: d.nlink,
            len: d.bytes.len() as u64,
            times: d.times,
        }
    }
}

impl Drop for FileNode {
    /// The last reference (directory entry or open handle) is gone: give the bytes back.
    fn drop(&mut self) {
        let n = self.data.get_mut().bytes.len() as u64;
        self.shared.used.fetch_sub(n, Ordering::SeqCst);
    }
}

/// How to open a file in a [`MemFs`](super::MemFs), in the manner of
/// [`std::fs::OpenOptions`]: the access wanted and what to do when the file does or does
/// not exist. Everything is off by default.
///
/// ```
/// use ferropy_vm::memfs::{MemFs, OpenOptions};
/// let fs = MemFs::new();
/// let f = fs.open("/log.txt", OpenOptions::new().append(true).create(true))?;
/// f.write(b"line\n")?;
/// assert_eq!(fs.read("/log.txt").as_deref(), Some(&b"line\n"[..]));
/// # Ok::<(), std::io::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct OpenOptions {
    pub(super) read: bool,
    pub(super) write: bool,
    pub(super) append: bool,
    pub(super) truncate: bool,
    pub(super) create: bool,
    pub(super) create_new: bool,
    pub(super) mode: u32,
}

impl Default for OpenOptions {
    fn default() -> OpenOptions {
        OpenOptions::new()
    }
}

impl OpenOptions {
    /// No access and no creation; a new file gets mode `0o666` less the umask `0o022`.
    ///
    /// ```
    /// use ferropy_vm::memfs::{MemFs, OpenOptions};
    /// let fs = MemFs::new();
    /// // Neither read nor write asked for: like `open(2)` with O_RDONLY.
    /// assert!(fs.open("/missing", &OpenOptions::new()).is_err());
    /// ```
    pub fn new() -> OpenOptions {
        OpenOptions {
            read: false,
            write: false,
            append: false,
            truncate: false,
            create: false,
            create_new: false,
            mode: 0o666,
        }
    }

    /// Open for reading.
    ///
    /// ```
    /// use ferropy_vm::memfs::{MemFs, OpenOptions};
    /// let fs = MemFs::new();
    /// fs.write("/a", "hi")?;
    /// let f = fs.open("/a", OpenOptions::new().read(true))?;
    /// let mut buf = [0u8; 2];
    /// assert_eq!(f.read(&mut buf)?, 2);
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn read(&mut self, on: bool) -> &mut OpenOptions {
        self.read = on;
        self
    }

    /// Open for writing.
    ///
    /// ```
    /// use ferropy_vm::memfs::{MemFs, OpenOptions};
    /// let fs = MemFs::new();
    /// fs.write("/a", "hi")?;
    /// fs.open("/a", OpenOptions::new().write(true))?.write(b"H")?;
    /// assert_eq!(fs.read_to_string("/a").as_deref(), Some("Hi"));
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn write(&mut self, on: bool) -> &mut OpenOptions {
        self.write = on;
        self
    }

    /// Open for writing at the end: every write goes to the current end of the file
    /// (`O_APPEND`). Implies `write`.
    ///
    /// ```
    /// use ferropy_vm::memfs::{MemFs, OpenOptions};
    /// let fs = MemFs::new();
    /// fs.write("/a", "x")?;
    /// fs.open("/a", OpenOptions::new().append(true))?.write(b"y")?;
    /// assert_eq!(fs.read_to_string("/a").as_deref(), Some("xy"));
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn append(&mut self, on: bool) -> &mut OpenOptions {
        self.append = on;
        self
    }

    /// Cut an existing file to length 0 (`O_TRUNC`).
    ///
    /// ```
    /// use ferropy_vm::memfs::{MemFs, OpenOptions};
    /// let fs = MemFs::new();
    /// fs.write("/a", "old")?;
    /// fs.open("/a", OpenOptions::new().write(true).truncate(true))?;
    /// assert_eq!(fs.read("/a"), Some(vec![]));
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn truncate(&mut self, on: bool) -> &mut OpenOptions {
        self.truncate = on;
        self
    }

    /// Create the file if it does not exist (`O_CREAT`).
    ///
    /// ```
    /// use ferropy_vm::memfs::{MemFs, OpenOptions};
    /// let fs = MemFs::new();
    /// fs.open("/new", OpenOptions::new().write(true).create(true))?;
    /// assert!(fs.exists("/new"));
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn create(&mut self, on: bool) -> &mut OpenOptions {
        self.create = on;
        self
    }

    /// Create the file, failing with `AlreadyExists` (EEXIST) if it exists
    /// (`O_CREAT | O_EXCL`).
    ///
    /// ```
    /// use ferropy_vm::memfs::{MemFs, OpenOptions};
    /// let fs = MemFs::new();
    /// fs.write("/a", "")?;
    /// let e = fs.open("/a", OpenOptions::new().write(true).create_new(true)).unwrap_err();
    /// assert_eq!(e.raw_os_error(), Some(17));
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn create_new(&mut self, on: bool) -> &mut OpenOptions {
        self.create_new = on;
        self
    }

    /// The permission bits a created file gets, before the umask `0o022` is applied.
    ///
    /// ```
    /// use ferropy_vm::memfs::{MemFs, OpenOptions};
    /// let fs = MemFs::new();
    /// fs.open("/key", OpenOptions::new().write(true).create(true).mode(0o600))?;
    /// assert_eq!(fs.metadata("/key")?.mode() & 0o777, 0o600);
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn mode(&mut self, mode: u32) -> &mut OpenOptions {
        self.mode = mode;
        self
    }
}

/// An open file in a [`MemFs`](super::MemFs): a shared reference to the file plus this
/// handle's position and access, like a POSIX open file description. The file stays
/// readable through the handle after it is unlinked or renamed. `Send + Sync`: every
/// method takes `&self` and locks internally.
///
/// ```
/// use ferropy_vm::memfs::{MemFs, OpenOptions};
/// use std::io::SeekFrom;
/// let fs = MemFs::new();
/// let f = fs.open("/data", OpenOptions::new().read(true).write(true).create(true))?;
/// f.write(b"hello")?;
/// f.seek(SeekFrom::Start(1))?;
/// let mut out = Vec::new();
/// f.read_to_end(&mut out)?;
/// assert_eq!(out, b"ello");
/// # Ok::<(), std::io::Error>(())
/// ```
pub struct MemFile {
    node: Arc<FileNode>,
    pos: Mutex<u64>,
    readable: bool,
    writable: bool,
    append: bool,
}

impl std::fmt::Debug for MemFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MemFile")
            .field("ino", &self.node.ino)
            .field("pos", &*self.pos.lock())
            .field("readable", &self.readable)
            .field("writable", &self.writable)
            .field("append", &self.append)
            .finish()
    }
}

impl MemFile {
    pub(super) fn new(node: Arc<FileNode>, o: &OpenOptions) -> MemFile {
        MemFile {
            node,
            pos: Mutex::new(0),
            readable: o.read,
            writable: o.write || o.append,
            append: o.append,
        }
    }

    /// Read up to `buf.len()` bytes at the handle's position and advance it; 0 at end of
    /// file. `EBADF` if the handle was not opened for reading.
    ///
    /// ```
    /// use ferropy_vm::memfs::{MemFs, OpenOptions};
    /// let fs = MemFs::new();
    /// fs.write("/a", "abc")?;
    /// let f = fs.open("/a", OpenOptions::new().read(true))?;
    /// let mut buf = [0u8; 2];
    /// assert_eq!(f.read(&mut buf)?, 2);
    /// assert_eq!(f.read(&mut buf)?, 1);
    /// assert_eq!(f.read(&mut buf)?, 0);
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn read(&self, buf: &mut [u8]) -> io::Result<usize> {
        if !self.readable {
            return Err(err(EBADF));
        }
        let mut pos = self.pos.lock();
        let data = self.node.data.lock();
        let start = usize::try_from(*pos).unwrap_or(usize::MAX);
        let avail = data.bytes.get(start..).unwrap_or(&[]);
        let n = avail.len().min(buf.len());
        buf[..n].copy_from_slice(&avail[..n]);
        *pos += n as u64;
        Ok(n)
    }

    /// Append everything from the position to the end of the file to `out`; the number
    /// of bytes read.
    ///
    /// ```
    /// use ferropy_vm::memfs::{MemFs, OpenOptions};
    /// let fs = MemFs::new();
    /// fs.write("/a", "abc")?;
    /// let mut out = Vec::new();
    /// fs.open("/a", OpenOptions::new().read(true))?.read_to_end(&mut out)?;
    /// assert_eq!(out, b"abc");
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn read_to_end(&self, out: &mut Vec<u8>) -> io::Result<usize> {
        if !self.readable {
            return Err(err(EBADF));
        }
        let mut pos = self.pos.lock();
        let data = self.node.data.lock();
        let start = usize::try_from(*pos).unwrap_or(usize::MAX);
        let avail = data.bytes.get(start..).unwrap_or(&[]);
        out.try_reserve(avail.len()).map_err(|_| err(ENOSPC))?;
        out.extend_from_slice(avail);
        *pos += avail.len() as u64;
        Ok(avail.len())
    }

    /// Write all of `data` at the position (at the end of the file for an appending
    /// handle), zero-filling any gap, and advance the position. `EBADF` if the handle was
    /// not opened for writing; `ENOSPC` when the file system's capacity is reached.
    ///
    /// ```
    /// use ferropy_vm::memfs::{MemFs, OpenOptions};
    /// use std::io::SeekFrom;
    /// let fs = MemFs::new();
    /// let f = fs.open("/a", OpenOptions::new().write(true).create(true))?;
    /// f.seek(SeekFrom::Start(2))?;
    /// assert_eq!(f.write(b"x")?, 1);
    /// assert_eq!(fs.read("/a"), Some(vec![0, 0, b'x']));
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn write(&self, data: &[u8]) -> io::Result<usize> {
        if !self.writable {
            return Err(err(EBADF));
        }
        let mut pos = self.pos.lock();
        let mut d = self.node.data.lock();
        if self.append {
            *pos = d.bytes.len() as u64;
        }
        if data.is_empty() {
            return Ok(0);
        }
        let end = pos
            .checked_add(data.len() as u64)
            .ok_or_else(|| err(EFBIG))?;
        if end > d.bytes.len() as u64 {
            self.node.resize(&mut d, end)?;
        }
        let start = *pos as usize;
        d.bytes[start..start + data.len()].copy_from_slice(data);
        d.times.touch();
        *pos = end;
        Ok(data.len())
    }

    /// Move the position, as `lseek` does: past the end is allowed (a later write fills
    /// the gap with zeros), before the start is `EINVAL`. Returns the new position.
    ///
    /// ```
    /// use ferropy_vm::memfs::{MemFs, OpenOptions};
    /// use std::io::SeekFrom;
    /// let fs = MemFs::new();
    /// fs.write("/a", "abcd")?;
    /// let f = fs.open("/a", OpenOptions::new().read(true))?;
    /// assert_eq!(f.seek(SeekFrom::End(-1))?, 3);
    /// assert!(f.seek(SeekFrom::Current(-10)).is_err());
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn seek(&self, to: SeekFrom) -> io::Result<u64> {
        let mut pos = self.pos.lock();
        let base: i128 = match to {
            SeekFrom::Start(n) => {
                if n > MAX_FILE_SIZE {
                    return Err(err(EINVAL));
                }
                *pos = n;
                return Ok(n);
            }
            SeekFrom::Current(_) => *pos as i128,
            SeekFrom::End(_) => self.node.data.lock().bytes.len() as i128,
        };
        let off = match to {
            SeekFrom::Current(o) | SeekFrom::End(o) => o as i128,
            SeekFrom::Start(_) => 0,
        };
        let new = base + off;
        if new < 0 || new > MAX_FILE_SIZE as i128 {
            return Err(err(EINVAL));
        }
        *pos = new as u64;
        Ok(*pos)
    }

    /// Cut or extend (with zeros) the file to `len` bytes (`ftruncate`); the position is
    /// unchanged. `EINVAL` if the handle was not opened for writing.
    ///
    /// ```
    /// use ferropy_vm::memfs::{MemFs, OpenOptions};
    /// let fs = MemFs::new();
    /// fs.write("/a", "abcd")?;
    /// fs.open("/a", OpenOptions::new().write(true))?.set_len(2)?;
    /// assert_eq!(fs.read_to_string("/a").as_deref(), Some("ab"));
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn set_len(&self, len: u64) -> io::Result<()> {
        if !self.writable {
            return Err(err(EINVAL));
        }
        let mut d = self.node.data.lock();
        self.node.resize(&mut d, len)?;
        d.times.touch();
        Ok(())
    }

    /// The file's current metadata (`fstat`).
    ///
    /// ```
    /// use ferropy_vm::memfs::{MemFs, OpenOptions};
    /// let fs = MemFs::new();
    /// fs.write("/a", "abc")?;
    /// let f = fs.open("/a", OpenOptions::new().read(true))?;
    /// assert_eq!(f.metadata().len(), 3);
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn metadata(&self) -> Metadata {
        self.node.metadata()
    }

    /// Whether the handle may read.
    ///
    /// ```
    /// use ferropy_vm::memfs::{MemFs, OpenOptions};
    /// let fs = MemFs::new();
    /// let f = fs.open("/a", OpenOptions::new().write(true).create(true))?;
    /// assert!(!f.is_readable() && f.is_writable());
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn is_readable(&self) -> bool {
        self.readable
    }

    /// Whether the handle may write.
    ///
    /// ```
    /// use ferropy_vm::memfs::{MemFs, OpenOptions};
    /// let fs = MemFs::new();
    /// fs.write("/a", "")?;
    /// assert!(!fs.open("/a", OpenOptions::new().read(true))?.is_writable());
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn is_writable(&self) -> bool {
        self.writable
    }
}

/// What `stat` says about a file or directory in a [`MemFs`](super::MemFs).
///
/// ```
/// use ferropy_vm::memfs::MemFs;
/// let fs = MemFs::new();
/// fs.write("/d/f", "abc")?;
/// let m = fs.metadata("/d/f")?;
/// assert!(m.is_file() && m.len() == 3 && m.nlink() == 1);
/// assert!(fs.metadata("/d")?.is_dir());
/// # Ok::<(), std::io::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Metadata {
    pub(super) mode: u32,
    pub(super) ino: u64,
    pub(super) nlink: u64,
    pub(super) len: u64,
    pub(super) times: Times,
}

impl Metadata {
    /// Whether this is a directory.
    ///
    /// ```
    /// # let fs = ferropy_vm::memfs::MemFs::new();
    /// assert!(fs.metadata("/")?.is_dir());
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn is_dir(&self) -> bool {
        self.mode & 0o170000 == S_IFDIR
    }

    /// Whether this is a regular file.
    ///
    /// ```
    /// # let fs = ferropy_vm::memfs::MemFs::new();
    /// fs.write("/f", "")?;
    /// assert!(fs.metadata("/f")?.is_file());
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn is_file(&self) -> bool {
        self.mode & 0o170000 == S_IFREG
    }

    /// The size in bytes (0 for a directory).
    ///
    /// ```
    /// # let fs = ferropy_vm::memfs::MemFs::new();
    /// fs.write("/f", "four")?;
    /// assert_eq!(fs.metadata("/f")?.len(), 4);
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn len(&self) -> u64 {
        self.len
    }

    /// Whether the size is 0.
    ///
    /// ```
    /// # let fs = ferropy_vm::memfs::MemFs::new();
    /// fs.write("/f", "")?;
    /// assert!(fs.metadata("/f")?.is_empty());
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// `st_mode`: the type bits (`S_IFREG`/`S_IFDIR`) and the permission bits.
    ///
    /// ```
    /// # let fs = ferropy_vm::memfs::MemFs::new();
    /// fs.write("/f", "")?;
    /// assert_eq!(fs.metadata("/f")?.mode(), 0o100644);
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn mode(&self) -> u32 {
        self.mode
    }

    /// The inode number, unique within the file system (hard links share it).
    ///
    /// ```
    /// # let fs = ferropy_vm::memfs::MemFs::new();
    /// fs.write("/a", "")?;
    /// fs.write("/b", "")?;
    /// assert_ne!(fs.metadata("/a")?.ino(), fs.metadata("/b")?.ino());
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn ino(&self) -> u64 {
        self.ino
    }

    /// The link count: a file's directory entries; 2 plus the subdirectories for a
    /// directory.
    ///
    /// ```
    /// # let fs = ferropy_vm::memfs::MemFs::new();
    /// fs.create_dir_all("/d/sub")?;
    /// assert_eq!(fs.metadata("/d")?.nlink(), 3);
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn nlink(&self) -> u64 {
        self.nlink
    }

    /// The last access time (set at creation and by `set_times`; reads do not update it,
    /// as with `noatime`).
    ///
    /// ```
    /// # let fs = ferropy_vm::memfs::MemFs::new();
    /// fs.write("/f", "")?;
    /// assert!(fs.metadata("/f")?.accessed() <= std::time::SystemTime::now());
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn accessed(&self) -> SystemTime {
        self.times.atime
    }

    /// The last modification time of the contents.
    ///
    /// ```
    /// # let fs = ferropy_vm::memfs::MemFs::new();
    /// fs.write("/f", "")?;
    /// assert!(fs.metadata("/f")?.modified() <= std::time::SystemTime::now());
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn modified(&self) -> SystemTime {
        self.times.mtime
    }

    /// The last status change (contents, permissions, links or times).
    ///
    /// ```
    /// # let fs = ferropy_vm::memfs::MemFs::new();
    /// fs.write("/f", "")?;
    /// assert!(fs.metadata("/f")?.changed() <= std::time::SystemTime::now());
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn changed(&self) -> SystemTime {
        self.times.ctime
    }
}
