//! `BufferedReader`, `BufferedWriter` and `BufferedRandom` (CPython
//! `Modules/_io/bufferedio.c`): a byte buffer over a raw stream, so that many small reads
//! and writes become few system calls.
//!
//! One state serves all three: a read-ahead buffer (`rbuf[rpos..]` is data read from the
//! raw stream but not yet returned) and a write buffer (bytes accepted but not yet written
//! to the raw stream). At most one of them holds data at a time — a write first moves the
//! raw position back over unread read-ahead, a read first flushes pending writes — so the
//! logical position is always `raw.tell() - unread + pending`, as CPython's is. Data
//! written stays invisible to other readers of the file until a flush, a full buffer, or
//! `close()`; freeing the object flushes too (CPython's dealloc closes the file).

use super::layers::{
    native_buffered, opt_pos, raw_capability, raw_closed, raw_read, raw_readall, raw_seek,
    raw_tell, raw_truncate, raw_write, write_all_native,
};
use super::{int_arg, rest, this, this_value, types_of, DEFAULT_BUFFER_SIZE};
use ferropy_vm::heap::ObjRef;
use ferropy_vm::object::{Args, ExtPayload, NativeFn, Payload};
use ferropy_vm::protocol::{attr, call, repr};
use ferropy_vm::types::{self, add_getset, type_data, type_name};
use ferropy_vm::{PyErr, PyResult, Value, Vm};
use std::cell::{Cell, RefCell};

pub(super) const READER_DOC: &str =
    "Create a new buffered reader using the given readable raw IO object.";
pub(super) const WRITER_DOC: &str = "A buffer for a writeable sequential RawIO object.\n\n\
The constructor creates a BufferedWriter for the given writeable raw\n\
stream. If the buffer_size is not given, it defaults to\n\
DEFAULT_BUFFER_SIZE.";
pub(super) const RANDOM_DOC: &str = "A buffered interface to random access streams.\n\n\
The constructor creates a reader and writer for a seekable stream,\n\
raw, given in the first argument. If the buffer_size is omitted it\n\
defaults to DEFAULT_BUFFER_SIZE.";

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Reader,
    Writer,
    Random,
}

impl Kind {
    pub(super) fn reads(self) -> bool {
        self != Kind::Writer
    }
    pub(super) fn writes(self) -> bool {
        self != Kind::Reader
    }
    fn name(self) -> &'static str {
        match self {
            Kind::Reader => "BufferedReader",
            Kind::Writer => "BufferedWriter",
            Kind::Random => "BufferedRandom",
        }
    }
}

/// Lifecycle of a buffered object.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Life {
    Uninit,
    Ok,
    Detached,
}

/// A buffered object's state.
pub(super) struct Buffered {
    pub(super) kind: Kind,
    life: Cell<Life>,
    raw: RefCell<Value>,
    buffer_size: Cell<usize>,
    rbuf: RefCell<Vec<u8>>,
    rpos: Cell<usize>,
    pub(super) wbuf: RefCell<Vec<u8>>,
}

impl ExtPayload for Buffered {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(r) = self.raw.try_borrow() {
            visit(&r);
        }
    }

    fn clear(&self) {
        self.flush_on_drop();
        let raw = std::mem::replace(&mut *self.raw.borrow_mut(), Value::None);
        drop(raw);
    }

    fn next(&self, vm: &Vm) -> Option<PyResult<Option<Value>>> {
        if !self.kind.reads() {
            return None;
        }
        Some(
            self.readline(vm, -1)
                .map(|b| (!b.is_empty()).then(|| vm.new_bytes(b))),
        )
    }
}

impl Drop for Buffered {
    fn drop(&mut self) {
        self.flush_on_drop();
    }
}

impl Buffered {
    fn new(kind: Kind) -> Buffered {
        Buffered {
            kind,
            life: Cell::new(Life::Uninit),
            raw: RefCell::new(Value::None),
            buffer_size: Cell::new(DEFAULT_BUFFER_SIZE),
            rbuf: RefCell::new(Vec::new()),
            rpos: Cell::new(0),
            wbuf: RefCell::new(Vec::new()),
        }
    }

    /// Write pending bytes of a native raw file without an interpreter (being freed).
    fn flush_on_drop(&self) {
        let data = match self.wbuf.try_borrow_mut() {
            Ok(mut w) => std::mem::take(&mut *w),
            Err(_) => return,
        };
        if data.is_empty() {
            return;
        }
        if let Ok(raw) = self.raw.try_borrow() {
            write_all_native(&raw, &data);
        }
    }

    /// The raw stream, or the errors of an uninitialized or detached object.
    pub(super) fn raw(&self, vm: &Vm) -> PyResult<Value> {
        match self.life.get() {
            Life::Ok => Ok(self.raw.borrow().clone()),
            Life::Uninit => Err(vm.value_error("I/O operation on uninitialized object")),
            Life::Detached => Err(vm.value_error("raw stream has been detached")),
        }
    }

    /// The raw stream, checked open (`CHECK_CLOSED` with the method's own message).
    fn open_raw(&self, vm: &Vm, msg: &str) -> PyResult<Value> {
        let raw = self.raw(vm)?;
        if raw_closed(vm, &raw)? {
            return Err(vm.value_error(msg));
        }
        Ok(raw)
    }

    fn unread(&self) -> usize {
        self.rbuf.borrow().len() - self.rpos.get()
    }

    /// Take up to `n` unread bytes.
    fn take_unread(&self, n: usize) -> Vec<u8> {
        let mut r = self.rbuf.borrow_mut();
        let start = self.rpos.get();
        let end = start.saturating_add(n).min(r.len());
        let out = r[start..end].to_vec();
        if end == r.len() {
            r.clear();
            self.rpos.set(0);
        } else {
            self.rpos.set(end);
        }
        out
    }

    /// Write the whole write buffer to the raw stream. On failure the unwritten bytes go
    /// back to the front of the buffer.
    fn flush_writes(&self, vm: &Vm, raw: &Value) -> PyResult<()> {
        loop {
            let data = std::mem::take(&mut *self.wbuf.borrow_mut());
            if data.is_empty() {
                return Ok(());
            }
            let mut done = 0;
            while done < data.len() {
                let r = raw_write(vm, raw, &data[done..]);
                match r {
                    Ok(Some(n)) => done += n,
                    Ok(None) | Err(_) => {
                        let mut w = self.wbuf.borrow_mut();
                        let later = std::mem::take(&mut *w);
                        w.extend_from_slice(&data[done..]);
                        w.extend_from_slice(&later);
                        return match r {
                            Err(e) => Err(e),
                            _ => Err(blocking(vm, done)),
                        };
                    }
                }
            }
        }
    }

    /// Move the raw position back over unread read-ahead and drop it (before a write,
    /// seek or truncate).
    fn rewind_readahead(&self, vm: &Vm, raw: &Value) -> PyResult<()> {
        let n = self.unread();
        self.rbuf.borrow_mut().clear();
        self.rpos.set(0);
        if n > 0 {
            raw_seek(vm, raw, -(n as i64), 1)?;
        }
        Ok(())
    }

    /// One raw read of up to `n` bytes into the (empty) read-ahead buffer; false at EOF
    /// or when the read would block.
    fn fill(&self, vm: &Vm, raw: &Value, n: usize) -> PyResult<bool> {
        let chunk = raw_read(vm, raw, n)?;
        match chunk {
            Some(c) if !c.is_empty() => {
                let mut r = self.rbuf.borrow_mut();
                let start = self.rpos.get();
                r.drain(..start);
                r.extend_from_slice(&c);
                self.rpos.set(0);
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// `read(n)`: exactly `n` bytes unless EOF comes first; everything for `n < 0`.
    pub(super) fn read(&self, vm: &Vm, n: i64) -> PyResult<Option<Vec<u8>>> {
        let raw = self.open_raw(vm, "read of closed file")?;
        if n < -1 {
            return Err(vm.value_error("read length must be non-negative or -1"));
        }
        if n >= 0 && self.unread() >= n as usize {
            return Ok(Some(self.take_unread(n as usize)));
        }
        self.flush_writes(vm, &raw)?;
        let mut out = self.take_unread(usize::MAX);
        if n < 0 {
            return match raw_readall(vm, &raw)? {
                Some(rest) => {
                    out.extend_from_slice(&rest);
                    Ok(Some(out))
                }
                None if out.is_empty() => Ok(None),
                None => Ok(Some(out)),
            };
        }
        let n = n as usize;
        let size = self.buffer_size.get();
        while out.len() < n {
            let want = n - out.len();
            match raw_read(vm, &raw, want.max(size))? {
                None if out.is_empty() => return Ok(None),
                None => break,
                Some(c) if c.is_empty() => break,
                Some(c) => {
                    if c.len() > want {
                        out.extend_from_slice(&c[..want]);
                        *self.rbuf.borrow_mut() = c[want..].to_vec();
                        self.rpos.set(0);
                    } else {
                        out.extend_from_slice(&c);
                    }
                }
            }
        }
        Ok(Some(out))
    }

    /// `read1(n)`: buffered bytes if there are any, else at most one raw read.
    pub(super) fn read1(&self, vm: &Vm, n: i64) -> PyResult<Vec<u8>> {
        let raw = self.open_raw(vm, "read of closed file")?;
        let n = if n < 0 {
            self.buffer_size.get()
        } else {
            n as usize
        };
        if n == 0 {
            return Ok(Vec::new());
        }
        if self.unread() > 0 {
            return Ok(self.take_unread(n));
        }
        // CPython's read1 does not flush pending writes first: they land later at
        // wherever this raw read leaves the position (observable with "rb+").
        Ok(raw_read(vm, &raw, n)?.unwrap_or_default())
    }

    /// `readline(limit)`: up to and including b"\n".
    fn readline(&self, vm: &Vm, limit: i64) -> PyResult<Vec<u8>> {
        let raw = self.open_raw(vm, "readline of closed file")?;
        self.flush_writes(vm, &raw)?;
        let mut out = Vec::new();
        loop {
            let room = if limit < 0 {
                usize::MAX
            } else {
                limit as usize - out.len()
            };
            if room == 0 {
                break;
            }
            {
                let r = self.rbuf.borrow();
                let avail = &r[self.rpos.get()..];
                let scan = &avail[..avail.len().min(room)];
                if let Some(i) = scan.iter().position(|&b| b == b'\n') {
                    out.extend_from_slice(&scan[..=i]);
                    self.rpos.set(self.rpos.get() + i + 1);
                    break;
                }
                out.extend_from_slice(scan);
                self.rpos.set(self.rpos.get() + scan.len());
            }
            if out.len() as i64 == limit {
                break;
            }
            if !self.fill(vm, &raw, self.buffer_size.get())? {
                break;
            }
        }
        Ok(out)
    }

    pub(super) fn write(&self, vm: &Vm, data: &[u8]) -> PyResult<usize> {
        let raw = self.open_raw(vm, "write to closed file")?;
        if self.unread() > 0 {
            self.rewind_readahead(vm, &raw)?;
        }
        let full = {
            let mut w = self.wbuf.borrow_mut();
            w.extend_from_slice(data);
            w.len() >= self.buffer_size.get()
        };
        if full {
            self.flush_writes(vm, &raw)?;
        }
        Ok(data.len())
    }

    /// `flush()`: for writers, write the buffer out (and, when also reading, put the raw
    /// position back at the logical one); for readers, the raw stream's `flush()`.
    pub(super) fn flush(&self, vm: &Vm) -> PyResult<()> {
        if !self.kind.writes() {
            let raw = self.raw(vm)?;
            call::call_method(vm, &raw, "flush", &[])?;
            return Ok(());
        }
        let raw = self.open_raw(vm, "flush of closed file")?;
        self.flush_writes(vm, &raw)?;
        if self.kind.reads() {
            self.rewind_readahead(vm, &raw)?;
        }
        Ok(())
    }

    pub(super) fn seek(&self, vm: &Vm, pos: i64, whence: i64) -> PyResult<i64> {
        if !(0..=2).contains(&whence) {
            return Err(vm.value_error(format!("whence value {whence} unsupported")));
        }
        let raw = self.open_raw(vm, "seek of closed file")?;
        self.flush_writes(vm, &raw)?;
        let unread = self.unread() as i64;
        let pos = if whence == 1 { pos - unread } else { pos };
        // The read-ahead goes only once the raw seek succeeded.
        let r = raw_seek(vm, &raw, pos, whence)?;
        self.rbuf.borrow_mut().clear();
        self.rpos.set(0);
        Ok(r)
    }

    pub(super) fn tell(&self, vm: &Vm) -> PyResult<i64> {
        let raw = self.raw(vm)?;
        let pos = raw_tell(vm, &raw)?;
        let pos = pos - self.unread() as i64 + self.wbuf.borrow().len() as i64;
        Ok(pos.max(0))
    }

    fn truncate(&self, vm: &Vm, pos: Option<i64>) -> PyResult<Value> {
        let raw = self.open_raw(vm, "truncate of closed file")?;
        if !self.kind.writes() {
            return Err(super::unsupported(vm, "truncate"));
        }
        self.flush_writes(vm, &raw)?;
        self.rewind_readahead(vm, &raw)?;
        raw_truncate(vm, &raw, pos)
    }
}

/// `BlockingIOError(EAGAIN, ..., characters_written)`.
fn blocking(vm: &Vm, written: usize) -> PyErr {
    let cls = Value::Obj(vm.exc.blocking_io_error.clone());
    let args = [
        Value::Int(11),
        vm.new_str("write could not complete without blocking"),
        Value::Int(written as i64),
    ];
    match call::call(vm, &cls, &args) {
        Ok(Value::Obj(e)) => PyErr { exc: e },
        Ok(_) => vm.os_error("write could not complete without blocking"),
        Err(e) => e,
    }
}

fn kind_of(vm: &Vm, cls: &ObjRef) -> Kind {
    let t = types_of(vm);
    if vm.is_subtype(cls, &t.buffered_random) {
        Kind::Random
    } else if vm.is_subtype(cls, &t.buffered_writer) {
        Kind::Writer
    } else {
        Kind::Reader
    }
}

pub(super) fn fill(vm: &Vm, ty: &ObjRef) {
    let kind = match type_data(ty).name.borrow().as_str() {
        "_io.BufferedWriter" => Kind::Writer,
        "_io.BufferedRandom" => Kind::Random,
        _ => Kind::Reader,
    };
    types::add_new(vm, ty, buffered_new);
    let mut list: Vec<(&'static str, NativeFn)> = vec![
        ("__init__", buffered_init as NativeFn),
        ("close", buffered_close),
        ("detach", buffered_detach),
        ("flush", buffered_flush),
        ("fileno", buffered_fileno),
        ("isatty", buffered_isatty),
        ("seekable", buffered_seekable),
        ("seek", buffered_seek),
        ("tell", buffered_tell),
        ("truncate", buffered_truncate),
        ("__repr__", buffered_repr),
    ];
    if kind.reads() {
        list.extend([
            ("read", buffered_read as NativeFn),
            ("read1", buffered_read1),
            ("readline", buffered_readline),
            ("peek", buffered_peek),
            ("readinto", buffered_readinto),
            ("readinto1", buffered_readinto1),
            ("readable", buffered_readable),
            ("__next__", buffered_next),
        ]);
    }
    if kind.writes() {
        list.extend([
            ("write", buffered_write as NativeFn),
            ("writable", buffered_writable),
        ]);
    }
    super::methods(vm, ty, &list);
    add_getset(vm, ty, "closed", buffered_closed, None);
    add_getset(vm, ty, "name", buffered_name, None);
    add_getset(vm, ty, "mode", buffered_mode, None);
    add_getset(vm, ty, "raw", buffered_raw, None);
}

/// A buffered object of class `cls` over `raw` (what `open()` builds).
pub(super) fn new(vm: &Vm, cls: &ObjRef, raw: Value, size: usize) -> PyResult<Value> {
    let st = Buffered::new(kind_of(vm, cls));
    *st.raw.borrow_mut() = raw;
    st.buffer_size.set(size.max(1));
    st.life.set(Life::Ok);
    Ok(Value::Obj(ObjRef::new(
        Some(cls.clone()),
        Payload::Ext(Box::new(st)),
    )))
}

fn st<'a>(vm: &Vm, args: &Args<'a>, method: &str) -> PyResult<&'a Buffered> {
    this::<Buffered>(vm, args, "BufferedReader", method)
}

fn buffered_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let Some(cls) = args.pos.first().and_then(types::as_type) else {
        return Err(vm.type_error("BufferedReader.__new__(X): X is not a type object"));
    };
    Ok(Value::Obj(ObjRef::new(
        Some(cls.clone()),
        Payload::Ext(Box::new(Buffered::new(kind_of(vm, cls)))),
    )))
}

/// `__init__(raw, buffer_size=DEFAULT_BUFFER_SIZE)`.
fn buffered_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = st(vm, &args, "__init__")?;
    let a = call::parse_args(vm, s.kind.name(), rest(&args), &["raw", "buffer_size"], 1)?;
    let raw = a[0].clone().expect("required");
    if s.kind.reads() && !raw_capability(vm, &raw, "readable")? {
        return Err(super::unsupported(vm, "File or stream is not readable."));
    }
    if s.kind.writes() && !raw_capability(vm, &raw, "writable")? {
        return Err(super::unsupported(vm, "File or stream is not writable."));
    }
    if s.kind == Kind::Random && !raw_capability(vm, &raw, "seekable")? {
        return Err(super::unsupported(vm, "File or stream is not seekable."));
    }
    let size = match &a[1] {
        None => DEFAULT_BUFFER_SIZE as i64,
        Some(v) => int_arg(vm, v)?,
    };
    if size <= 0 {
        return Err(vm.value_error("buffer size must be strictly positive"));
    }
    let old = std::mem::replace(&mut *s.raw.borrow_mut(), raw);
    drop(old);
    s.buffer_size.set(size as usize);
    s.rbuf.borrow_mut().clear();
    s.rpos.set(0);
    s.wbuf.borrow_mut().clear();
    s.life.set(Life::Ok);
    Ok(Value::None)
}

fn buffered_read(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = st(vm, &args, "read")?;
    let n = super::opt_size(vm, &args, "read")?;
    Ok(match s.read(vm, n)? {
        Some(b) => vm.new_bytes(b),
        None => Value::None,
    })
}

fn buffered_read1(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = st(vm, &args, "read1")?;
    let n = super::opt_size(vm, &args, "read1")?;
    Ok(vm.new_bytes(s.read1(vm, n)?))
}

fn buffered_readline(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = st(vm, &args, "readline")?;
    let n = super::opt_size(vm, &args, "readline")?;
    Ok(vm.new_bytes(s.readline(vm, n)?))
}

fn buffered_next(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = st(vm, &args, "__next__")?;
    let line = s.readline(vm, -1)?;
    if line.is_empty() {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(vm.new_bytes(line))
}

fn buffered_peek(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = st(vm, &args, "peek")?;
    let a = rest(&args);
    call::check_arity(vm, "peek", &a, 0, 1)?;
    if let Some(v) = a.pos.first() {
        int_arg(vm, v)?;
    }
    let raw = s.open_raw(vm, "peek of closed file")?;
    s.flush_writes(vm, &raw)?;
    if s.unread() == 0 {
        s.fill(vm, &raw, s.buffer_size.get())?;
    }
    let r = s.rbuf.borrow();
    Ok(vm.new_bytes(r[s.rpos.get()..].to_vec()))
}

fn readinto_common(vm: &Vm, args: &Args, one: bool) -> PyResult<Value> {
    let name = if one { "readinto1" } else { "readinto" };
    let s = st(vm, args, name)?;
    let a = rest(args);
    call::check_arity(vm, name, &a, 1, 1)?;
    let n = super::buffer_len(vm, &a.pos[0])?;
    let raw = s.raw(vm)?;
    if raw_closed(vm, &raw)? {
        return Err(vm.value_error("readinto of closed file"));
    }
    let data = if one {
        s.read1(vm, n as i64)?
    } else {
        s.read(vm, n as i64)?.unwrap_or_default()
    };
    super::fill_buffer(vm, &a.pos[0], &data)?;
    Ok(Value::Int(data.len() as i64))
}

fn buffered_readinto(vm: &Vm, args: Args) -> PyResult<Value> {
    readinto_common(vm, &args, false)
}

fn buffered_readinto1(vm: &Vm, args: Args) -> PyResult<Value> {
    readinto_common(vm, &args, true)
}

fn buffered_write(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = st(vm, &args, "write")?;
    let a = rest(&args);
    call::check_arity(vm, "write", &a, 1, 1)?;
    let data = super::bytes_arg(vm, &a.pos[0])?;
    Ok(Value::Int(s.write(vm, &data)? as i64))
}

fn buffered_flush(vm: &Vm, args: Args) -> PyResult<Value> {
    st(vm, &args, "flush")?.flush(vm)?;
    Ok(Value::None)
}

fn buffered_seek(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = st(vm, &args, "seek")?;
    let a = rest(&args);
    call::check_arity(vm, "seek", &a, 1, 2)?;
    let pos = int_arg(vm, &a.pos[0])?;
    let whence = match a.pos.get(1) {
        Some(w) => int_arg(vm, w)?,
        None => 0,
    };
    Ok(Value::Int(s.seek(vm, pos, whence)?))
}

fn buffered_tell(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(st(vm, &args, "tell")?.tell(vm)?))
}

fn buffered_truncate(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = st(vm, &args, "truncate")?;
    let a = rest(&args);
    call::check_arity(vm, "truncate", &a, 0, 1)?;
    let pos = opt_pos(vm, a.pos.first())?;
    s.truncate(vm, pos)
}

/// `close()`: flush (through `self.flush()`, which a subclass may override), close the
/// raw stream, then re-raise a flush error.
fn buffered_close(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = st(vm, &args, "close")?;
    let raw = s.raw(vm)?;
    if raw_closed(vm, &raw)? {
        return Ok(Value::None);
    }
    let flushed = if native_buffered(&args.pos[0]).is_some() {
        s.flush(vm)
    } else {
        call::call_method(vm, &args.pos[0], "flush", &[]).map(|_| ())
    };
    s.rbuf.borrow_mut().clear();
    s.rpos.set(0);
    let closed = call::call_method(vm, &raw, "close", &[]);
    flushed?;
    closed?;
    Ok(Value::None)
}

fn buffered_detach(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = st(vm, &args, "detach")?;
    s.raw(vm)?;
    s.flush(vm)?;
    let raw = std::mem::replace(&mut *s.raw.borrow_mut(), Value::None);
    s.life.set(Life::Detached);
    Ok(raw)
}

fn delegate(vm: &Vm, args: &Args, name: &str) -> PyResult<Value> {
    let raw = st(vm, args, name)?.raw(vm)?;
    call::call_method(vm, &raw, name, &[])
}

fn buffered_fileno(vm: &Vm, args: Args) -> PyResult<Value> {
    delegate(vm, &args, "fileno")
}

fn buffered_isatty(vm: &Vm, args: Args) -> PyResult<Value> {
    delegate(vm, &args, "isatty")
}

fn capability(vm: &Vm, args: &Args, what: &str) -> PyResult<Value> {
    let raw = st(vm, args, what)?.raw(vm)?;
    Ok(Value::Bool(raw_capability(vm, &raw, what)?))
}

fn buffered_seekable(vm: &Vm, args: Args) -> PyResult<Value> {
    capability(vm, &args, "seekable")
}

fn buffered_readable(vm: &Vm, args: Args) -> PyResult<Value> {
    capability(vm, &args, "readable")
}

fn buffered_writable(vm: &Vm, args: Args) -> PyResult<Value> {
    capability(vm, &args, "writable")
}

fn buffered_closed(vm: &Vm, v: &Value) -> PyResult<Value> {
    let raw = this_value::<Buffered>(vm, v, "BufferedReader")?.raw(vm)?;
    Ok(Value::Bool(raw_closed(vm, &raw)?))
}

fn raw_attr(vm: &Vm, v: &Value, name: &str) -> PyResult<Value> {
    let raw = this_value::<Buffered>(vm, v, "BufferedReader")?.raw(vm)?;
    attr::get_attr_str(vm, &raw, name)
}

fn buffered_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    raw_attr(vm, v, "name")
}

fn buffered_mode(vm: &Vm, v: &Value) -> PyResult<Value> {
    raw_attr(vm, v, "mode")
}

fn buffered_raw(vm: &Vm, v: &Value) -> PyResult<Value> {
    this_value::<Buffered>(vm, v, "BufferedReader")?.raw(vm)
}

/// `<_io.BufferedReader name='x'>`, or without the name when it cannot be had.
fn buffered_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    st(vm, &args, "__repr__")?;
    let s = &args.pos[0];
    let tname = type_name(&vm.type_of(s));
    match attr::get_attr_str(vm, s, "name") {
        Ok(name) => Ok(vm.new_string(format!("<{tname} name={}>", repr::repr(vm, &name)?))),
        Err(e)
            if vm.err_matches(&e, &vm.exc.value_error)
                || vm.err_matches(&e, &vm.exc.attribute_error) =>
        {
            Ok(vm.new_string(format!("<{tname}>")))
        }
        Err(e) => Err(e),
    }
}
