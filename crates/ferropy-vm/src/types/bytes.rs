//! `bytes` and `bytearray` (CPython `Objects/bytesobject.c`, `bytearrayobject.c`).

use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::object::{Args, Payload};
use crate::protocol::{iter, sequence};
use crate::types::add_method;
use crate::value::Value;
use crate::Vm;
use std::cell::RefCell;
use std::fmt::Write;

/// `repr(bytes)`: `b'...'`, double quotes when the content has `'` but no `"`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::from("b");
    out.push(quote);
    for &ch in b {
        match ch {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
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
    Err(vm.type_error(format!("a bytes-like object is required, not '{}'", vm.type_name(v))))
}

fn content(o: &ObjRef) -> Vec<u8> {
    match o.payload() {
        Payload::Bytes(b) => b.to_vec(),
        Payload::ByteArray(b) => b.borrow().clone(),
        _ => Vec::new(),
    }
}

fn same_kind(vm: &Vm, like: &ObjRef, data: Vec<u8>) -> Value {
    match like.payload() {
        Payload::ByteArray(_) => Value::Obj(ObjRef::new(Some(vm.t.bytearray.clone()), Payload::ByteArray(RefCell::new(data)))),
        _ => vm.new_bytes(data),
    }
}

pub fn getitem(vm: &Vm, o: &ObjRef, key: &Value) -> PyResult<Value> {
    let data = content(o);
    if let Value::Obj(k) = key {
        if let Payload::Slice(s) = k.payload() {
            let (a, b, c) = sequence::slice_indices(vm, s, data.len())?;
            return Ok(same_kind(vm, o, sequence::slice_positions(a, b, c).map(|i| data[i]).collect()));
        }
    }
    let i = sequence::index_of(vm, key, if matches!(o.payload(), Payload::Bytes(_)) { "byte" } else { "bytearray" })?;
    match sequence::norm_index(i, data.len()) {
        Some(i) => Ok(Value::Int(data[i] as i64)),
        None => Err(vm.index_error(if matches!(o.payload(), Payload::Bytes(_)) { "index out of range" } else { "bytearray index out of range" })),
    }
}

pub fn concat(vm: &Vm, a: &ObjRef, b: &ObjRef) -> Option<Value> {
    let mut d = content(a);
    d.extend(content(b));
    Some(same_kind(vm, a, d))
}

pub fn repeat(vm: &Vm, o: &ObjRef, n: i64) -> PyResult<Option<Value>> {
    let d = content(o);
    let k = sequence::check_repeat(vm, d.len(), n)?;
    Ok(Some(same_kind(vm, o, d.repeat(k))))
}

pub fn contains(vm: &Vm, o: &ObjRef, item: &Value) -> PyResult<bool> {
    let d = content(o);
    if let Some(i) = crate::types::int::as_int(item) {
        let v = i.to_i64().filter(|v| (0..256).contains(v)).ok_or_else(|| vm.value_error("byte must be in range(0, 256)"))?;
        return Ok(d.contains(&(v as u8)));
    }
    let sub = bytes_of(vm, item)?;
    Ok(sub.is_empty() || d.windows(sub.len()).any(|w| w == sub.as_slice()))
}

pub fn bytearray_setitem(vm: &Vm, o: &ObjRef, key: &Value, value: Option<Value>) -> PyResult<()> {
    let Payload::ByteArray(b) = o.payload() else { return Ok(()) };
    let i = sequence::index_of(vm, key, "bytearray")?;
    let n = b.borrow().len();
    let i = sequence::norm_index(i, n).ok_or_else(|| vm.index_error("bytearray index out of range"))?;
    match value {
        Some(v) => {
            let x = crate::types::int::as_int(&v).and_then(|x| x.to_i64()).filter(|x| (0..256).contains(x)).ok_or_else(|| vm.value_error("byte must be in range(0, 256)"))?;
            b.borrow_mut()[i] = x as u8;
        }
        None => {
            b.borrow_mut().remove(i);
        }
    }
    Ok(())
}

pub fn bytearray_extend(vm: &Vm, o: &ObjRef, it: &Value) -> PyResult<()> {
    let new = match bytes_of(vm, it) {
        Ok(b) => b,
        Err(_) => {
            let mut v = Vec::new();
            for x in iter::collect(vm, it)? {
                let n = crate::types::int::as_int(&x).and_then(|n| n.to_i64()).filter(|n| (0..256).contains(n)).ok_or_else(|| vm.value_error("byte must be in range(0, 256)"))?;
                v.push(n as u8);
            }
            v
        }
    };
    if let Payload::ByteArray(b) = o.payload() {
        b.borrow_mut().extend(new);
    }
    Ok(())
}

fn this(vm: &Vm, args: &Args) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::Bytes(_) | Payload::ByteArray(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a 'bytes' object")),
    }
}

fn b_decode(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args)?;
    let enc = args.pos.get(1).and_then(crate::vm::as_str).unwrap_or("utf-8").to_lowercase().replace('_', "-");
    let d = content(&o);
    match enc.as_str() {
        "utf-8" | "utf8" => match std::str::from_utf8(&d) {
            Ok(s) => Ok(vm.new_str(s)),
            Err(e) => {
                let pos = e.valid_up_to();
                Err(vm.unicode_decode_error(format!(
                    "'utf-8' codec can't decode byte 0x{:02x} in position {pos}: {}",
                    d[pos],
                    if e.error_len().is_none() { "unexpected end of data" } else { "invalid start byte" }
                )))
            }
        },
        "ascii" => {
            if let Some(p) = d.iter().position(|b| *b >= 0x80) {
                return Err(vm.unicode_decode_error(format!("'ascii' codec can't decode byte 0x{:02x} in position {p}: ordinal not in range(128)", d[p])));
            }
            Ok(vm.new_string(d.iter().map(|b| *b as char).collect()))
        }
        "latin-1" | "latin1" | "iso-8859-1" => Ok(vm.new_string(d.iter().map(|b| *b as char).collect())),
        other => Err(vm.lookup_error(format!("unknown encoding: {other}"))),
    }
}

fn b_hex(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args)?;
    let mut s = String::new();
    for b in content(&o) {
        let _ = write!(s, "{b:02x}");
    }
    Ok(vm.new_string(s))
}

fn b_join(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args)?;
    let sep = content(&o);
    let mut out = Vec::new();
    for (i, it) in iter::collect(vm, args.pos.get(1).unwrap_or(&Value::None))?.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend(bytes_of(vm, it).map_err(|_| vm.type_error(format!("sequence item {i}: expected a bytes-like object, {} found", vm.type_name(it))))?);
    }
    Ok(same_kind(vm, &o, out))
}

fn b_split(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args)?;
    let d = content(&o);
    let parts: Vec<Vec<u8>> = match args.pos.get(1) {
        Some(sep) if !sep.is_none() => {
            let sep = bytes_of(vm, sep)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let mut out = Vec::new();
            let mut start = 0;
            let mut i = 0;
            while i + sep.len() <= d.len() {
                if d[i..i + sep.len()] == sep[..] {
                    out.push(d[start..i].to_vec());
                    i += sep.len();
                    start = i;
                } else {
                    i += 1;
                }
            }
            out.push(d[start..].to_vec());
            out
        }
        _ => d.split(|b| b.is_ascii_whitespace()).filter(|p| !p.is_empty()).map(|p| p.to_vec()).collect(),
    };
    Ok(vm.new_list(parts.into_iter().map(|p| same_kind(vm, &o, p)).collect()))
}

fn b_upper(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args)?;
    Ok(same_kind(vm, &o, content(&o).to_ascii_uppercase()))
}

fn b_lower(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args)?;
    Ok(same_kind(vm, &o, content(&o).to_ascii_lowercase()))
}

fn b_strip(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args)?;
    let d = content(&o);
    let chars = match args.pos.get(1) {
        Some(v) if !v.is_none() => bytes_of(vm, v)?,
        _ => b" \t\n\r\x0b\x0c".to_vec(),
    };
    let start = d.iter().position(|b| !chars.contains(b)).unwrap_or(d.len());
    let end = d.iter().rposition(|b| !chars.contains(b)).map_or(start, |e| e + 1);
    Ok(same_kind(vm, &o, d[start..end.max(start)].to_vec()))
}

fn find_sub(d: &[u8], sub: &[u8]) -> Option<usize> {
    if sub.is_empty() {
        return Some(0);
    }
    d.windows(sub.len()).position(|w| w == sub)
}

fn b_find(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args)?;
    let sub = match args.pos.get(1) {
        Some(v) => match crate::types::int::as_int(v) {
            Some(n) => vec![n.to_i64().unwrap_or(0) as u8],
            None => bytes_of(vm, v)?,
        },
        None => return Err(vm.type_error("find() takes at least 1 argument (0 given)")),
    };
    Ok(Value::Int(find_sub(&content(&o), &sub).map_or(-1, |p| p as i64)))
}

fn b_replace(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args)?;
    let d = content(&o);
    let old = bytes_of(vm, args.pos.get(1).unwrap_or(&Value::None))?;
    let new = bytes_of(vm, args.pos.get(2).unwrap_or(&Value::None))?;
    let mut out = Vec::new();
    let mut i = 0;
    if old.is_empty() {
        for &b in &d {
            out.extend_from_slice(&new);
            out.push(b);
        }
        out.extend_from_slice(&new);
        return Ok(same_kind(vm, &o, out));
    }
    while i < d.len() {
        if d[i..].starts_with(&old) {
            out.extend_from_slice(&new);
            i += old.len();
        } else {
            out.push(d[i]);
            i += 1;
        }
    }
    Ok(same_kind(vm, &o, out))
}

fn b_startswith(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args)?;
    Ok(Value::Bool(content(&o).starts_with(&bytes_of(vm, args.pos.get(1).unwrap_or(&Value::None))?)))
}

fn b_endswith(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args)?;
    Ok(Value::Bool(content(&o).ends_with(&bytes_of(vm, args.pos.get(1).unwrap_or(&Value::None))?)))
}

fn b_count(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args)?;
    let d = content(&o);
    let sub = bytes_of(vm, args.pos.get(1).unwrap_or(&Value::None))?;
    if sub.is_empty() {
        return Ok(Value::Int(d.len() as i64 + 1));
    }
    let mut n = 0;
    let mut i = 0;
    while i + sub.len() <= d.len() {
        if d[i..i + sub.len()] == sub[..] {
            n += 1;
            i += sub.len();
        } else {
            i += 1;
        }
    }
    Ok(Value::Int(n))
}

fn ba_append(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args)?;
    let n = crate::types::int::as_int(args.pos.get(1).unwrap_or(&Value::None)).and_then(|n| n.to_i64()).filter(|n| (0..256).contains(n)).ok_or_else(|| vm.value_error("byte must be in range(0, 256)"))?;
    if let Payload::ByteArray(b) = o.payload() {
        b.borrow_mut().push(n as u8);
    }
    Ok(Value::None)
}

fn ba_extend(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args)?;
    bytearray_extend(vm, &o, args.pos.get(1).unwrap_or(&Value::None))?;
    Ok(Value::None)
}

fn b_fromhex(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = args.pos.get(1).and_then(crate::vm::as_str).ok_or_else(|| vm.type_error("fromhex() argument must be str"))?;
    let digits: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
    let mut out = Vec::new();
    for (i, pair) in digits.chunks(2).enumerate() {
        let hexs: String = pair.iter().collect();
        match u8::from_str_radix(&hexs, 16) {
            Ok(b) if pair.len() == 2 => out.push(b),
            _ => return Err(vm.value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i * 2 + pair.len() - 1))),
        }
    }
    let cls = args.pos[0].clone();
    if matches!(&cls, Value::Obj(c) if c.is(&vm.t.bytearray)) {
        return Ok(Value::Obj(ObjRef::new(Some(vm.t.bytearray.clone()), Payload::ByteArray(RefCell::new(out)))));
    }
    Ok(vm.new_bytes(out))
}

pub fn init(vm: &Vm) {
    for t in [vm.t.bytes.clone(), vm.t.bytearray.clone()] {
        add_method(vm, &t, "decode", b_decode);
        add_method(vm, &t, "hex", b_hex);
        add_method(vm, &t, "join", b_join);
        add_method(vm, &t, "split", b_split);
        add_method(vm, &t, "upper", b_upper);
        add_method(vm, &t, "lower", b_lower);
        add_method(vm, &t, "strip", b_strip);
        add_method(vm, &t, "find", b_find);
        add_method(vm, &t, "replace", b_replace);
        add_method(vm, &t, "startswith", b_startswith);
        add_method(vm, &t, "endswith", b_endswith);
        add_method(vm, &t, "count", b_count);
        crate::types::add_classmethod(vm, &t, "fromhex", b_fromhex);
    }
    let ba = vm.t.bytearray.clone();
    add_method(vm, &ba, "append", ba_append);
    add_method(vm, &ba, "extend", ba_extend);
}
