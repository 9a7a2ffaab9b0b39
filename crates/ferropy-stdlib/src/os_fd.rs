//! `posix`'s file descriptors: `os.open`, `read`, `write`, `lseek`, `fstat`, `close`.
//!
//! The stdlib forbids `unsafe`, so it cannot turn a raw descriptor back into a
//! `std::fs::File`; instead every file `os.open` opens stays owned by a per-interpreter
//! table keyed by its real descriptor number, and `os.close` drops it. Descriptors 0-2
//! are the interpreter's standard streams: writes to 1 and 2 go through the same sinks as
//! `sys.stdout`/`sys.stderr` (so embedders capture them), reads from 0 read stdin.
//! Other stdlib modules reach the table through `file_of`, `handle_of`, `insert_file`,
//! `insert_mem` and `remove_fd`.
//!
//! Under a `Memory` policy the table also holds `MemFs` handles, under numbers from 3 up
//! that no other entry uses (there is no kernel to pick them). A file `open()` opens in
//! memory is listed too, so `f.fileno()` works with `os.fstat`/`os.write`; that entry
//! holds the handle weakly, because the `FileIO` owns it: the file closes when the
//! `FileIO` goes, as a real descriptor does. Under `Deny` nothing can be opened, so only
//! the standard streams are reachable.

use super::vfs::{self, Handle, Stat, Vfs};
use super::{errno_error, int_arg, os_error, path_arg, PATH};
use crate::module::ModuleBuilder;
use ferropy_vm::memfs::MemFile;
use ferropy_vm::object::Args;
use ferropy_vm::protocol::call;
use ferropy_vm::{PyResult, Value, Vm};
use std::cell::RefCell;
use std::collections::HashMap;
use std::fs::File;
use std::io::{IsTerminal, Read, Seek, SeekFrom, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::os::unix::io::AsRawFd;
use std::sync::{Arc, Weak};

/// Linux's open flags (the same numbers on x86-64 and AArch64 for those listed).
const O_ACCMODE: i64 = 3;
const FLAGS: &[(&str, i64)] = &[
    ("O_RDONLY", 0),
    ("O_WRONLY", 1),
    ("O_RDWR", 2),
    ("O_CREAT", 0o100),
    ("O_EXCL", 0o200),
    ("O_NOCTTY", 0o400),
    ("O_TRUNC", 0o1000),
    ("O_APPEND", 0o2000),
    ("O_NONBLOCK", 0o4000),
    ("O_SYNC", 0o4010000),
    ("O_CLOEXEC", 0o2000000),
];

const EBADF: i32 = 9;
const EINVAL: i32 = 22;

pub(super) fn register(m: &ModuleBuilder) {
    m.func("open", open)
        .func("close", close)
        .func("read", read)
        .func("write", write)
        .func("lseek", lseek)
        .func("fstat", fstat)
        .func("fsync", fsync)
        .func("ftruncate", ftruncate)
        .func("isatty", isatty)
        .value("SEEK_SET", Value::Int(0))
        .value("SEEK_CUR", Value::Int(1))
        .value("SEEK_END", Value::Int(2));
    for (name, v) in FLAGS {
        m.value(name, Value::Int(*v));
    }
}

/// One descriptor: a real file, a `MemFs` handle the table owns (`os.open`), or one a
/// `FileIO` owns (the entry lapses when it is dropped).
enum Entry {
    Os(Arc<File>),
    Mem(Arc<MemFile>),
    Lent(Weak<MemFile>),
}

impl Entry {
    fn handle(&self) -> Option<Handle> {
        match self {
            Entry::Os(f) => Some(Handle::Os(f.clone())),
            Entry::Mem(m) => Some(Handle::Mem(m.clone())),
            Entry::Lent(w) => w.upgrade().map(Handle::Mem),
        }
    }
}

/// The descriptor table: descriptor number → the file that owns it.
type FdTable = RefCell<HashMap<i32, Entry>>;

fn table(vm: &Vm) -> std::rc::Rc<FdTable> {
    vm.ext_state::<FdTable>("posix.fds", Default::default)
}

/// The real file behind descriptor `fd`, if `os.open` (or `insert_file`) made it.
pub fn file_of(vm: &Vm, fd: i32) -> Option<Arc<File>> {
    match table(vm).borrow().get(&fd) {
        Some(Entry::Os(f)) => Some(f.clone()),
        _ => None,
    }
}

/// The file behind descriptor `fd`, real or in memory.
pub(crate) fn handle_of(vm: &Vm, fd: i32) -> Option<Handle> {
    table(vm).borrow().get(&fd).and_then(Entry::handle)
}

/// Give `file` to the table; its descriptor number is returned.
pub fn insert_file(vm: &Vm, file: File) -> i32 {
    let fd = file.as_raw_fd();
    table(vm).borrow_mut().insert(fd, Entry::Os(Arc::new(file)));
    fd
}

/// List a `MemFs` handle under the lowest free number from 3; with `lent`, the caller
/// keeps ownership and the entry lapses when its last `Arc` goes. EMFILE when the
/// numbers run out.
pub(crate) fn insert_mem(vm: &Vm, file: &Arc<MemFile>, lent: bool) -> std::io::Result<i32> {
    let t = table(vm);
    let mut t = t.borrow_mut();
    let fd = (3..i32::MAX)
        .find(|n| t.get(n).and_then(Entry::handle).is_none())
        .ok_or_else(|| std::io::Error::from_raw_os_error(24))?;
    let entry = if lent {
        Entry::Lent(Arc::downgrade(file))
    } else {
        Entry::Mem(file.clone())
    };
    t.insert(fd, entry);
    Ok(fd)
}

/// Hand ownership of the `MemFs` descriptor `fd` to a `FileIO` (`open(fd)` with
/// `closefd=True`): the table keeps a weak entry from now on.
pub(crate) fn lend_mem(vm: &Vm, fd: i32) {
    let t = table(vm);
    let mut t = t.borrow_mut();
    if let Some(Entry::Mem(m)) = t.get(&fd) {
        let weak = Arc::downgrade(m);
        t.insert(fd, Entry::Lent(weak));
    }
}

/// A `FileIO` over `file` closed descriptor `fd`: drop the entry if it is still this one.
pub(crate) fn release_mem(vm: &Vm, fd: i32, file: &Arc<MemFile>) {
    let t = table(vm);
    let mut t = t.borrow_mut();
    let same = match t.get(&fd) {
        Some(Entry::Mem(m)) => Arc::ptr_eq(m, file),
        Some(Entry::Lent(w)) => w.as_ptr() == Arc::as_ptr(file),
        _ => false,
    };
    if same {
        t.remove(&fd);
    }
}

/// Take descriptor `fd` out of the table (the file closes when the last `Arc` goes);
/// whether there was one.
pub fn remove_fd(vm: &Vm, fd: i32) -> bool {
    let e = table(vm).borrow_mut().remove(&fd);
    e.and_then(|e| e.handle()).is_some()
}

fn fd_arg(vm: &Vm, v: &Value) -> PyResult<i32> {
    let n = int_arg(vm, v)?;
    i32::try_from(n).map_err(|_| {
        vm.overflow_error(if n < 0 {
            "signed integer is less than minimum"
        } else {
            "signed integer is greater than maximum"
        })
    })
}

fn table_handle(vm: &Vm, fd: i32) -> PyResult<Handle> {
    handle_of(vm, fd).ok_or_else(|| errno_error(vm, EBADF, None))
}

/// `open(path, flags, mode=0o777, *, dir_fd=None)`. The access mode picks std's
/// read/write options; every other flag (`O_CREAT`, `O_EXCL`, `O_TRUNC`, `O_APPEND`, ...)
/// goes to `open(2)` unchanged through `custom_flags`.
fn open(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = call::parse_args(vm, "open", args, &["path", "flags", "mode", "dir_fd"], 2)?;
    let p = path_arg(vm, "open", "path", a[0].as_ref().expect("required"), PATH)?;
    let flags = int_arg(vm, a[1].as_ref().expect("required"))?;
    let mode = match super::opt(&a, 2) {
        Some(v) => int_arg(vm, v)? as u32,
        None => 0o777,
    };
    let acc = flags & O_ACCMODE;
    match vfs::of(vm) {
        Vfs::Real => {}
        Vfs::Deny => return Err(os_error(vm, &vfs::denied(), Some(&p.obj))),
        Vfs::Mem(fs) => {
            let o = vfs::mem_options(acc != 1, acc != 0, flags, mode);
            let f = fs
                .open(&p.path, &o)
                .map_err(|e| os_error(vm, &e, Some(&p.obj)))?;
            let fd = insert_mem(vm, &Arc::new(f), false).map_err(|e| os_error(vm, &e, None))?;
            return Ok(Value::Int(fd as i64));
        }
    }
    let file = std::fs::OpenOptions::new()
        .read(acc != 1)
        .write(acc != 0)
        .custom_flags((flags & !O_ACCMODE) as i32)
        .mode(mode)
        .open(&p.path)
        .map_err(|e| os_error(vm, &e, Some(&p.obj)))?;
    Ok(Value::Int(insert_file(vm, file) as i64))
}

fn close(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = call::parse_args(vm, "close", args, &["fd"], 1)?;
    let fd = fd_arg(vm, a[0].as_ref().expect("required"))?;
    if !remove_fd(vm, fd) && !(0..=2).contains(&fd) {
        return Err(errno_error(vm, EBADF, None));
    }
    Ok(Value::None)
}

/// `read(fd, n)`: at most `n` bytes, fewer at end of file; blocks without the GIL.
fn read(vm: &Vm, args: Args) -> PyResult<Value> {
    call::no_kwargs(vm, "read", &args)?;
    call::check_arity(vm, "read", &args, 2, 2)?;
    let fd = fd_arg(vm, &args.pos[0])?;
    let n = int_arg(vm, &args.pos[1])?;
    if n < 0 {
        return Err(errno_error(vm, EINVAL, None));
    }
    let n = n as usize;
    let r = if fd == 0 && handle_of(vm, 0).is_none() {
        let mut buf = vec![0u8; n];
        vm.allow_threads("os.read", move || {
            let k = std::io::stdin().lock().read(&mut buf)?;
            buf.truncate(k);
            Ok(buf)
        })
    } else {
        match table_handle(vm, fd)? {
            Handle::Os(f) => {
                let mut buf = vec![0u8; n];
                vm.allow_threads("os.read", move || {
                    let k = (&*f).read(&mut buf)?;
                    buf.truncate(k);
                    Ok(buf)
                })
            }
            Handle::Mem(m) => {
                // Allocate no more than the file holds past the position.
                let pos = m.seek(SeekFrom::Current(0)).unwrap_or(0);
                let avail = m.metadata().len().saturating_sub(pos);
                let mut buf = vec![0u8; n.min(usize::try_from(avail).unwrap_or(usize::MAX))];
                m.read(&mut buf).map(|k| {
                    buf.truncate(k);
                    buf
                })
            }
        }
    };
    r.map(|b| vm.new_bytes(b))
        .map_err(|e: std::io::Error| os_error(vm, &e, None))
}

/// `write(fd, data)`: the number of bytes written.
fn write(vm: &Vm, args: Args) -> PyResult<Value> {
    call::no_kwargs(vm, "write", &args)?;
    call::check_arity(vm, "write", &args, 2, 2)?;
    let fd = fd_arg(vm, &args.pos[0])?;
    let data = bytes_like(vm, &args.pos[1])?;
    let n = data.len();
    if (1..=2).contains(&fd) && handle_of(vm, fd).is_none() {
        let sink = if fd == 1 { &vm.stdout } else { &vm.stderr };
        let r = sink.borrow_mut().write_all(&data);
        r.map_err(|e| os_error(vm, &e, None))?;
        if fd == 1 {
            vm.flush_stdout();
        }
        return Ok(Value::Int(n as i64));
    }
    let r = match table_handle(vm, fd)? {
        Handle::Os(f) => vm.allow_threads("os.write", move || (&*f).write(&data)),
        Handle::Mem(m) => m.write(&data),
    };
    match r {
        Ok(k) => Ok(Value::Int(k as i64)),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

/// The bytes of a bytes-like argument, with CPython's error for anything else.
pub(crate) fn bytes_like(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    use ferropy_vm::object::Payload;
    match v.as_obj().map(|o| o.payload()) {
        Some(Payload::Bytes(b)) => Ok(b.to_vec()),
        Some(Payload::ByteArray(b)) => Ok(b.borrow().clone()),
        _ => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn lseek(vm: &Vm, args: Args) -> PyResult<Value> {
    call::no_kwargs(vm, "lseek", &args)?;
    call::check_arity(vm, "lseek", &args, 3, 3)?;
    let fd = fd_arg(vm, &args.pos[0])?;
    let pos = int_arg(vm, &args.pos[1])?;
    let how = int_arg(vm, &args.pos[2])?;
    let from = match how {
        0 if pos >= 0 => SeekFrom::Start(pos as u64),
        1 => SeekFrom::Current(pos),
        2 => SeekFrom::End(pos),
        _ => return Err(errno_error(vm, EINVAL, None)),
    };
    let r = match table_handle(vm, fd)? {
        Handle::Os(f) => (&*f).seek(from),
        Handle::Mem(m) => m.seek(from),
    };
    match r {
        Ok(p) => Ok(super::u64_value(vm, p)),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

fn fstat(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = call::parse_args(vm, "fstat", args, &["fd"], 1)?;
    fstat_fd(vm, int_arg(vm, a[0].as_ref().expect("required"))?)
}

/// `fstat(fd)`: a table file's metadata, else the descriptor's `/proc/self/fd` link
/// (which is how the standard streams, opened before us, can be examined; a sandboxed
/// interpreter may look at nothing else it did not open).
pub(super) fn fstat_fd(vm: &Vm, fd: i64) -> PyResult<Value> {
    let fd = i32::try_from(fd).map_err(|_| errno_error(vm, EBADF, None))?;
    let md = match handle_of(vm, fd) {
        Some(Handle::Os(f)) => f.metadata().map(|m| Stat::from_std(&m)),
        Some(Handle::Mem(m)) => Ok(Stat::from_mem(&m.metadata())),
        None if !(0..=2).contains(&fd) && !vfs::of(vm).is_real() => {
            return Err(errno_error(vm, EBADF, None))
        }
        None => std::fs::metadata(format!("/proc/self/fd/{fd}")).map(|m| Stat::from_std(&m)),
    };
    match md {
        Ok(md) => super::fs::stat_result(vm, &md),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(errno_error(vm, EBADF, None)),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

fn fsync(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = call::parse_args(vm, "fsync", args, &["fd"], 1)?;
    let fd = a[0].as_ref().expect("required");
    let fd = match fd {
        Value::Int(_) => fd_arg(vm, fd)?,
        other => fd_arg(vm, &call::call_method(vm, other, "fileno", &[])?)?,
    };
    if (0..=2).contains(&fd) && handle_of(vm, fd).is_none() {
        vm.flush_stdout();
        return Ok(Value::None);
    }
    let f = match table_handle(vm, fd)? {
        Handle::Os(f) => f,
        Handle::Mem(_) => return Ok(Value::None),
    };
    let r = vm.allow_threads("os.fsync", move || f.sync_all());
    r.map_err(|e| os_error(vm, &e, None))?;
    Ok(Value::None)
}

fn ftruncate(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "ftruncate", &args, 2, 2)?;
    let fd = fd_arg(vm, &args.pos[0])?;
    let len = int_arg(vm, &args.pos[1])?;
    if len < 0 {
        return Err(errno_error(vm, EINVAL, None));
    }
    ftruncate_fd(vm, fd as i64, len as u64)
}

pub(super) fn ftruncate_fd(vm: &Vm, fd: i64, len: u64) -> PyResult<Value> {
    let fd = i32::try_from(fd).map_err(|_| errno_error(vm, EBADF, None))?;
    let r = match table_handle(vm, fd)? {
        Handle::Os(f) => f.set_len(len),
        Handle::Mem(m) => m.set_len(len),
    };
    r.map_err(|e| os_error(vm, &e, None))?;
    Ok(Value::None)
}

fn isatty(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "isatty", &args, 1, 1)?;
    let fd = fd_arg(vm, &args.pos[0])?;
    let tty = match handle_of(vm, fd) {
        Some(Handle::Os(f)) => f.is_terminal(),
        Some(Handle::Mem(_)) => false,
        None => match fd {
            0 => std::io::stdin().is_terminal(),
            1 => std::io::stdout().is_terminal(),
            2 => std::io::stderr().is_terminal(),
            _ => false,
        },
    };
    Ok(Value::Bool(tty))
}
