//! The file system behind `posix` and `_io`, as the interpreter's policy
//! (`vm.fs_policy`, see `ferropy_vm::fs_policy`) decides: the real one through `std::fs`,
//! none (every call fails with EACCES), or the interpreter's `MemFs`.
//!
//! Every call returns an `io::Error` carrying an errno, so the callers' one error path
//! (`os_error(vm, &e, Some(&filename))`) builds the same Python exception for all three:
//! a denied call reads `PermissionError: [Errno 13] Permission denied: 'path'`, a missing
//! file in memory `FileNotFoundError: [Errno 2] No such file or directory: 'path'`.
//!
//! Opening is left to the callers (`os.open` and `FileIO` build their real
//! `OpenOptions` differently); both use [`mem_options`] for the memory case, and keep
//! what they open as a [`Handle`].

use ferropy_vm::fs_policy::FsPolicy;
use ferropy_vm::memfs::{self, MemFile, MemFs};
use ferropy_vm::Vm;
use std::ffi::OsString;
use std::fs::{self, File};
use std::io;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

/// `EACCES`: what a denied call reports.
pub(crate) const EACCES: i32 = 13;

/// The file system one call sees.
pub(crate) enum Vfs {
    Real,
    Deny,
    Mem(Arc<MemFs>),
}

/// The policy in force now (read at each call: a host may change it between runs).
pub(crate) fn of(vm: &Vm) -> Vfs {
    match &*vm.fs_policy.borrow() {
        FsPolicy::Real => Vfs::Real,
        FsPolicy::Deny => Vfs::Deny,
        FsPolicy::Memory(fs) => Vfs::Mem(fs.clone()),
    }
}

/// The error of a denied call.
pub(crate) fn denied() -> io::Error {
    io::Error::from_raw_os_error(EACCES)
}

/// An open file: a real descriptor, or a handle into the `MemFs`.
#[derive(Clone)]
pub(crate) enum Handle {
    Os(Arc<File>),
    Mem(Arc<MemFile>),
}

/// `MemFs` open options for the access and `open(2)` flags given (Linux values):
/// `O_CREAT`, `O_EXCL`, `O_TRUNC`, `O_APPEND`; others have no meaning in memory.
pub(crate) fn mem_options(read: bool, write: bool, flags: i64, mode: u32) -> memfs::OpenOptions {
    const O_CREAT: i64 = 0o100;
    const O_EXCL: i64 = 0o200;
    const O_TRUNC: i64 = 0o1000;
    const O_APPEND: i64 = 0o2000;
    let mut o = memfs::OpenOptions::new();
    o.read(read)
        .write(write)
        .append(flags & O_APPEND != 0)
        .truncate(flags & O_TRUNC != 0)
        .create(flags & O_CREAT != 0)
        .create_new(flags & O_CREAT != 0 && flags & O_EXCL != 0)
        .mode(mode);
    o
}

/// What `os.stat` reports, from a real file or a `MemFs` one.
pub(crate) struct Stat {
    pub mode: u32,
    pub ino: u64,
    pub dev: u64,
    pub nlink: u64,
    pub uid: u32,
    pub gid: u32,
    pub size: u64,
    /// (seconds, nanoseconds) since the epoch, nanoseconds in 0..1e9.
    pub atime: (i64, i64),
    pub mtime: (i64, i64),
    pub ctime: (i64, i64),
    pub blksize: u64,
    pub blocks: u64,
    pub rdev: u64,
}

/// The block size a `MemFs` file reports (what `open()` sizes its buffer from).
const MEM_BLKSIZE: u64 = 4096;

impl Stat {
    pub(crate) fn from_std(md: &fs::Metadata) -> Stat {
        Stat {
            mode: md.mode(),
            ino: md.ino(),
            dev: md.dev(),
            nlink: md.nlink(),
            uid: md.uid(),
            gid: md.gid(),
            size: md.size(),
            atime: (md.atime(), md.atime_nsec()),
            mtime: (md.mtime(), md.mtime_nsec()),
            ctime: (md.ctime(), md.ctime_nsec()),
            blksize: md.blksize(),
            blocks: md.blocks(),
            rdev: md.rdev(),
        }
    }

    pub(crate) fn from_mem(md: &memfs::Metadata) -> Stat {
        Stat {
            mode: md.mode(),
            ino: md.ino(),
            dev: 0,
            nlink: md.nlink(),
            uid: 0,
            gid: 0,
            size: md.len(),
            atime: split_time(md.accessed()),
            mtime: split_time(md.modified()),
            ctime: split_time(md.changed()),
            blksize: MEM_BLKSIZE,
            blocks: md.len().div_ceil(512),
            rdev: 0,
        }
    }

    pub(crate) fn is_dir(&self) -> bool {
        self.mode & 0o170000 == 0o040000
    }
}

/// A time as (seconds, nanoseconds) since the epoch, flooring for times before it.
fn split_time(t: SystemTime) -> (i64, i64) {
    match t.duration_since(SystemTime::UNIX_EPOCH) {
        Ok(d) => (d.as_secs() as i64, d.subsec_nanos() as i64),
        Err(e) => {
            let d = e.duration();
            let (s, ns) = (-(d.as_secs() as i64), d.subsec_nanos() as i64);
            if ns == 0 {
                (s, 0)
            } else {
                (s - 1, 1_000_000_000 - ns)
            }
        }
    }
}

/// A directory entry as `_scandir` reports it: name, kind (1 directory, 2 file,
/// 3 symlink, 0 other) and inode.
pub(crate) type Entry = (OsString, i64, u64);

impl Vfs {
    pub(crate) fn is_real(&self) -> bool {
        matches!(self, Vfs::Real)
    }

    /// `stat` (following links) or `lstat`.
    pub(crate) fn stat(&self, path: &Path, follow: bool) -> io::Result<Stat> {
        match self {
            Vfs::Real => {
                let md = if follow {
                    fs::metadata(path)
                } else {
                    fs::symlink_metadata(path)
                };
                md.map(|m| Stat::from_std(&m))
            }
            Vfs::Deny => Err(denied()),
            Vfs::Mem(fs) => fs.metadata(path).map(|m| Stat::from_mem(&m)),
        }
    }

    /// The entries of a directory, each kind taken from the entry itself (no `stat`).
    pub(crate) fn read_dir(&self, path: &Path) -> io::Result<Vec<Entry>> {
        use std::os::unix::fs::DirEntryExt;
        match self {
            Vfs::Real => {
                let mut out = Vec::new();
                for entry in fs::read_dir(path)? {
                    let entry = entry?;
                    let kind = match entry.file_type() {
                        Ok(t) if t.is_symlink() => 3,
                        Ok(t) if t.is_dir() => 1,
                        Ok(t) if t.is_file() => 2,
                        _ => 0,
                    };
                    out.push((entry.file_name(), kind, entry.ino()));
                }
                Ok(out)
            }
            Vfs::Deny => Err(denied()),
            Vfs::Mem(fs) => Ok(fs
                .read_dir(path)?
                .into_iter()
                .map(|e| {
                    let kind = if e.is_dir() { 1 } else { 2 };
                    (OsString::from(e.name()), kind, e.ino())
                })
                .collect()),
        }
    }

    pub(crate) fn mkdir(&self, path: &Path, mode: u32) -> io::Result<()> {
        match self {
            Vfs::Real => fs::DirBuilder::new().mode(mode).create(path),
            Vfs::Deny => Err(denied()),
            Vfs::Mem(fs) => fs.mkdir(path, mode),
        }
    }

    pub(crate) fn rmdir(&self, path: &Path) -> io::Result<()> {
        match self {
            Vfs::Real => fs::remove_dir(path),
            Vfs::Deny => Err(denied()),
            Vfs::Mem(fs) => fs.rmdir(path),
        }
    }

    pub(crate) fn unlink(&self, path: &Path) -> io::Result<()> {
        match self {
            Vfs::Real => fs::remove_file(path),
            Vfs::Deny => Err(denied()),
            Vfs::Mem(fs) => fs.unlink(path),
        }
    }

    pub(crate) fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        match self {
            Vfs::Real => fs::rename(from, to),
            Vfs::Deny => Err(denied()),
            Vfs::Mem(fs) => fs.rename(from, to),
        }
    }

    pub(crate) fn chmod(&self, path: &Path, mode: u32) -> io::Result<()> {
        match self {
            Vfs::Real => fs::set_permissions(path, fs::Permissions::from_mode(mode)),
            Vfs::Deny => Err(denied()),
            Vfs::Mem(fs) => fs.set_permissions(path, mode),
        }
    }

    /// `readlink`: a `MemFs` has no symbolic links, so an existing path is EINVAL there
    /// as for any non-link.
    pub(crate) fn readlink(&self, path: &Path) -> io::Result<PathBuf> {
        match self {
            Vfs::Real => fs::read_link(path),
            Vfs::Deny => Err(denied()),
            Vfs::Mem(fs) => {
                fs.metadata(path)?;
                Err(io::Error::from_raw_os_error(22))
            }
        }
    }

    /// `symlink`: not supported in memory (EPERM, what a file system without symbolic
    /// links reports).
    pub(crate) fn symlink(&self, src: &Path, dst: &Path) -> io::Result<()> {
        match self {
            Vfs::Real => std::os::unix::fs::symlink(src, dst),
            Vfs::Deny => Err(denied()),
            Vfs::Mem(_) => Err(io::Error::from_raw_os_error(1)),
        }
    }

    pub(crate) fn hard_link(&self, src: &Path, dst: &Path) -> io::Result<()> {
        match self {
            Vfs::Real => fs::hard_link(src, dst),
            Vfs::Deny => Err(denied()),
            Vfs::Mem(fs) => fs.hard_link(src, dst),
        }
    }

    pub(crate) fn set_times(
        &self,
        path: &Path,
        atime: SystemTime,
        mtime: SystemTime,
    ) -> io::Result<()> {
        match self {
            Vfs::Real => {
                let times = fs::FileTimes::new().set_accessed(atime).set_modified(mtime);
                File::open(path).and_then(|f| f.set_times(times))
            }
            Vfs::Deny => Err(denied()),
            Vfs::Mem(fs) => fs.set_times(path, atime, mtime),
        }
    }

    pub(crate) fn truncate(&self, path: &Path, len: u64) -> io::Result<()> {
        match self {
            Vfs::Real => fs::OpenOptions::new()
                .write(true)
                .open(path)
                .and_then(|f| f.set_len(len)),
            Vfs::Deny => Err(denied()),
            Vfs::Mem(fs) => fs.truncate(path, len),
        }
    }

    /// The working directory: the process's, `/` when denied (there is nothing to be
    /// in), the `MemFs`'s own in memory.
    pub(crate) fn getcwd(&self) -> io::Result<PathBuf> {
        match self {
            Vfs::Real => std::env::current_dir(),
            Vfs::Deny => Ok(PathBuf::from("/")),
            Vfs::Mem(fs) => Ok(PathBuf::from(fs.cwd())),
        }
    }

    pub(crate) fn chdir(&self, path: &Path) -> io::Result<()> {
        match self {
            Vfs::Real => std::env::set_current_dir(path),
            Vfs::Deny => Err(denied()),
            Vfs::Mem(fs) => fs.set_cwd(path),
        }
    }
}
