//! `StringIO` and `BytesIO` (CPython `Modules/_io/stringio.c` and `bytesio.c`): streams
//! over an in-memory buffer. StringIO positions count code points, so its buffer is a
//! `Vec<char>`; writing past the end pads with NULs, as CPython does.

use super::{int_arg, opt_size, rest, this, this_value};
use ferropy_vm::heap::ObjRef;
use ferropy_vm::object::{ext_ref, Args, ExtPayload, NativeFn, Payload};
use ferropy_vm::protocol::{call, sequence};
use ferropy_vm::types::{self, add_getset, type_data};
use ferropy_vm::vm::as_str;
use ferropy_vm::{PyResult, Value, Vm};
use std::cell::{Cell, RefCell};

pub(super) const STRINGIO_DOC: &str = "Text I/O implementation using an in-memory buffer.\n\n\
The initial_value argument sets the value of object.  The newline\n\
argument is like the one of TextIOWrapper's constructor.";
pub(super) const BYTESIO_DOC: &str = "Buffered I/O implementation using an in-memory bytes buffer.";

/// `seek()`/`truncate()` arguments: `(pos, whence)`.
fn seek_args(vm: &Vm, args: &Args) -> PyResult<(i64, i64)> {
    let a = rest(args);
    call::check_arity(vm, "seek", &a, 1, 2)?;
    let pos = int_arg(vm, &a.pos[0])?;
    let whence = match a.pos.get(1) {
        Some(w) => int_arg(vm, w)?,
        None => 0,
    };
    Ok((pos, whence))
}

fn opt_pos(vm: &Vm, args: &Args, fname: &str) -> PyResult<Option<i64>> {
    let a = rest(args);
    call::check_arity(vm, fname, &a, 0, 1)?;
    match a.pos.first() {
        None | Some(Value::None) => Ok(None),
        Some(v) => super::size_arg(vm, Some(v)).map(Some),
    }
}

// ----- BytesIO -----------------------------------------------------------------------------

pub(super) struct BytesIO {
    buf: RefCell<Vec<u8>>,
    pos: Cell<usize>,
    closed: Cell<bool>,
}

impl ExtPayload for BytesIO {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn next(&self, vm: &Vm) -> Option<PyResult<Option<Value>>> {
        Some(
            self.readline(vm, -1)
                .map(|l| (!l.is_empty()).then(|| vm.new_bytes(l))),
        )
    }
}

impl BytesIO {
    fn check(&self, vm: &Vm) -> PyResult<()> {
        if self.closed.get() {
            return Err(vm.value_error("I/O operation on closed file."));
        }
        Ok(())
    }

    pub(super) fn is_closed(&self) -> bool {
        self.closed.get()
    }

    pub(super) fn read_bytes(&self, vm: &Vm, n: i64) -> PyResult<Vec<u8>> {
        self.check(vm)?;
        let b = self.buf.borrow();
        let pos = self.pos.get().min(b.len());
        let end = if n < 0 {
            b.len()
        } else {
            (pos + n as usize).min(b.len())
        };
        self.pos.set(end.max(self.pos.get()));
        Ok(b[pos..end].to_vec())
    }

    fn readline(&self, vm: &Vm, limit: i64) -> PyResult<Vec<u8>> {
        self.check(vm)?;
        let b = self.buf.borrow();
        let pos = self.pos.get().min(b.len());
        let mut end = match b[pos..].iter().position(|&c| c == b'\n') {
            Some(i) => pos + i + 1,
            None => b.len(),
        };
        if limit >= 0 {
            end = end.min(pos + limit as usize);
        }
        self.pos.set(end.max(self.pos.get()));
        Ok(b[pos..end].to_vec())
    }

    pub(super) fn write_bytes(&self, vm: &Vm, data: &[u8]) -> PyResult<usize> {
        self.check(vm)?;
        self.write_unchecked(data);
        Ok(data.len())
    }

    /// Store `data` at the position (padding with NULs past the end).
    pub(super) fn write_unchecked(&self, data: &[u8]) {
        if self.closed.get() {
            return;
        }
        let Ok(mut b) = self.buf.try_borrow_mut() else {
            return;
        };
        let pos = self.pos.get();
        if pos > b.len() {
            b.resize(pos, 0);
        }
        let end = pos + data.len();
        if end > b.len() {
            b.resize(end, 0);
        }
        b[pos..end].copy_from_slice(data);
        self.pos.set(end);
    }
}

/// The BytesIO state of `v` when it is one of ours (not a Python subclass).
pub(super) fn native_bytesio(v: &Value) -> Option<&BytesIO> {
    let o = v.as_obj()?;
    let st = ext_ref::<BytesIO>(o)?;
    if o.raw_type().is_some_and(|t| type_data(t).heap_type) {
        return None;
    }
    Some(st)
}

pub(super) fn fill_bytesio(vm: &Vm, ty: &ObjRef) {
    types::add_new(vm, ty, bytesio_new);
    super::methods(
        vm,
        ty,
        &[
            ("__init__", bytesio_init as NativeFn),
            ("getvalue", bytesio_getvalue),
            ("read", bytesio_read),
            ("read1", bytesio_read),
            ("readline", bytesio_readline),
            ("readlines", bytesio_readlines),
            ("readinto", bytesio_readinto),
            ("write", bytesio_write),
            ("seek", bytesio_seek),
            ("tell", bytesio_tell),
            ("truncate", bytesio_truncate),
            ("close", bytesio_close),
            ("flush", bytesio_flush),
            ("isatty", bytesio_isatty),
            ("readable", bytesio_true),
            ("writable", bytesio_true),
            ("seekable", bytesio_true),
            ("__iter__", bytesio_iter),
            ("__next__", bytesio_next),
        ],
    );
    add_getset(vm, ty, "closed", bytesio_closed, None);
}

fn bst<'a>(vm: &Vm, args: &Args<'a>, method: &str) -> PyResult<&'a BytesIO> {
    this::<BytesIO>(vm, args, "BytesIO", method)
}

fn bytesio_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let Some(cls) = args.pos.first().and_then(types::as_type) else {
        return Err(vm.type_error("BytesIO.__new__(X): X is not a type object"));
    };
    Ok(Value::Obj(ObjRef::new(
        Some(cls.clone()),
        Payload::Ext(Box::new(BytesIO {
            buf: RefCell::new(Vec::new()),
            pos: Cell::new(0),
            closed: Cell::new(false),
        })),
    )))
}

/// `BytesIO(initial_bytes=b'')`.
fn bytesio_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = bst(vm, &args, "__init__")?;
    let a = call::parse_args(vm, "BytesIO", rest(&args), &["initial_bytes"], 0)?;
    let data = match &a[0] {
        None | Some(Value::None) => Vec::new(),
        Some(v) => super::bytes_arg(vm, v)?,
    };
    *s.buf.borrow_mut() = data;
    s.pos.set(0);
    Ok(Value::None)
}

fn bytesio_getvalue(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = bst(vm, &args, "getvalue")?;
    s.check(vm)?;
    let data = s.buf.borrow().clone();
    Ok(vm.new_bytes(data))
}

fn bytesio_read(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = bst(vm, &args, "read")?;
    let n = opt_size(vm, &args, "read")?;
    Ok(vm.new_bytes(s.read_bytes(vm, n)?))
}

fn bytesio_readline(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = bst(vm, &args, "readline")?;
    let n = opt_size(vm, &args, "readline")?;
    Ok(vm.new_bytes(s.readline(vm, n)?))
}

fn bytesio_readlines(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = bst(vm, &args, "readlines")?;
    let hint = opt_size(vm, &args, "readlines")?;
    s.check(vm)?;
    let mut lines = Vec::new();
    let mut total = 0usize;
    loop {
        let line = s.readline(vm, -1)?;
        if line.is_empty() {
            break;
        }
        total += line.len();
        lines.push(vm.new_bytes(line));
        if hint > 0 && total >= hint as usize {
            break;
        }
    }
    Ok(vm.new_list(lines))
}

fn bytesio_readinto(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = bst(vm, &args, "readinto")?;
    let a = rest(&args);
    call::check_arity(vm, "readinto", &a, 1, 1)?;
    let n = super::buffer_len(vm, &a.pos[0])?;
    let data = s.read_bytes(vm, n as i64)?;
    super::fill_buffer(vm, &a.pos[0], &data)?;
    Ok(Value::Int(data.len() as i64))
}

fn bytesio_write(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = bst(vm, &args, "write")?;
    let a = rest(&args);
    call::check_arity(vm, "write", &a, 1, 1)?;
    s.check(vm)?;
    let n = super::with_bytes(vm, &a.pos[0], |d| s.write_bytes(vm, d))??;
    Ok(Value::Int(n as i64))
}

fn bytesio_seek(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = bst(vm, &args, "seek")?;
    let (pos, whence) = seek_args(vm, &args)?;
    s.check(vm)?;
    let len = s.buf.borrow().len() as i64;
    let new = match whence {
        0 if pos < 0 => return Err(vm.value_error(format!("negative seek value {pos}"))),
        0 => pos,
        1 => (s.pos.get() as i64).saturating_add(pos).max(0),
        2 => len.saturating_add(pos).max(0),
        _ => return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    s.pos.set(new as usize);
    Ok(Value::Int(new))
}

fn bytesio_tell(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = bst(vm, &args, "tell")?;
    s.check(vm)?;
    Ok(Value::Int(s.pos.get() as i64))
}

fn bytesio_truncate(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = bst(vm, &args, "truncate")?;
    let size = opt_pos(vm, &args, "truncate")?;
    s.check(vm)?;
    let size = size.unwrap_or(s.pos.get() as i64);
    if size < 0 {
        return Err(vm.value_error(format!("negative size value {size}")));
    }
    let mut b = s.buf.borrow_mut();
    if (size as usize) < b.len() {
        b.truncate(size as usize);
    }
    Ok(Value::Int(size))
}

fn bytesio_close(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = bst(vm, &args, "close")?;
    s.closed.set(true);
    let old = std::mem::take(&mut *s.buf.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn bytesio_flush(vm: &Vm, args: Args) -> PyResult<Value> {
    bst(vm, &args, "flush")?.check(vm)?;
    Ok(Value::None)
}

fn bytesio_isatty(vm: &Vm, args: Args) -> PyResult<Value> {
    bst(vm, &args, "isatty")?.check(vm)?;
    Ok(Value::Bool(false))
}

fn bytesio_true(vm: &Vm, args: Args) -> PyResult<Value> {
    bst(vm, &args, "readable")?.check(vm)?;
    Ok(Value::Bool(true))
}

fn bytesio_iter(vm: &Vm, args: Args) -> PyResult<Value> {
    bst(vm, &args, "__iter__")?;
    Ok(args.pos[0].clone())
}

fn bytesio_next(vm: &Vm, args: Args) -> PyResult<Value> {
    let line = bst(vm, &args, "__next__")?.readline(vm, -1)?;
    if line.is_empty() {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(vm.new_bytes(line))
}

fn bytesio_closed(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(
        this_value::<BytesIO>(vm, v, "BytesIO")?.closed.get(),
    ))
}

// ----- StringIO ----------------------------------------------------------------------------

/// Which newline kinds a universal-newline decoder has seen (CPython's `SEEN_*` bits).
pub(super) const SEEN_LF: u8 = 1;
pub(super) const SEEN_CR: u8 = 2;
pub(super) const SEEN_CRLF: u8 = 4;

/// The `newlines` attribute for a set of `SEEN_*` bits.
pub(super) fn newlines_value(vm: &Vm, seen: u8) -> Value {
    let names: Vec<&str> = [(SEEN_CR, "\r"), (SEEN_LF, "\n"), (SEEN_CRLF, "\r\n")]
        .iter()
        .filter(|(bit, _)| seen & bit != 0)
        .map(|(_, s)| *s)
        .collect();
    match names.len() {
        0 => Value::None,
        1 => vm.new_str(names[0]),
        _ => vm.new_tuple(names.into_iter().map(|s| vm.new_str(s)).collect()),
    }
}

/// The newline kinds in `text` (for `newlines`), as `SEEN_*` bits.
pub(super) fn scan_newlines(text: &str) -> u8 {
    let b = text.as_bytes();
    let mut seen = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\n' => seen |= SEEN_LF,
            b'\r' if b.get(i + 1) == Some(&b'\n') => {
                seen |= SEEN_CRLF;
                i += 1;
            }
            b'\r' => seen |= SEEN_CR,
            _ => {}
        }
        i += 1;
    }
    seen
}

/// `\r\n` and `\r` to `\n` (universal newlines with translation).
pub(super) fn translate_newlines(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_string();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Where the first line of `s` ends (the index after its ending), per the newline mode
/// (CPython's `_PyIO_find_line_ending`); `None` when no complete ending is in `s`.
pub(super) fn find_line_end(
    s: &[char],
    translated: bool,
    universal: bool,
    readnl: &str,
) -> Option<usize> {
    if translated {
        return s.iter().position(|&c| c == '\n').map(|i| i + 1);
    }
    if universal {
        let i = s.iter().position(|&c| c == '\n' || c == '\r')?;
        if s[i] == '\r' && s.get(i + 1) == Some(&'\n') {
            return Some(i + 2);
        }
        return Some(i + 1);
    }
    let nl: Vec<char> = readnl.chars().collect();
    s.windows(nl.len())
        .position(|w| w == nl.as_slice())
        .map(|i| i + nl.len())
}

pub(super) struct StringIO {
    buf: RefCell<Vec<char>>,
    pos: Cell<usize>,
    closed: Cell<bool>,
    ok: Cell<bool>,
    readuniversal: Cell<bool>,
    readtranslate: Cell<bool>,
    readnl: RefCell<String>,
    writenl: RefCell<Option<String>>,
    seen: Cell<u8>,
}

impl ExtPayload for StringIO {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn next(&self, vm: &Vm) -> Option<PyResult<Option<Value>>> {
        Some(
            self.readline(vm, -1)
                .map(|l| (!l.is_empty()).then(|| vm.new_string(l.into_iter().collect()))),
        )
    }
}

impl StringIO {
    fn check(&self, vm: &Vm) -> PyResult<()> {
        if !self.ok.get() {
            return Err(vm.value_error("I/O operation on uninitialized object"));
        }
        if self.closed.get() {
            return Err(vm.value_error("I/O operation on closed file"));
        }
        Ok(())
    }

    /// Translate per the newline mode and store at the position (CPython's `write_str`).
    fn write_str(&self, text: &str) {
        let mut text = if self.readuniversal.get() {
            self.seen.set(self.seen.get() | scan_newlines(text));
            if self.readtranslate.get() {
                translate_newlines(text)
            } else {
                text.to_string()
            }
        } else {
            text.to_string()
        };
        if let Some(nl) = &*self.writenl.borrow() {
            text = text.replace('\n', nl);
        }
        let mut b = self.buf.borrow_mut();
        let pos = self.pos.get();
        if pos > b.len() {
            b.resize(pos, '\0');
        }
        let mut i = pos;
        for c in text.chars() {
            if i < b.len() {
                b[i] = c;
            } else {
                b.push(c);
            }
            i += 1;
        }
        self.pos.set(i);
    }

    fn readline(&self, vm: &Vm, limit: i64) -> PyResult<Vec<char>> {
        self.check(vm)?;
        let b = self.buf.borrow();
        let pos = self.pos.get().min(b.len());
        let mut window = &b[pos..];
        if limit >= 0 && (limit as usize) < window.len() {
            window = &window[..limit as usize];
        }
        let end = find_line_end(
            window,
            self.readtranslate.get(),
            self.readuniversal.get(),
            &self.readnl.borrow(),
        )
        .unwrap_or(window.len());
        let out = window[..end].to_vec();
        self.pos.set(pos + end);
        Ok(out)
    }
}

pub(super) fn fill_stringio(vm: &Vm, ty: &ObjRef) {
    types::add_new(vm, ty, stringio_new);
    super::methods(
        vm,
        ty,
        &[
            ("__init__", stringio_init as NativeFn),
            ("getvalue", stringio_getvalue),
            ("read", stringio_read),
            ("readline", stringio_readline),
            ("write", stringio_write),
            ("seek", stringio_seek),
            ("tell", stringio_tell),
            ("truncate", stringio_truncate),
            ("close", stringio_close),
            ("readable", stringio_true),
            ("writable", stringio_true),
            ("seekable", stringio_true),
            ("__next__", stringio_next),
        ],
    );
    add_getset(vm, ty, "closed", stringio_closed, None);
    add_getset(vm, ty, "line_buffering", stringio_line_buffering, None);
    add_getset(vm, ty, "newlines", stringio_newlines, None);
}

fn sst<'a>(vm: &Vm, args: &Args<'a>, method: &str) -> PyResult<&'a StringIO> {
    this::<StringIO>(vm, args, "StringIO", method)
}

fn stringio_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let Some(cls) = args.pos.first().and_then(types::as_type) else {
        return Err(vm.type_error("StringIO.__new__(X): X is not a type object"));
    };
    Ok(Value::Obj(ObjRef::new(
        Some(cls.clone()),
        Payload::Ext(Box::new(StringIO {
            buf: RefCell::new(Vec::new()),
            pos: Cell::new(0),
            closed: Cell::new(false),
            ok: Cell::new(false),
            readuniversal: Cell::new(false),
            readtranslate: Cell::new(false),
            readnl: RefCell::new("\n".into()),
            writenl: RefCell::new(None),
            seen: Cell::new(0),
        })),
    )))
}

/// `StringIO(initial_value='', newline='\n')`.
fn stringio_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = sst(vm, &args, "__init__")?;
    let a = call::parse_args(
        vm,
        "StringIO",
        rest(&args),
        &["initial_value", "newline"],
        0,
    )?;
    let newline: Option<String> = match &a[1] {
        None => Some("\n".into()),
        Some(Value::None) => None,
        Some(v) => Some(
            as_str(v)
                .ok_or_else(|| {
                    vm.type_error(format!(
                        "newline must be str or None, not {}",
                        vm.type_name(v)
                    ))
                })?
                .to_string(),
        ),
    };
    if let Some(nl) = &newline {
        if !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n") {
            return Err(vm.value_error(format!(
                "illegal newline value: {}",
                ferropy_vm::protocol::repr::repr(vm, &vm.new_str(nl))?
            )));
        }
    }
    let initial = match &a[0] {
        None | Some(Value::None) => String::new(),
        Some(v) => as_str(v)
            .ok_or_else(|| {
                vm.type_error(format!(
                    "initial_value must be str or None, not {}",
                    vm.type_name(v)
                ))
            })?
            .to_string(),
    };
    s.readuniversal
        .set(newline.as_deref().is_none_or(|n| n.is_empty()));
    s.readtranslate.set(newline.is_none());
    *s.readnl.borrow_mut() = newline.clone().unwrap_or_else(|| "\n".into());
    *s.writenl.borrow_mut() = newline.filter(|n| n.starts_with('\r'));
    s.buf.borrow_mut().clear();
    s.pos.set(0);
    s.seen.set(0);
    s.closed.set(false);
    s.ok.set(true);
    if !initial.is_empty() {
        s.write_str(&initial);
        s.pos.set(0);
    }
    Ok(Value::None)
}

fn stringio_getvalue(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = sst(vm, &args, "getvalue")?;
    s.check(vm)?;
    let text: String = s.buf.borrow().iter().collect();
    Ok(vm.new_string(text))
}

fn stringio_read(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = sst(vm, &args, "read")?;
    let n = opt_size(vm, &args, "read")?;
    s.check(vm)?;
    let b = s.buf.borrow();
    let pos = s.pos.get().min(b.len());
    let end = if n < 0 {
        b.len()
    } else {
        (pos + n as usize).min(b.len())
    };
    let text: String = b[pos..end].iter().collect();
    s.pos.set(end.max(s.pos.get()));
    Ok(vm.new_string(text))
}

fn stringio_readline(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = sst(vm, &args, "readline")?;
    let a = rest(&args);
    call::check_arity(vm, "readline", &a, 0, 1)?;
    let n = super::size_arg(vm, a.pos.first())?;
    let line = s.readline(vm, n)?;
    Ok(vm.new_string(line.into_iter().collect()))
}

fn stringio_next(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = sst(vm, &args, "__next__")?;
    let line = s.readline(vm, -1)?;
    if line.is_empty() {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(vm.new_string(line.into_iter().collect()))
}

fn stringio_write(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = sst(vm, &args, "write")?;
    let a = rest(&args);
    call::check_arity(vm, "write", &a, 1, 1)?;
    let text = as_str(&a.pos[0]).ok_or_else(|| {
        vm.type_error(format!(
            "string argument expected, got '{}'",
            vm.type_name(&a.pos[0])
        ))
    })?;
    s.check(vm)?;
    let n = sequence::len(vm, &a.pos[0])?;
    if n > 0 {
        s.write_str(text);
    }
    Ok(Value::Int(n as i64))
}

fn stringio_seek(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = sst(vm, &args, "seek")?;
    let (pos, whence) = seek_args(vm, &args)?;
    s.check(vm)?;
    if !(0..=2).contains(&whence) {
        return Err(vm.value_error(format!("Invalid whence ({whence}, should be 0, 1 or 2)")));
    }
    if pos < 0 && whence == 0 {
        return Err(vm.value_error(format!("Negative seek position {pos}")));
    }
    if whence != 0 && pos != 0 {
        return Err(vm.os_error("Can't do nonzero cur-relative seeks"));
    }
    let new = match whence {
        0 => pos as usize,
        1 => s.pos.get(),
        _ => s.buf.borrow().len(),
    };
    s.pos.set(new);
    Ok(Value::Int(new as i64))
}

fn stringio_tell(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = sst(vm, &args, "tell")?;
    s.check(vm)?;
    Ok(Value::Int(s.pos.get() as i64))
}

fn stringio_truncate(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = sst(vm, &args, "truncate")?;
    let size = opt_pos(vm, &args, "truncate")?;
    s.check(vm)?;
    let size = size.unwrap_or(s.pos.get() as i64);
    if size < 0 {
        return Err(vm.value_error(format!("Negative size value {size}")));
    }
    let mut b = s.buf.borrow_mut();
    if (size as usize) < b.len() {
        b.truncate(size as usize);
    }
    Ok(Value::Int(size))
}

fn stringio_close(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = sst(vm, &args, "close")?;
    s.closed.set(true);
    let old = std::mem::take(&mut *s.buf.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn stringio_true(vm: &Vm, args: Args) -> PyResult<Value> {
    sst(vm, &args, "readable")?.check(vm)?;
    Ok(Value::Bool(true))
}

fn stringio_closed(vm: &Vm, v: &Value) -> PyResult<Value> {
    let s = this_value::<StringIO>(vm, v, "StringIO")?;
    if !s.ok.get() {
        return Err(vm.value_error("I/O operation on uninitialized object"));
    }
    Ok(Value::Bool(s.closed.get()))
}

fn stringio_line_buffering(vm: &Vm, v: &Value) -> PyResult<Value> {
    let s = this_value::<StringIO>(vm, v, "StringIO")?;
    s.check(vm)?;
    Ok(Value::Bool(false))
}

fn stringio_newlines(vm: &Vm, v: &Value) -> PyResult<Value> {
    let s = this_value::<StringIO>(vm, v, "StringIO")?;
    s.check(vm)?;
    if !s.readuniversal.get() {
        return Ok(Value::None);
    }
    Ok(newlines_value(vm, s.seen.get()))
}
