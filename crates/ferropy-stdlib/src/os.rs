//! The `posix` module (CPython `Modules/posixmodule.c`), which `os.py` re-exports: the
//! process's identity and environment, files and directories through `std::fs`, a table
//! of raw file descriptors, and the child processes behind `subprocess`.
//!
//! Errors are built the way CPython builds them, by calling
//! `OSError(errno, strerror, filename)`, whose constructor picks the subclass for the
//! errno (`FileNotFoundError`, `FileExistsError`, ...), so messages read
//! `[Errno 2] No such file or directory: 'x'`.
//!
//! Layout: this file holds the module table, the argument and error helpers every call
//! shares, and the identity/environment functions; `os_fs.rs` the file-system calls,
//! `os_fd.rs` the descriptor table (`os.open`/`read`/`write`/`close`), `os_process.rs`
//! child processes, `os_vfs.rs` the file system the interpreter's policy allows (real,
//! none, or in memory; `_io` opens files through it too). The types CPython writes as struct sequences (`stat_result`,
//! `uname_result`) and `DirEntry` are Python, in `PY_PART` below.

#[path = "os_fd.rs"]
pub mod fd;
#[path = "os_fs.rs"]
mod fs;
#[path = "os_process.rs"]
mod process;
#[path = "os_vfs.rs"]
pub(crate) mod vfs;

use crate::module::ModuleBuilder;
use ferropy_vm::heap::ObjRef;
use ferropy_vm::object::{Args, Payload};
use ferropy_vm::protocol::{attr, call, number};
use ferropy_vm::types::dict as pydict;
use ferropy_vm::vm::as_str;
use ferropy_vm::{PyErr, PyResult, Value, Vm};
use std::ffi::{OsStr, OsString};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::PathBuf;

pub fn init(vm: &Vm) -> PyResult<ObjRef> {
    let m = ModuleBuilder::new(vm, "posix");
    m.func("getpid", getpid)
        .func("getppid", getppid)
        .func("getuid", getuid)
        .func("geteuid", geteuid)
        .func("getgid", getgid)
        .func("getegid", getegid)
        .func("cpu_count", cpu_count)
        .func("strerror", strerror)
        .func("urandom", urandom)
        .func("putenv", putenv)
        .func("unsetenv", unsetenv)
        .func("_exit", exit_now)
        .func("_uname", uname)
        .func("fspath", fspath)
        .value("environ", Value::Obj(environ_dict(vm)?))
        .value("error", Value::Obj(vm.exc.os_error.clone()));
    fs::register(&m);
    fd::register(&m);
    process::register(&m);
    crate::run_python(vm, &m.module, "<posix>", PY_PART)?;
    let d = ferropy_vm::import::module_dict(&m.module).expect("module");
    if let Some(Value::Obj(t)) = pydict::get_str_key(vm, d, &vm.intern("stat_result")) {
        vm.set_lazy_type("posix.stat_result", t);
    }
    Ok(m.module.clone())
}

// ----- arguments -----------------------------------------------------------------------

/// A path argument converted as CPython's `path_converter` does: str, bytes, or an
/// `os.PathLike` whose `__fspath__` returns one of them.
pub(crate) struct PathArg {
    pub path: PathBuf,
    /// The str or bytes the path came from: what errors report as `filename`.
    pub obj: Value,
    /// Whether the path was bytes (calls returning names then return bytes too).
    pub bytes: bool,
}

/// What CPython's `path_converter` lists in its type error, per function family.
pub(crate) const PATH: &str = "string, bytes or os.PathLike";
pub(crate) const PATH_OR_FD: &str = "string, bytes, os.PathLike or integer";
pub(crate) const PATH_FD_OR_NONE: &str = "string, bytes, os.PathLike, integer or None";

/// Convert `v`, the argument `arg` of `func`; `accepts` words the type error.
pub(crate) fn path_arg(
    vm: &Vm,
    func: &str,
    arg: &str,
    v: &Value,
    accepts: &str,
) -> PyResult<PathArg> {
    let v = match str_or_bytes(v) {
        Some(_) => v.clone(),
        None => fspath_of(vm, v).map_err(|e| match e {
            FspathError::NotPathLike => vm.type_error(format!(
                "{func}: {arg} should be {accepts}, not {}",
                vm.type_name(v)
            )),
            FspathError::Raised(e) => e,
        })?,
    };
    let (raw, bytes) = match str_or_bytes(&v) {
        Some(r) => r,
        None => unreachable!("fspath_of returns str or bytes"),
    };
    if raw.contains(&0) {
        return Err(vm.value_error("embedded null byte"));
    }
    Ok(PathArg {
        path: PathBuf::from(OsStr::from_bytes(raw)),
        obj: v.clone(),
        bytes,
    })
}

/// The bytes of a str (UTF-8) or bytes object, and whether it was bytes.
pub(crate) fn str_or_bytes(v: &Value) -> Option<(&[u8], bool)> {
    if let Some(s) = as_str(v) {
        return Some((s.as_bytes(), false));
    }
    match v.as_obj().map(|o| o.payload()) {
        Some(Payload::Bytes(b)) => Some((b, true)),
        _ => None,
    }
}

/// Why `fspath_of` failed: the object has no `__fspath__` (callers word that error
/// themselves), or calling it raised.
enum FspathError {
    NotPathLike,
    Raised(PyErr),
}

/// `type(v).__fspath__(v)`, checked to be str or bytes (CPython's `PyOS_FSPath`).
fn fspath_of(vm: &Vm, v: &Value) -> Result<Value, FspathError> {
    let ty = vm.type_of(v);
    let f = ferropy_vm::types::lookup_str(vm, &ty, "__fspath__").ok_or(FspathError::NotPathLike)?;
    let r = call::call_method_value(vm, &f, v, &[]).map_err(FspathError::Raised)?;
    if str_or_bytes(&r).is_none() {
        return Err(FspathError::Raised(vm.type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            ferropy_vm::types::type_name(&ty),
            vm.type_name(&r)
        ))));
    }
    Ok(r)
}

/// `os.fspath(path)`.
fn fspath(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = call::parse_args(vm, "fspath", args, &["path"], 1)?;
    let v = a[0].clone().expect("required");
    if str_or_bytes(&v).is_some() {
        return Ok(v);
    }
    fspath_of(vm, &v).map_err(|e| match e {
        FspathError::NotPathLike => vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.type_name(&v)
        )),
        FspathError::Raised(e) => e,
    })
}

/// A name read from the file system, as str or (for bytes paths) bytes. Names that are
/// not UTF-8 are decoded lossily (CPython uses `surrogateescape`).
pub(crate) fn name_value(vm: &Vm, name: &OsStr, bytes: bool) -> Value {
    if bytes {
        vm.new_bytes(name.as_bytes().to_vec())
    } else {
        vm.new_string(name.to_string_lossy().into_owned())
    }
}

/// An integer argument through `__index__`, as a C `int`/`long` parameter reads it.
pub(crate) fn int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    if matches!(v, Value::Float(_)) || vm.is_instance(v, &vm.t.float) {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let i = number::index(vm, v)?;
    ferropy_vm::types::int::as_int(&i)
        .and_then(|i| i.to_i64())
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C long"))
}

/// Optional argument `i` from `parse_args`, treating an explicit None as absent.
pub(crate) fn opt(a: &[Option<Value>], i: usize) -> Option<&Value> {
    a.get(i).and_then(|v| v.as_ref()).filter(|v| !v.is_none())
}

/// An unsigned quantity from the OS as a Python int.
pub(crate) fn u64_value(vm: &Vm, n: u64) -> Value {
    match i64::try_from(n) {
        Ok(i) => Value::Int(i),
        Err(_) => ferropy_vm::types::int::from_bigint(vm, n.into()),
    }
}

// ----- errors --------------------------------------------------------------------------

/// The C library's message for `errno` (what `os.strerror` returns).
pub(crate) fn strerror_text(errno: i32) -> String {
    let s = std::io::Error::from_raw_os_error(errno).to_string();
    match s.rfind(" (os error") {
        Some(p) => s[..p].to_string(),
        None => s,
    }
}

/// The errno for an `io::Error` std made without one.
fn errno_of(e: &std::io::Error) -> i32 {
    use std::io::ErrorKind::*;
    e.raw_os_error().unwrap_or(match e.kind() {
        NotFound => 2,
        PermissionDenied => 13,
        AlreadyExists => 17,
        WouldBlock => 11,
        InvalidInput => 22,
        BrokenPipe => 32,
        Interrupted => 4,
        UnexpectedEof => 5,
        _ => 5,
    })
}

/// `OSError(errno, strerror[, filename])` for `e`, through the class's own constructor so
/// the errno picks the subclass.
pub(crate) fn os_error(vm: &Vm, e: &std::io::Error, filename: Option<&Value>) -> PyErr {
    errno_error(vm, errno_of(e), filename)
}

/// `OSError(errno, strerror(errno)[, filename])`.
pub(crate) fn errno_error(vm: &Vm, errno: i32, filename: Option<&Value>) -> PyErr {
    let mut args = vec![
        Value::Int(errno as i64),
        vm.new_string(strerror_text(errno)),
    ];
    if let Some(f) = filename {
        args.push(f.clone());
    }
    new_os_error(vm, &args)
}

fn new_os_error(vm: &Vm, args: &[Value]) -> PyErr {
    match call::call(vm, &Value::Obj(vm.exc.os_error.clone()), args) {
        Ok(Value::Obj(exc)) => PyErr { exc },
        Ok(_) => vm.system_error("OSError() did not return an exception"),
        Err(e) => e,
    }
}

/// An error naming two paths (`rename`, `link`, `symlink`): CPython's five-argument
/// `OSError(errno, strerror, filename, winerror, filename2)`, whose message ends
/// `'a' -> 'b'`. `filename2` is also set directly, for a constructor that drops it.
pub(crate) fn os_error2(vm: &Vm, e: &std::io::Error, f1: &Value, f2: &Value) -> PyErr {
    let errno = errno_of(e);
    let err = new_os_error(
        vm,
        &[
            Value::Int(errno as i64),
            vm.new_string(strerror_text(errno)),
            f1.clone(),
            Value::None,
            f2.clone(),
        ],
    );
    let _ = attr::set_attr(
        vm,
        &Value::Obj(err.exc.clone()),
        &vm.intern("filename2"),
        Some(f2.clone()),
    );
    err
}

// ----- identity ------------------------------------------------------------------------

fn getpid(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "getpid", &args, 0, 0)?;
    Ok(Value::Int(vm.pid.get() as i64))
}

fn getppid(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "getppid", &args, 0, 0)?;
    Ok(Value::Int(vm.ppid.get() as i64))
}

/// The real and effective ids from `/proc/self/status` (`Uid:`/`Gid:` lines list
/// real, effective, saved, file-system ids): std has no `getuid`.
pub(crate) fn proc_id(field: &str, which: usize) -> Option<i64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    line[field.len()..]
        .split_whitespace()
        .nth(which)?
        .parse()
        .ok()
}

macro_rules! id_fns {
    ($($f:ident, $name:literal, $field:literal, $which:expr;)*) => {$(
        fn $f(vm: &Vm, args: Args) -> PyResult<Value> {
            call::check_arity(vm, $name, &args, 0, 0)?;
            Ok(Value::Int(proc_id($field, $which).unwrap_or(0)))
        }
    )*};
}

id_fns! {
    getuid, "getuid", "Uid:", 0;
    geteuid, "geteuid", "Uid:", 1;
    getgid, "getgid", "Gid:", 0;
    getegid, "getegid", "Gid:", 1;
}

/// The effective uid (0 for root), for `access`.
pub(crate) fn effective_uid() -> Option<u32> {
    proc_id("Uid:", 1).map(|u| u as u32)
}

/// The number of online CPUs, as `sysconf(_SC_NPROCESSORS_ONLN)` counts them (not the
/// affinity mask, which `os.sched_getaffinity` would report).
fn cpu_count(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "cpu_count", &args, 0, 0)?;
    let online = std::fs::read_to_string("/sys/devices/system/cpu/online")
        .ok()
        .and_then(|s| count_cpu_list(s.trim()));
    let n = online.or_else(|| std::thread::available_parallelism().ok().map(|n| n.get()));
    Ok(match n {
        Some(n) => Value::Int(n as i64),
        None => Value::None,
    })
}

/// Count a kernel CPU list such as `0-3,6,8-9`.
fn count_cpu_list(s: &str) -> Option<usize> {
    let mut n = 0;
    for part in s.split(',') {
        match part.split_once('-') {
            Some((a, b)) => n += b.parse::<usize>().ok()? - a.parse::<usize>().ok()? + 1,
            None => {
                part.parse::<usize>().ok()?;
                n += 1;
            }
        }
    }
    (n > 0).then_some(n)
}

/// `(sysname, nodename, release, version, machine)` from `/proc/sys/kernel`, which
/// holds what `uname(2)` returns; `os.uname()` wraps it in `uname_result`.
fn uname(vm: &Vm, _args: Args) -> PyResult<Value> {
    let read = |f: &str| {
        std::fs::read_to_string(format!("/proc/sys/kernel/{f}"))
            .map(|s| s.trim_end_matches('\n').to_string())
            .unwrap_or_default()
    };
    let fields = [
        read("ostype"),
        read("hostname"),
        read("osrelease"),
        read("version"),
        std::env::consts::ARCH.to_string(),
    ];
    Ok(vm.new_tuple(fields.into_iter().map(|s| vm.new_string(s)).collect()))
}

fn strerror(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "strerror", &args, 1, 1)?;
    let code = int_arg(vm, &args.pos[0])?;
    let code = i32::try_from(code)
        .map_err(|_| vm.overflow_error("signed integer is greater than maximum"))?;
    Ok(vm.new_string(strerror_text(code)))
}

/// `os.urandom(n)`: bytes from the kernel's random source.
fn urandom(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "urandom", &args, 1, 1)?;
    let n = int_arg(vm, &args.pos[0])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    let r = vm.allow_threads("urandom", move || {
        use std::io::Read;
        std::fs::File::open("/dev/urandom")
            .and_then(|mut f| f.read_exact(&mut buf))
            .map(|_| buf)
    });
    match r {
        Ok(buf) => Ok(vm.new_bytes(buf)),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

/// `os._exit(status)`: end the process now, without cleanup.
fn exit_now(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "_exit", &args, 1, 1)?;
    let code = int_arg(vm, &args.pos[0])?;
    vm.flush_stdout();
    std::process::exit(code as i32)
}

// ----- environment ---------------------------------------------------------------------

/// `posix.environ`: the environment at import as a dict of bytes to bytes, as in CPython
/// (`os.environ` decodes it and writes changes through `putenv`).
fn environ_dict(vm: &Vm) -> PyResult<ObjRef> {
    let d = vm.new_dict();
    for (k, v) in std::env::vars_os() {
        pydict::set_item(
            vm,
            &d,
            vm.new_bytes(k.into_vec()),
            vm.new_bytes(v.into_vec()),
        )?;
    }
    Ok(d)
}

/// A name or value for `putenv`: str, bytes or PathLike, without NUL bytes.
fn env_arg(vm: &Vm, func: &str, v: &Value) -> PyResult<OsString> {
    let p = path_arg(vm, func, "argument", v, PATH).map_err(|e| {
        if vm.err_matches(&e, &vm.exc.type_error) && str_or_bytes(v).is_none() {
            vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(v)
            ))
        } else {
            e
        }
    })?;
    Ok(p.path.into_os_string())
}

fn putenv(vm: &Vm, args: Args) -> PyResult<Value> {
    call::no_kwargs(vm, "putenv", &args)?;
    call::check_arity(vm, "putenv", &args, 2, 2)?;
    let key = env_arg(vm, "putenv", &args.pos[0])?;
    let value = env_arg(vm, "putenv", &args.pos[1])?;
    if key.as_bytes().contains(&b'=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    if key.is_empty() {
        // What `setenv(3)` says about an empty name.
        return Err(errno_error(vm, 22, None));
    }
    std::env::set_var(key, value);
    Ok(Value::None)
}

fn unsetenv(vm: &Vm, args: Args) -> PyResult<Value> {
    call::no_kwargs(vm, "unsetenv", &args)?;
    call::check_arity(vm, "unsetenv", &args, 1, 1)?;
    let key = env_arg(vm, "unsetenv", &args.pos[0])?;
    if key.is_empty() || key.as_bytes().contains(&b'=') {
        // `unsetenv(3)` rejects these names with EINVAL.
        return Err(errno_error(vm, 22, None));
    }
    std::env::remove_var(key);
    Ok(Value::None)
}

/// The Python-written part of `posix`: the struct sequences and `scandir`'s types.
const PY_PART: &str = r#"
from _structseq import field as _field


class stat_result(tuple):
    """stat_result: Result from stat, fstat, or lstat.

This object may be accessed either as a tuple of
  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)
or via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on."""
    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
              'st_size', 'st_atime', 'st_mtime', 'st_ctime')
    _extra = ('st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns',
              'st_ctime_ns', 'st_blksize', 'st_blocks', 'st_rdev')

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) < 10:
            raise TypeError("os.stat_result() takes an at least 10-sequence (%d-sequence given)" % len(seq))
        if len(seq) > 19:
            raise TypeError("os.stat_result() takes an at most 19-sequence (%d-sequence given)" % len(seq))
        self = tuple.__new__(cls, seq[:10])
        extra = seq[10:]
        for i, name in enumerate(cls._extra):
            if i < len(extra):
                v = extra[i]
            elif dict is not None:
                v = dict.get(name)
            else:
                v = None
            self.__dict__['_' + name] = v
        return self

    st_mode = _field(0)
    st_ino = _field(1)
    st_dev = _field(2)
    st_nlink = _field(3)
    st_uid = _field(4)
    st_gid = _field(5)
    st_size = _field(6)
    st_atime = _field('_st_atime', 7)
    st_mtime = _field('_st_mtime', 8)
    st_ctime = _field('_st_ctime', 9)
    st_atime_ns = _field('_st_atime_ns')
    st_mtime_ns = _field('_st_mtime_ns')
    st_ctime_ns = _field('_st_ctime_ns')
    st_blksize = _field('_st_blksize')
    st_blocks = _field('_st_blocks')
    st_rdev = _field('_st_rdev')

    def __repr__(self):
        return "os.stat_result(%s)" % ", ".join(
            "%s=%r" % (n, v) for n, v in zip(self._names, self))

    def __reduce__(self):
        return (stat_result, (tuple(self), {n: getattr(self, n) for n in self._extra}))

stat_result.__module__ = 'os'


class uname_result(tuple):
    """uname_result: Result from os.uname()."""
    n_sequence_fields = 5
    n_fields = 5
    n_unnamed_fields = 0
    _names = ('sysname', 'nodename', 'release', 'version', 'machine')

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) != 5:
            raise TypeError("os.uname_result() takes a 5-sequence (%d-sequence given)" % len(seq))
        return tuple.__new__(cls, seq)

    sysname = _field(0)
    nodename = _field(1)
    release = _field(2)
    version = _field(3)
    machine = _field(4)

    def __repr__(self):
        return "posix.uname_result(%s)" % ", ".join(
            "%s=%r" % (n, v) for n, v in zip(self._names, self))

uname_result.__module__ = 'posix'


def uname():
    """Return an object identifying the current operating system."""
    return uname_result(_uname())


_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000


class DirEntry:
    "An entry of os.scandir(): a name, its path, and cached type information."
    __slots__ = ('name', 'path', '_kind', '_inode', '_stat', '_lstat')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    @classmethod
    def _make(cls, name, path, kind, inode):
        self = object.__new__(cls)
        self.name = name
        self.path = path
        self._kind = kind
        self._inode = inode
        self._stat = None
        self._lstat = None
        return self

    def is_symlink(self):
        return self._kind == 3

    def is_dir(self, *, follow_symlinks=True):
        if self._kind == 3 and follow_symlinks:
            try:
                return self.stat()[0] & _S_IFMT == _S_IFDIR
            except FileNotFoundError:
                return False
        return self._kind == 1

    def is_file(self, *, follow_symlinks=True):
        if self._kind == 3 and follow_symlinks:
            try:
                return self.stat()[0] & _S_IFMT == _S_IFREG
            except FileNotFoundError:
                return False
        return self._kind == 2

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks and self._kind == 3:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def inode(self):
        return self._inode

    def is_junction(self):
        return False

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)

    def __class_getitem__(cls, item):
        return cls

DirEntry.__module__ = 'posix'


class ScandirIterator:
    "The iterator os.scandir() returns (a context manager closing it)."
    def __init__(self, entries):
        self._entries = entries
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        entries = self._entries
        if entries is None or self._pos >= len(entries):
            self._entries = None
            raise StopIteration
        e = entries[self._pos]
        self._pos += 1
        return e

    def close(self):
        self._entries = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

ScandirIterator.__module__ = 'posix'


def scandir(path=None):
    """Return an iterator of DirEntry objects for given path."""
    listing = _scandir(path)
    prefix = '.' if path is None else fspath(path)
    entries = []
    for name, kind, inode in listing:
        if isinstance(prefix, bytes):
            full = prefix + name if prefix.endswith(b'/') else prefix + b'/' + name
        else:
            full = prefix + name if prefix.endswith('/') else prefix + '/' + name
        entries.append(DirEntry._make(name, full, kind, inode))
    return ScandirIterator(entries)


def WIFEXITED(status):
    return status & 0x7f == 0

def WEXITSTATUS(status):
    return (status >> 8) & 0xff

def WIFSIGNALED(status):
    return status & 0x7f != 0 and status & 0x7f != 0x7f

def WTERMSIG(status):
    return status & 0x7f

def WIFSTOPPED(status):
    return status & 0xff == 0x7f

def WSTOPSIG(status):
    return (status >> 8) & 0xff

def waitstatus_to_exitcode(status):
    if WIFEXITED(status):
        return WEXITSTATUS(status)
    if WIFSIGNALED(status):
        return -WTERMSIG(status)
    raise ValueError("invalid wait status: %d" % status)
"#;
