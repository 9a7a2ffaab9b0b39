//! `str` (CPython `Objects/unicodeobject.c`): indexing by code point, the common methods,
//! and `%`-formatting. Text is stored as UTF-8; ASCII strings index in O(1).

use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::object::{Args, Payload, PyStr};
use crate::prims::str_ops;
use crate::protocol::{iter, repr, sequence};
use crate::types::add_method;
use crate::value::Value;
use crate::vm::as_str;
use crate::Vm;

pub mod codecs;

/// A one-character str (ASCII characters are interned, like CPython's latin-1 cache).
pub fn char_value(vm: &Vm, c: char) -> Value {
    if c.is_ascii() {
        let o = vm.ascii_strs[c as usize].get_or_init(|| {
            let mut buf = [0u8; 4];
            vm.intern(c.encode_utf8(&mut buf))
        });
        return Value::Obj(o.clone());
    }
    vm.new_string(c.to_string())
}

/// A new str whose length in code points is already known (a slice or split piece of a
/// str whose counts are known), skipping `PyStr::new`'s scan of the text.
#[inline]
pub fn new_str_counted(vm: &Vm, s: &str, char_len: usize) -> Value {
    if s.is_empty() {
        return vm.new_str("");
    }
    debug_assert_eq!(char_len, s.chars().count());
    Value::Obj(ObjRef::new(
        Some(vm.t.str.clone()),
        Payload::Str(PyStr {
            s: s.into(),
            char_len,
            hash: std::cell::Cell::new(-1),
            interned: std::cell::Cell::new(false),
        }),
    ))
}

/// A piece of a str that `self_ascii` says is ASCII (then so is the piece).
#[inline]
fn new_piece(vm: &Vm, s: &str, self_ascii: bool) -> Value {
    if self_ascii {
        new_str_counted(vm, s, s.len())
    } else {
        vm.new_str(s)
    }
}

/// `self` of a str method is an exact str (so returning it unchanged is allowed, as
/// CPython does when nothing changes) — and whether it is ASCII.
fn self_info(vm: &Vm, args: &Args) -> (bool, bool) {
    match args.pos.first() {
        Some(Value::Obj(o)) => match o.payload() {
            Payload::Str(ps) => (vm.type_of_obj(o).is(&vm.t.str), ps.is_ascii()),
            _ => (false, false),
        },
        _ => (false, false),
    }
}

fn pystr(o: &ObjRef) -> &PyStr {
    match o.payload() {
        Payload::Str(s) => s,
        _ => panic!("not a str"),
    }
}

/// Byte offset of code point `i` (i <= char_len).
pub fn byte_offset(s: &PyStr, i: usize) -> usize {
    if s.is_ascii() {
        return i;
    }
    s.s.char_indices().nth(i).map_or(s.s.len(), |(b, _)| b)
}

pub fn getitem(vm: &Vm, o: &ObjRef, key: &Value) -> PyResult<Value> {
    let s = pystr(o);
    if let Value::Obj(k) = key {
        if let Payload::Slice(sl) = k.payload() {
            let (start, stop, step) = sequence::slice_indices(vm, sl, s.char_len)?;
            if step == 1 {
                if start >= stop {
                    return Ok(vm.new_str(""));
                }
                let (a, b) = (
                    byte_offset(s, start as usize),
                    byte_offset(s, stop as usize),
                );
                return Ok(new_str_counted(vm, &s.s[a..b], (stop - start) as usize));
            }
            let chars: Vec<char> = s.s.chars().collect();
            let out: String = sequence::slice_positions(start, stop, step)
                .map(|i| chars[i])
                .collect();
            return Ok(vm.new_string(out));
        }
    }
    // str's message differs from the other sequences' ("integers, not 'T'").
    let is_index = crate::types::int::as_int(key).is_some()
        || crate::types::lookup_str(vm, &vm.type_of(key), "__index__").is_some();
    if !is_index {
        return Err(vm.type_error(format!(
            "string indices must be integers, not '{}'",
            vm.type_name(key)
        )));
    }
    let i = sequence::index_of(vm, key, "string")?;
    match sequence::norm_index(i, s.char_len) {
        Some(i) => {
            if s.is_ascii() {
                Ok(char_value(vm, s.s.as_bytes()[i] as char))
            } else {
                Ok(char_value(vm, s.s.chars().nth(i).expect("in range")))
            }
        }
        None => Err(vm.index_error("string index out of range")),
    }
}

fn this<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a str> {
    match args.pos.first() {
        Some(v) => as_str(v).ok_or_else(|| {
            vm.type_error(format!(
                "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
                vm.type_name(v)
            ))
        }),
        None => Err(vm.type_error(format!("unbound method str.{name}() needs an argument"))),
    }
}

/// Self of a method that takes no arguments (`str.upper() takes no arguments (1 given)`).
fn this_no_args<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a str> {
    let s = this(vm, args, name)?;
    if args.pos.len() > 1 || args.has_kwargs() {
        let n = args.pos.len() - 1 + args.kwnames.len();
        return Err(vm.type_error(format!("str.{name}() takes no arguments ({n} given)")));
    }
    Ok(s)
}

fn str_arg<'a>(vm: &Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| vm.type_error(format!("{what} must be str, not {}", vm.type_name(v))))
}

fn opt_chars<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<Option<&'a str>> {
    match args.pos.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(v) => as_str(v)
            .map(Some)
            .ok_or_else(|| vm.type_error(format!("{name} arg must be None or str"))),
    }
}

fn str_strip(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "strip")?;
    let r = str_ops::strip(s, opt_chars(vm, &args, "strip")?);
    let (exact, ascii) = self_info(vm, &args);
    if exact && r.len() == s.len() {
        return Ok(args.pos[0].clone());
    }
    Ok(new_piece(vm, r, ascii))
}

fn str_lstrip(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "lstrip")?;
    let r = str_ops::lstrip(s, opt_chars(vm, &args, "lstrip")?);
    let (exact, ascii) = self_info(vm, &args);
    if exact && r.len() == s.len() {
        return Ok(args.pos[0].clone());
    }
    Ok(new_piece(vm, r, ascii))
}

fn str_rstrip(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "rstrip")?;
    let r = str_ops::rstrip(s, opt_chars(vm, &args, "rstrip")?);
    let (exact, ascii) = self_info(vm, &args);
    if exact && r.len() == s.len() {
        return Ok(args.pos[0].clone());
    }
    Ok(new_piece(vm, r, ascii))
}

fn split_args<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<(Option<&'a str>, i64)> {
    let parsed = crate::protocol::call::parse_args(
        vm,
        name,
        Args {
            pos: &args.pos[1..],
            kwnames: args.kwnames,
            kwvalues: args.kwvalues,
        },
        &["sep", "maxsplit"],
        0,
    )?;
    let sep = match &parsed[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let _ = v;
            let idx = args.pos.get(1).map(|_| 1);
            let v = match idx {
                Some(i) => &args.pos[i],
                None => args
                    .kwnames
                    .iter()
                    .position(|k| as_str(k) == Some("sep"))
                    .map(|i| &args.kwvalues[i])
                    .expect("sep given"),
            };
            let s = str_arg(vm, v, "sep")?;
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(s)
        }
    };
    let maxsplit = match &parsed[1] {
        None => -1,
        Some(v) => sequence::index_of(vm, v, "maxsplit")?,
    };
    Ok((sep, maxsplit))
}

/// `s.split(None, maxsplit)`: runs of Python whitespace (`str.isspace`, which includes
/// `\x1c`-`\x1f` unlike Rust's `char::is_whitespace`).
pub fn split_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    str_ops::split(s, None, maxsplit).expect("whitespace split cannot fail")
}

fn str_split(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "split")?;
    let (sep, maxsplit) = split_args(vm, &args, "split")?;
    let (_, ascii) = self_info(vm, &args);
    let items: Vec<Value> = match sep {
        None => split_whitespace(s, maxsplit)
            .into_iter()
            .map(|p| new_piece(vm, p, ascii))
            .collect(),
        Some(sep) => {
            if maxsplit < 0 {
                s.split(sep).map(|p| new_piece(vm, p, ascii)).collect()
            } else {
                s.splitn(maxsplit as usize + 1, sep)
                    .map(|p| new_piece(vm, p, ascii))
                    .collect()
            }
        }
    };
    Ok(vm.new_list(items))
}

fn str_rsplit(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "rsplit")?;
    let (sep, maxsplit) = split_args(vm, &args, "rsplit")?;
    let mut parts: Vec<String> = match sep {
        None => {
            let mut parts: Vec<String> = str_ops::rsplit(s, None, maxsplit)
                .expect("whitespace split cannot fail")
                .into_iter()
                .map(str::to_string)
                .collect();
            // Undo the reversal below: str_ops already returns left-to-right order.
            parts.reverse();
            parts
        }
        Some(sep) => {
            if maxsplit < 0 {
                s.rsplit(sep).map(str::to_string).collect()
            } else {
                s.rsplitn(maxsplit as usize + 1, sep)
                    .map(str::to_string)
                    .collect()
            }
        }
    };
    parts.reverse();
    Ok(vm.new_list(parts.into_iter().map(|p| vm.new_string(p)).collect()))
}

fn str_join(vm: &Vm, args: Args) -> PyResult<Value> {
    let sep = this(vm, &args, "join")?;
    let items = iter::collect(
        vm,
        args.pos
            .get(1)
            .ok_or_else(|| vm.type_error("str.join() takes exactly one argument (0 given)"))?,
    )?;
    // The result's size, checked against the host's heap limit before building it.
    let total: u128 = items
        .iter()
        .map(|it| as_str(it).map_or(0, |s| s.len() as u128))
        .sum::<u128>()
        + (sep.len() as u128) * (items.len().saturating_sub(1) as u128);
    vm.precheck_alloc(total)?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match as_str(it) {
            Some(s) => out.push_str(s),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(it)
                )))
            }
        }
    }
    Ok(vm.new_string(out))
}

fn str_replace(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "replace")?;
    crate::protocol::call::check_arity(vm, "replace", &Args::new(&args.pos[1..]), 2, 3)?;
    let old = str_arg(vm, &args.pos[1], "replace() argument 1")?;
    let new = str_arg(vm, &args.pos[2], "replace() argument 2")?;
    let count = match args.pos.get(3) {
        Some(v) => sequence::index_of(vm, v, "count")?,
        None => -1,
    };
    if count < 0 {
        if old.is_empty() {
            let mut out = String::from(new);
            for c in s.chars() {
                out.push(c);
                out.push_str(new);
            }
            return Ok(vm.new_string(out));
        }
        return Ok(vm.new_string(s.replace(old, new)));
    }
    if old.is_empty() {
        let mut out = String::new();
        let mut n = 0;
        for c in s.chars() {
            if n < count {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if n < count {
            out.push_str(new);
        }
        return Ok(vm.new_string(out));
    }
    Ok(vm.new_string(s.replacen(old, new, count as usize)))
}

/// Resolve optional start/end (code points) to a byte range of `s`, the str in
/// `args.pos[0]` (already checked by `this`).
fn sub_range(
    vm: &Vm,
    s: &str,
    args: &Args,
    first: usize,
) -> PyResult<(usize, usize, usize, usize)> {
    let owned;
    let ps = match args.pos.first().and_then(crate::vm::as_pystr) {
        Some(ps) => ps,
        None => {
            owned = PyStr::new(s);
            &owned
        }
    };
    let n = ps.char_len as i64;
    if args.pos.len() <= first {
        return Ok((0, n as usize, 0, s.len()));
    }
    let get = |i: usize, d: i64| -> PyResult<i64> {
        match args.pos.get(i) {
            Some(Value::None) | None => Ok(d),
            Some(v) => sequence::index_of(vm, v, "slice"),
        }
    };
    let adj = |x: i64| if x < 0 { (x + n).max(0) } else { x.min(n) } as usize;
    let (a, b) = (adj(get(first, 0)?), adj(get(first + 1, n)?));
    let (ba, bb) = (byte_offset(ps, a), byte_offset(ps, b.max(a)));
    Ok((a, b, ba, bb))
}

fn char_index(s: &str, byte: usize) -> usize {
    if s.is_ascii() {
        byte
    } else {
        s[..byte].chars().count()
    }
}

fn find_impl(vm: &Vm, args: &Args, name: &str, rev: bool) -> PyResult<i64> {
    let s = this(vm, args, name)?;
    let sub = str_arg(
        vm,
        args.pos.get(1).ok_or_else(|| {
            vm.type_error(format!("{name}() takes at least 1 argument (0 given)"))
        })?,
        "must be str",
    )?;
    let (a, b, ba, bb) = sub_range(vm, s, args, 2)?;
    if a > b || (b - a) < sub.chars().count() && !sub.is_empty() {
        if sub.is_empty() && a <= b {
            return Ok(if rev { b as i64 } else { a as i64 });
        }
        return Ok(-1);
    }
    let hay = &s[ba..bb];
    let r = if rev { hay.rfind(sub) } else { hay.find(sub) };
    let ascii = args
        .pos
        .first()
        .and_then(crate::vm::as_pystr)
        .is_some_and(PyStr::is_ascii);
    Ok(match r {
        Some(p) if ascii => (ba + p) as i64,
        Some(p) => (char_index(s, ba + p)) as i64,
        None => -1,
    })
}

fn str_find(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, &args, "find", false)?))
}

fn str_rfind(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, &args, "rfind", true)?))
}

fn str_index(vm: &Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, &args, "index", false)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn str_rindex(vm: &Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, &args, "rindex", true)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn str_count(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "count")?;
    let sub = str_arg(
        vm,
        args.pos
            .get(1)
            .ok_or_else(|| vm.type_error("count() takes at least 1 argument (0 given)"))?,
        "must be str",
    )?;
    let (a, b, ba, bb) = sub_range(vm, s, &args, 2)?;
    if a > b {
        return Ok(Value::Int(0));
    }
    let hay = &s[ba..bb];
    if sub.is_empty() {
        return Ok(Value::Int(hay.chars().count() as i64 + 1));
    }
    if let [b] = sub.as_bytes() {
        // One byte (ASCII): a byte count, which the compiler vectorizes.
        return Ok(Value::Int(hay.bytes().filter(|c| c == b).count() as i64));
    }
    Ok(Value::Int(hay.matches(sub).count() as i64))
}

fn affix_impl(vm: &Vm, args: &Args, name: &str, ends: bool) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    let arg = args
        .pos
        .get(1)
        .ok_or_else(|| vm.type_error(format!("{name}() takes at least 1 argument (0 given)")))?;
    let (_, _, ba, bb) = sub_range(vm, s, args, 2)?;
    let hay = if ba <= bb { &s[ba..bb] } else { "" };
    let check = |p: &str| {
        if ends {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    if let Some(p) = as_str(arg) {
        return Ok(Value::Bool(check(p)));
    }
    if let Value::Obj(o) = arg {
        if let Payload::Tuple(t) = o.payload() {
            for item in t.iter() {
                match as_str(item) {
                    Some(p) => {
                        if check(p) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    None => {
                        return Err(vm.type_error(format!(
                            "tuple for {name} must only contain str, not {}",
                            vm.type_name(item)
                        )))
                    }
                }
            }
            return Ok(Value::Bool(false));
        }
    }
    Err(vm.type_error(format!(
        "{name} first arg must be str or a tuple of str, not {}",
        vm.type_name(arg)
    )))
}

fn str_startswith(vm: &Vm, args: Args) -> PyResult<Value> {
    affix_impl(vm, &args, "startswith", false)
}

fn str_endswith(vm: &Vm, args: Args) -> PyResult<Value> {
    affix_impl(vm, &args, "endswith", true)
}

/// The case mappings come from `prims::str_ops`, which applies CPython's full Unicode
/// special casing (title-case digraphs, final sigma, case folding table).
fn str_upper(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(vm.new_string(str_ops::upper(this_no_args(vm, &args, "upper")?)))
}

fn str_lower(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(vm.new_string(str_ops::lower(this_no_args(vm, &args, "lower")?)))
}

fn str_casefold(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(vm.new_string(str_ops::casefold(this_no_args(vm, &args, "casefold")?)))
}

fn str_swapcase(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(vm.new_string(str_ops::swapcase(this_no_args(vm, &args, "swapcase")?)))
}

fn str_capitalize(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(vm.new_string(str_ops::capitalize(this_no_args(vm, &args, "capitalize")?)))
}

fn str_title(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(vm.new_string(str_ops::title(this_no_args(vm, &args, "title")?)))
}

fn pad_args(vm: &Vm, args: &Args, name: &str) -> PyResult<(usize, char)> {
    crate::protocol::call::check_arity(vm, name, &Args::new(&args.pos[1..]), 1, 2)?;
    let width = sequence::index_of(vm, &args.pos[1], "width")?.max(0) as usize;
    let fill = match args.pos.get(2) {
        Some(v) => {
            let f = str_arg(vm, v, "The fill character")?;
            let mut cs = f.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(
                        vm.type_error("The fill character must be exactly one character long")
                    )
                }
            }
        }
        None => ' ',
    };
    // The padded result's size, checked against the host's heap limit first.
    vm.precheck_alloc(width as u128 * fill.len_utf8() as u128)?;
    Ok((width, fill))
}

fn str_center(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "center")?;
    let (width, fill) = pad_args(vm, &args, "center")?;
    let n = s.chars().count();
    if width <= n {
        return Ok(args.pos[0].clone());
    }
    let marg = width - n;
    let left = marg / 2 + (marg & width & 1);
    let right = marg - left;
    Ok(vm.new_string(format!(
        "{}{}{}",
        fill.to_string().repeat(left),
        s,
        fill.to_string().repeat(right)
    )))
}

fn str_ljust(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "ljust")?;
    let (width, fill) = pad_args(vm, &args, "ljust")?;
    let n = s.chars().count();
    if width <= n {
        return Ok(args.pos[0].clone());
    }
    Ok(vm.new_string(format!("{}{}", s, fill.to_string().repeat(width - n))))
}

fn str_rjust(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "rjust")?;
    let (width, fill) = pad_args(vm, &args, "rjust")?;
    let n = s.chars().count();
    if width <= n {
        return Ok(args.pos[0].clone());
    }
    Ok(vm.new_string(format!("{}{}", fill.to_string().repeat(width - n), s)))
}

fn str_zfill(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "zfill")?;
    let width =
        sequence::index_of(vm, args.pos.get(1).unwrap_or(&Value::Int(0)), "width")?.max(0) as usize;
    vm.precheck_alloc(width as u128)?;
    let n = s.chars().count();
    if width <= n {
        return Ok(args.pos[0].clone());
    }
    let (sign, rest) = match s.chars().next() {
        Some(c @ ('+' | '-')) => (c.to_string(), &s[1..]),
        _ => (String::new(), s),
    };
    Ok(vm.new_string(format!("{sign}{}{rest}", "0".repeat(width - n))))
}

fn partition_impl(vm: &Vm, args: &Args, rev: bool) -> PyResult<Value> {
    let s = this(vm, args, "partition")?;
    let sep = str_arg(vm, args.pos.get(1).unwrap_or(&Value::None), "must be str")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if rev { s.rfind(sep) } else { s.find(sep) };
    Ok(match found {
        Some(i) => vm.new_tuple(vec![
            vm.new_str(&s[..i]),
            vm.new_str(sep),
            vm.new_str(&s[i + sep.len()..]),
        ]),
        None => {
            if rev {
                vm.new_tuple(vec![vm.new_str(""), vm.new_str(""), vm.new_str(s)])
            } else {
                vm.new_tuple(vec![vm.new_str(s), vm.new_str(""), vm.new_str("")])
            }
        }
    })
}

fn str_partition(vm: &Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, &args, false)
}

fn str_rpartition(vm: &Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, &args, true)
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn str_splitlines(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "splitlines")?;
    let parsed = crate::protocol::call::parse_args(
        vm,
        "splitlines",
        Args {
            pos: &args.pos[1..],
            kwnames: args.kwnames,
            kwvalues: args.kwvalues,
        },
        &["keepends"],
        0,
    )?;
    let keep = match &parsed[0] {
        Some(v) => crate::protocol::number::truthy(vm, v)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_line_break(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some((_, '\n')) = chars.peek() {
                    chars.next();
                    end += 1;
                }
            }
            out.push(vm.new_str(if keep { &s[start..end] } else { &s[start..i] }));
            start = end;
        }
    }
    if start < s.len() {
        out.push(vm.new_str(&s[start..]));
    }
    Ok(vm.new_list(out))
}

fn str_expandtabs(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "expandtabs")?;
    let size = match args.pos.get(1) {
        Some(v) => sequence::index_of(vm, v, "tabsize")?,
        None => match args.kwvalues.first() {
            Some(v) => sequence::index_of(vm, v, "tabsize")?,
            None => 8,
        },
    };
    let mut out = String::new();
    let mut col = 0i64;
    for c in s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.push_str(&" ".repeat(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(vm.new_string(out))
}

macro_rules! predicate {
    ($fname:ident, $name:literal, $test:path) => {
        fn $fname(vm: &Vm, args: Args) -> PyResult<Value> {
            Ok(Value::Bool($test(this_no_args(vm, &args, $name)?)))
        }
    };
}

// The predicates use `prims::str_ops`, which carries CPython's Unicode 14 property tables.
predicate!(str_isdigit, "isdigit", str_ops::isdigit);
predicate!(str_isdecimal, "isdecimal", str_ops::isdecimal);
predicate!(str_isnumeric, "isnumeric", str_ops::isnumeric);
predicate!(str_isalpha, "isalpha", str_ops::isalpha);
predicate!(str_isalnum, "isalnum", str_ops::isalnum);
predicate!(str_isspace, "isspace", str_ops::isspace);
predicate!(str_isascii, "isascii", str_ops::isascii);
predicate!(str_isprintable, "isprintable", str_ops::isprintable);
predicate!(str_islower, "islower", str_ops::islower);
predicate!(str_isupper, "isupper", str_ops::isupper);
predicate!(str_istitle, "istitle", str_ops::istitle);
predicate!(str_isidentifier, "isidentifier", str_ops::isidentifier);

fn str_encode(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "encode")?;
    let (encoding, errors) = codecs::encoding_args(vm, &args, "encode")?;
    Ok(vm.new_bytes(codecs::encode(vm, s, &encoding, &errors)?))
}

fn str_format(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "format")?;
    crate::format::str_format(vm, s, &args.pos[1..], args.kwnames, args.kwvalues)
        .map(|r| vm.new_string(r))
}

fn str_format_map(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "format_map")?;
    crate::protocol::call::check_arity(vm, "format_map", &Args::new(&args.pos[1..]), 1, 1)?;
    crate::format::str_format_map(vm, s, &args.pos[1]).map(|r| vm.new_string(r))
}

fn str_removeprefix(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "removeprefix")?;
    let p = str_arg(
        vm,
        args.pos.get(1).unwrap_or(&Value::None),
        "removeprefix() argument",
    )?;
    Ok(vm.new_str(s.strip_prefix(p).unwrap_or(s)))
}

fn str_removesuffix(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "removesuffix")?;
    let p = str_arg(
        vm,
        args.pos.get(1).unwrap_or(&Value::None),
        "removesuffix() argument",
    )?;
    Ok(vm.new_str(s.strip_suffix(p).unwrap_or(s)))
}

fn str_maketrans(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = vm.new_dict();
    match args.pos.len() {
        1 => {
            for (k, v) in crate::types::dict::entries(args.pos[0].as_obj().ok_or_else(|| {
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            })?) {
                let key = match as_str(&k) {
                    Some(s) => Value::Int(s.chars().next().map_or(0, |c| c as i64)),
                    None => k,
                };
                crate::types::dict::set_item(vm, &d, key, v)?;
            }
        }
        2 | 3 => {
            let (a, b) = (
                str_arg(vm, &args.pos[0], "maketrans() argument 1")?,
                str_arg(vm, &args.pos[1], "maketrans() argument 2")?,
            );
            if a.chars().count() != b.chars().count() {
                return Err(
                    vm.value_error("the first two maketrans arguments must have equal length")
                );
            }
            for (x, y) in a.chars().zip(b.chars()) {
                crate::types::dict::set_item(vm, &d, Value::Int(x as i64), Value::Int(y as i64))?;
            }
            if let Some(z) = args.pos.get(2) {
                for x in str_arg(vm, z, "maketrans() argument 3")?.chars() {
                    crate::types::dict::set_item(vm, &d, Value::Int(x as i64), Value::None)?;
                }
            }
        }
        _ => return Err(vm.type_error("maketrans() takes at most 3 arguments")),
    }
    Ok(Value::Obj(d))
}

fn str_translate(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "translate")?;
    let table = args.pos.get(1).cloned().unwrap_or(Value::None);
    let mut out = String::new();
    for c in s.chars() {
        match sequence::get_item(vm, &table, &Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(Value::Int(n)) => out.push(char::from_u32(n as u32).unwrap_or(c)),
            Ok(v) => match as_str(&v) {
                Some(t) => out.push_str(t),
                None => {
                    return Err(vm.type_error("character mapping must return integer, None or str"))
                }
            },
            Err(e) if vm.err_matches(&e, &vm.exc.lookup_error) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(vm.new_string(out))
}

fn str_len(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(
        this(vm, &args, "__len__")?.chars().count() as i64
    ))
}

fn str_contains(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__contains__")?;
    Ok(Value::Bool(s.contains(str_arg(
        vm,
        &args.pos[1],
        "'in <string>' requires string as left operand, not",
    )?)))
}

fn str_getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__getitem__")?;
    let plain = vm.new_str(s);
    getitem(vm, plain.as_obj().expect("str"), &args.pos[1])
}

fn str_add(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__add__")?;
    match as_str(&args.pos[1]) {
        Some(o) => Ok(vm.new_string(format!("{s}{o}"))),
        None => Ok(vm.not_implemented()),
    }
}

fn str_mod(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__mod__")?;
    percent_format(vm, s, &args.pos[1])
}

fn str_str(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(vm.new_str(this(vm, &args, "__str__")?))
}

fn str_repr_m(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(vm.new_string(repr::str_repr(this(vm, &args, "__repr__")?)))
}

fn str_hash_m(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(crate::protocol::hash::hash_str_text(
        vm,
        this(vm, &args, "__hash__")?,
    )))
}

fn str_eq(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__eq__")?;
    Ok(match as_str(&args.pos[1]) {
        Some(o) => Value::Bool(s == o),
        None => vm.not_implemented(),
    })
}

fn str_lt(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__lt__")?;
    Ok(match as_str(&args.pos[1]) {
        Some(o) => Value::Bool(s < o),
        None => vm.not_implemented(),
    })
}

/// `fmt % args` (`PyUnicode_Format`).
pub fn percent_format(vm: &Vm, fmt: &str, args: &Value) -> PyResult<Value> {
    crate::format::percent_format(vm, fmt, args).map(|s| vm.new_string(s))
}

pub fn init(vm: &Vm) {
    let t = vm.t.str.clone();
    let methods: &[(&'static str, crate::object::NativeFn)] = &[
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("join", str_join),
        ("replace", str_replace),
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("upper", str_upper),
        ("lower", str_lower),
        ("casefold", str_casefold),
        ("swapcase", str_swapcase),
        ("capitalize", str_capitalize),
        ("title", str_title),
        ("center", str_center),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("zfill", str_zfill),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("splitlines", str_splitlines),
        ("expandtabs", str_expandtabs),
        ("isdigit", str_isdigit),
        ("isdecimal", str_isdecimal),
        ("isnumeric", str_isnumeric),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isascii", str_isascii),
        ("isprintable", str_isprintable),
        ("islower", str_islower),
        ("isupper", str_isupper),
        ("istitle", str_istitle),
        ("isidentifier", str_isidentifier),
        ("encode", str_encode),
        ("format", str_format),
        ("format_map", str_format_map),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("translate", str_translate),
        ("__len__", str_len),
        ("__contains__", str_contains),
        ("__getitem__", str_getitem),
        ("__add__", str_add),
        ("__mod__", str_mod),
        ("__str__", str_str),
        ("__repr__", str_repr_m),
        ("__hash__", str_hash_m),
        ("__eq__", str_eq),
        ("__lt__", str_lt),
    ];
    codecs::init(vm);
    for (name, f) in methods {
        add_method(vm, &t, name, *f);
    }
    crate::types::type_set(vm, &t, "maketrans", {
        let f = vm.new_native("maketrans", str_maketrans, None);
        Value::Obj(ObjRef::new(
            Some(vm.t.staticmethod.clone()),
            Payload::StaticMethod(f),
        ))
    });
}
