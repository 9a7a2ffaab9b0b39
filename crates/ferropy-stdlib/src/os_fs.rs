//! `posix`'s file-system calls: `stat`, `listdir`, `mkdir`, `rename`, ... Each converts
//! its path as CPython's `path_converter` does, goes to the file system the interpreter's
//! policy allows (`os_vfs.rs`: the real one through `std::fs`, none, or memory), and
//! reports failures as `OSError(errno, strerror, filename)`. `std::fs` calls the same
//! system calls (`stat`, `mkdir`, `rename`, `unlink`, ...), so the errno is the one
//! CPython sees; the other two give the errno Linux would.

use super::vfs::{self, Stat};
use super::{
    errno_error, int_arg, name_value, opt, os_error, os_error2, path_arg, u64_value, PathArg, PATH,
    PATH_FD_OR_NONE, PATH_OR_FD,
};
use crate::module::ModuleBuilder;
use ferropy_vm::object::Args;
use ferropy_vm::protocol::{call, number};
use ferropy_vm::{PyResult, Value, Vm};
use std::time::{Duration, SystemTime};

pub(super) fn register(m: &ModuleBuilder) {
    m.func("stat", stat)
        .func("lstat", lstat)
        .func("getcwd", getcwd)
        .func("getcwdb", getcwdb)
        .func("chdir", chdir)
        .func("listdir", listdir)
        .func("_scandir", scandir_list)
        .func("mkdir", mkdir)
        .func("rmdir", rmdir)
        .func("unlink", unlink)
        .func("remove", remove)
        .func("rename", rename)
        .func("replace", replace)
        .func("chmod", chmod)
        .func("access", access)
        .func("readlink", readlink)
        .func("symlink", symlink)
        .func("link", link)
        .func("utime", utime)
        .func("truncate", truncate)
        .value("F_OK", Value::Int(0))
        .value("R_OK", Value::Int(4))
        .value("W_OK", Value::Int(2))
        .value("X_OK", Value::Int(1));
}

/// The one path argument of `func`, by position or as `path=`.
fn one_path(vm: &Vm, func: &str, args: Args, accepts: &str) -> PyResult<PathArg> {
    let a = call::parse_args(vm, func, args, &["path"], 1)?;
    path_arg(vm, func, "path", a[0].as_ref().expect("required"), accepts)
}

// ----- stat ----------------------------------------------------------------------------

/// An `os.stat_result` for `md`: the ten tuple fields (times as ints), then the float
/// and nanosecond times, block size, block count and device, as CPython fills them.
pub(crate) fn stat_result(vm: &Vm, md: &Stat) -> PyResult<Value> {
    let time = |(s, ns): (i64, i64)| Value::Float(s as f64 + ns as f64 * 1e-9);
    let time_ns = |(s, ns): (i64, i64)| {
        ferropy_vm::types::int::from_bigint(vm, (s as i128 * 1_000_000_000 + ns as i128).into())
    };
    let seq = vec![
        Value::Int(md.mode as i64),
        u64_value(vm, md.ino),
        u64_value(vm, md.dev),
        u64_value(vm, md.nlink),
        Value::Int(md.uid as i64),
        Value::Int(md.gid as i64),
        u64_value(vm, md.size),
        Value::Int(md.atime.0),
        Value::Int(md.mtime.0),
        Value::Int(md.ctime.0),
        time(md.atime),
        time(md.mtime),
        time(md.ctime),
        time_ns(md.atime),
        time_ns(md.mtime),
        time_ns(md.ctime),
        u64_value(vm, md.blksize),
        u64_value(vm, md.blocks),
        u64_value(vm, md.rdev),
    ];
    let cls = vm
        .lazy_type("posix.stat_result")
        .ok_or_else(|| vm.system_error("os.stat_result is not initialised"))?;
    call::call(vm, &Value::Obj(cls), &[vm.new_tuple(seq)])
}

/// `stat(path, *, dir_fd=None, follow_symlinks=True)`; an int path is a descriptor from
/// `os.open` (CPython's `fstat`).
fn stat(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = call::parse_args(vm, "stat", args, &["path", "dir_fd", "follow_symlinks"], 1)?;
    let follow = match opt(&a, 2) {
        Some(v) => number::truthy(vm, v)?,
        None => true,
    };
    let pv = a[0].as_ref().expect("required");
    if matches!(pv, Value::Int(_)) {
        return super::fd::fstat_fd(vm, int_arg(vm, pv)?);
    }
    let p = path_arg(vm, "stat", "path", pv, PATH_OR_FD)?;
    match vfs::of(vm).stat(&p.path, follow) {
        Ok(md) => stat_result(vm, &md),
        Err(e) => Err(os_error(vm, &e, Some(&p.obj))),
    }
}

fn lstat(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = call::parse_args(vm, "lstat", args, &["path", "dir_fd"], 1)?;
    let p = path_arg(vm, "lstat", "path", a[0].as_ref().expect("required"), PATH)?;
    match vfs::of(vm).stat(&p.path, false) {
        Ok(md) => stat_result(vm, &md),
        Err(e) => Err(os_error(vm, &e, Some(&p.obj))),
    }
}

// ----- the working directory -----------------------------------------------------------

fn getcwd(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "getcwd", &args, 0, 0)?;
    match vfs::of(vm).getcwd() {
        Ok(p) => Ok(name_value(vm, p.as_os_str(), false)),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

fn getcwdb(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "getcwdb", &args, 0, 0)?;
    match vfs::of(vm).getcwd() {
        Ok(p) => Ok(name_value(vm, p.as_os_str(), true)),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

fn chdir(vm: &Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, "chdir", args, PATH_OR_FD)?;
    vfs::of(vm)
        .chdir(&p.path)
        .map_err(|e| os_error(vm, &e, Some(&p.obj)))?;
    Ok(Value::None)
}

// ----- directories ---------------------------------------------------------------------

/// `listdir(path=None)`: the names in the directory, in the order `readdir` gives them.
fn listdir(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = call::parse_args(vm, "listdir", args, &["path"], 0)?;
    let names = read_dir(vm, "listdir", opt(&a, 0))?
        .into_iter()
        .map(|(name, _, _)| name)
        .collect();
    Ok(vm.new_list(names))
}

/// `_scandir(path)`: `(name, kind, inode)` for each entry, kind 1 = directory, 2 = file,
/// 3 = symlink, 0 = other, from the directory entry's own type (no extra `stat`).
fn scandir_list(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = call::parse_args(vm, "scandir", args, &["path"], 0)?;
    let entries = read_dir(vm, "scandir", opt(&a, 0))?
        .into_iter()
        .map(|(name, kind, ino)| vm.new_tuple(vec![name, Value::Int(kind), u64_value(vm, ino)]))
        .collect();
    Ok(vm.new_list(entries))
}

fn read_dir(vm: &Vm, func: &str, path: Option<&Value>) -> PyResult<Vec<(Value, i64, u64)>> {
    let p = match path {
        Some(v) => path_arg(vm, func, "path", v, PATH_FD_OR_NONE)?,
        None => PathArg {
            path: ".".into(),
            obj: vm.new_str("."),
            bytes: false,
        },
    };
    let entries = vfs::of(vm)
        .read_dir(&p.path)
        .map_err(|e| os_error(vm, &e, Some(&p.obj)))?;
    Ok(entries
        .into_iter()
        .map(|(name, kind, ino)| (name_value(vm, &name, p.bytes), kind, ino))
        .collect())
}

/// `mkdir(path, mode=0o777, *, dir_fd=None)`.
fn mkdir(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = call::parse_args(vm, "mkdir", args, &["path", "mode", "dir_fd"], 1)?;
    let p = path_arg(vm, "mkdir", "path", a[0].as_ref().expect("required"), PATH)?;
    let mode = match opt(&a, 1) {
        Some(v) => int_arg(vm, v)? as u32,
        None => 0o777,
    };
    vfs::of(vm)
        .mkdir(&p.path, mode)
        .map_err(|e| os_error(vm, &e, Some(&p.obj)))?;
    Ok(Value::None)
}

fn rmdir(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = call::parse_args(vm, "rmdir", args, &["path", "dir_fd"], 1)?;
    let p = path_arg(vm, "rmdir", "path", a[0].as_ref().expect("required"), PATH)?;
    vfs::of(vm)
        .rmdir(&p.path)
        .map_err(|e| os_error(vm, &e, Some(&p.obj)))?;
    Ok(Value::None)
}

fn unlink_as(vm: &Vm, func: &str, args: Args) -> PyResult<Value> {
    let a = call::parse_args(vm, func, args, &["path", "dir_fd"], 1)?;
    let p = path_arg(vm, func, "path", a[0].as_ref().expect("required"), PATH)?;
    vfs::of(vm)
        .unlink(&p.path)
        .map_err(|e| os_error(vm, &e, Some(&p.obj)))?;
    Ok(Value::None)
}

fn unlink(vm: &Vm, args: Args) -> PyResult<Value> {
    unlink_as(vm, "unlink", args)
}

fn remove(vm: &Vm, args: Args) -> PyResult<Value> {
    unlink_as(vm, "remove", args)
}

/// `rename`/`replace(src, dst)`: both are `rename(2)` on POSIX.
fn rename_as(vm: &Vm, func: &str, args: Args) -> PyResult<Value> {
    let a = call::parse_args(
        vm,
        func,
        args,
        &["src", "dst", "src_dir_fd", "dst_dir_fd"],
        2,
    )?;
    let src = path_arg(vm, func, "src", a[0].as_ref().expect("required"), PATH)?;
    let dst = path_arg(vm, func, "dst", a[1].as_ref().expect("required"), PATH)?;
    vfs::of(vm)
        .rename(&src.path, &dst.path)
        .map_err(|e| os_error2(vm, &e, &src.obj, &dst.obj))?;
    Ok(Value::None)
}

fn rename(vm: &Vm, args: Args) -> PyResult<Value> {
    rename_as(vm, "rename", args)
}

fn replace(vm: &Vm, args: Args) -> PyResult<Value> {
    rename_as(vm, "replace", args)
}

// ----- permissions and links -----------------------------------------------------------

fn chmod(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = call::parse_args(
        vm,
        "chmod",
        args,
        &["path", "mode", "dir_fd", "follow_symlinks"],
        2,
    )?;
    let p = path_arg(
        vm,
        "chmod",
        "path",
        a[0].as_ref().expect("required"),
        PATH_OR_FD,
    )?;
    let mode = int_arg(vm, a[1].as_ref().expect("required"))? as u32;
    vfs::of(vm)
        .chmod(&p.path, mode)
        .map_err(|e| os_error(vm, &e, Some(&p.obj)))?;
    Ok(Value::None)
}

/// `access(path, mode)`: existence, then the permission bits that apply to the effective
/// user (the owner's, the group's or everyone's; root may read and write anything and
/// execute what anyone may). std has no `access(2)`, so this reads the mode instead.
fn access(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = call::parse_args(
        vm,
        "access",
        args,
        &["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"],
        2,
    )?;
    let p = path_arg(vm, "access", "path", a[0].as_ref().expect("required"), PATH)?;
    let want = int_arg(vm, a[1].as_ref().expect("required"))? as u32 & 7;
    let fs = vfs::of(vm);
    let Ok(md) = fs.stat(&p.path, true) else {
        return Ok(Value::Bool(false));
    };
    let mode = md.mode;
    // In memory the script owns everything (uid 0 there), but the bits still count.
    let uid = if fs.is_real() {
        super::effective_uid()
    } else {
        Some(md.uid)
    };
    let ok = if uid == Some(0) && fs.is_real() {
        want & 1 == 0 || mode & 0o111 != 0 || md.is_dir()
    } else {
        let bits = if uid == Some(md.uid) {
            (mode >> 6) & 7
        } else if super::proc_id("Gid:", 1) == Some(md.gid as i64) {
            (mode >> 3) & 7
        } else {
            mode & 7
        };
        bits & want == want
    };
    Ok(Value::Bool(ok))
}

fn readlink(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = call::parse_args(vm, "readlink", args, &["path", "dir_fd"], 1)?;
    let p = path_arg(
        vm,
        "readlink",
        "path",
        a[0].as_ref().expect("required"),
        PATH,
    )?;
    match vfs::of(vm).readlink(&p.path) {
        Ok(t) => Ok(name_value(vm, t.as_os_str(), p.bytes)),
        Err(e) => Err(os_error(vm, &e, Some(&p.obj))),
    }
}

fn symlink(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = call::parse_args(
        vm,
        "symlink",
        args,
        &["src", "dst", "target_is_directory", "dir_fd"],
        2,
    )?;
    let src = path_arg(vm, "symlink", "src", a[0].as_ref().expect("required"), PATH)?;
    let dst = path_arg(vm, "symlink", "dst", a[1].as_ref().expect("required"), PATH)?;
    vfs::of(vm)
        .symlink(&src.path, &dst.path)
        .map_err(|e| os_error2(vm, &e, &src.obj, &dst.obj))?;
    Ok(Value::None)
}

fn link(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = call::parse_args(
        vm,
        "link",
        args,
        &["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"],
        2,
    )?;
    let src = path_arg(vm, "link", "src", a[0].as_ref().expect("required"), PATH)?;
    let dst = path_arg(vm, "link", "dst", a[1].as_ref().expect("required"), PATH)?;
    vfs::of(vm)
        .hard_link(&src.path, &dst.path)
        .map_err(|e| os_error2(vm, &e, &src.obj, &dst.obj))?;
    Ok(Value::None)
}

// ----- times and sizes -----------------------------------------------------------------

/// A time in seconds (float or int) as a `SystemTime`.
fn system_time(secs: f64) -> SystemTime {
    if secs >= 0.0 {
        SystemTime::UNIX_EPOCH + Duration::from_secs_f64(secs)
    } else {
        SystemTime::UNIX_EPOCH - Duration::from_secs_f64(-secs)
    }
}

/// `utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True)`.
fn utime(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = call::parse_args(
        vm,
        "utime",
        args,
        &["path", "times", "ns", "dir_fd", "follow_symlinks"],
        1,
    )?;
    let p = path_arg(
        vm,
        "utime",
        "path",
        a[0].as_ref().expect("required"),
        PATH_OR_FD,
    )?;
    let pair = |v: &Value, what: &str| -> PyResult<(Value, Value)> {
        let items = match v.as_obj().map(|o| o.payload()) {
            Some(ferropy_vm::object::Payload::Tuple(t)) if t.len() == 2 => t.to_vec(),
            _ => {
                return Err(vm.type_error(format!(
                    "utime: '{what}' must be a tuple of two {}",
                    if what == "ns" { "ints" } else { "numbers" }
                )))
            }
        };
        Ok((items[0].clone(), items[1].clone()))
    };
    let (atime, mtime) = match (opt(&a, 1), opt(&a, 2)) {
        (Some(_), Some(_)) => {
            return Err(vm.value_error("utime: you may specify either 'times' or 'ns' but not both"))
        }
        (Some(t), None) => {
            let (x, y) = pair(t, "times")?;
            let secs = |v: &Value| match number::as_f64(vm, v) {
                Some(r) => r,
                None => Err(vm.type_error(format!(
                    "unsupported type for timestamp: '{}'",
                    vm.type_name(v)
                ))),
            };
            (system_time(secs(&x)?), system_time(secs(&y)?))
        }
        (None, Some(n)) => {
            let (x, y) = pair(n, "ns")?;
            let ns = |v: &Value| -> PyResult<SystemTime> {
                let n = int_arg(vm, v)?;
                Ok(if n >= 0 {
                    SystemTime::UNIX_EPOCH + Duration::from_nanos(n as u64)
                } else {
                    SystemTime::UNIX_EPOCH - Duration::from_nanos(n.unsigned_abs())
                })
            };
            (ns(&x)?, ns(&y)?)
        }
        (None, None) => {
            let now = SystemTime::now();
            (now, now)
        }
    };
    // CPython 3.11 names no file in utime's errors.
    vfs::of(vm)
        .set_times(&p.path, atime, mtime)
        .map_err(|e| os_error(vm, &e, None))?;
    Ok(Value::None)
}

fn truncate(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = call::parse_args(vm, "truncate", args, &["path", "length"], 2)?;
    let pv = a[0].as_ref().expect("required");
    let len = int_arg(vm, a[1].as_ref().expect("required"))?;
    if len < 0 {
        return Err(errno_error(vm, 22, None));
    }
    if matches!(pv, Value::Int(_)) {
        return super::fd::ftruncate_fd(vm, int_arg(vm, pv)?, len as u64);
    }
    let p = path_arg(vm, "truncate", "path", pv, PATH_OR_FD)?;
    vfs::of(vm)
        .truncate(&p.path, len as u64)
        .map_err(|e| os_error(vm, &e, Some(&p.obj)))?;
    Ok(Value::None)
}
