//! The `_io` module (CPython `Modules/_io/`): `open()` and the three layers of a file —
//! `FileIO` (raw: one system call per operation), `BufferedReader`/`BufferedWriter`/
//! `BufferedRandom` (a byte buffer over a raw stream) and `TextIOWrapper` (decoding,
//! encoding and newline translation over a buffered stream) — plus the in-memory
//! `StringIO` and `BytesIO`, and the abstract `_IOBase` family they all derive from.
//! `lib/io.py` layers the public ABCs on top exactly as CPython's `Lib/io.py` does.
//!
//! Files are split by layer: `io_base.rs` (the `_IOBase` family's generic methods),
//! `io_file.rs` (FileIO, with `io_file_mem.rs` for sandboxed interpreters: nothing to
//! open, or an in-memory file system), `io_buffered.rs`, `io_text.rs` (with its methods in
//! `io_text_api.rs`) and `io_memory.rs`. Each layer talks to the one below through the
//! dispatch helpers of `io_layers.rs`, which take a fast path when the lower object is
//! one of ours and otherwise call its Python methods, so `TextIOWrapper(BytesIO(...))`
//! and user-written raw streams work as in CPython.
//!
//! Blocking reads and writes release the GIL (`Vm::allow_threads`); the file handle they
//! use is an `Arc<File>` so the closure owns everything it touches. No `RefCell` borrow
//! of a stream's state is held across a call into a lower layer, Python code, or a GIL
//! release: another thread may use the same file object meanwhile.

#[path = "io_base.rs"]
mod base;
#[path = "io_buffered.rs"]
mod buffered;
#[path = "io_file.rs"]
mod file;
#[path = "io_file_mem.rs"]
mod file_mem;
#[path = "io_layers.rs"]
mod layers;
#[path = "io_memory.rs"]
mod memory;
#[path = "io_text.rs"]
mod text;
#[path = "io_text_api.rs"]
mod text_api;

use crate::module::ModuleBuilder;
use ferropy_vm::dict::Dict;
use ferropy_vm::heap::ObjRef;
use ferropy_vm::object::{ext_ref, Args, Layout, NativeFn, Payload, Slots, TypeData};
use ferropy_vm::protocol::{attr, call, number};
use ferropy_vm::types::{self, type_data};
use ferropy_vm::vm::as_str;
use ferropy_vm::{PyErr, PyResult, Value, Vm};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// `io.DEFAULT_BUFFER_SIZE`.
pub(crate) const DEFAULT_BUFFER_SIZE: usize = 8192;

/// This interpreter's `_io` types.
pub(crate) struct Types {
    pub iobase: ObjRef,
    pub rawiobase: ObjRef,
    pub bufferediobase: ObjRef,
    pub textiobase: ObjRef,
    pub fileio: ObjRef,
    pub buffered_reader: ObjRef,
    pub buffered_writer: ObjRef,
    pub buffered_random: ObjRef,
    pub text_wrapper: ObjRef,
    pub string_io: ObjRef,
    pub bytes_io: ObjRef,
    pub unsupported: ObjRef,
}

pub(crate) fn types_of(vm: &Vm) -> Rc<Types> {
    vm.ext_state("_io", || Types::new(vm))
}

impl Types {
    fn new(vm: &Vm) -> Types {
        let iobase = new_type(vm, "_IOBase", &vm.t.object, base::IOBASE_DOC);
        let rawiobase = new_type(vm, "_RawIOBase", &iobase, "Base class for raw binary I/O.");
        let bufferediobase = new_type(
            vm,
            "_BufferedIOBase",
            &iobase,
            "Base class for buffered IO objects.",
        );
        let textiobase = new_type(
            vm,
            "_TextIOBase",
            &iobase,
            "Base class for text I/O.\n\nThis class provides a character and line based \
             interface to stream\nI/O. There is no readinto method because Python's \
             character strings\nare immutable.",
        );
        base::fill(vm, &iobase, &rawiobase, &bufferediobase, &textiobase);
        let fileio = new_type(vm, "FileIO", &rawiobase, file::DOC);
        file::fill(vm, &fileio);
        let buffered_reader = new_type(vm, "BufferedReader", &bufferediobase, buffered::READER_DOC);
        let buffered_writer = new_type(vm, "BufferedWriter", &bufferediobase, buffered::WRITER_DOC);
        let buffered_random = new_type(vm, "BufferedRandom", &bufferediobase, buffered::RANDOM_DOC);
        for ty in [&buffered_reader, &buffered_writer, &buffered_random] {
            buffered::fill(vm, ty);
        }
        let text_wrapper = new_type(vm, "TextIOWrapper", &textiobase, text_api::DOC);
        text_api::fill(vm, &text_wrapper);
        let string_io = new_type(vm, "StringIO", &textiobase, memory::STRINGIO_DOC);
        memory::fill_stringio(vm, &string_io);
        let bytes_io = new_type(vm, "BytesIO", &bufferediobase, memory::BYTESIO_DOC);
        memory::fill_bytesio(vm, &bytes_io);
        let unsupported = make_unsupported(vm);
        Types {
            iobase,
            rawiobase,
            bufferediobase,
            textiobase,
            fileio,
            buffered_reader,
            buffered_writer,
            buffered_random,
            text_wrapper,
            string_io,
            bytes_io,
            unsupported,
        }
    }
}

/// `io.UnsupportedOperation`: a heap class deriving from both OSError and ValueError,
/// made by calling `type(...)` as CPython's `_io` module does.
fn make_unsupported(vm: &Vm) -> ObjRef {
    let ns = vm.new_dict();
    let _ = types::dict::set_item(vm, &ns, vm.new_str("__module__"), vm.new_str("io"));
    let bases = vm.new_tuple(vec![
        Value::Obj(vm.exc.os_error.clone()),
        Value::Obj(vm.exc.value_error.clone()),
    ]);
    let cls = call::call(
        vm,
        &Value::Obj(vm.t.type_.clone()),
        &[vm.new_str("UnsupportedOperation"), bases, Value::Obj(ns)],
    )
    .expect("UnsupportedOperation class");
    cls.as_obj().expect("a class").clone()
}

/// A builtin `_io` type: named `_io.NAME`, deriving from `base`, whose instances have a
/// `__dict__` (as CPython's file objects do: `open()` stores `mode` there).
fn new_type(vm: &Vm, name: &str, base: &ObjRef, doc: &str) -> ObjRef {
    let ty = ObjRef::new(
        Some(vm.t.type_.clone()),
        Payload::Type(Box::new(TypeData {
            name: RefCell::new(format!("_io.{name}")),
            qualname: RefCell::new(name.to_string()),
            bases: RefCell::new(vec![base.clone()]),
            mro: RefCell::new(Vec::new()),
            dict: RefCell::new(Dict::new()),
            layout: Layout::Other,
            heap_type: false,
            has_instance_dict: true,
            slots: Cell::new(Slots::default()),
            subclasses: RefCell::new(Vec::new()),
            nslots: 0,
            instance_names: Default::default(),
            ctor_cache: RefCell::new(None),
        })),
    );
    let mut mro = vec![ty.clone()];
    mro.extend(type_data(base).mro.borrow().iter().cloned());
    *type_data(&ty).mro.borrow_mut() = mro;
    types::type_set(vm, &ty, "__module__", vm.new_str("_io"));
    types::type_set(vm, &ty, "__doc__", vm.new_str(doc));
    ty
}

/// Register `(name, function)` pairs as methods of `ty`.
pub(crate) fn methods(vm: &Vm, ty: &ObjRef, list: &[(&'static str, NativeFn)]) {
    for (name, f) in list {
        types::add_method(vm, ty, name, *f);
    }
}

pub fn init(vm: &Vm) -> PyResult<ObjRef> {
    let t = types_of(vm);
    let m = ModuleBuilder::new(vm, "_io");
    // The very `open` that `install` put in builtins (`io.open is open`).
    let open = types::dict::get_str_key(vm, &vm.builtins_dict, &vm.intern("open"))
        .unwrap_or_else(|| vm.new_native("open", io_open, None));
    m.value("open", open)
        .func("open_code", open_code)
        .func("text_encoding", text_encoding)
        .value(
            "DEFAULT_BUFFER_SIZE",
            Value::Int(DEFAULT_BUFFER_SIZE as i64),
        )
        .value(
            "BlockingIOError",
            Value::Obj(vm.exc.blocking_io_error.clone()),
        )
        .value("UnsupportedOperation", Value::Obj(t.unsupported.clone()));
    for (name, ty) in [
        ("_IOBase", &t.iobase),
        ("_RawIOBase", &t.rawiobase),
        ("_BufferedIOBase", &t.bufferediobase),
        ("_TextIOBase", &t.textiobase),
        ("FileIO", &t.fileio),
        ("BufferedReader", &t.buffered_reader),
        ("BufferedWriter", &t.buffered_writer),
        ("BufferedRandom", &t.buffered_random),
        ("TextIOWrapper", &t.text_wrapper),
        ("StringIO", &t.string_io),
        ("BytesIO", &t.bytes_io),
    ] {
        m.value(name, Value::Obj(ty.clone()));
    }
    Ok(m.module.clone())
}

/// Install `builtins.open`, the same function object `_io` later exports as `open`
/// (`io.open is open`). The file types are made on the first call, not at start-up: the
/// interpreter's start stays small (and with it the collector's allocation count, which
/// scripts can observe through `gc.get_count()`).
pub fn install(vm: &Vm) {
    let open = vm.new_native("open", io_open, None);
    let _ = types::dict::set_item(vm, &vm.builtins_dict, vm.new_str("open"), open);
}

// ----- shared helpers ------------------------------------------------------------------------

/// The `T` state of `self` (`args.pos[0]`), with CPython's descriptor type errors.
pub(crate) fn this<'a, T: 'static>(
    vm: &Vm,
    args: &Args<'a>,
    ty: &str,
    method: &str,
) -> PyResult<&'a T> {
    let Some(v) = args.pos.first() else {
        return Err(vm.type_error(format!(
            "descriptor '{method}' of '_io.{ty}' object needs an argument"
        )));
    };
    v.as_obj().and_then(ext_ref::<T>).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{method}' requires a '_io.{ty}' object but received a '{}'",
            vm.type_name(v)
        ))
    })
}

/// The `T` state behind a getset's instance.
pub(crate) fn this_value<'a, T: 'static>(vm: &Vm, v: &'a Value, ty: &str) -> PyResult<&'a T> {
    v.as_obj().and_then(ext_ref::<T>).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a '_io.{ty}' object but received a '{}'",
            vm.type_name(v)
        ))
    })
}

/// The arguments after `self`.
pub(crate) fn rest<'a>(args: &Args<'a>) -> Args<'a> {
    Args {
        pos: &args.pos[1..],
        kwnames: args.kwnames,
        kwvalues: args.kwvalues,
    }
}

/// `io.UnsupportedOperation(msg)`, built through the class so `errno` and friends exist.
pub(crate) fn unsupported(vm: &Vm, msg: &str) -> PyErr {
    let cls = Value::Obj(types_of(vm).unsupported.clone());
    match call::call(vm, &cls, &[vm.new_str(msg)]) {
        Ok(Value::Obj(e)) => PyErr { exc: e },
        Ok(_) => vm.value_error(msg),
        Err(e) => e,
    }
}

/// The OSError subclass for a failed system call, as CPython's `PyErr_SetFromErrno`
/// (with a filename: `PyErr_SetFromErrnoWithFilenameObject`) builds it:
/// `[Errno 2] No such file or directory: 'x'`.
pub(crate) fn os_error(vm: &Vm, e: &std::io::Error, filename: Option<&Value>) -> PyErr {
    let Some(errno) = e.raw_os_error() else {
        return vm.os_error(e.to_string());
    };
    let text = e.to_string();
    let strerror = match text.rfind(" (os error ") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    errno_error(vm, errno, &strerror, filename)
}

/// `OSError(errno, strerror[, filename])`, which picks the subclass for `errno`.
pub(crate) fn errno_error(vm: &Vm, errno: i32, strerror: &str, filename: Option<&Value>) -> PyErr {
    let mut a = vec![Value::Int(errno as i64), vm.new_str(strerror)];
    if let Some(f) = filename {
        a.push(f.clone());
    }
    match call::call(vm, &Value::Obj(vm.exc.os_error.clone()), &a) {
        Ok(Value::Obj(e)) => PyErr { exc: e },
        Ok(_) => vm.os_error(strerror.to_string()),
        Err(e) => e,
    }
}

/// An `int` argument through `__index__`, as a C `Py_ssize_t`.
pub(crate) fn int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    let n = number::index(vm, v)?;
    types::int::as_int(&n)
        .and_then(|i| i.to_i64())
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

/// A size argument that may be None (`-1`), CPython's `_Py_convert_optional_to_ssize_t`.
pub(crate) fn size_arg(vm: &Vm, v: Option<&Value>) -> PyResult<i64> {
    match v {
        None | Some(Value::None) => Ok(-1),
        Some(v) => {
            if types::int::as_int(v).is_none()
                && types::lookup_str(vm, &vm.type_of(v), "__index__").is_none()
            {
                return Err(vm.type_error(format!(
                    "argument should be integer or None, not '{}'",
                    vm.type_name(v)
                )));
            }
            int_arg(vm, v)
        }
    }
}

/// The single optional size argument of `read(size=-1)`-style methods.
pub(crate) fn opt_size(vm: &Vm, args: &Args, fname: &str) -> PyResult<i64> {
    let a = rest(args);
    call::no_kwargs(vm, fname, &a)?;
    call::check_arity(vm, fname, &a, 0, 1)?;
    size_arg(vm, a.pos.first())
}

/// `bool(getattr(v, name))`.
pub(crate) fn bool_attr(vm: &Vm, v: &Value, name: &str) -> PyResult<bool> {
    let r = attr::get_attr_str(vm, v, name)?;
    number::truthy(vm, &r)
}

/// The bytes of a bytes-like argument (`bytes`, `bytearray`).
pub(crate) fn bytes_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    types::bytes::bytes_of(vm, v)
}

/// Run `f` with the bytes of a bytes-like argument, without copying.
pub(crate) fn with_bytes<R>(vm: &Vm, v: &Value, f: impl FnOnce(&[u8]) -> R) -> PyResult<R> {
    if let Value::Obj(o) = v {
        match o.payload() {
            Payload::Bytes(b) => return Ok(f(b)),
            Payload::ByteArray(b) => {
                let data = b.borrow().clone();
                return Ok(f(&data));
            }
            _ => {}
        }
    }
    Err(vm.type_error(format!(
        "a bytes-like object is required, not '{}'",
        vm.type_name(v)
    )))
}

/// Copy `data` into a writable buffer argument (`bytearray`), for `readinto`.
pub(crate) fn fill_buffer(vm: &Vm, buf: &Value, data: &[u8]) -> PyResult<()> {
    if let Some(Payload::ByteArray(b)) = buf.as_obj().map(|o| o.payload()) {
        let mut b = b.borrow_mut();
        b[..data.len()].copy_from_slice(data);
        return Ok(());
    }
    Err(vm.type_error(format!(
        "readinto() argument must be read-write bytes-like object, not {}",
        vm.type_name(buf)
    )))
}

/// The length of a writable buffer argument (`bytearray`), for `readinto`.
pub(crate) fn buffer_len(vm: &Vm, buf: &Value) -> PyResult<usize> {
    match buf.as_obj().map(|o| o.payload()) {
        Some(Payload::ByteArray(b)) => Ok(b.borrow().len()),
        _ => Err(vm.type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {}",
            vm.type_name(buf)
        ))),
    }
}

// ----- open() ------------------------------------------------------------------------------

/// The letters of an `open()` mode string (CPython's `_io_open_impl` decoding).
#[derive(Default, Clone, Copy)]
struct Mode {
    creating: bool,
    reading: bool,
    writing: bool,
    appending: bool,
    updating: bool,
    text: bool,
    binary: bool,
}

fn parse_open_mode(vm: &Vm, mode: &str) -> PyResult<Mode> {
    let mut m = Mode::default();
    let invalid = || vm.value_error(format!("invalid mode: '{mode}'"));
    for (i, c) in mode.char_indices() {
        let flag = match c {
            'x' => &mut m.creating,
            'r' => &mut m.reading,
            'w' => &mut m.writing,
            'a' => &mut m.appending,
            '+' => &mut m.updating,
            't' => &mut m.text,
            'b' => &mut m.binary,
            _ => return Err(invalid()),
        };
        *flag = true;
        if mode[i + c.len_utf8()..].contains(c) {
            return Err(invalid());
        }
    }
    Ok(m)
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
/// closefd=True, opener=None)`: FileIO, wrapped in a buffered object unless unbuffered,
/// wrapped in a TextIOWrapper unless binary — CPython's `_io_open_impl` step by step.
fn io_open(vm: &Vm, args: Args) -> PyResult<Value> {
    const NAMES: [&str; 8] = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ];
    for k in args.kwnames {
        let k = as_str(k).unwrap_or("");
        if !NAMES.contains(&k) {
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for open()")));
        }
    }
    let a = call::parse_args(vm, "open", args, &NAMES, 1)?;
    let file = a[0].clone().expect("required");
    let mode = match &a[1] {
        None => "r".to_string(),
        Some(v) => as_str(v)
            .ok_or_else(|| {
                vm.type_error(format!(
                    "open() argument 'mode' must be str, not {}",
                    vm.type_name(v)
                ))
            })?
            .to_string(),
    };
    let buffering = match &a[2] {
        None => -1,
        Some(v) => int_arg(vm, v)?,
    };
    let opt_str = |i: usize| -> PyResult<Option<String>> {
        match &a[i] {
            None | Some(Value::None) => Ok(None),
            Some(v) => match as_str(v) {
                Some(s) => Ok(Some(s.to_string())),
                None => Err(vm.type_error(format!(
                    "open() argument '{}' must be str or None, not {}",
                    NAMES[i],
                    vm.type_name(v)
                ))),
            },
        }
    };
    let encoding = opt_str(3)?;
    let errors = opt_str(4)?;
    let newline = opt_str(5)?;
    let closefd = match &a[6] {
        None => true,
        Some(v) => number::truthy(vm, v)?,
    };
    let opener = a[7].clone().unwrap_or(Value::None);
    open_impl(
        vm, &file, &mode, buffering, encoding, errors, newline, closefd, opener,
    )
}

fn open_impl(
    vm: &Vm,
    file: &Value,
    mode: &str,
    buffering: i64,
    encoding: Option<String>,
    errors: Option<String>,
    newline: Option<String>,
    closefd: bool,
    opener: Value,
) -> PyResult<Value> {
    let target = file::target_of(vm, file)?;
    let m = parse_open_mode(vm, mode)?;
    let mut rawmode = String::new();
    for (on, c) in [
        (m.creating, 'x'),
        (m.reading, 'r'),
        (m.writing, 'w'),
        (m.appending, 'a'),
        (m.updating, '+'),
    ] {
        if on {
            rawmode.push(c);
        }
    }
    if m.text && m.binary {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    if (m.creating as u8 + m.reading as u8 + m.writing as u8 + m.appending as u8) > 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    if m.binary && encoding.is_some() {
        return Err(vm.value_error("binary mode doesn't take an encoding argument"));
    }
    if m.binary && errors.is_some() {
        return Err(vm.value_error("binary mode doesn't take an errors argument"));
    }
    if m.binary && newline.is_some() {
        return Err(vm.value_error("binary mode doesn't take a newline argument"));
    }
    if m.binary && buffering == 1 {
        warn(
            vm,
            "RuntimeWarning",
            "line buffering (buffering=1) isn't supported in binary mode, the default buffer \
             size will be used",
        )?;
    }
    let t = types_of(vm);
    let raw = file::open_raw(vm, &t.fileio, target, &rawmode, closefd, opener)?;
    let result = wrap_raw(
        vm,
        &t,
        raw.clone(),
        &m,
        buffering,
        encoding,
        errors,
        newline,
        mode,
    );
    if result.is_err() {
        // CPython closes what it opened before re-raising.
        let _ = call::call_method(vm, &raw, "close", &[]);
    }
    result
}

fn wrap_raw(
    vm: &Vm,
    t: &Types,
    raw: Value,
    m: &Mode,
    mut buffering: i64,
    encoding: Option<String>,
    errors: Option<String>,
    newline: Option<String>,
    mode: &str,
) -> PyResult<Value> {
    let isatty = layers::raw_isatty(vm, &raw)?;
    let line_buffering = buffering == 1 || isatty;
    if line_buffering {
        buffering = -1;
    }
    if buffering < 0 {
        buffering = layers::raw_blksize(&raw).unwrap_or(DEFAULT_BUFFER_SIZE as i64);
    }
    if buffering == 0 {
        if !m.binary {
            return Err(vm.value_error("can't have unbuffered text I/O"));
        }
        return Ok(raw);
    }
    let cls = if m.updating {
        &t.buffered_random
    } else if m.creating || m.writing || m.appending {
        &t.buffered_writer
    } else {
        &t.buffered_reader
    };
    let buffer = buffered::new(vm, cls, raw, buffering as usize)?;
    if m.binary {
        return Ok(buffer);
    }
    let wrapper = text_api::new(
        vm,
        buffer,
        encoding.as_deref(),
        errors.as_deref(),
        newline.as_deref(),
        line_buffering,
    )?;
    attr::set_attr(vm, &wrapper, &vm.intern("mode"), Some(vm.new_str(mode)))?;
    Ok(wrapper)
}

/// `open_code(path)`: `open(path, 'rb')`.
fn open_code(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = call::parse_args(vm, "open_code", args, &["path"], 1)?;
    let path = a[0].clone().expect("required");
    if as_str(&path).is_none() {
        return Err(vm.type_error(format!(
            "open_code() argument 'path' must be str, not {}",
            vm.type_name(&path)
        )));
    }
    open_impl(vm, &path, "rb", -1, None, None, None, true, Value::None)
}

/// `text_encoding(encoding, stacklevel=2)`: "locale" for None (UTF-8 mode is off).
fn text_encoding(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = call::parse_args(vm, "text_encoding", args, &["encoding", "stacklevel"], 1)?;
    match &a[0] {
        Some(Value::None) | None => Ok(vm.new_str("locale")),
        Some(v) => Ok(v.clone()),
    }
}

/// `warnings.warn(message, category)` from native code; silently skipped when the
/// `warnings` module is unavailable.
fn warn(vm: &Vm, category: &str, message: &str) -> PyResult<()> {
    let Ok(w) = ferropy_vm::import::import_module(vm, "warnings") else {
        return Ok(());
    };
    let cat = attr::get_attr_str(vm, &Value::Obj(vm.builtins.clone()), category)?;
    call::call_method(vm, &w, "warn", &[vm.new_str(message), cat, Value::Int(1)])?;
    Ok(())
}
