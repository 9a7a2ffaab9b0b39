//! `_IOBase`, `_RawIOBase`, `_BufferedIOBase` and `_TextIOBase` (CPython
//! `Modules/_io/iobase.c` and the base parts of `bufferedio.c`/`textio.c`): the methods
//! every stream inherits, written against the Python protocol (`self.closed`,
//! `self.readline()`, `self.write()`) so they work for user subclasses as well as for the
//! native types, which override most of them with direct versions.

use super::{bool_attr, opt_size, rest, size_arg, unsupported, DEFAULT_BUFFER_SIZE};
use ferropy_vm::heap::ObjRef;
use ferropy_vm::object::{Args, NativeFn};
use ferropy_vm::protocol::{attr, call, iter, number, sequence};
use ferropy_vm::types::{self, add_getset};
use ferropy_vm::{PyResult, Value, Vm};

pub(super) const IOBASE_DOC: &str = "The abstract base class for all I/O classes.\n\n\
This class provides dummy implementations for many methods that\n\
derived classes can override selectively; the default implementations\n\
represent a file that cannot be read, written or seeked.";

/// The instance-dict flag `_IOBase.close()` sets (CPython's `__IOBase_closed`).
const CLOSED_FLAG: &str = "__IOBase_closed";

pub(super) fn fill(
    vm: &Vm,
    iobase: &ObjRef,
    rawiobase: &ObjRef,
    bufferediobase: &ObjRef,
    textiobase: &ObjRef,
) {
    super::methods(
        vm,
        iobase,
        &[
            ("seek", iobase_seek as NativeFn),
            ("tell", iobase_tell),
            ("truncate", iobase_truncate),
            ("flush", iobase_flush),
            ("close", iobase_close),
            ("seekable", always_false),
            ("readable", always_false),
            ("writable", always_false),
            ("_checkClosed", check_closed_m),
            ("_checkSeekable", check_seekable_m),
            ("_checkReadable", check_readable_m),
            ("_checkWritable", check_writable_m),
            ("fileno", iobase_fileno),
            ("isatty", iobase_isatty),
            ("__enter__", iobase_enter),
            ("__exit__", iobase_exit),
            ("__iter__", iobase_iter),
            ("__next__", iobase_next),
            ("readline", iobase_readline),
            ("readlines", iobase_readlines),
            ("writelines", iobase_writelines),
        ],
    );
    add_getset(vm, iobase, "closed", iobase_closed, None);
    add_getset(
        vm,
        iobase,
        "__dict__",
        types::object::instance_dict_getset,
        Some(types::object::instance_dict_setter),
    );
    super::methods(
        vm,
        rawiobase,
        &[("read", raw_read as NativeFn), ("readall", raw_readall)],
    );
    super::methods(
        vm,
        bufferediobase,
        &[
            ("read", buffered_read as NativeFn),
            ("read1", buffered_read1),
            ("write", buffered_write),
            ("detach", detach_unsupported),
            ("readinto", buffered_readinto),
        ],
    );
    super::methods(
        vm,
        textiobase,
        &[
            ("read", text_read as NativeFn),
            ("readline", text_readline),
            ("write", text_write),
            ("detach", detach_unsupported),
        ],
    );
    for name in ["encoding", "newlines", "errors"] {
        add_getset(vm, textiobase, name, get_none, None);
    }
}

fn self_of<'a>(vm: &Vm, args: &Args<'a>, method: &str) -> PyResult<&'a Value> {
    args.pos.first().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{method}' of '_io._IOBase' object needs an argument"
        ))
    })
}

fn always_false(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn get_none(_vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::None)
}

/// `self.closed`, through the attribute protocol.
pub(super) fn is_closed(vm: &Vm, v: &Value) -> PyResult<bool> {
    bool_attr(vm, v, "closed")
}

/// `_checkClosed()`: the ValueError every closed stream raises (with CPython's period).
pub(super) fn check_closed(vm: &Vm, v: &Value) -> PyResult<()> {
    if is_closed(vm, v)? {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(())
}

fn check_closed_m(vm: &Vm, args: Args) -> PyResult<Value> {
    check_closed(vm, self_of(vm, &args, "_checkClosed")?)?;
    Ok(Value::None)
}

fn check_capability(vm: &Vm, args: &Args, method: &str, what: &str) -> PyResult<Value> {
    let s = self_of(vm, args, method)?;
    let r = call::call_method(vm, s, what, &[])?;
    if !number::truthy(vm, &r)? {
        let name = &what[..what.len() - 4];
        return Err(unsupported(
            vm,
            &format!("File or stream is not {name}ble."),
        ));
    }
    Ok(Value::None)
}

fn check_seekable_m(vm: &Vm, args: Args) -> PyResult<Value> {
    check_capability(vm, &args, "_checkSeekable", "seekable")
}

fn check_readable_m(vm: &Vm, args: Args) -> PyResult<Value> {
    check_capability(vm, &args, "_checkReadable", "readable")
}

fn check_writable_m(vm: &Vm, args: Args) -> PyResult<Value> {
    check_capability(vm, &args, "_checkWritable", "writable")
}

fn iobase_seek(vm: &Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "seek"))
}

fn iobase_tell(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = self_of(vm, &args, "tell")?;
    call::call_method(vm, s, "seek", &[Value::Int(0), Value::Int(1)])
}

fn iobase_truncate(vm: &Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "truncate"))
}

fn iobase_fileno(vm: &Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "fileno"))
}

fn detach_unsupported(vm: &Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "detach"))
}

fn iobase_isatty(vm: &Vm, args: Args) -> PyResult<Value> {
    check_closed(vm, self_of(vm, &args, "isatty")?)?;
    Ok(Value::Bool(false))
}

/// `flush()`: checks the instance flag `close()` sets, not the `closed` property (so a
/// closed StringIO, which never sets it, still flushes quietly, as in CPython).
fn iobase_flush(vm: &Vm, args: Args) -> PyResult<Value> {
    if has_closed_flag(vm, self_of(vm, &args, "flush")?) {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(Value::None)
}

fn has_closed_flag(vm: &Vm, v: &Value) -> bool {
    v.as_obj()
        .and_then(|o| attr::instance_dict_get(vm, o, &vm.intern(CLOSED_FLAG)))
        .is_some()
}

/// Record in the instance dict that `_IOBase.close()` ran (FileIO's close does too).
pub(super) fn set_closed_flag(vm: &Vm, v: &Value) -> PyResult<()> {
    attr::set_attr(vm, v, &vm.intern(CLOSED_FLAG), Some(Value::Bool(true)))
}

/// `closed`: the flag `close()` leaves in the instance dict.
fn iobase_closed(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(has_closed_flag(vm, v)))
}

/// `close()`: flush, then mark closed even if the flush failed (then re-raise).
fn iobase_close(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = self_of(vm, &args, "close")?;
    if has_closed_flag(vm, s) {
        return Ok(Value::None);
    }
    let r = call::call_method(vm, s, "flush", &[]);
    set_closed_flag(vm, s)?;
    r.map(|_| Value::None)
}

fn iobase_enter(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = self_of(vm, &args, "__enter__")?;
    check_closed(vm, s)?;
    Ok(s.clone())
}

fn iobase_exit(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = self_of(vm, &args, "__exit__")?;
    call::call_method(vm, s, "close", &[])
}

fn iobase_iter(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = self_of(vm, &args, "__iter__")?;
    check_closed(vm, s)?;
    Ok(s.clone())
}

fn iobase_next(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = self_of(vm, &args, "__next__")?;
    let line = call::call_method(vm, s, "readline", &[])?;
    if sequence::len(vm, &line)? == 0 {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(line)
}

/// `readline(size=-1)`: byte by byte through `self.read(1)` (or `peek` when the stream
/// has it, to read up to the newline at once), as `_io__IOBase_readline_impl` does.
fn iobase_readline(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = self_of(vm, &args, "readline")?;
    let limit = opt_size(vm, &args, "readline")?;
    let has_peek = attr::get_attr_str(vm, s, "peek").is_ok();
    let mut out: Vec<u8> = Vec::new();
    while limit < 0 || (out.len() as i64) < limit {
        let mut nreadahead = 1usize;
        if has_peek {
            let ahead = call::call_method(vm, s, "peek", &[Value::Int(1)])?;
            let ahead = super::bytes_arg(vm, &ahead)?;
            if !ahead.is_empty() {
                let mut n = 0;
                while n < ahead.len() && (limit < 0 || (n as i64) < limit - out.len() as i64) {
                    n += 1;
                    if ahead[n - 1] == b'\n' {
                        break;
                    }
                }
                nreadahead = n.max(1);
            }
        }
        let b = call::call_method(vm, s, "read", &[Value::Int(nreadahead as i64)])?;
        if b.is_none() {
            break;
        }
        let b = super::bytes_arg(vm, &b).map_err(|_| {
            vm.os_error(format!(
                "read() should have returned a bytes object, not '{}'",
                vm.type_name(&b)
            ))
        })?;
        if b.is_empty() {
            break;
        }
        out.extend_from_slice(&b);
        if out.last() == Some(&b'\n') {
            break;
        }
    }
    Ok(vm.new_bytes(out))
}

/// `readlines(hint=-1)`: the lines of `iter(self)`, stopping once `hint` is exceeded.
fn iobase_readlines(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = self_of(vm, &args, "readlines")?;
    let a = rest(&args);
    call::check_arity(vm, "readlines", &a, 0, 1)?;
    let hint = size_arg(vm, a.pos.first())?;
    let it = iter::get_iter(vm, s)?;
    let mut lines = Vec::new();
    let mut total = 0usize;
    while let Some(line) = iter::next(vm, &it)? {
        if hint > 0 {
            total += sequence::len(vm, &line)?;
        }
        lines.push(line);
        if hint > 0 && total >= hint as usize {
            break;
        }
    }
    Ok(vm.new_list(lines))
}

/// `writelines(lines)`: `self.write(line)` for each; no newlines are added.
fn iobase_writelines(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = self_of(vm, &args, "writelines")?;
    let a = rest(&args);
    call::check_arity(vm, "writelines", &a, 1, 1)?;
    check_closed(vm, s)?;
    let it = iter::get_iter(vm, &a.pos[0])?;
    while let Some(line) = iter::next(vm, &it)? {
        call::call_method(vm, s, "write", &[line])?;
    }
    Ok(Value::None)
}

// ----- _RawIOBase --------------------------------------------------------------------------

/// `read(size=-1)`: `readall()` for a negative size, else one `readinto` of a fresh
/// bytearray.
fn raw_read(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = self_of(vm, &args, "read")?;
    let n = opt_size(vm, &args, "read")?;
    if n < 0 {
        return call::call_method(vm, s, "readall", &[]);
    }
    let buf = types::bytes::new_bytearray(vm, vec![0; n as usize]);
    let got = call::call_method(vm, s, "readinto", std::slice::from_ref(&buf))?;
    if got.is_none() {
        return Ok(Value::None);
    }
    let got = super::int_arg(vm, &got)? as usize;
    let data = super::bytes_arg(vm, &buf)?;
    Ok(vm.new_bytes(data[..got.min(data.len())].to_vec()))
}

/// `readall()`: `read(DEFAULT_BUFFER_SIZE)` until EOF.
fn raw_readall(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = self_of(vm, &args, "readall")?;
    let mut out = Vec::new();
    loop {
        let chunk = call::call_method(vm, s, "read", &[Value::Int(DEFAULT_BUFFER_SIZE as i64)])?;
        if chunk.is_none() {
            if out.is_empty() {
                return Ok(Value::None);
            }
            break;
        }
        let chunk = super::bytes_arg(vm, &chunk)?;
        if chunk.is_empty() {
            break;
        }
        out.extend_from_slice(&chunk);
    }
    Ok(vm.new_bytes(out))
}

// ----- _BufferedIOBase and _TextIOBase -----------------------------------------------------

fn buffered_read(vm: &Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "read"))
}

fn buffered_read1(vm: &Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "read1"))
}

fn buffered_write(vm: &Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "write"))
}

/// `readinto(b)`: `self.read(len(b))` copied into `b`.
fn buffered_readinto(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = self_of(vm, &args, "readinto")?;
    let a = rest(&args);
    call::check_arity(vm, "readinto", &a, 1, 1)?;
    let n = super::buffer_len(vm, &a.pos[0])?;
    let data = call::call_method(vm, s, "read", &[Value::Int(n as i64)])?;
    let data = super::bytes_arg(vm, &data)?;
    super::fill_buffer(vm, &a.pos[0], &data)?;
    Ok(Value::Int(data.len() as i64))
}

fn text_read(vm: &Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "read"))
}

fn text_readline(vm: &Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "readline"))
}

fn text_write(vm: &Vm, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "write"))
}
