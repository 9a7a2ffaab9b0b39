//! Text encodings (CPython `Objects/unicodeobject.c` codecs and `Python/codecs.c` error
//! handlers): `str.encode`, `bytes.decode` and `str(b, encoding, errors)` for UTF-8, ASCII,
//! Latin-1, UTF-16 and UTF-32, plus the `UnicodeDecodeError`/`UnicodeEncodeError`
//! attributes and messages.
//!
//! Exceptions carry CPython's five arguments `(encoding, object, start, end, reason)`, so
//! `e.start`, `e.reason` and user-constructed errors all behave alike.

use crate::error::{exc_data, PyErr, PyResult};
use crate::heap::ObjRef;
use crate::object::{Args, Payload};
use crate::types::{add_getset, add_method};
use crate::value::Value;
use crate::vm::as_str;
use crate::Vm;
use std::fmt::Write;

/// The codecs ferropy implements natively.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
    /// UTF-16; `None` endianness means native order with a BOM (CPython's `utf-16`).
    Utf16(Option<bool>),
    Utf32(Option<bool>),
}

impl Codec {
    /// The canonical name CPython puts in error messages.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(None) => "utf-16",
            Codec::Utf16(Some(true)) => "utf-16-be",
            Codec::Utf16(Some(false)) => "utf-16-le",
            Codec::Utf32(None) => "utf-32",
            Codec::Utf32(Some(true)) => "utf-32-be",
            Codec::Utf32(Some(false)) => "utf-32-le",
        }
    }
}

/// Look an encoding name up the way `encodings.normalize_encoding` + the alias table do:
/// case-insensitive, with `-`, `_` and spaces interchangeable.
fn lookup(vm: &Vm, name: &str) -> PyResult<Codec> {
    let norm: String = name
        .trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '-' || c == ' ' { '_' } else { c })
        .collect();
    Ok(match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
        "ascii" | "us_ascii" | "646" | "us" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" => Codec::Latin1,
        "utf_16" | "utf16" | "u16" => Codec::Utf16(None),
        "utf_16_le" | "utf_16le" => Codec::Utf16(Some(false)),
        "utf_16_be" | "utf_16be" => Codec::Utf16(Some(true)),
        "utf_32" | "utf32" | "u32" => Codec::Utf32(None),
        "utf_32_le" | "utf_32le" => Codec::Utf32(Some(false)),
        "utf_32_be" | "utf_32be" => Codec::Utf32(Some(true)),
        _ => return Err(vm.lookup_error(format!("unknown encoding: {name}"))),
    })
}

fn unknown_handler(vm: &Vm, errors: &str) -> PyErr {
    vm.lookup_error(format!("unknown error handler name '{errors}'"))
}

/// Build a `UnicodeDecodeError`/`UnicodeEncodeError` with CPython's five arguments.
fn unicode_error(
    vm: &Vm,
    cls: &ObjRef,
    codec: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let args = vec![
        vm.new_str(codec),
        object,
        Value::Int(start as i64),
        Value::Int(end as i64),
        vm.new_str(reason),
    ];
    PyErr {
        exc: vm.new_exception(cls, args),
    }
}

/// `s.encode(encoding, errors)`.
pub fn encode(vm: &Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(vm, encoding)?;
    let limit: u32 = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Utf16(order) => {
            let big = order.unwrap_or(false);
            let mut out = Vec::with_capacity(s.len() * 2 + 2);
            if order.is_none() {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            let mut buf = [0u16; 2];
            for c in s.chars() {
                for u in c.encode_utf16(&mut buf) {
                    out.extend_from_slice(&if big {
                        u.to_be_bytes()
                    } else {
                        u.to_le_bytes()
                    });
                }
            }
            return Ok(out);
        }
        Codec::Utf32(order) => {
            let big = order.unwrap_or(false);
            let mut out = Vec::with_capacity(s.len() * 4 + 4);
            if order.is_none() {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in s.chars() {
                out.extend_from_slice(&if big {
                    (c as u32).to_be_bytes()
                } else {
                    (c as u32).to_le_bytes()
                });
            }
            return Ok(out);
        }
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        // CPython hands the whole run of unencodable characters to the error handler.
        let mut end = i + 1;
        while end < chars.len() && chars[end] as u32 >= limit {
            end += 1;
        }
        match errors {
            "strict" => {
                let reason = format!("ordinal not in range({limit})");
                return Err(unicode_error(
                    vm,
                    &vm.exc.unicode_encode_error,
                    codec.name(),
                    vm.new_str(s),
                    i,
                    end,
                    &reason,
                ));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "backslashreplace" => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(escape_char(c).as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            _ => return Err(unknown_handler(vm, errors)),
        }
        i = end;
    }
    Ok(out)
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`: how CPython escapes one character in messages and
/// for the `backslashreplace` handler.
fn escape_char(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// One undecodable span: `data[start..end]` failed for `reason`.
struct DecodeFault {
    start: usize,
    end: usize,
    reason: &'static str,
}

/// Apply the error handler to a fault; `Ok(())` means decoding continues at `fault.end`.
fn handle_decode_fault(
    vm: &Vm,
    codec: Codec,
    data: &[u8],
    errors: &str,
    fault: &DecodeFault,
    out: &mut String,
) -> PyResult<()> {
    match errors {
        "strict" => Err(unicode_error(
            vm,
            &vm.exc.unicode_decode_error,
            codec.name(),
            vm.new_bytes(data.to_vec()),
            fault.start,
            fault.end,
            fault.reason,
        )),
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            for b in &data[fault.start..fault.end] {
                let _ = write!(out, "\\x{b:02x}");
            }
            Ok(())
        }
        _ => Err(unknown_handler(vm, errors)),
    }
}

/// The next UTF-8 fault at or after `valid_up_to`, classified as CPython does: a byte that
/// can never start a sequence is an "invalid start byte"; a good start byte followed by a
/// bad byte is an "invalid continuation byte" covering the maximal valid prefix; a valid
/// prefix cut off by the end of the input is "unexpected end of data".
fn utf8_fault(data: &[u8], e: std::str::Utf8Error, base: usize) -> DecodeFault {
    let start = base + e.valid_up_to();
    match e.error_len() {
        None => DecodeFault {
            start,
            end: data.len(),
            reason: "unexpected end of data",
        },
        Some(n) => {
            let reason = if (0xc2..=0xf4).contains(&data[start]) {
                "invalid continuation byte"
            } else {
                "invalid start byte"
            };
            DecodeFault {
                start,
                end: start + n,
                reason,
            }
        }
    }
}

/// `data.decode(encoding, errors)`.
pub fn decode(vm: &Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup(vm, encoding)?;
    let mut out = String::with_capacity(data.len());
    match codec {
        Codec::Utf8 => {
            let mut pos = 0;
            loop {
                match std::str::from_utf8(&data[pos..]) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let good = &data[pos..pos + e.valid_up_to()];
                        out.push_str(std::str::from_utf8(good).expect("valid prefix"));
                        let fault = utf8_fault(data, e, pos);
                        handle_decode_fault(vm, codec, data, errors, &fault, &mut out)?;
                        pos = fault.end;
                    }
                }
            }
        }
        Codec::Ascii => {
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    let fault = DecodeFault {
                        start: i,
                        end: i + 1,
                        reason: "ordinal not in range(128)",
                    };
                    handle_decode_fault(vm, codec, data, errors, &fault, &mut out)?;
                }
            }
        }
        Codec::Latin1 => out.extend(data.iter().map(|&b| b as char)),
        Codec::Utf16(order) => decode_utf16(vm, codec, order, data, errors, &mut out)?,
        Codec::Utf32(order) => decode_utf32(vm, codec, order, data, errors, &mut out)?,
    }
    Ok(out)
}

/// Strip a byte-order mark for the endianness-free codecs; default to little-endian.
fn bom_order(data: &[u8], order: Option<bool>, bom_le: &[u8], bom_be: &[u8]) -> (bool, usize) {
    match order {
        Some(big) => (big, 0),
        None if data.starts_with(bom_le) => (false, bom_le.len()),
        None if data.starts_with(bom_be) => (true, bom_be.len()),
        None => (false, 0),
    }
}

fn decode_utf16(
    vm: &Vm,
    codec: Codec,
    order: Option<bool>,
    data: &[u8],
    errors: &str,
    out: &mut String,
) -> PyResult<()> {
    let (big, mut i) = bom_order(data, order, &[0xff, 0xfe], &[0xfe, 0xff]);
    let unit = |i: usize| {
        let b = [data[i], data[i + 1]];
        if big {
            u16::from_be_bytes(b)
        } else {
            u16::from_le_bytes(b)
        }
    };
    while i < data.len() {
        if i + 1 >= data.len() {
            let fault = DecodeFault {
                start: i,
                end: data.len(),
                reason: "truncated data",
            };
            handle_decode_fault(vm, codec, data, errors, &fault, out)?;
            break;
        }
        let u = unit(i);
        if !(0xd800..0xe000).contains(&u) {
            out.push(char::from_u32(u as u32).expect("non-surrogate"));
            i += 2;
            continue;
        }
        if u >= 0xdc00 {
            let fault = DecodeFault {
                start: i,
                end: i + 2,
                reason: "illegal encoding",
            };
            handle_decode_fault(vm, codec, data, errors, &fault, out)?;
            i += 2;
            continue;
        }
        if i + 3 >= data.len() {
            let fault = DecodeFault {
                start: i,
                end: data.len(),
                reason: "unexpected end of data",
            };
            handle_decode_fault(vm, codec, data, errors, &fault, out)?;
            break;
        }
        let lo = unit(i + 2);
        if !(0xdc00..0xe000).contains(&lo) {
            let fault = DecodeFault {
                start: i,
                end: i + 2,
                reason: "illegal UTF-16 surrogate",
            };
            handle_decode_fault(vm, codec, data, errors, &fault, out)?;
            i += 2;
            continue;
        }
        let c = 0x10000 + (((u as u32) - 0xd800) << 10) + ((lo as u32) - 0xdc00);
        out.push(char::from_u32(c).expect("valid pair"));
        i += 4;
    }
    Ok(())
}

fn decode_utf32(
    vm: &Vm,
    codec: Codec,
    order: Option<bool>,
    data: &[u8],
    errors: &str,
    out: &mut String,
) -> PyResult<()> {
    let (big, mut i) = bom_order(data, order, &[0xff, 0xfe, 0, 0], &[0, 0, 0xfe, 0xff]);
    while i < data.len() {
        if i + 3 >= data.len() {
            let fault = DecodeFault {
                start: i,
                end: data.len(),
                reason: "truncated data",
            };
            handle_decode_fault(vm, codec, data, errors, &fault, out)?;
            break;
        }
        let b = [data[i], data[i + 1], data[i + 2], data[i + 3]];
        let n = if big {
            u32::from_be_bytes(b)
        } else {
            u32::from_le_bytes(b)
        };
        match char::from_u32(n) {
            Some(c) => out.push(c),
            None => {
                let reason = if n > 0x10ffff {
                    "code point not in range(0x110000)"
                } else {
                    "code point in surrogate code point range(0xd800, 0xe000)"
                };
                let fault = DecodeFault {
                    start: i,
                    end: i + 4,
                    reason,
                };
                handle_decode_fault(vm, codec, data, errors, &fault, out)?;
            }
        }
        i += 4;
    }
    Ok(())
}

/// The `encoding` and `errors` arguments of `encode`/`decode`, with CPython's defaults and
/// type errors (`args.pos[0]` is self).
pub fn encoding_args(vm: &Vm, args: &Args, fname: &str) -> PyResult<(String, String)> {
    let rest = Args {
        pos: &args.pos[1..],
        kwnames: args.kwnames,
        kwvalues: args.kwvalues,
    };
    let a = crate::protocol::call::parse_args(vm, fname, rest, &["encoding", "errors"], 0)?;
    let get = |v: &Option<Value>, what: &str, default: &str| -> PyResult<String> {
        match v {
            None => Ok(default.to_string()),
            Some(v) => match as_str(v) {
                Some(s) => Ok(s.to_string()),
                None => Err(vm.type_error(format!(
                    "{fname}() argument '{what}' must be str, not {}",
                    vm.type_name(v)
                ))),
            },
        }
    };
    Ok((
        get(&a[0], "encoding", "utf-8")?,
        get(&a[1], "errors", "strict")?,
    ))
}

/// The five CPython arguments of a Unicode error, when the instance has them.
fn unicode_error_parts(o: &ObjRef) -> Option<Vec<Value>> {
    let args = exc_data(o).borrow().args.clone();
    let items = match args.as_obj().map(|a| a.payload()) {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => return None,
    };
    (items.len() == 5).then_some(items)
}

/// `str(UnicodeDecodeError/UnicodeEncodeError)` (`UnicodeDecodeError_str` and friends);
/// `None` when the exception was not built with the five standard arguments.
pub fn unicode_error_str(vm: &Vm, o: &ObjRef) -> Option<String> {
    let parts = unicode_error_parts(o)?;
    let enc = as_str(&parts[0])?;
    let (start, end) = (
        crate::types::int::as_int(&parts[2])?.to_i64()?,
        crate::types::int::as_int(&parts[3])?.to_i64()?,
    );
    let reason = as_str(&parts[4])?;
    let ty = vm.type_of_obj(o);
    if vm.is_subtype(&ty, &vm.exc.unicode_decode_error) {
        let data = crate::types::bytes::bytes_of(vm, &parts[1]).ok()?;
        if start >= 0 && (start as usize) < data.len() && end == start + 1 {
            return Some(format!(
                "'{enc}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
                data[start as usize]
            ));
        }
        return Some(format!(
            "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        ));
    }
    let s = as_str(&parts[1])?;
    let n = crate::prims::str_ops::char_len(s) as i64;
    if start >= 0 && start < n && end == start + 1 {
        let c = s.chars().nth(start as usize)?;
        return Some(format!(
            "'{enc}' codec can't encode character '{}' in position {start}: {reason}",
            escape_char(c)
        ));
    }
    Some(format!(
        "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
        end - 1
    ))
}

fn unicode_error_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a ObjRef> {
    match v {
        Value::Obj(o) if matches!(o.payload(), Payload::Exception(_)) => Ok(o),
        _ => Err(vm.type_error("expected a UnicodeError")),
    }
}

fn part(vm: &Vm, v: &Value, i: usize) -> PyResult<Value> {
    let o = unicode_error_of(vm, v)?;
    Ok(unicode_error_parts(o).map_or(Value::None, |p| p[i].clone()))
}

fn get_encoding(vm: &Vm, v: &Value) -> PyResult<Value> {
    part(vm, v, 0)
}

fn get_object(vm: &Vm, v: &Value) -> PyResult<Value> {
    part(vm, v, 1)
}

fn get_start(vm: &Vm, v: &Value) -> PyResult<Value> {
    part(vm, v, 2)
}

fn get_end(vm: &Vm, v: &Value) -> PyResult<Value> {
    part(vm, v, 3)
}

fn get_reason(vm: &Vm, v: &Value) -> PyResult<Value> {
    part(vm, v, 4)
}

fn unicode_error_str_m(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = unicode_error_of(vm, &args.pos[0])?;
    match unicode_error_str(vm, o) {
        Some(s) => Ok(vm.new_string(s)),
        None => Ok(vm.new_string(crate::protocol::repr::exception_str(vm, o)?)),
    }
}

pub fn init(vm: &Vm) {
    for cls in [
        vm.exc.unicode_decode_error.clone(),
        vm.exc.unicode_encode_error.clone(),
    ] {
        add_getset(vm, &cls, "encoding", get_encoding, None);
        add_getset(vm, &cls, "object", get_object, None);
        add_getset(vm, &cls, "start", get_start, None);
        add_getset(vm, &cls, "end", get_end, None);
        add_getset(vm, &cls, "reason", get_reason, None);
        add_method(vm, &cls, "__str__", unicode_error_str_m);
    }
}
