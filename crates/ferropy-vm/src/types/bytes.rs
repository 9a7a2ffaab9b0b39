//! `bytes` and `bytearray` (CPython `Objects/bytesobject.c`, `bytearrayobject.c`): the
//! representation helpers, indexing, `%`-formatting and `bytearray` item/slice assignment.
//! The methods live in [`methods`].

use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::object::Payload;
use crate::protocol::{iter, sequence};
use crate::value::Value;
use crate::Vm;
use std::cell::RefCell;
use std::fmt::Write;

/// `repr(bytes)`: `b'...'`, double quotes when the content has `'` but no `"`.
pub fn bytes_repr(b: &[u8]) -> String {
    escaped_repr(b, false)
}

/// `repr(bytearray)` body (`b'...'`): like bytes, except that CPython's `bytearray_repr`
/// escapes `'` even inside double quotes (`bytearray(b"it\'s")`).
pub fn bytearray_repr(b: &[u8]) -> String {
    escaped_repr(b, true)
}

fn escaped_repr(b: &[u8], always_escape_squote: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &ch in b {
        match ch {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote || (always_escape_squote && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(ch as char),
            _ => {
                let _ = write!(out, "\\x{ch:02x}");
            }
        }
    }
    out.push(quote);
    out
}

/// The bytes content of a bytes-like value.
pub fn bytes_of(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Value::Obj(o) = v {
        match o.payload() {
            Payload::Bytes(b) => return Ok(b.to_vec()),
            Payload::ByteArray(b) => return Ok(b.borrow().clone()),
            _ => {}
        }
    }
    Err(vm.type_error(format!(
        "a bytes-like object is required, not '{}'",
        vm.type_name(v)
    )))
}

pub mod methods;

/// `content` of a bytes or bytearray object, copied out.
fn content(o: &ObjRef) -> Vec<u8> {
    match o.payload() {
        Payload::Bytes(b) => b.to_vec(),
        Payload::ByteArray(b) => b.borrow().clone(),
        _ => Vec::new(),
    }
}

/// A new exact `bytearray`.
pub fn new_bytearray(vm: &Vm, data: Vec<u8>) -> Value {
    Value::Obj(ObjRef::new(
        Some(vm.t.bytearray.clone()),
        Payload::ByteArray(RefCell::new(data)),
    ))
}

/// A result of the same kind as `like` (bytes methods on a bytearray return bytearrays).
fn same_kind(vm: &Vm, like: &ObjRef, data: Vec<u8>) -> Value {
    match like.payload() {
        Payload::ByteArray(_) => new_bytearray(vm, data),
        _ => vm.new_bytes(data),
    }
}

/// One byte from an int-like value (`__index__`), as `bytearray.append` and item
/// assignment take it.
pub fn byte_from(vm: &Vm, v: &Value) -> PyResult<u8> {
    let n = crate::protocol::number::index(vm, v)?;
    crate::types::int::as_int(&n)
        .and_then(|n| n.to_i64())
        .and_then(|n| u8::try_from(n).ok())
        .ok_or_else(|| vm.value_error("byte must be in range(0, 256)"))
}

/// `bytes % args` / `bytearray % args`.
pub fn percent_format(vm: &Vm, o: &ObjRef, args: &Value) -> PyResult<Value> {
    let out = crate::format::percent_format_bytes(vm, &content(o), args)?;
    Ok(same_kind(vm, o, out))
}

pub fn getitem(vm: &Vm, o: &ObjRef, key: &Value) -> PyResult<Value> {
    let data = content(o);
    if let Value::Obj(k) = key {
        if let Payload::Slice(s) = k.payload() {
            let (a, b, c) = sequence::slice_indices(vm, s, data.len())?;
            return Ok(same_kind(
                vm,
                o,
                sequence::slice_positions(a, b, c)
                    .map(|i| data[i])
                    .collect(),
            ));
        }
    }
    let i = sequence::index_of(
        vm,
        key,
        if matches!(o.payload(), Payload::Bytes(_)) {
            "byte"
        } else {
            "bytearray"
        },
    )?;
    match sequence::norm_index(i, data.len()) {
        Some(i) => Ok(Value::Int(data[i] as i64)),
        None => Err(vm.index_error(if matches!(o.payload(), Payload::Bytes(_)) {
            "index out of range"
        } else {
            "bytearray index out of range"
        })),
    }
}

pub fn concat(vm: &Vm, a: &ObjRef, b: &ObjRef) -> Option<Value> {
    let mut d = content(a);
    d.extend(content(b));
    Some(same_kind(vm, a, d))
}

pub fn repeat(vm: &Vm, o: &ObjRef, n: i64) -> PyResult<Option<Value>> {
    let d = content(o);
    let k = sequence::check_repeat(vm, d.len(), n, 1)?;
    Ok(Some(same_kind(vm, o, d.repeat(k))))
}

pub fn contains(vm: &Vm, o: &ObjRef, item: &Value) -> PyResult<bool> {
    let d = content(o);
    if let Some(i) = crate::types::int::as_int(item) {
        let v = i
            .to_i64()
            .filter(|v| (0..256).contains(v))
            .ok_or_else(|| vm.value_error("byte must be in range(0, 256)"))?;
        return Ok(d.contains(&(v as u8)));
    }
    let sub = bytes_of(vm, item)?;
    Ok(sub.is_empty() || d.windows(sub.len()).any(|w| w == sub.as_slice()))
}

/// `ba[key] = value` / `del ba[key]` for an index or a slice.
pub fn bytearray_setitem(vm: &Vm, o: &ObjRef, key: &Value, value: Option<Value>) -> PyResult<()> {
    let Payload::ByteArray(b) = o.payload() else {
        return Ok(());
    };
    if let Value::Obj(k) = key {
        if let Payload::Slice(sl) = k.payload() {
            let new = match &value {
                None => None,
                // An int would be a count to `bytes()`; CPython refuses it here.
                Some(v) if crate::types::int::as_int(v).is_some() => {
                    return Err(vm.type_error(
                        "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                    ))
                }
                Some(v) => Some(bytes_or_ints(vm, v, true)?),
            };
            let n = b.borrow().len();
            let (start, stop, step) = sequence::slice_indices(vm, sl, n)?;
            let positions: Vec<usize> = sequence::slice_positions(start, stop, step).collect();
            let mut d = b.borrow_mut();
            match new {
                Some(new) if step == 1 => {
                    let (lo, hi) = (start as usize, (stop.max(start)) as usize);
                    d.splice(lo..hi, new);
                }
                Some(new) => {
                    if new.len() != positions.len() {
                        return Err(vm.value_error(format!(
                            "attempt to assign bytes of size {} to extended slice of size {}",
                            new.len(),
                            positions.len()
                        )));
                    }
                    for (p, x) in positions.iter().zip(new) {
                        d[*p] = x;
                    }
                }
                None => {
                    let mut drop = vec![false; n];
                    for p in positions {
                        drop[p] = true;
                    }
                    let mut i = 0;
                    d.retain(|_| {
                        i += 1;
                        !drop[i - 1]
                    });
                }
            }
            return Ok(());
        }
    }
    let i = sequence::index_of(vm, key, "bytearray")?;
    let x = match &value {
        Some(v) => Some(byte_from(vm, v)?),
        None => None,
    };
    let n = b.borrow().len();
    let i =
        sequence::norm_index(i, n).ok_or_else(|| vm.index_error("bytearray index out of range"))?;
    match x {
        Some(x) => b.borrow_mut()[i] = x,
        None => {
            b.borrow_mut().remove(i);
        }
    }
    Ok(())
}

/// A bytes-like object's content, or the bytes of an iterable of ints in range(256).
fn bytes_or_ints(vm: &Vm, v: &Value, for_slice: bool) -> PyResult<Vec<u8>> {
    if let Ok(b) = bytes_of(vm, v) {
        return Ok(b);
    }
    let items = iter::collect(vm, v).map_err(|e| {
        if vm.err_matches(&e, &vm.exc.type_error) {
            if for_slice {
                vm.type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                )
            } else {
                vm.type_error(format!("can't extend bytearray with {}", vm.type_name(v)))
            }
        } else {
            e
        }
    })?;
    items.iter().map(|x| byte_from(vm, x)).collect()
}

/// `ba.extend(it)` and `ba += it`.
pub fn bytearray_extend(vm: &Vm, o: &ObjRef, it: &Value) -> PyResult<()> {
    let new = bytes_or_ints(vm, it, false)?;
    if let Payload::ByteArray(b) = o.payload() {
        b.borrow_mut().extend(new);
    }
    Ok(())
}

pub fn init(vm: &Vm) {
    methods::init(vm);
}
