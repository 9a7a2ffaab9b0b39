//! `FileIO` in a sandboxed interpreter (file-system policy `Deny` or `Memory`): how a
//! target is opened there, and reading and writing `MemFs` files.
//!
//! What may be opened: the standard streams by descriptor (0-2: the host set them up),
//! `MemFs` files by path (Memory), and descriptors `os.open` made in the `MemFs`. A path
//! under Deny fails with `PermissionError: [Errno 13] Permission denied: 'path'`, as
//! does any other descriptor (it would be one of the host's own files); under Memory an
//! unknown descriptor is EBADF.
//!
//! A `MemFs` file opened by path is listed in `posix`'s descriptor table under the
//! number `fileno()` reports, so `os.fstat(f.fileno())` and friends work; the `FileIO`
//! owns it (`closefd` semantics) and closing it leaves the table.

use super::file::{file_for_fd, open_flags, RawMode, Target};
use super::os_error;
use crate::os::fd as fdtab;
use crate::os::vfs::{self, Handle, Vfs};
use ferropy_vm::memfs::MemFile;
use ferropy_vm::protocol::call;
use ferropy_vm::types;
use ferropy_vm::{PyResult, Value, Vm};
use std::io::SeekFrom;
use std::sync::Arc;

/// The block size a `MemFs` file reports (`open()` buffers by it).
const BLKSIZE: i64 = 4096;
const EBADF: i32 = 9;

/// Open `target` under the sandboxed policy `fs`: the handle, the name, the descriptor
/// number `fileno()` reports, and the block size.
pub(super) fn open(
    vm: &Vm,
    fs: &Vfs,
    target: Target,
    m: &RawMode,
    closefd: bool,
    opener: Value,
) -> PyResult<(Handle, Value, i32, i64)> {
    match target {
        Target::Fd(n) => {
            let h = adopt_fd(vm, fs, n, m, closefd, None)?;
            Ok((h.0, Value::Int(n), n as i32, h.1))
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
                // The opener's descriptor now belongs to the file object.
                let (h, blksize) = adopt_fd(vm, fs, fd, m, true, Some(&name))?;
                return Ok((h, name, fd as i32, blksize));
            }
            let Vfs::Mem(memfs) = fs else {
                return Err(os_error(vm, &vfs::denied(), Some(&name)));
            };
            let o = vfs::mem_options(m.readable, m.writable, open_flags(m), 0o666);
            let f = Arc::new(
                memfs
                    .open(&path, &o)
                    .map_err(|e| os_error(vm, &e, Some(&name)))?,
            );
            let fd = fdtab::insert_mem(vm, &f, true).map_err(|e| os_error(vm, &e, Some(&name)))?;
            Ok((Handle::Mem(f), name, fd, BLKSIZE))
        }
    }
}

/// A `FileIO` over descriptor `n`: a standard stream, or a `MemFs` file `os.open` made
/// (owned from now on when `closefd`).
fn adopt_fd(
    vm: &Vm,
    fs: &Vfs,
    n: i64,
    m: &RawMode,
    closefd: bool,
    name: Option<&Value>,
) -> PyResult<(Handle, i64)> {
    let fd = i32::try_from(n).unwrap_or(-1);
    match fdtab::handle_of(vm, fd) {
        Some(Handle::Mem(f)) => {
            if closefd {
                fdtab::lend_mem(vm, fd);
            }
            return Ok((Handle::Mem(f), BLKSIZE));
        }
        Some(Handle::Os(_)) | None if (0..=2).contains(&n) => {
            let f = file_for_fd(n, m).map_err(|e| os_error(vm, &e, name))?;
            let blksize = f
                .metadata()
                .map(|md| std::os::unix::fs::MetadataExt::blksize(&md) as i64)
                .unwrap_or(0);
            return Ok((Handle::Os(Arc::new(f)), blksize));
        }
        _ => {}
    }
    let errno = match fs {
        Vfs::Deny => vfs::EACCES,
        _ => EBADF,
    };
    Err(os_error(
        vm,
        &std::io::Error::from_raw_os_error(errno),
        name,
    ))
}

/// `read(n)` on a `MemFs` file: at most what is left past the position.
pub(super) fn read(vm: &Vm, f: &MemFile, n: usize) -> PyResult<Vec<u8>> {
    let pos = f.seek(SeekFrom::Current(0)).unwrap_or(0);
    let avail = f.metadata().len().saturating_sub(pos);
    let mut buf = vec![0u8; n.min(usize::try_from(avail).unwrap_or(usize::MAX))];
    let got = f.read(&mut buf).map_err(|e| os_error(vm, &e, None))?;
    buf.truncate(got);
    Ok(buf)
}

pub(super) fn readall(vm: &Vm, f: &MemFile) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    f.read_to_end(&mut out)
        .map_err(|e| os_error(vm, &e, None))?;
    Ok(out)
}

pub(super) fn write(vm: &Vm, f: &MemFile, data: &[u8]) -> PyResult<usize> {
    f.write(data).map_err(|e| os_error(vm, &e, None))
}
