//! How each layer drives the one below it: the buffered layer any raw stream, the text
//! layer any buffered stream. When the lower object is one of ours (the exact native
//! type, not a Python subclass that may override methods) these call straight into its
//! Rust state; otherwise they call its Python methods, as CPython's C layers always do.

use super::buffered::Buffered;
use super::file::FileIO;
use super::{int_arg, size_arg};
use crate::os::vfs::Handle;
use ferropy_vm::object::ext_ref;
use ferropy_vm::protocol::{call, number};
use ferropy_vm::types::type_data;
use ferropy_vm::{PyResult, Value, Vm};
use std::io::Write;

// ----- raw streams -------------------------------------------------------------------------

/// `raw` as a FileIO whose methods are ours (not a Python subclass that may override them).
pub(super) fn native(raw: &Value) -> Option<&FileIO> {
    let o = raw.as_obj()?;
    let st = ext_ref::<FileIO>(o)?;
    if o.raw_type().is_some_and(|t| type_data(t).heap_type) {
        return None;
    }
    Some(st)
}

fn bytes_or_none(vm: &Vm, v: Value, what: &str) -> PyResult<Option<Vec<u8>>> {
    if v.is_none() {
        return Ok(None);
    }
    super::bytes_arg(vm, &v).map(Some).map_err(|_| {
        vm.type_error(format!(
            "{what}() should return bytes, not '{}'",
            vm.type_name(&v)
        ))
    })
}

pub(super) fn raw_read(vm: &Vm, raw: &Value, n: usize) -> PyResult<Option<Vec<u8>>> {
    if let Some(f) = native(raw) {
        return f.read(vm, n as i64);
    }
    let r = call::call_method(vm, raw, "read", &[Value::Int(n as i64)])?;
    bytes_or_none(vm, r, "read")
}

pub(super) fn raw_readall(vm: &Vm, raw: &Value) -> PyResult<Option<Vec<u8>>> {
    if let Some(f) = native(raw) {
        return f.readall(vm);
    }
    let r = call::call_method(vm, raw, "readall", &[])?;
    bytes_or_none(vm, r, "readall")
}

pub(super) fn raw_write(vm: &Vm, raw: &Value, data: &[u8]) -> PyResult<Option<usize>> {
    if let Some(f) = native(raw) {
        return f.write(vm, data);
    }
    let r = call::call_method(vm, raw, "write", &[vm.new_bytes(data.to_vec())])?;
    if r.is_none() {
        return Ok(None);
    }
    let n = int_arg(vm, &r)?;
    if n < 0 || n as usize > data.len() {
        return Err(vm.os_error(format!(
            "raw write() returned invalid length {n} (should have been between 0 and {})",
            data.len()
        )));
    }
    Ok(Some(n as usize))
}

pub(super) fn raw_seek(vm: &Vm, raw: &Value, pos: i64, whence: i64) -> PyResult<i64> {
    if let Some(f) = native(raw) {
        return f.seek(vm, pos, whence);
    }
    let r = call::call_method(vm, raw, "seek", &[Value::Int(pos), Value::Int(whence)])?;
    let n = int_arg(vm, &r)?;
    if n < 0 {
        return Err(vm.os_error(format!("Raw stream returned invalid position {n}")));
    }
    Ok(n)
}

pub(super) fn raw_tell(vm: &Vm, raw: &Value) -> PyResult<i64> {
    if let Some(f) = native(raw) {
        return f.seek(vm, 0, 1);
    }
    let r = call::call_method(vm, raw, "tell", &[])?;
    int_arg(vm, &r)
}

pub(super) fn raw_truncate(vm: &Vm, raw: &Value, pos: Option<i64>) -> PyResult<Value> {
    if let Some(f) = native(raw) {
        return Ok(Value::Int(f.truncate(vm, pos)?));
    }
    let arg = pos.map_or(Value::None, Value::Int);
    call::call_method(vm, raw, "truncate", &[arg])
}

pub(super) fn raw_closed(vm: &Vm, raw: &Value) -> PyResult<bool> {
    if let Some(f) = native(raw) {
        return Ok(f.is_closed());
    }
    super::bool_attr(vm, raw, "closed")
}

pub(super) fn raw_isatty(vm: &Vm, raw: &Value) -> PyResult<bool> {
    if let Some(f) = native(raw) {
        return f.isatty(vm);
    }
    let r = call::call_method(vm, raw, "isatty", &[])?;
    number::truthy(vm, &r)
}

/// `raw._blksize` for a FileIO (the default buffer size `open()` picks).
pub(super) fn raw_blksize(raw: &Value) -> Option<i64> {
    native(raw).map(|f| f.blksize.get())
}

/// Call a no-argument capability method (`readable`, `writable`, `seekable`).
pub(super) fn raw_capability(vm: &Vm, raw: &Value, what: &str) -> PyResult<bool> {
    if let Some(f) = native(raw) {
        f.handle(vm)?;
        return match what {
            "readable" => Ok(f.readable.get()),
            "writable" => Ok(f.writable.get()),
            _ => f.is_seekable(vm),
        };
    }
    let r = call::call_method(vm, raw, what, &[])?;
    number::truthy(vm, &r)
}

/// Flush a native raw file's handle with no interpreter at hand (buffered objects being
/// freed): write all of `data`.
pub(super) fn write_all_native(raw: &Value, data: &[u8]) {
    if let Some(f) = native(raw) {
        match f.file.borrow().clone() {
            Some(Handle::Os(h)) => {
                let _ = (&*h).write_all(data);
            }
            Some(Handle::Mem(m)) => {
                let _ = m.write(data);
            }
            None => {}
        }
    }
}

/// `size_arg` re-exported for the buffered layer's `truncate(pos=None)`.
pub(super) fn opt_pos(vm: &Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => size_arg(vm, Some(v)).map(Some),
    }
}

// ----- buffered streams --------------------------------------------------------------------

/// The buffered state of `v` when it is one of ours (not a Python subclass).
pub(super) fn native_buffered(v: &Value) -> Option<&Buffered> {
    let o = v.as_obj()?;
    let st = ext_ref::<Buffered>(o)?;
    if o.raw_type().is_some_and(|t| type_data(t).heap_type) {
        return None;
    }
    Some(st)
}

/// `buffer.read1(n)` (or `read(n)` when the buffer has no `read1`); `None` if it would
/// block.
pub(super) fn buf_read1(vm: &Vm, buf: &Value, n: usize) -> PyResult<Option<Vec<u8>>> {
    if let Some(b) = native_buffered(buf) {
        return b.read1(vm, n as i64).map(Some);
    }
    if let Some(m) = super::memory::native_bytesio(buf) {
        return m.read_bytes(vm, n as i64).map(Some);
    }
    let r = call::call_method(vm, buf, "read1", &[Value::Int(n as i64)])?;
    opt_bytes(vm, r)
}

/// `buffer.read()`: everything left.
pub(super) fn buf_read_all(vm: &Vm, buf: &Value) -> PyResult<Option<Vec<u8>>> {
    if let Some(b) = native_buffered(buf) {
        return b.read(vm, -1);
    }
    if let Some(m) = super::memory::native_bytesio(buf) {
        return m.read_bytes(vm, -1).map(Some);
    }
    let r = call::call_method(vm, buf, "read", &[])?;
    opt_bytes(vm, r)
}

fn opt_bytes(vm: &Vm, r: Value) -> PyResult<Option<Vec<u8>>> {
    if r.is_none() {
        return Ok(None);
    }
    super::bytes_arg(vm, &r).map(Some).map_err(|_| {
        vm.type_error(format!(
            "underlying read() should have returned a bytes-like object, not '{}'",
            vm.type_name(&r)
        ))
    })
}

pub(super) fn buf_write(vm: &Vm, buf: &Value, data: Vec<u8>) -> PyResult<()> {
    if let Some(b) = native_buffered(buf) {
        return b.write(vm, &data).map(|_| ());
    }
    if let Some(m) = super::memory::native_bytesio(buf) {
        return m.write_bytes(vm, &data).map(|_| ());
    }
    call::call_method(vm, buf, "write", &[vm.new_bytes(data)])?;
    Ok(())
}

pub(super) fn buf_flush(vm: &Vm, buf: &Value) -> PyResult<()> {
    if let Some(b) = native_buffered(buf) {
        return b.flush(vm);
    }
    call::call_method(vm, buf, "flush", &[])?;
    Ok(())
}

pub(super) fn buf_tell(vm: &Vm, buf: &Value) -> PyResult<i64> {
    if let Some(b) = native_buffered(buf) {
        return b.tell(vm);
    }
    let r = call::call_method(vm, buf, "tell", &[])?;
    int_arg(vm, &r)
}

pub(super) fn buf_seek(vm: &Vm, buf: &Value, pos: i64, whence: i64) -> PyResult<i64> {
    if let Some(b) = native_buffered(buf) {
        return b.seek(vm, pos, whence);
    }
    let r = call::call_method(vm, buf, "seek", &[Value::Int(pos), Value::Int(whence)])?;
    int_arg(vm, &r)
}

pub(super) fn buf_closed(vm: &Vm, buf: &Value) -> PyResult<bool> {
    if let Some(b) = native_buffered(buf) {
        let raw = b.raw(vm)?;
        return raw_closed(vm, &raw);
    }
    if let Some(m) = super::memory::native_bytesio(buf) {
        return Ok(m.is_closed());
    }
    super::bool_attr(vm, buf, "closed")
}

pub(super) fn buf_capability(vm: &Vm, buf: &Value, what: &str) -> PyResult<bool> {
    if let Some(b) = native_buffered(buf) {
        let ok = match what {
            "readable" => b.kind.reads(),
            "writable" => b.kind.writes(),
            _ => true,
        };
        let raw = b.raw(vm)?;
        if !ok {
            // The class lacks the method; `_IOBase`'s answer is False without a check.
            return Ok(false);
        }
        return raw_capability(vm, &raw, what);
    }
    let r = call::call_method(vm, buf, what, &[])?;
    ferropy_vm::protocol::number::truthy(vm, &r)
}

/// Append `data` to a native buffer's pending writes without an interpreter (a text
/// wrapper being freed): a buffered object's write buffer, or a BytesIO at its position.
pub(super) fn append_native(buf: &Value, data: &[u8]) {
    if let Some(b) = native_buffered(buf) {
        if let Ok(mut w) = b.wbuf.try_borrow_mut() {
            w.extend_from_slice(data);
        }
    } else if let Some(m) = super::memory::native_bytesio(buf) {
        m.write_unchecked(data);
    }
}
