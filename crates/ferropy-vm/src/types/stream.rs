//! The text streams behind `sys.stdout` and `sys.stderr` (a small `io.TextIOWrapper`):
//! `write` goes to the interpreter's output sinks so embedders can capture it.

use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::object::{Args, Payload};
use crate::types::{add_getset, add_method, make_type};
use crate::value::Value;
use crate::vm::as_str;
use crate::Vm;

/// Make the stream type and the stdout/stderr objects (fd 1 and 2).
pub fn make_streams(vm: &Vm) -> (ObjRef, ObjRef, ObjRef) {
    let ty = make_type(
        &vm.t.type_,
        "TextIOWrapper",
        Some(&vm.t.object),
        crate::object::Layout::Other,
        false,
    );
    add_method(vm, &ty, "write", stream_write);
    add_method(vm, &ty, "flush", stream_flush);
    add_method(vm, &ty, "fileno", stream_fileno);
    add_method(vm, &ty, "isatty", stream_isatty);
    add_method(vm, &ty, "writable", stream_true);
    add_method(vm, &ty, "readable", stream_false);
    add_getset(vm, &ty, "encoding", stream_encoding, None);
    add_getset(vm, &ty, "name", stream_name, None);
    let out = ObjRef::new(Some(ty.clone()), Payload::Singleton("stdout"));
    add_method(vm, &ty, "readline", stream_readline);
    add_method(vm, &ty, "read", stream_read);
    let err = ObjRef::new(Some(ty.clone()), Payload::Singleton("stderr"));
    let inp = ObjRef::new(Some(ty), Payload::Singleton("stdin"));
    (out, err, inp)
}

fn fd_of(v: &Value) -> u8 {
    match v {
        Value::Obj(o) => match o.payload() {
            Payload::Singleton("stdout") => 1,
            Payload::Singleton("stderr") => 2,
            Payload::Singleton("stdin") => 3,
            _ => 0,
        },
        _ => 0,
    }
}

fn stream_write(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = match args.pos.get(1) {
        Some(v) => as_str(v).ok_or_else(|| {
            vm.type_error(format!(
                "write() argument must be str, not {}",
                vm.type_name(v)
            ))
        })?,
        None => return Err(vm.type_error("write() takes exactly one argument (0 given)")),
    };
    match fd_of(&args.pos[0]) {
        2 => {
            vm.flush_stdout();
            vm.write_stderr(s);
        }
        _ => vm.write_stdout(s)?,
    }
    Ok(Value::Int(s.chars().count() as i64))
}

fn stream_readline(vm: &Vm, _args: Args) -> PyResult<Value> {
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| vm.os_error(e.to_string()))?;
    Ok(vm.new_string(line))
}

fn stream_read(vm: &Vm, _args: Args) -> PyResult<Value> {
    let mut s = String::new();
    std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)
        .map_err(|e| vm.os_error(e.to_string()))?;
    Ok(vm.new_string(s))
}

fn stream_flush(vm: &Vm, _args: Args) -> PyResult<Value> {
    vm.flush_stdout();
    Ok(Value::None)
}

fn stream_fileno(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(fd_of(&args.pos[0]) as i64))
}

fn stream_isatty(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn stream_true(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

fn stream_false(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn stream_encoding(vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(vm.new_str("utf-8"))
}

fn stream_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.new_str(if fd_of(v) == 2 {
        "<stderr>"
    } else {
        "<stdout>"
    }))
}

/// Whether `v` is the interpreter's own stdout (fd 1) or stderr (fd 2) object.
pub fn is_stream(v: &Value, fd: u8) -> bool {
    fd_of(v) == fd
}
