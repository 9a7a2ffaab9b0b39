//! `FileIO` (CPython `Modules/_io/fileio.c`): the raw layer, one system call per
//! operation on an OS file, and the `raw_*` helpers through which the buffered layer
//! drives any raw stream (directly for a `FileIO`, by method calls otherwise).
//!
//! The handle is an `Arc<File>` so that a read or write can run with the GIL released
//! (`Vm::allow_threads`): the closure owns a clone of the `Arc` and nothing from the heap.
//! Closing drops this object's `Arc`; the descriptor closes when the last in-flight
//! operation finishes with it.
//!
//! In a sandboxed interpreter (`vm.fs_policy` `Deny` or `Memory`) the handle may instead
//! be a file in the interpreter's `MemFs`; `io_file_mem.rs` opens and drives those, and
//! the methods here hand over to it at their first step. The buffered and text layers
//! above never see the difference.

use super::file_mem;
use super::{int_arg, os_error, rest, this, this_value, unsupported};
use crate::os::vfs::{self, Handle};
use ferropy_vm::heap::ObjRef;
use ferropy_vm::object::{Args, ExtPayload, NativeFn, Payload};
use ferropy_vm::protocol::{attr, call, number, repr};
use ferropy_vm::types::{self, add_getset, type_name};
use ferropy_vm::vm::as_str;
use ferropy_vm::{PyResult, Value, Vm};
use std::cell::{Cell, RefCell};
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::fd::AsRawFd;
use std::path::PathBuf;
use std::sync::Arc;

pub(super) const DOC: &str = "Open a file.\n\n\
The mode can be 'r' (default), 'w', 'x' or 'a' for reading,\n\
writing, exclusive creation or appending.  The file will be created if it\n\
doesn't exist when opened for writing or appending; it will be truncated\n\
when opened for writing.  A FileExistsError will be raised if it already\n\
exists when opened for creating. Opening a file for creating implies\n\
writing so this mode behaves in a similar way to 'w'.Add a '+' to the mode\n\
to allow simultaneous reading and writing. A custom opener can be used by\n\
passing a callable as *opener*. The underlying file descriptor for the file\n\
object is then obtained by calling opener with (*name*, *flags*).\n\
*opener* must return an open file descriptor (passing os.open as *opener*\n\
results in functionality similar to passing None).";

/// A `FileIO` object's state.
pub(super) struct FileIO {
    /// The open handle; `None` once closed (or before `__init__`).
    pub(super) file: RefCell<Option<Handle>>,
    /// The descriptor number `fileno()` reports (the caller's number for `open(fd)`).
    fd: Cell<i32>,
    pub(super) readable: Cell<bool>,
    pub(super) writable: Cell<bool>,
    appending: Cell<bool>,
    created: Cell<bool>,
    closefd: Cell<bool>,
    /// -1 unknown, else whether `lseek` works (cached like CPython's `seekable`).
    seekable: Cell<i8>,
    pub(super) blksize: Cell<i64>,
}

impl ExtPayload for FileIO {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl FileIO {
    fn empty() -> FileIO {
        FileIO {
            file: RefCell::new(None),
            fd: Cell::new(-1),
            readable: Cell::new(false),
            writable: Cell::new(false),
            appending: Cell::new(false),
            created: Cell::new(false),
            closefd: Cell::new(true),
            seekable: Cell::new(-1),
            blksize: Cell::new(0),
        }
    }

    /// The open handle, or CPython's closed-file ValueError (no period for FileIO).
    pub(super) fn handle(&self, vm: &Vm) -> PyResult<Handle> {
        self.file
            .borrow()
            .clone()
            .ok_or_else(|| vm.value_error("I/O operation on closed file"))
    }

    pub(super) fn is_closed(&self) -> bool {
        self.file.borrow().is_none()
    }

    /// CPython's `mode_string`.
    fn mode(&self) -> &'static str {
        let (r, w) = (self.readable.get(), self.writable.get());
        if self.created.get() {
            if r {
                "xb+"
            } else {
                "xb"
            }
        } else if self.appending.get() {
            if r {
                "ab+"
            } else {
                "ab"
            }
        } else if r && w {
            "rb+"
        } else if r {
            "rb"
        } else {
            "wb"
        }
    }

    /// `read(n)`; `None` when the call would block.
    pub(super) fn read(&self, vm: &Vm, n: i64) -> PyResult<Option<Vec<u8>>> {
        let f = self.handle(vm)?;
        if !self.readable.get() {
            return Err(unsupported(vm, "File not open for reading"));
        }
        if n < 0 {
            return self.readall(vm);
        }
        let n = n as usize;
        let f = match f {
            Handle::Os(f) => f,
            Handle::Mem(m) => return file_mem::read(vm, &m, n).map(Some),
        };
        let (buf, r) = vm.allow_threads("file read", move || {
            // Never allocate more than the read can return: a regular file's remaining
            // length (plus one byte to see EOF), else 1 MiB per call (a short read).
            let cap = match (f.metadata(), (&*f).stream_position()) {
                (Ok(m), Ok(pos)) if m.is_file() => {
                    (m.len().saturating_sub(pos) as usize).saturating_add(1)
                }
                _ => 1 << 20,
            };
            let mut buf = vec![0u8; n.min(cap.max(1))];
            let r = loop {
                match (&*f).read(&mut buf) {
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    r => break r,
                }
            };
            (buf, r)
        });
        match r {
            Ok(got) => {
                let mut buf = buf;
                buf.truncate(got);
                Ok(Some(buf))
            }
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => Ok(None),
            Err(e) => Err(os_error(vm, &e, None)),
        }
    }

    /// `readall()`: everything up to EOF, sized from the file's length when it is known.
    pub(super) fn readall(&self, vm: &Vm) -> PyResult<Option<Vec<u8>>> {
        let f = match self.handle(vm)? {
            Handle::Os(f) => f,
            Handle::Mem(m) => return file_mem::readall(vm, &m).map(Some),
        };
        let r = vm.allow_threads("file read", move || {
            let mut f = &*f;
            let hint = f
                .metadata()
                .ok()
                .and_then(|m| {
                    let pos = f.stream_position().ok()?;
                    Some(m.len().saturating_sub(pos) as usize)
                })
                .unwrap_or(0);
            let mut out = Vec::with_capacity(hint + 1);
            loop {
                match f.read_to_end(&mut out) {
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(e) if e.kind() == std::io::ErrorKind::WouldBlock && !out.is_empty() => {
                        break Ok(out)
                    }
                    Err(e) => break Err(e),
                    Ok(_) => break Ok(out),
                }
            }
        });
        match r {
            Ok(out) => Ok(Some(out)),
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => Ok(None),
            Err(e) => Err(os_error(vm, &e, None)),
        }
    }

    /// `write(b)`: one `write` system call; the count written, or `None` if it would block.
    pub(super) fn write(&self, vm: &Vm, data: &[u8]) -> PyResult<Option<usize>> {
        let f = self.handle(vm)?;
        if !self.writable.get() {
            return Err(unsupported(vm, "File not open for writing"));
        }
        let f = match f {
            Handle::Os(f) => f,
            Handle::Mem(m) => return file_mem::write(vm, &m, data).map(Some),
        };
        let data = data.to_vec();
        let r = vm.allow_threads("file write", move || loop {
            match (&*f).write(&data) {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                r => break r,
            }
        });
        match r {
            Ok(n) => Ok(Some(n)),
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => Ok(None),
            Err(e) => Err(os_error(vm, &e, None)),
        }
    }

    /// `seek(pos, whence)`: `lseek`, with the OS's own errors for bad arguments.
    pub(super) fn seek(&self, vm: &Vm, pos: i64, whence: i64) -> PyResult<i64> {
        let f = self.handle(vm)?;
        let target = match whence {
            0 if pos >= 0 => SeekFrom::Start(pos as u64),
            1 => SeekFrom::Current(pos),
            2 => SeekFrom::End(pos),
            _ => return Err(os_error(vm, &std::io::Error::from_raw_os_error(22), None)),
        };
        let r = match f {
            Handle::Os(f) => (&*f).seek(target),
            Handle::Mem(m) => m.seek(target),
        };
        match r {
            Ok(p) => Ok(p as i64),
            Err(e) => Err(os_error(vm, &e, None)),
        }
    }

    pub(super) fn truncate(&self, vm: &Vm, size: Option<i64>) -> PyResult<i64> {
        let f = self.handle(vm)?;
        if !self.writable.get() {
            return Err(unsupported(vm, "File not open for writing"));
        }
        let size = match size {
            Some(s) => s,
            None => self.seek(vm, 0, 1)?,
        };
        if size < 0 {
            return Err(os_error(vm, &std::io::Error::from_raw_os_error(22), None));
        }
        let r = match f {
            Handle::Os(f) => vm.allow_threads("file truncate", move || f.set_len(size as u64)),
            Handle::Mem(m) => m.set_len(size as u64),
        };
        r.map_err(|e| os_error(vm, &e, None))?;
        Ok(size)
    }

    pub(super) fn is_seekable(&self, vm: &Vm) -> PyResult<bool> {
        let f = self.handle(vm)?;
        if self.seekable.get() < 0 {
            let ok = match f {
                Handle::Os(f) => (&*f).stream_position().is_ok(),
                Handle::Mem(_) => true,
            };
            self.seekable.set(ok as i8);
        }
        Ok(self.seekable.get() == 1)
    }

    pub(super) fn isatty(&self, vm: &Vm) -> PyResult<bool> {
        Ok(match self.handle(vm)? {
            Handle::Os(f) => std::io::IsTerminal::is_terminal(&*f),
            Handle::Mem(_) => false,
        })
    }

    /// Drop the handle (closing the descriptor when no operation still uses it); a
    /// `MemFs` file also leaves the descriptor table.
    fn close_handle(&self, vm: &Vm) {
        let f = self.file.borrow_mut().take();
        if let Some(Handle::Mem(m)) = &f {
            crate::os::fd::release_mem(vm, self.fd.get(), m);
        }
        drop(f);
        self.fd.set(-1);
    }
}

pub(super) fn fill(vm: &Vm, ty: &ObjRef) {
    types::add_new(vm, ty, fileio_new);
    super::methods(
        vm,
        ty,
        &[
            ("__init__", fileio_init as NativeFn),
            ("read", fileio_read),
            ("readall", fileio_readall),
            ("readinto", fileio_readinto),
            ("write", fileio_write),
            ("seek", fileio_seek),
            ("tell", fileio_tell),
            ("truncate", fileio_truncate),
            ("close", fileio_close),
            ("seekable", fileio_seekable),
            ("readable", fileio_readable),
            ("writable", fileio_writable),
            ("fileno", fileio_fileno),
            ("isatty", fileio_isatty),
            ("__repr__", fileio_repr),
        ],
    );
    add_getset(vm, ty, "closed", fileio_closed, None);
    add_getset(vm, ty, "closefd", fileio_closefd, None);
    add_getset(vm, ty, "mode", fileio_mode, None);
    add_getset(vm, ty, "_blksize", fileio_blksize, None);
}

/// What `open()`/`FileIO()` was asked to open.
pub(super) enum Target {
    Path { name: Value, path: PathBuf },
    Fd(i64),
}

/// Classify the `file` argument: an int is a descriptor; str, bytes or an `os.PathLike`
/// is a path (CPython: `PyNumber_Check`, then `PyOS_FSPath`).
pub(super) fn target_of(vm: &Vm, file: &Value) -> PyResult<Target> {
    if let Some(i) = types::int::as_int(file) {
        let n = i
            .to_i64()
            .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int"))?;
        return Ok(Target::Fd(n));
    }
    let mut name = file.clone();
    if as_str(&name).is_none() && !is_bytes(&name) {
        if let Some(f) = types::lookup_str(vm, &vm.type_of(&name), "__fspath__") {
            name = call::call_method_value(vm, &f, file, &[])?;
        }
    }
    let path = if let Some(s) = as_str(&name) {
        if s.contains('\0') {
            return Err(vm.value_error("embedded null byte"));
        }
        PathBuf::from(s)
    } else if is_bytes(&name) {
        let b = super::bytes_arg(vm, &name)?;
        if b.contains(&0) {
            return Err(vm.value_error("embedded null byte"));
        }
        PathBuf::from(<std::ffi::OsStr as std::os::unix::ffi::OsStrExt>::from_bytes(&b))
    } else {
        return Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.type_name(file)
        )));
    };
    Ok(Target::Path { name, path })
}

fn is_bytes(v: &Value) -> bool {
    matches!(v.as_obj().map(|o| o.payload()), Some(Payload::Bytes(_)))
}

/// The access a FileIO mode string asks for (CPython's `_io_FileIO___init___impl`).
#[derive(Default)]
pub(super) struct RawMode {
    pub(super) readable: bool,
    pub(super) writable: bool,
    appending: bool,
    created: bool,
    truncate: bool,
}

fn parse_raw_mode(vm: &Vm, mode: &str) -> PyResult<RawMode> {
    let mut m = RawMode::default();
    let (mut rwa, mut plus) = (false, false);
    let bad = || {
        vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        )
    };
    for c in mode.chars() {
        match c {
            'x' | 'r' | 'w' | 'a' => {
                if rwa {
                    return Err(bad());
                }
                rwa = true;
                match c {
                    'x' => {
                        m.created = true;
                        m.writable = true;
                    }
                    'r' => m.readable = true,
                    'w' => {
                        m.writable = true;
                        m.truncate = true;
                    }
                    _ => {
                        m.writable = true;
                        m.appending = true;
                    }
                }
            }
            '+' => {
                if plus {
                    return Err(bad());
                }
                m.readable = true;
                m.writable = true;
                plus = true;
            }
            'b' => {}
            _ => return Err(vm.value_error(format!("invalid mode: {mode}"))),
        }
    }
    if !rwa {
        return Err(bad());
    }
    Ok(m)
}

/// The `os.open` flags CPython passes to an opener for this mode (Linux values).
pub(super) fn open_flags(m: &RawMode) -> i64 {
    let mut flags: i64 = if m.readable && m.writable {
        2
    } else if m.readable {
        0
    } else {
        1
    };
    if m.created {
        flags |= 64 | 128;
    }
    if m.truncate {
        flags |= 64 | 512;
    }
    if m.appending {
        flags |= 64 | 1024;
    }
    flags | 524288
}

/// A `File` for descriptor `n`, which this process already has open. The crate has no
/// `unsafe` to adopt a raw descriptor, so the standard streams are duplicated through
/// their safe handles and others are reopened through `/dev/fd`.
pub(super) fn file_for_fd(n: i64, m: &RawMode) -> std::io::Result<File> {
    use std::os::fd::AsFd;
    let owned = match n {
        0 => Some(std::io::stdin().as_fd().try_clone_to_owned()?),
        1 => Some(std::io::stdout().as_fd().try_clone_to_owned()?),
        2 => Some(std::io::stderr().as_fd().try_clone_to_owned()?),
        _ => None,
    };
    if let Some(fd) = owned {
        return Ok(File::from(fd));
    }
    std::fs::OpenOptions::new()
        .read(m.readable)
        .write(m.writable && !m.appending)
        .append(m.appending)
        .open(format!("/dev/fd/{n}"))
}

/// Open `target` into the (empty) FileIO `obj`.
fn open_into(
    vm: &Vm,
    obj: &Value,
    target: Target,
    mode: &str,
    closefd: bool,
    opener: Value,
) -> PyResult<()> {
    let st = this_value::<FileIO>(vm, obj, "FileIO")?;
    if !st.is_closed() {
        if st.closefd.get() {
            st.close_handle(vm);
        } else {
            st.file.borrow_mut().take();
        }
    }
    let m = parse_raw_mode(vm, mode)?;
    if let Target::Fd(n) = target {
        if n < 0 {
            return Err(vm.value_error("negative file descriptor"));
        }
    }
    if matches!(target, Target::Path { .. }) && !closefd {
        return Err(vm.value_error("Cannot use closefd=False with file name"));
    }
    let fs = vfs::of(vm);
    let (handle, name, fd, blksize) = if fs.is_real() {
        open_real(vm, target, &m, opener)?
    } else {
        file_mem::open(vm, &fs, target, &m, closefd, opener)?
    };
    st.readable.set(m.readable);
    st.writable.set(m.writable);
    st.appending.set(m.appending);
    st.created.set(m.created);
    st.closefd.set(closefd);
    st.seekable.set(-1);
    st.blksize.set(if blksize > 1 {
        blksize
    } else {
        super::DEFAULT_BUFFER_SIZE as i64
    });
    st.fd.set(fd);
    *st.file.borrow_mut() = Some(handle);
    attr::set_attr(vm, obj, &vm.intern("name"), Some(name))?;
    if m.appending {
        // CPython seeks to the end at once so that tell() is right before any write.
        let _ = st.seek(vm, 0, 2);
    }
    Ok(())
}

/// Open `target` on the real file system: the handle, the name, the descriptor number
/// `fileno()` reports, and the block size.
fn open_real(
    vm: &Vm,
    target: Target,
    m: &RawMode,
    opener: Value,
) -> PyResult<(Handle, Value, i32, i64)> {
    let (file, name, fdnum) = match target {
        Target::Fd(n) => {
            let f = file_for_fd(n, m).map_err(|e| os_error(vm, &e, None))?;
            (f, Value::Int(n), Some(n as i32))
        }
        Target::Path { name, path } => {
            if !opener.is_none() {
                let fd = call::call(vm, &opener, &[name.clone(), Value::Int(open_flags(m))])?;
                let Some(fd) = types::int::as_int(&fd).and_then(|i| i.to_i64()) else {
                    return Err(vm.type_error("expected integer from opener"));
                };
                if fd < 0 {
                    return Err(vm.value_error(format!("opener returned {fd}")));
                }
                let f = file_for_fd(fd, m).map_err(|e| os_error(vm, &e, Some(&name)))?;
                // The opener's own descriptor is closed through `os.close` when available;
                // ferropy then uses the reopened one.
                if let Ok(os) = ferropy_vm::import::import_module(vm, "posix") {
                    let _ = call::call_method(vm, &os, "close", &[Value::Int(fd)]);
                }
                (f, name, None)
            } else {
                let mut o = std::fs::OpenOptions::new();
                o.read(m.readable);
                if m.appending {
                    o.append(true).create(true);
                } else if m.created {
                    o.write(true).create_new(true);
                } else if m.truncate {
                    o.write(true).create(true).truncate(true);
                } else {
                    o.write(m.writable);
                }
                // Opening can block (a FIFO waits for its other end): release the GIL
                // like CPython's `_io_FileIO___init___impl`.
                let f = vm
                    .allow_threads("file open", move || o.open(&path))
                    .map_err(|e| os_error(vm, &e, Some(&name)))?;
                (f, name, None)
            }
        }
    };
    let meta = file.metadata().map_err(|e| os_error(vm, &e, Some(&name)))?;
    if meta.is_dir() {
        return Err(os_error(
            vm,
            &std::io::Error::from_raw_os_error(21),
            Some(&name),
        ));
    }
    let blksize = std::os::unix::fs::MetadataExt::blksize(&meta) as i64;
    let fd = fdnum.unwrap_or_else(|| file.as_raw_fd());
    Ok((Handle::Os(Arc::new(file)), name, fd, blksize))
}

/// `FileIO(target, rawmode, closefd, opener)` for `open()`.
pub(super) fn open_raw(
    vm: &Vm,
    cls: &ObjRef,
    target: Target,
    mode: &str,
    closefd: bool,
    opener: Value,
) -> PyResult<Value> {
    let obj = Value::Obj(ObjRef::new(
        Some(cls.clone()),
        Payload::Ext(Box::new(FileIO::empty())),
    ));
    open_into(vm, &obj, target, mode, closefd, opener)?;
    Ok(obj)
}

fn fileio_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let Some(cls) = args.pos.first().and_then(types::as_type) else {
        return Err(vm.type_error("FileIO.__new__(X): X is not a type object"));
    };
    Ok(Value::Obj(ObjRef::new(
        Some(cls.clone()),
        Payload::Ext(Box::new(FileIO::empty())),
    )))
}

/// `FileIO.__init__(file, mode='r', closefd=True, opener=None)`.
fn fileio_init(vm: &Vm, args: Args) -> PyResult<Value> {
    this::<FileIO>(vm, &args, "FileIO", "__init__")?;
    let a = call::parse_args(
        vm,
        "FileIO",
        rest(&args),
        &["file", "mode", "closefd", "opener"],
        1,
    )?;
    let file = a[0].clone().expect("required");
    let mode = match &a[1] {
        None => "r".to_string(),
        Some(v) => as_str(v)
            .ok_or_else(|| {
                vm.type_error(format!(
                    "FileIO() argument 'mode' must be str, not {}",
                    vm.type_name(v)
                ))
            })?
            .to_string(),
    };
    let closefd = match &a[2] {
        None => true,
        Some(v) => number::truthy(vm, v)?,
    };
    let opener = a[3].clone().unwrap_or(Value::None);
    let target = target_of(vm, &file)?;
    open_into(vm, &args.pos[0], target, &mode, closefd, opener)?;
    Ok(Value::None)
}

fn fileio_read(vm: &Vm, args: Args) -> PyResult<Value> {
    let st = this::<FileIO>(vm, &args, "FileIO", "read")?;
    let n = super::opt_size(vm, &args, "read")?;
    Ok(match st.read(vm, n)? {
        Some(b) => vm.new_bytes(b),
        None => Value::None,
    })
}

fn fileio_readall(vm: &Vm, args: Args) -> PyResult<Value> {
    let st = this::<FileIO>(vm, &args, "FileIO", "readall")?;
    Ok(match st.readall(vm)? {
        Some(b) => vm.new_bytes(b),
        None => Value::None,
    })
}

fn fileio_readinto(vm: &Vm, args: Args) -> PyResult<Value> {
    let st = this::<FileIO>(vm, &args, "FileIO", "readinto")?;
    let a = rest(&args);
    call::check_arity(vm, "readinto", &a, 1, 1)?;
    st.handle(vm)?;
    let n = super::buffer_len(vm, &a.pos[0])?;
    match st.read(vm, n as i64)? {
        Some(b) => {
            super::fill_buffer(vm, &a.pos[0], &b)?;
            Ok(Value::Int(b.len() as i64))
        }
        None => Ok(Value::None),
    }
}

fn fileio_write(vm: &Vm, args: Args) -> PyResult<Value> {
    let st = this::<FileIO>(vm, &args, "FileIO", "write")?;
    let a = rest(&args);
    call::check_arity(vm, "write", &a, 1, 1)?;
    st.handle(vm)?;
    let data = super::bytes_arg(vm, &a.pos[0])?;
    Ok(match st.write(vm, &data)? {
        Some(n) => Value::Int(n as i64),
        None => Value::None,
    })
}

fn fileio_seek(vm: &Vm, args: Args) -> PyResult<Value> {
    let st = this::<FileIO>(vm, &args, "FileIO", "seek")?;
    let a = rest(&args);
    call::check_arity(vm, "seek", &a, 1, 2)?;
    st.handle(vm)?;
    let pos = int_arg(vm, &a.pos[0])?;
    let whence = match a.pos.get(1) {
        Some(w) => int_arg(vm, w)?,
        None => 0,
    };
    Ok(Value::Int(st.seek(vm, pos, whence)?))
}

fn fileio_tell(vm: &Vm, args: Args) -> PyResult<Value> {
    let st = this::<FileIO>(vm, &args, "FileIO", "tell")?;
    Ok(Value::Int(st.seek(vm, 0, 1)?))
}

fn fileio_truncate(vm: &Vm, args: Args) -> PyResult<Value> {
    let st = this::<FileIO>(vm, &args, "FileIO", "truncate")?;
    let a = rest(&args);
    call::check_arity(vm, "truncate", &a, 0, 1)?;
    st.handle(vm)?;
    let size = match a.pos.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(int_arg(vm, v)?),
    };
    Ok(Value::Int(st.truncate(vm, size)?))
}

fn fileio_close(vm: &Vm, args: Args) -> PyResult<Value> {
    let st = this::<FileIO>(vm, &args, "FileIO", "close")?;
    if !st.is_closed() {
        super::base::set_closed_flag(vm, &args.pos[0])?;
    }
    if st.closefd.get() {
        st.close_handle(vm);
    } else {
        st.file.borrow_mut().take();
        st.fd.set(-1);
    }
    Ok(Value::None)
}

fn fileio_seekable(vm: &Vm, args: Args) -> PyResult<Value> {
    let st = this::<FileIO>(vm, &args, "FileIO", "seekable")?;
    Ok(Value::Bool(st.is_seekable(vm)?))
}

fn fileio_readable(vm: &Vm, args: Args) -> PyResult<Value> {
    let st = this::<FileIO>(vm, &args, "FileIO", "readable")?;
    st.handle(vm)?;
    Ok(Value::Bool(st.readable.get()))
}

fn fileio_writable(vm: &Vm, args: Args) -> PyResult<Value> {
    let st = this::<FileIO>(vm, &args, "FileIO", "writable")?;
    st.handle(vm)?;
    Ok(Value::Bool(st.writable.get()))
}

fn fileio_fileno(vm: &Vm, args: Args) -> PyResult<Value> {
    let st = this::<FileIO>(vm, &args, "FileIO", "fileno")?;
    st.handle(vm)?;
    Ok(Value::Int(st.fd.get() as i64))
}

fn fileio_isatty(vm: &Vm, args: Args) -> PyResult<Value> {
    let st = this::<FileIO>(vm, &args, "FileIO", "isatty")?;
    Ok(Value::Bool(st.isatty(vm)?))
}

fn fileio_closed(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(
        this_value::<FileIO>(vm, v, "FileIO")?.is_closed(),
    ))
}

fn fileio_closefd(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(
        this_value::<FileIO>(vm, v, "FileIO")?.closefd.get(),
    ))
}

fn fileio_mode(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_str(this_value::<FileIO>(vm, v, "FileIO")?.mode()))
}

fn fileio_blksize(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(
        this_value::<FileIO>(vm, v, "FileIO")?.blksize.get(),
    ))
}

/// `<_io.FileIO name='x' mode='rb' closefd=True>`, `<_io.FileIO [closed]>`.
fn fileio_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let st = this::<FileIO>(vm, &args, "FileIO", "__repr__")?;
    let s = &args.pos[0];
    let tname = type_name(&vm.type_of(s));
    if st.is_closed() {
        return Ok(vm.new_string(format!("<{tname} [closed]>")));
    }
    let closefd = if st.closefd.get() { "True" } else { "False" };
    let text = match attr::get_attr_str(vm, s, "name") {
        Ok(name) => format!(
            "<{tname} name={} mode='{}' closefd={closefd}>",
            repr::repr(vm, &name)?,
            st.mode()
        ),
        Err(e) if vm.err_matches(&e, &vm.exc.attribute_error) => format!(
            "<{tname} fd={} mode='{}' closefd={closefd}>",
            st.fd.get(),
            st.mode()
        ),
        Err(e) => return Err(e),
    };
    Ok(vm.new_string(text))
}
