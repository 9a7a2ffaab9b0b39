//! The `TextIOWrapper` type's Python methods and attributes (CPython
//! `Modules/_io/textio.c`): argument parsing and the constructor around the engine in
//! `io_text.rs`.

use super::layers::{buf_capability, buf_closed, buf_tell};
use super::memory::newlines_value;
use super::text::{classify, Life, TextIO, LOCALE_ENCODING};
use super::{int_arg, opt_size, rest, this, this_value};
use ferropy_vm::heap::ObjRef;
use ferropy_vm::object::{Args, NativeFn, Payload};
use ferropy_vm::protocol::{attr, call, number, repr};
use ferropy_vm::types::str::codecs;
use ferropy_vm::types::{self, add_getset, type_name};
use ferropy_vm::vm::as_str;
use ferropy_vm::{PyErr, PyResult, Value, Vm};

pub(super) const DOC: &str =
    "Character and line based layer over a BufferedIOBase object, buffer.\n\n\
encoding gives the name of the encoding that the stream will be\n\
decoded or encoded with. It defaults to locale.getencoding().\n\n\
errors determines the strictness of encoding and decoding (see\n\
help(codecs.Codec) or the documentation for codecs.register) and\n\
defaults to \"strict\".\n\n\
newline controls how line endings are handled. It can be None, '',\n\
'\\n', '\\r', and '\\r\\n'.  It works as follows:\n\n\
* On input, if newline is None, universal newlines mode is\n\
  enabled. Lines in the input can end in '\\n', '\\r', or '\\r\\n', and\n\
  these are translated into '\\n' before being returned to the\n\
  caller. If it is '', universal newline mode is enabled, but line\n\
  endings are returned to the caller untranslated. If it has any of\n\
  the other legal values, input lines are only terminated by the given\n\
  string, and the line ending is returned to the caller untranslated.\n\n\
* On output, if newline is None, any '\\n' characters written are\n\
  translated to the system default line separator, os.linesep. If\n\
  newline is '' or '\\n', no translation takes place. If newline is any\n\
  of the other legal values, any '\\n' characters written are translated\n\
  to the given string.\n\n\
If line_buffering is True, a call to flush is implied when a call to\n\
write contains a newline character.";

pub(super) fn fill(vm: &Vm, ty: &ObjRef) {
    types::add_new(vm, ty, text_new);
    super::methods(
        vm,
        ty,
        &[
            ("__init__", text_init as NativeFn),
            ("read", text_read),
            ("readline", text_readline),
            ("write", text_write),
            ("flush", text_flush),
            ("close", text_close),
            ("tell", text_tell),
            ("seek", text_seek),
            ("truncate", text_truncate),
            ("detach", text_detach),
            ("fileno", text_fileno),
            ("isatty", text_isatty),
            ("readable", text_readable),
            ("writable", text_writable),
            ("seekable", text_seekable),
            ("reconfigure", text_reconfigure),
            ("__next__", text_next),
            ("__repr__", text_repr),
        ],
    );
    for (name, get) in [
        ("closed", text_closed as ferropy_vm::object::GetterFn),
        ("name", text_name),
        ("encoding", text_encoding),
        ("errors", text_errors),
        ("newlines", text_newlines),
        ("line_buffering", text_line_buffering),
        ("write_through", text_write_through),
        ("buffer", text_buffer),
    ] {
        add_getset(vm, ty, name, get, None);
    }
    add_getset(
        vm,
        ty,
        "_CHUNK_SIZE",
        text_chunk_size,
        Some(text_set_chunk_size),
    );
}

/// A TextIOWrapper over `buffer` (what `open()` builds).
pub(super) fn new(
    vm: &Vm,
    buffer: Value,
    encoding: Option<&str>,
    errors: Option<&str>,
    newline: Option<&str>,
    line_buffering: bool,
) -> PyResult<Value> {
    let cls = super::types_of(vm).text_wrapper.clone();
    let obj = Value::Obj(ObjRef::new(
        Some(cls),
        Payload::Ext(Box::new(TextIO::empty())),
    ));
    let st = this_value::<TextIO>(vm, &obj, "TextIOWrapper")?;
    init_state(
        vm,
        st,
        buffer,
        encoding,
        errors,
        newline,
        line_buffering,
        false,
    )?;
    Ok(obj)
}

fn init_state(
    vm: &Vm,
    st: &TextIO,
    buffer: Value,
    encoding: Option<&str>,
    errors: Option<&str>,
    newline: Option<&str>,
    line_buffering: bool,
    write_through: bool,
) -> PyResult<()> {
    if let Some(nl) = newline {
        if !matches!(nl, "" | "\n" | "\r" | "\r\n") {
            return Err(vm.value_error(format!("illegal newline value: {nl}")));
        }
    }
    let encoding = match encoding {
        None | Some("locale") => LOCALE_ENCODING.to_string(),
        Some(e) => e.to_string(),
    };
    // An unknown encoding fails here, as CPython's codec lookup does.
    codecs::encode(vm, "", &encoding, "strict")?;
    st.life.set(Life::Uninit);
    *st.encoding.borrow_mut() = encoding.clone();
    st.codec.set(classify(&encoding));
    *st.errors.borrow_mut() = errors.unwrap_or("strict").to_string();
    st.readuniversal.set(newline.is_none_or(str::is_empty));
    st.readtranslate.set(newline.is_none());
    *st.readnl.borrow_mut() = newline.unwrap_or("\n").to_string();
    *st.writenl.borrow_mut() = newline.filter(|n| n.starts_with('\r')).map(str::to_string);
    st.line_buffering.set(line_buffering);
    st.write_through.set(write_through);
    st.reset_decoder();
    st.seen.set(0);
    st.readable.set(buf_capability(vm, &buffer, "readable")?);
    st.writable.set(buf_capability(vm, &buffer, "writable")?);
    let seekable = buf_capability(vm, &buffer, "seekable")?;
    st.seekable.set(seekable);
    st.telling.set(seekable);
    let started = st.writable.get() && seekable && buf_tell(vm, &buffer)? != 0;
    st.encoder_started.set(started);
    let old = std::mem::replace(&mut *st.buffer.borrow_mut(), buffer);
    drop(old);
    st.life.set(Life::Ok);
    Ok(())
}

fn st<'a>(vm: &Vm, args: &Args<'a>, method: &str) -> PyResult<&'a TextIO> {
    this::<TextIO>(vm, args, "TextIOWrapper", method)
}

fn gst<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a TextIO> {
    this_value::<TextIO>(vm, v, "TextIOWrapper")
}

fn text_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let Some(cls) = args.pos.first().and_then(types::as_type) else {
        return Err(vm.type_error("TextIOWrapper.__new__(X): X is not a type object"));
    };
    Ok(Value::Obj(ObjRef::new(
        Some(cls.clone()),
        Payload::Ext(Box::new(TextIO::empty())),
    )))
}

/// A `str or None` argument of the constructor.
fn opt_str_arg(vm: &Vm, v: &Option<Value>, fname: &str, what: &str) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match as_str(v) {
            Some(s) => Ok(Some(s.to_string())),
            None => Err(vm.type_error(format!(
                "{fname}() argument '{what}' must be str or None, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

/// `TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False,
/// write_through=False)`.
fn text_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = st(vm, &args, "__init__")?;
    let a = call::parse_args(
        vm,
        "TextIOWrapper",
        rest(&args),
        &[
            "buffer",
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ],
        1,
    )?;
    let buffer = a[0].clone().expect("required");
    let encoding = opt_str_arg(vm, &a[1], "TextIOWrapper", "encoding")?;
    let errors = opt_str_arg(vm, &a[2], "TextIOWrapper", "errors")?;
    let newline = opt_str_arg(vm, &a[3], "TextIOWrapper", "newline")?;
    let flag = |v: &Option<Value>| -> PyResult<bool> {
        match v {
            None => Ok(false),
            Some(v) => number::truthy(vm, v),
        }
    };
    let line_buffering = flag(&a[4])?;
    let write_through = flag(&a[5])?;
    init_state(
        vm,
        s,
        buffer,
        encoding.as_deref(),
        errors.as_deref(),
        newline.as_deref(),
        line_buffering,
        write_through,
    )?;
    Ok(Value::None)
}

fn text_read(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = st(vm, &args, "read")?;
    let n = opt_size(vm, &args, "read")?;
    Ok(vm.new_string(s.read(vm, n)?))
}

fn text_readline(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = st(vm, &args, "readline")?;
    let a = rest(&args);
    call::check_arity(vm, "readline", &a, 0, 1)?;
    let n = match a.pos.first() {
        None => -1,
        Some(v) => int_arg(vm, v)?,
    };
    Ok(vm.new_string(s.readline(vm, n)?))
}

fn text_next(vm: &Vm, args: Args) -> PyResult<Value> {
    match st(vm, &args, "__next__")?.next_line(vm)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn text_write(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = st(vm, &args, "write")?;
    let a = rest(&args);
    if a.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "TextIOWrapper.write() takes exactly one argument ({} given)",
            a.pos.len()
        )));
    }
    let text = as_str(&a.pos[0]).ok_or_else(|| {
        vm.type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(&a.pos[0])
        ))
    })?;
    let n = ferropy_vm::vm::as_pystr(&a.pos[0]).map_or(0, |p| p.char_len);
    s.write(vm, text)?;
    Ok(Value::Int(n as i64))
}

fn text_flush(vm: &Vm, args: Args) -> PyResult<Value> {
    st(vm, &args, "flush")?.flush(vm)?;
    Ok(Value::None)
}

/// `close()`: flush, close the buffer, then re-raise a flush error.
fn text_close(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = st(vm, &args, "close")?;
    let buf = s.buffer(vm)?;
    if buf_closed(vm, &buf)? {
        return Ok(Value::None);
    }
    let flushed: PyResult<()> = call::call_method(vm, &args.pos[0], "flush", &[]).map(|_| ());
    let closed = call::call_method(vm, &buf, "close", &[]);
    match (flushed, closed) {
        (Err(e), Err(c)) => {
            chain(&c, &e);
            Err(c)
        }
        (Err(e), Ok(_)) | (Ok(()), Err(e)) => Err(e),
        (Ok(()), Ok(_)) => Ok(Value::None),
    }
}

/// Set `err.__context__ = context` (the close error happened while handling the flush's).
fn chain(err: &PyErr, context: &PyErr) {
    let d = ferropy_vm::error::exc_data(&err.exc);
    d.borrow_mut().context = Value::Obj(context.exc.clone());
}

fn text_tell(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(st(vm, &args, "tell")?.tell(vm)?))
}

fn text_seek(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = st(vm, &args, "seek")?;
    let a = rest(&args);
    call::check_arity(vm, "seek", &a, 1, 2)?;
    let whence = match a.pos.get(1) {
        Some(w) => int_arg(vm, w)?,
        None => 0,
    };
    let cookie = int_arg(vm, &a.pos[0])?;
    Ok(Value::Int(s.seek(vm, cookie, whence)?))
}

fn text_truncate(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = st(vm, &args, "truncate")?;
    let a = rest(&args);
    call::check_arity(vm, "truncate", &a, 0, 1)?;
    let buf = s.buffer(vm)?;
    call::call_method(vm, &args.pos[0], "flush", &[])?;
    let pos = a.pos.first().cloned().unwrap_or(Value::None);
    call::call_method(vm, &buf, "truncate", &[pos])
}

fn text_detach(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = st(vm, &args, "detach")?;
    s.buffer(vm)?;
    call::call_method(vm, &args.pos[0], "flush", &[])?;
    let b = std::mem::replace(&mut *s.buffer.borrow_mut(), Value::None);
    s.life.set(Life::Detached);
    Ok(b)
}

fn delegate(vm: &Vm, args: &Args, name: &str) -> PyResult<Value> {
    let buf = st(vm, args, name)?.buffer(vm)?;
    call::call_method(vm, &buf, name, &[])
}

fn text_fileno(vm: &Vm, args: Args) -> PyResult<Value> {
    delegate(vm, &args, "fileno")
}

fn text_isatty(vm: &Vm, args: Args) -> PyResult<Value> {
    delegate(vm, &args, "isatty")
}

fn capability(vm: &Vm, args: &Args, what: &str) -> PyResult<Value> {
    let buf = st(vm, args, what)?.buffer(vm)?;
    Ok(Value::Bool(buf_capability(vm, &buf, what)?))
}

fn text_readable(vm: &Vm, args: Args) -> PyResult<Value> {
    capability(vm, &args, "readable")
}

fn text_writable(vm: &Vm, args: Args) -> PyResult<Value> {
    capability(vm, &args, "writable")
}

fn text_seekable(vm: &Vm, args: Args) -> PyResult<Value> {
    capability(vm, &args, "seekable")
}

/// `reconfigure(*, encoding, errors, newline, line_buffering, write_through)`.
fn text_reconfigure(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = st(vm, &args, "reconfigure")?;
    let a = rest(&args);
    if !a.pos.is_empty() {
        return Err(vm.type_error(format!(
            "reconfigure() takes 0 positional arguments but {} were given",
            a.pos.len()
        )));
    }
    let names = [
        "encoding",
        "errors",
        "newline",
        "line_buffering",
        "write_through",
    ];
    let p = call::parse_args(vm, "reconfigure", a, &names, 0)?;
    call::call_method(vm, &args.pos[0], "flush", &[])?;
    if let Some(e) = opt_str_arg(vm, &p[0], "reconfigure", "encoding")? {
        codecs::encode(vm, "", &e, "strict")?;
        s.codec.set(classify(&e));
        *s.encoding.borrow_mut() = e;
        if p[1].is_none() {
            *s.errors.borrow_mut() = "strict".into();
        }
    }
    if let Some(e) = opt_str_arg(vm, &p[1], "reconfigure", "errors")? {
        *s.errors.borrow_mut() = e;
    }
    if p[2].is_some() {
        let nl = opt_str_arg(vm, &p[2], "reconfigure", "newline")?;
        if let Some(n) = &nl {
            if !matches!(n.as_str(), "" | "\n" | "\r" | "\r\n") {
                return Err(vm.value_error(format!("illegal newline value: {n}")));
            }
        }
        s.readuniversal.set(nl.as_deref().is_none_or(str::is_empty));
        s.readtranslate.set(nl.is_none());
        *s.readnl.borrow_mut() = nl.clone().unwrap_or_else(|| "\n".into());
        *s.writenl.borrow_mut() = nl.filter(|n| n.starts_with('\r'));
    }
    if let Some(v) = p[3].as_ref().filter(|v| !v.is_none()) {
        s.line_buffering.set(number::truthy(vm, v)?);
    }
    if let Some(v) = p[4].as_ref().filter(|v| !v.is_none()) {
        s.write_through.set(number::truthy(vm, v)?);
    }
    Ok(Value::None)
}

/// `<_io.TextIOWrapper name='x' mode='r' encoding='UTF-8'>`: name and mode when they can
/// be had.
fn text_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = st(vm, &args, "__repr__")?;
    let me = &args.pos[0];
    let mut out = format!("<{}", type_name(&vm.type_of(me)));
    if s.life.get() == Life::Uninit {
        return Err(vm.value_error("I/O operation on uninitialized object"));
    }
    for name in ["name", "mode"] {
        match attr::get_attr_str(vm, me, name) {
            Ok(v) => out.push_str(&format!(" {name}={}", repr::repr(vm, &v)?)),
            Err(e)
                if vm.err_matches(&e, &vm.exc.value_error)
                    || vm.err_matches(&e, &vm.exc.attribute_error) => {}
            Err(e) => return Err(e),
        }
    }
    let enc = s.encoding.borrow().clone();
    out.push_str(&format!(
        " encoding={}>",
        repr::repr(vm, &vm.new_string(enc))?
    ));
    Ok(vm.new_string(out))
}

fn text_closed(vm: &Vm, v: &Value) -> PyResult<Value> {
    let buf = gst(vm, v)?.buffer(vm)?;
    Ok(Value::Bool(buf_closed(vm, &buf)?))
}

fn text_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    let buf = gst(vm, v)?.buffer(vm)?;
    attr::get_attr_str(vm, &buf, "name")
}

fn text_encoding(vm: &Vm, v: &Value) -> PyResult<Value> {
    let s = gst(vm, v)?;
    let e = s.encoding.borrow().clone();
    Ok(vm.new_string(e))
}

fn text_errors(vm: &Vm, v: &Value) -> PyResult<Value> {
    let s = gst(vm, v)?;
    let e = s.errors.borrow().clone();
    Ok(vm.new_string(e))
}

fn text_newlines(vm: &Vm, v: &Value) -> PyResult<Value> {
    let s = gst(vm, v)?;
    s.buffer(vm)?;
    if !s.readuniversal.get() || !s.readable.get() {
        return Ok(Value::None);
    }
    Ok(newlines_value(vm, s.seen.get()))
}

fn text_line_buffering(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(gst(vm, v)?.line_buffering.get()))
}

fn text_write_through(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(gst(vm, v)?.write_through.get()))
}

fn text_buffer(vm: &Vm, v: &Value) -> PyResult<Value> {
    gst(vm, v)?.buffer(vm)
}

fn text_chunk_size(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(gst(vm, v)?.chunk_size.get() as i64))
}

fn text_set_chunk_size(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let s = gst(vm, v)?;
    let Some(new) = new else {
        return Err(vm.attribute_error("cannot delete attribute"));
    };
    let n = int_arg(vm, &new)?;
    if n <= 0 {
        return Err(vm.value_error("a strictly positive integer is required"));
    }
    s.chunk_size.set(n as usize);
    Ok(())
}
