//! The methods shared by `bytes` and `bytearray` (CPython `Objects/bytes_methods.c` and
//! `stringlib`), plus the `bytearray`-only mutators.
//!
//! Searching, splitting on a separator and replacing map each byte to the code point of
//! the same value (Latin-1) and reuse `prims::str_ops`: that mapping is a bijection that
//! keeps indices, so results are byte-exact. Whitespace, case and the `is*` predicates
//! are ASCII-only for bytes and are written out here.

use super::{bytes_of, content, same_kind};
use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::object::{Args, Payload};
use crate::prims::str_ops;
use crate::protocol::{call, iter, sequence};
use crate::types::add_method;
use crate::value::Value;
use crate::Vm;

/// Bytes as a Latin-1 string (one code point per byte).
fn latin1(d: &[u8]) -> String {
    d.iter().map(|&b| b as char).collect()
}

/// The inverse of [`latin1`]; every char is below 256 by construction.
fn unlatin1(s: &str) -> Vec<u8> {
    s.chars().map(|c| c as u32 as u8).collect()
}

/// `bytes.isspace` whitespace: ASCII space, `\t\n\r\x0b\x0c`.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn this(vm: &Vm, args: &Args) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::Bytes(_) | Payload::ByteArray(_)) => {
            Ok(o.clone())
        }
        _ => Err(vm.type_error("descriptor requires a 'bytes' object")),
    }
}

/// Positional/keyword arguments after self, checked against `names`.
fn parse<'a>(
    vm: &Vm,
    args: &Args<'a>,
    fname: &str,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    call::parse_args(
        vm,
        fname,
        Args {
            pos: &args.pos[1..],
            kwnames: args.kwnames,
            kwvalues: args.kwvalues,
        },
        names,
        required,
    )
}

use super::byte_from as byte_value;

/// The needle of `find`/`count`/`index`/`in`: a bytes-like object or an int byte.
fn needle(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if crate::types::int::as_int(v).is_some() {
        return Ok(vec![byte_value(vm, v)?]);
    }
    bytes_of(vm, v).map_err(|_| {
        vm.type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            vm.type_name(v)
        ))
    })
}

/// An optional slice bound (`None` or an index).
fn bound(vm: &Vm, v: &Option<Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => sequence::index_of(vm, v, "slice").map(Some),
    }
}

fn find_impl(vm: &Vm, args: &Args, name: &str, rev: bool) -> PyResult<i64> {
    let o = this(vm, args)?;
    let a = parse(vm, args, name, &["sub", "start", "end"], 1)?;
    let sub = latin1(&needle(vm, a[0].as_ref().expect("required"))?);
    let hay = latin1(&content(&o));
    let (st, en) = (bound(vm, &a[1])?, bound(vm, &a[2])?);
    Ok(if rev {
        str_ops::rfind(&hay, &sub, st, en)
    } else {
        str_ops::find(&hay, &sub, st, en)
    })
}

fn b_find(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, &args, "find", false)?))
}

fn b_rfind(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, &args, "rfind", true)?))
}

fn b_index(vm: &Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, &args, "index", false)? {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}

fn b_rindex(vm: &Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, &args, "rindex", true)? {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}

fn b_count(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args)?;
    let a = parse(vm, &args, "count", &["sub", "start", "end"], 1)?;
    let sub = latin1(&needle(vm, a[0].as_ref().expect("required"))?);
    let n = str_ops::count(
        &latin1(&content(&o)),
        &sub,
        bound(vm, &a[1])?,
        bound(vm, &a[2])?,
    );
    Ok(Value::Int(n as i64))
}

fn affix_impl(vm: &Vm, args: &Args, name: &str, ends: bool) -> PyResult<Value> {
    let o = this(vm, args)?;
    let a = parse(vm, args, name, &["prefix", "start", "end"], 1)?;
    let hay = latin1(&content(&o));
    let (st, en) = (bound(vm, &a[1])?, bound(vm, &a[2])?);
    let check = |p: &[u8]| {
        let p = latin1(p);
        if ends {
            str_ops::endswith(&hay, &p, st, en)
        } else {
            str_ops::startswith(&hay, &p, st, en)
        }
    };
    let arg = a[0].as_ref().expect("required");
    if let Value::Obj(t) = arg {
        if let Payload::Tuple(items) = t.payload() {
            for item in items.iter() {
                let p = bytes_of(vm, item).map_err(|_| {
                    vm.type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        vm.type_name(item)
                    ))
                })?;
                if check(&p) {
                    return Ok(Value::Bool(true));
                }
            }
            return Ok(Value::Bool(false));
        }
    }
    let p = bytes_of(vm, arg).map_err(|_| {
        vm.type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            vm.type_name(arg)
        ))
    })?;
    Ok(Value::Bool(check(&p)))
}

fn b_startswith(vm: &Vm, args: Args) -> PyResult<Value> {
    affix_impl(vm, &args, "startswith", false)
}

fn b_endswith(vm: &Vm, args: Args) -> PyResult<Value> {
    affix_impl(vm, &args, "endswith", true)
}

fn b_replace(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args)?;
    let a = parse(vm, &args, "replace", &["old", "new", "count"], 2)?;
    let old = latin1(&bytes_of(vm, a[0].as_ref().expect("required"))?);
    let new = latin1(&bytes_of(vm, a[1].as_ref().expect("required"))?);
    let count = match &a[2] {
        Some(v) => sequence::index_of(vm, v, "count")?,
        None => -1,
    };
    let hay = latin1(&content(&o));
    // Guard the result size the way CPython does before allocating.
    let hits = if old.is_empty() {
        hay.len() + 1
    } else {
        str_ops::count(&hay, &old, None, None)
    };
    let hits = if count >= 0 {
        hits.min(count as usize)
    } else {
        hits
    };
    let grow = (new.len() as u128) * hits as u128;
    if grow > isize::MAX as u128 / 2 {
        return Err(vm.overflow_error("replace bytes is too long"));
    }
    Ok(same_kind(
        vm,
        &o,
        unlatin1(&str_ops::replace(&hay, &old, &new, count)),
    ))
}

/// `sep` and `maxsplit` of `split`/`rsplit`.
fn split_args(vm: &Vm, args: &Args, name: &str) -> PyResult<(Option<Vec<u8>>, i64)> {
    let a = parse(vm, args, name, &["sep", "maxsplit"], 0)?;
    let sep = match &a[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let s = bytes_of(vm, v)?;
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s)
        }
    };
    let maxsplit = match &a[1] {
        Some(v) => sequence::index_of(vm, v, "maxsplit")?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

/// Whitespace split (ASCII whitespace only), from the left or the right.
fn split_ws(d: &[u8], maxsplit: i64, rev: bool) -> Vec<Vec<u8>> {
    let mut left = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut out = Vec::new();
    if !rev {
        let mut i = 0;
        while i < d.len() {
            while i < d.len() && is_space(d[i]) {
                i += 1;
            }
            if i == d.len() {
                break;
            }
            if left == 0 {
                let mut end = d.len();
                while end > i && is_space(d[end - 1]) {
                    end -= 1;
                }
                out.push(d[i..end].to_vec());
                break;
            }
            let start = i;
            while i < d.len() && !is_space(d[i]) {
                i += 1;
            }
            out.push(d[start..i].to_vec());
            left -= 1;
        }
    } else {
        let mut i = d.len();
        while i > 0 {
            while i > 0 && is_space(d[i - 1]) {
                i -= 1;
            }
            if i == 0 {
                break;
            }
            if left == 0 {
                let mut start = 0;
                while start < i && is_space(d[start]) {
                    start += 1;
                }
                out.push(d[start..i].to_vec());
                break;
            }
            let end = i;
            while i > 0 && !is_space(d[i - 1]) {
                i -= 1;
            }
            out.push(d[i..end].to_vec());
            left -= 1;
        }
        out.reverse();
    }
    out
}

fn split_impl(vm: &Vm, args: &Args, name: &str, rev: bool) -> PyResult<Value> {
    let o = this(vm, args)?;
    let (sep, maxsplit) = split_args(vm, args, name)?;
    let d = content(&o);
    let parts: Vec<Vec<u8>> = match sep {
        None => split_ws(&d, maxsplit, rev),
        Some(sep) => {
            let (hay, sep) = (latin1(&d), latin1(&sep));
            let r = if rev {
                str_ops::rsplit(&hay, Some(&sep), maxsplit)
            } else {
                str_ops::split(&hay, Some(&sep), maxsplit)
            };
            r.map_err(|e| crate::format::prim_err(vm, e))?
                .into_iter()
                .map(unlatin1)
                .collect()
        }
    };
    Ok(vm.new_list(parts.into_iter().map(|p| same_kind(vm, &o, p)).collect()))
}

fn b_split(vm: &Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, &args, "split", false)
}

fn b_rsplit(vm: &Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, &args, "rsplit", true)
}

fn b_splitlines(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args)?;
    let a = parse(vm, &args, "splitlines", &["keepends"], 0)?;
    let keep = match &a[0] {
        Some(v) => crate::protocol::number::truthy(vm, v)?,
        None => false,
    };
    let d = content(&o);
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    // Only `\n`, `\r` and `\r\n` end a line in bytes.
    while i < d.len() {
        if d[i] == b'\n' || d[i] == b'\r' {
            let mut end = i + 1;
            if d[i] == b'\r' && d.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            out.push(same_kind(
                vm,
                &o,
                d[start..if keep { end } else { i }].to_vec(),
            ));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < d.len() {
        out.push(same_kind(vm, &o, d[start..].to_vec()));
    }
    Ok(vm.new_list(out))
}

fn partition_impl(vm: &Vm, args: &Args, rev: bool) -> PyResult<Value> {
    let o = this(vm, args)?;
    crate::protocol::call::check_arity(
        vm,
        if rev { "rpartition" } else { "partition" },
        &Args::new(&args.pos[1..]),
        1,
        1,
    )?;
    let sep = bytes_of(vm, &args.pos[1])?;
    let (hay, sep) = (latin1(&content(&o)), latin1(&sep));
    let r = if rev {
        str_ops::rpartition(&hay, &sep)
    } else {
        str_ops::partition(&hay, &sep)
    };
    let (a, b, c) = r.map_err(|e| crate::format::prim_err(vm, e))?;
    Ok(vm.new_tuple(vec![
        same_kind(vm, &o, unlatin1(a)),
        same_kind(vm, &o, unlatin1(b)),
        same_kind(vm, &o, unlatin1(c)),
    ]))
}

fn b_partition(vm: &Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, &args, false)
}

fn b_rpartition(vm: &Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, &args, true)
}

/// `strip`/`lstrip`/`rstrip`: `which` is 1 for left, 2 for right, 3 for both.
fn strip_impl(vm: &Vm, args: &Args, name: &str, which: u8) -> PyResult<Value> {
    let o = this(vm, args)?;
    let a = parse(vm, args, name, &["bytes"], 0)?;
    let chars = match &a[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_of(vm, v)?),
    };
    let strip_it = |b: u8| match &chars {
        None => is_space(b),
        Some(cs) => cs.contains(&b),
    };
    let d = content(&o);
    let mut start = 0;
    let mut end = d.len();
    if which & 1 != 0 {
        while start < end && strip_it(d[start]) {
            start += 1;
        }
    }
    if which & 2 != 0 {
        while end > start && strip_it(d[end - 1]) {
            end -= 1;
        }
    }
    Ok(same_kind(vm, &o, d[start..end].to_vec()))
}

fn b_strip(vm: &Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, &args, "strip", 3)
}

fn b_lstrip(vm: &Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, &args, "lstrip", 1)
}

fn b_rstrip(vm: &Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, &args, "rstrip", 2)
}

fn b_join(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args)?;
    crate::protocol::call::check_arity(vm, "join", &Args::new(&args.pos[1..]), 1, 1)?;
    let sep = content(&o);
    let mut out = Vec::new();
    for (i, it) in iter::collect(vm, &args.pos[1])?.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend(bytes_of(vm, it).map_err(|_| {
            vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                vm.type_name(it)
            ))
        })?);
    }
    Ok(same_kind(vm, &o, out))
}

/// Apply an ASCII case mapping to each byte.
fn map_case(vm: &Vm, args: &Args, f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let o = this(vm, args)?;
    Ok(same_kind(vm, &o, f(&content(&o))))
}

fn b_upper(vm: &Vm, args: Args) -> PyResult<Value> {
    map_case(vm, &args, |d| d.to_ascii_uppercase())
}

fn b_lower(vm: &Vm, args: Args) -> PyResult<Value> {
    map_case(vm, &args, |d| d.to_ascii_lowercase())
}

fn b_swapcase(vm: &Vm, args: Args) -> PyResult<Value> {
    map_case(vm, &args, |d| {
        d.iter()
            .map(|&b| {
                if b.is_ascii_uppercase() {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                }
            })
            .collect()
    })
}

fn b_capitalize(vm: &Vm, args: Args) -> PyResult<Value> {
    map_case(vm, &args, |d| {
        d.iter()
            .enumerate()
            .map(|(i, b)| {
                if i == 0 {
                    b.to_ascii_uppercase()
                } else {
                    b.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn b_title(vm: &Vm, args: Args) -> PyResult<Value> {
    map_case(vm, &args, |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|&b| {
                let r = if prev_cased {
                    b.to_ascii_lowercase()
                } else {
                    b.to_ascii_uppercase()
                };
                prev_cased = b.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

macro_rules! predicate {
    ($fname:ident, $test:expr) => {
        fn $fname(vm: &Vm, args: Args) -> PyResult<Value> {
            let o = this(vm, &args)?;
            let d = content(&o);
            let f: fn(&[u8]) -> bool = $test;
            Ok(Value::Bool(f(&d)))
        }
    };
}

predicate!(b_isalpha, |d| !d.is_empty()
    && d.iter().all(u8::is_ascii_alphabetic));
predicate!(b_isalnum, |d| !d.is_empty()
    && d.iter().all(u8::is_ascii_alphanumeric));
predicate!(b_isdigit, |d| !d.is_empty()
    && d.iter().all(u8::is_ascii_digit));
predicate!(b_isspace, |d| !d.is_empty()
    && d.iter().all(|b| is_space(*b)));
predicate!(b_isascii, |d| d.is_ascii());
predicate!(b_islower, |d| d.iter().any(u8::is_ascii_lowercase)
    && !d.iter().any(u8::is_ascii_uppercase));
predicate!(b_isupper, |d| d.iter().any(u8::is_ascii_uppercase)
    && !d.iter().any(u8::is_ascii_lowercase));
predicate!(b_istitle, |d| str_ops::istitle(&latin1(
    &d.iter()
        .map(|&b| if b.is_ascii() { b } else { b'.' })
        .collect::<Vec<_>>()
)));

/// `width` and the one-byte `fillchar` of `center`/`ljust`/`rjust`.
fn pad_args(vm: &Vm, args: &Args, name: &str) -> PyResult<(i64, char)> {
    crate::protocol::call::check_arity(vm, name, &Args::new(&args.pos[1..]), 1, 2)?;
    let width = sequence::index_of(vm, &args.pos[1], "width")?;
    let fill = match args.pos.get(2) {
        None => ' ',
        Some(v) => match bytes_of(vm, v) {
            Ok(b) if b.len() == 1 => b[0] as char,
            _ => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    if bytes_of(vm, v).is_ok() {
                        "bytes".to_string()
                    } else {
                        vm.type_name(v).to_string()
                    }
                )))
            }
        },
    };
    Ok((width, fill))
}

fn pad_impl(vm: &Vm, args: &Args, name: &str, f: fn(&str, i64, char) -> String) -> PyResult<Value> {
    let o = this(vm, args)?;
    let (width, fill) = pad_args(vm, args, name)?;
    Ok(same_kind(
        vm,
        &o,
        unlatin1(&f(&latin1(&content(&o)), width, fill)),
    ))
}

fn b_center(vm: &Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, &args, "center", str_ops::center)
}

fn b_ljust(vm: &Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, &args, "ljust", str_ops::ljust)
}

fn b_rjust(vm: &Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, &args, "rjust", str_ops::rjust)
}

fn b_zfill(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args)?;
    crate::protocol::call::check_arity(vm, "zfill", &Args::new(&args.pos[1..]), 1, 1)?;
    let width = sequence::index_of(vm, &args.pos[1], "width")?;
    Ok(same_kind(
        vm,
        &o,
        unlatin1(&str_ops::zfill(&latin1(&content(&o)), width)),
    ))
}

fn b_expandtabs(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args)?;
    let a = parse(vm, &args, "expandtabs", &["tabsize"], 0)?;
    let size = match &a[0] {
        Some(v) => sequence::index_of(vm, v, "tabsize")?,
        None => 8,
    };
    Ok(same_kind(
        vm,
        &o,
        unlatin1(&str_ops::expandtabs(&latin1(&content(&o)), size)),
    ))
}

fn affix_remove(vm: &Vm, args: &Args, suffix: bool) -> PyResult<Value> {
    let o = this(vm, args)?;
    crate::protocol::call::check_arity(
        vm,
        if suffix {
            "removesuffix"
        } else {
            "removeprefix"
        },
        &Args::new(&args.pos[1..]),
        1,
        1,
    )?;
    let p = bytes_of(vm, &args.pos[1])?;
    let d = content(&o);
    let out = if suffix {
        d.strip_suffix(p.as_slice())
    } else {
        d.strip_prefix(p.as_slice())
    };
    Ok(same_kind(vm, &o, out.unwrap_or(&d).to_vec()))
}

fn b_removeprefix(vm: &Vm, args: Args) -> PyResult<Value> {
    affix_remove(vm, &args, false)
}

fn b_removesuffix(vm: &Vm, args: Args) -> PyResult<Value> {
    affix_remove(vm, &args, true)
}

fn b_decode(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args)?;
    let (encoding, errors) = crate::types::str::codecs::encoding_args(vm, &args, "decode")?;
    Ok(vm.new_string(crate::types::str::codecs::decode(
        vm,
        &content(&o),
        &encoding,
        &errors,
    )?))
}

/// `hex(sep=None, bytes_per_sep=1)`: groups count from the right, or from the left when
/// `bytes_per_sep` is negative.
fn b_hex(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args)?;
    let a = parse(vm, &args, "hex", &["sep", "bytes_per_sep"], 0)?;
    let d = content(&o);
    let sep = match &a[0] {
        None => None,
        Some(v) => {
            let s = match crate::vm::as_str(v) {
                Some(s) => s.to_string(),
                None => String::from_utf8_lossy(&bytes_of(vm, v)?).into_owned(),
            };
            if s.chars().count() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            Some(s)
        }
    };
    let per = match &a[1] {
        Some(v) => sequence::index_of(vm, v, "bytes_per_sep")?,
        None => 1,
    };
    let digits: Vec<String> = d.iter().map(|b| format!("{b:02x}")).collect();
    let (Some(sep), true) = (sep, per != 0) else {
        return Ok(vm.new_string(digits.concat()));
    };
    let k = per.unsigned_abs() as usize;
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        // Groups are anchored at the right end.
        let first = d.len() % k;
        if first > 0 {
            groups.push(digits[..first].concat());
        }
        groups.extend(digits[first..].chunks(k).map(|c| c.concat()));
    } else {
        groups.extend(digits.chunks(k).map(|c| c.concat()));
    }
    Ok(vm.new_string(groups.join(&sep)))
}

fn b_translate(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args)?;
    let a = parse(vm, &args, "translate", &["table", "delete"], 1)?;
    let table = match a[0].as_ref().expect("required") {
        Value::None => None,
        t => {
            let t = bytes_of(vm, t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match &a[1] {
        Some(v) => bytes_of(vm, v)?,
        None => Vec::new(),
    };
    let out = content(&o)
        .into_iter()
        .filter(|b| !delete.contains(b))
        .map(|b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    Ok(same_kind(vm, &o, out))
}

fn b_maketrans(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::protocol::call::check_arity(vm, "maketrans", &args, 2, 2)?;
    let (from, to) = (bytes_of(vm, &args.pos[0])?, bytes_of(vm, &args.pos[1])?);
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(vm.new_bytes(table))
}

fn b_fromhex(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::protocol::call::check_arity(vm, "fromhex", &Args::new(&args.pos[1..]), 1, 1)?;
    let s = crate::vm::as_str(&args.pos[1]).ok_or_else(|| {
        vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(&args.pos[1])
        ))
    })?;
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    // Whitespace is allowed only between pairs of digits (CPython `_PyBytes_FromHex`).
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16).filter(|_| chars[i].is_ascii());
        let lo = chars
            .get(i + 1)
            .and_then(|c| c.to_digit(16).filter(|_| c.is_ascii()));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (None, _) => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {i}"
                )))
            }
            (Some(_), None) => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                )))
            }
        }
        i += 2;
    }
    let cls = args.pos[0].clone();
    let base = if matches!(&cls, Value::Obj(c) if vm.is_subtype(c, &vm.t.bytearray)) {
        super::new_bytearray(vm, out)
    } else {
        vm.new_bytes(out)
    };
    match &cls {
        Value::Obj(c) if !c.is(&vm.t.bytes) && !c.is(&vm.t.bytearray) => {
            call::call(vm, &cls, &[base])
        }
        _ => Ok(base),
    }
}

fn b_len(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(content(&this(vm, &args)?).len() as i64))
}

fn b_getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args)?;
    crate::protocol::call::check_arity(vm, "__getitem__", &Args::new(&args.pos[1..]), 1, 1)?;
    super::getitem(vm, &o, &args.pos[1])
}

fn b_contains(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args)?;
    crate::protocol::call::check_arity(vm, "__contains__", &Args::new(&args.pos[1..]), 1, 1)?;
    super::contains(vm, &o, &args.pos[1]).map(Value::Bool)
}

fn b_mod(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args)?;
    crate::protocol::call::check_arity(vm, "__mod__", &Args::new(&args.pos[1..]), 1, 1)?;
    super::percent_format(vm, &o, &args.pos[1])
}

// ----- bytearray mutators ----------------------------------------------------

fn with_buf<R>(vm: &Vm, args: &Args, f: impl FnOnce(&mut Vec<u8>) -> PyResult<R>) -> PyResult<R> {
    let o = this(vm, args)?;
    match o.payload() {
        Payload::ByteArray(b) => f(&mut b.borrow_mut()),
        _ => Err(vm.type_error("descriptor requires a 'bytearray' object")),
    }
}

fn ba_append(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::protocol::call::check_arity(vm, "append", &Args::new(&args.pos[1..]), 1, 1)?;
    let b = byte_value(vm, &args.pos[1])?;
    with_buf(vm, &args, |d| {
        d.push(b);
        Ok(Value::None)
    })
}

fn ba_extend(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args)?;
    crate::protocol::call::check_arity(vm, "extend", &Args::new(&args.pos[1..]), 1, 1)?;
    super::bytearray_extend(vm, &o, &args.pos[1])?;
    Ok(Value::None)
}

fn ba_insert(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::protocol::call::check_arity(vm, "insert", &Args::new(&args.pos[1..]), 2, 2)?;
    let i = sequence::index_of(vm, &args.pos[1], "index")?;
    let b = byte_value(vm, &args.pos[2])?;
    with_buf(vm, &args, |d| {
        let n = d.len() as i64;
        let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
        d.insert(i as usize, b);
        Ok(Value::None)
    })
}

fn ba_pop(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::protocol::call::check_arity(vm, "pop", &Args::new(&args.pos[1..]), 0, 1)?;
    let i = match args.pos.get(1) {
        Some(v) => sequence::index_of(vm, v, "index")?,
        None => -1,
    };
    with_buf(vm, &args, |d| {
        if d.is_empty() {
            return Err(vm.index_error("pop from empty bytearray"));
        }
        let i = sequence::norm_index(i, d.len())
            .ok_or_else(|| vm.index_error("pop index out of range"))?;
        Ok(Value::Int(d.remove(i) as i64))
    })
}

fn ba_remove(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::protocol::call::check_arity(vm, "remove", &Args::new(&args.pos[1..]), 1, 1)?;
    let b = byte_value(vm, &args.pos[1])?;
    with_buf(vm, &args, |d| {
        let i = d
            .iter()
            .position(|x| *x == b)
            .ok_or_else(|| vm.value_error("value not found in bytearray"))?;
        d.remove(i);
        Ok(Value::None)
    })
}

fn ba_reverse(vm: &Vm, args: Args) -> PyResult<Value> {
    with_buf(vm, &args, |d| {
        d.reverse();
        Ok(Value::None)
    })
}

fn ba_clear(vm: &Vm, args: Args) -> PyResult<Value> {
    with_buf(vm, &args, |d| {
        d.clear();
        Ok(Value::None)
    })
}

fn ba_copy(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = with_buf(vm, &args, |d| Ok(d.clone()))?;
    Ok(super::new_bytearray(vm, d))
}

fn ba_setitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args)?;
    crate::protocol::call::check_arity(vm, "__setitem__", &Args::new(&args.pos[1..]), 2, 2)?;
    super::bytearray_setitem(vm, &o, &args.pos[1], Some(args.pos[2].clone()))?;
    Ok(Value::None)
}

fn ba_delitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args)?;
    crate::protocol::call::check_arity(vm, "__delitem__", &Args::new(&args.pos[1..]), 1, 1)?;
    super::bytearray_setitem(vm, &o, &args.pos[1], None)?;
    Ok(Value::None)
}

pub fn init(vm: &Vm) {
    let shared: &[(&'static str, crate::object::NativeFn)] = &[
        ("find", b_find),
        ("rfind", b_rfind),
        ("index", b_index),
        ("rindex", b_rindex),
        ("count", b_count),
        ("startswith", b_startswith),
        ("endswith", b_endswith),
        ("replace", b_replace),
        ("split", b_split),
        ("rsplit", b_rsplit),
        ("splitlines", b_splitlines),
        ("partition", b_partition),
        ("rpartition", b_rpartition),
        ("strip", b_strip),
        ("lstrip", b_lstrip),
        ("rstrip", b_rstrip),
        ("join", b_join),
        ("upper", b_upper),
        ("lower", b_lower),
        ("swapcase", b_swapcase),
        ("capitalize", b_capitalize),
        ("title", b_title),
        ("isalpha", b_isalpha),
        ("isalnum", b_isalnum),
        ("isdigit", b_isdigit),
        ("isspace", b_isspace),
        ("isascii", b_isascii),
        ("islower", b_islower),
        ("isupper", b_isupper),
        ("istitle", b_istitle),
        ("center", b_center),
        ("ljust", b_ljust),
        ("rjust", b_rjust),
        ("zfill", b_zfill),
        ("expandtabs", b_expandtabs),
        ("removeprefix", b_removeprefix),
        ("removesuffix", b_removesuffix),
        ("decode", b_decode),
        ("hex", b_hex),
        ("translate", b_translate),
        ("__len__", b_len),
        ("__getitem__", b_getitem),
        ("__contains__", b_contains),
        ("__mod__", b_mod),
    ];
    for t in [vm.t.bytes.clone(), vm.t.bytearray.clone()] {
        for (name, f) in shared {
            add_method(vm, &t, name, *f);
        }
        crate::types::add_classmethod(vm, &t, "fromhex", b_fromhex);
        crate::types::type_set(vm, &t, "maketrans", {
            let f = vm.new_native("maketrans", b_maketrans, None);
            Value::Obj(ObjRef::new(
                Some(vm.t.staticmethod.clone()),
                Payload::StaticMethod(f),
            ))
        });
    }
    let ba = vm.t.bytearray.clone();
    let mutators: &[(&'static str, crate::object::NativeFn)] = &[
        ("append", ba_append),
        ("extend", ba_extend),
        ("insert", ba_insert),
        ("pop", ba_pop),
        ("remove", ba_remove),
        ("reverse", ba_reverse),
        ("clear", ba_clear),
        ("copy", ba_copy),
        ("__setitem__", ba_setitem),
        ("__delitem__", ba_delitem),
    ];
    for (name, f) in mutators {
        add_method(vm, &ba, name, *f);
    }
}
