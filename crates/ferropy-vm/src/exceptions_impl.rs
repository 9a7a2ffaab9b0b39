//! Methods and attributes of the builtin exceptions (`BaseException.args`, `__cause__`,
//! `__context__`, `__traceback__`, `with_traceback`, `StopIteration.value`,
//! `SystemExit.code`) and of traceback objects (CPython `Objects/exceptions.c`).

use crate::error::{exc_data, PyResult};
use crate::heap::ObjRef;
use crate::object::{Args, Payload};
use crate::types::{add_getset, add_method};
use crate::value::Value;
use crate::Vm;

fn exc<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a ObjRef> {
    match v {
        Value::Obj(o) if matches!(o.payload(), Payload::Exception(_)) => Ok(o),
        _ => Err(vm.type_error(format!(
            "descriptor requires a 'BaseException' object but received '{}'",
            vm.type_name(v)
        ))),
    }
}

fn exc_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = crate::types::as_type(&args.pos[0])
        .ok_or_else(|| vm.type_error("BaseException.__new__(X): X is not a type object"))?;
    if !vm.is_subtype(cls, &vm.exc.base_exception) {
        return Err(vm.type_error(format!(
            "BaseException.__new__({}) is not a subtype of BaseException",
            crate::types::type_name(cls)
        )));
    }
    Ok(Value::Obj(vm.new_exception(cls, args.pos[1..].to_vec())))
}

fn exc_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let e = exc(vm, &args.pos[0])?;
    let ty = vm.type_of_obj(e);
    if args.has_kwargs() && !crate::types::type_data(&ty).heap_type {
        return Err(vm.type_error(format!(
            "{}() takes no keyword arguments",
            crate::types::type_name(&ty)
        )));
    }
    exc_data(e).borrow_mut().args = vm.new_tuple(args.pos[1..].to_vec());
    Ok(Value::None)
}

fn exc_str(vm: &Vm, args: Args) -> PyResult<Value> {
    let e = exc(vm, &args.pos[0])?;
    Ok(vm.new_string(crate::protocol::repr::exception_str(vm, e)?))
}

fn exc_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let e = exc(vm, &args.pos[0])?;
    let a = exc_data(e).borrow().args.clone();
    let name = crate::types::type_name(&vm.type_of_obj(e));
    let items = match a.as_obj().map(|x| x.payload()) {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    Ok(vm.new_string(if items.len() == 1 {
        format!("{name}({})", crate::protocol::repr::repr(vm, &items[0])?)
    } else {
        format!("{name}{}", crate::protocol::repr::repr(vm, &a)?)
    }))
}

fn with_traceback(vm: &Vm, args: Args) -> PyResult<Value> {
    // `set_tb` checks both the exception and the traceback argument.
    let tb = args.pos.get(1).cloned().unwrap_or(Value::None);
    set_tb(vm, &args.pos[0], Some(tb))?;
    Ok(args.pos[0].clone())
}

fn add_note(vm: &Vm, args: Args) -> PyResult<Value> {
    let e = Value::Obj(exc(vm, &args.pos[0])?.clone());
    let note = args.pos.get(1).cloned().unwrap_or(Value::None);
    if crate::vm::as_str(&note).is_none() {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(&note))));
    }
    let notes = match crate::protocol::attr::get_attr_str(vm, &e, "__notes__") {
        Ok(n) => n,
        Err(_) => {
            let l = vm.new_list(Vec::new());
            crate::protocol::attr::set_attr(vm, &e, &vm.intern("__notes__"), Some(l.clone()))?;
            l
        }
    };
    crate::protocol::call::call_method(vm, &notes, "append", &[note])?;
    Ok(Value::None)
}

fn get_args(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(exc_data(exc(vm, v)?).borrow().args.clone())
}

fn set_args(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let e = exc(vm, v)?;
    let items = crate::protocol::iter::collect(vm, &new.unwrap_or(Value::None))?;
    exc_data(e).borrow_mut().args = vm.new_tuple(items);
    Ok(())
}

macro_rules! exc_field {
    ($get:ident, $set:ident, $field:ident, $check:expr, $msg:literal) => {
        fn $get(vm: &Vm, v: &Value) -> PyResult<Value> {
            Ok(exc_data(exc(vm, v)?).borrow().$field.clone())
        }
        fn $set(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
            let e = exc(vm, v)?;
            let new = new.unwrap_or(Value::None);
            let ok: fn(&Vm, &Value) -> bool = $check;
            if !ok(vm, &new) {
                return Err(vm.type_error($msg));
            }
            exc_data(e).borrow_mut().$field = new;
            Ok(())
        }
    };
}

exc_field!(
    get_tb,
    set_tb,
    traceback,
    |_, v| v.is_none()
        || matches!(v, Value::Obj(o) if matches!(o.payload(), Payload::Traceback(_))),
    "__traceback__ must be a traceback or None"
);
exc_field!(
    get_cause,
    set_cause_raw,
    cause,
    |_, v| v.is_none()
        || matches!(v, Value::Obj(o) if matches!(o.payload(), Payload::Exception(_))),
    "exception cause must be None or derive from BaseException"
);
exc_field!(
    get_context,
    set_context,
    context,
    |_, v| v.is_none()
        || matches!(v, Value::Obj(o) if matches!(o.payload(), Payload::Exception(_))),
    "exception context must be None or derive from BaseException"
);

fn set_cause(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    set_cause_raw(vm, v, new)?;
    exc_data(exc(vm, v)?).borrow_mut().suppress_context = true;
    Ok(())
}

fn get_suppress(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(exc_data(exc(vm, v)?).borrow().suppress_context))
}

fn set_suppress(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let b = crate::protocol::number::truthy(vm, &new.unwrap_or(Value::Bool(false)))?;
    exc_data(exc(vm, v)?).borrow_mut().suppress_context = b;
    Ok(())
}

fn first_arg(vm: &Vm, v: &Value) -> PyResult<Value> {
    let a = exc_data(exc(vm, v)?).borrow().args.clone();
    Ok(match a.as_obj().map(|x| x.payload()) {
        Some(Payload::Tuple(t)) if !t.is_empty() => t[0].clone(),
        _ => Value::None,
    })
}

/// `SystemExit.code`: None, the single argument, or the args tuple.
fn system_exit_code(vm: &Vm, v: &Value) -> PyResult<Value> {
    let a = exc_data(exc(vm, v)?).borrow().args.clone();
    Ok(match a.as_obj().map(|x| x.payload()) {
        Some(Payload::Tuple(t)) if t.len() == 1 => t[0].clone(),
        Some(Payload::Tuple(t)) if t.is_empty() => Value::None,
        _ => a,
    })
}

fn key_error_str(vm: &Vm, args: Args) -> PyResult<Value> {
    exc_str(vm, args)
}

/// The location attributes of a SyntaxError, in the order of its details tuple.
const SYNTAX_ERROR_LOCATION: [&str; 6] = [
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
];

/// `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))`: the
/// attributes come from the arguments (CPython's `SyntaxError_init`).
fn syntax_error_init(vm: &Vm, args: Args) -> PyResult<Value> {
    exc_init(vm, args)?;
    let this = &args.pos[0];
    let set = |n: &str, v: Value| crate::protocol::attr::set_attr(vm, this, &vm.intern(n), Some(v));
    let rest = &args.pos[1..];
    if let Some(msg) = rest.first() {
        set("msg", msg.clone())?;
    }
    if rest.len() == 2 {
        let info = crate::protocol::iter::collect(vm, &rest[1])?;
        if info.len() < 4 {
            return Err(vm.type_error(format!(
                "function takes at least 4 arguments ({} given)",
                info.len()
            )));
        }
        if info.len() > 6 {
            return Err(vm.type_error(format!(
                "function takes at most 6 arguments ({} given)",
                info.len()
            )));
        }
        for (n, v) in SYNTAX_ERROR_LOCATION.iter().zip(info) {
            set(n, v)?;
        }
    }
    Ok(Value::None)
}

/// `str(SyntaxError)` (CPython's `SyntaxError_str`): the message, then the file's base
/// name and the line when known: `invalid syntax (x.py, line 3)`.
fn syntax_error_str(vm: &Vm, args: Args) -> PyResult<Value> {
    let this = &args.pos[0];
    let attr = |n: &str| {
        crate::protocol::attr::get_attr_str(vm, this, n)
            .ok()
            .filter(|v| !v.is_none())
    };
    let msg = crate::protocol::attr::get_attr_str(vm, this, "msg").unwrap_or(Value::None);
    let msg = crate::protocol::repr::str(vm, &msg)?;
    let filename = attr("filename")
        .and_then(|f| crate::vm::as_str(&f).map(|s| s.rsplit('/').next().unwrap_or(s).to_string()));
    let lineno = attr("lineno").and_then(|l| match l {
        Value::Int(i) => Some(i),
        _ => None,
    });
    let text = match (filename, lineno) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (None, None) => msg,
    };
    Ok(vm.new_string(text))
}

/// `OSError(errno, strerror[, filename])`: picks the subclass for the errno (as CPython's
/// `oserror_use_init`/errnomap do) and records the attributes.
fn oserror_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let mut cls = crate::types::as_type(&args.pos[0])
        .ok_or_else(|| vm.type_error("OSError.__new__(X): X is not a type object"))?
        .clone();
    let rest = &args.pos[1..];
    if cls.is(&vm.exc.os_error) && (2..=5).contains(&rest.len()) {
        if let Value::Int(errno) = rest[0] {
            let sub = match errno {
                2 => Some(&vm.exc.file_not_found_error),
                17 => Some(&vm.exc.file_exists_error),
                13 | 1 => Some(&vm.exc.permission_error),
                20 => Some(&vm.exc.not_a_directory_error),
                21 => Some(&vm.exc.is_a_directory_error),
                4 => Some(&vm.exc.interrupted_error),
                3 => Some(&vm.exc.process_lookup_error),
                10 => Some(&vm.exc.child_process_error),
                32 => Some(&vm.exc.broken_pipe_error),
                103 => Some(&vm.exc.connection_aborted_error),
                104 => Some(&vm.exc.connection_reset_error),
                111 => Some(&vm.exc.connection_refused_error),
                110 => Some(&vm.exc.timeout_error),
                11 | 115 | 114 => Some(&vm.exc.blocking_io_error),
                _ => None,
            };
            if let Some(s) = sub {
                cls = s.clone();
            }
        }
    }
    let e = vm.new_exception(&cls, rest.to_vec());
    let ev = Value::Obj(e.clone());
    // OSError(errno, strerror[, filename[, winerror[, filename2]]]); filename2 counts only
    // with a filename (CPython's `oserror_parse_args`).
    let (errno, strerror, filename, filename2) = if (2..=5).contains(&rest.len()) {
        let filename = rest.get(2).cloned().unwrap_or(Value::None);
        let filename2 = match filename {
            Value::None => Value::None,
            _ => rest.get(4).cloned().unwrap_or(Value::None),
        };
        (rest[0].clone(), rest[1].clone(), filename, filename2)
    } else {
        (Value::None, Value::None, Value::None, Value::None)
    };
    let truncate_args = (2..=5).contains(&rest.len()) && !filename.is_none();
    for (n, v) in [
        ("errno", errno),
        ("strerror", strerror),
        ("filename", filename),
        ("filename2", filename2),
    ] {
        crate::protocol::attr::set_attr(vm, &ev, &vm.intern(n), Some(v))?;
    }
    if truncate_args || rest.len() == 2 {
        // With a filename, `args` keeps only (errno, strerror), like CPython.
        exc_data(&e).borrow_mut().args = vm.new_tuple(rest[..2].to_vec());
    }
    Ok(ev)
}

fn oserror_init(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn oserror_str(vm: &Vm, args: Args) -> PyResult<Value> {
    let e = &args.pos[0];
    let get = |n: &str| crate::protocol::attr::get_attr_str(vm, e, n).unwrap_or(Value::None);
    let (errno, strerror, filename) = (get("errno"), get("strerror"), get("filename"));
    let filename2 = get("filename2");
    if !filename.is_none() && !filename2.is_none() {
        return Ok(vm.new_string(format!(
            "[Errno {}] {}: {} -> {}",
            crate::protocol::repr::str(vm, &errno)?,
            crate::protocol::repr::str(vm, &strerror)?,
            crate::protocol::repr::repr(vm, &filename)?,
            crate::protocol::repr::repr(vm, &filename2)?
        )));
    }
    if !filename.is_none() {
        return Ok(vm.new_string(format!(
            "[Errno {}] {}: {}",
            crate::protocol::repr::str(vm, &errno)?,
            crate::protocol::repr::str(vm, &strerror)?,
            crate::protocol::repr::repr(vm, &filename)?
        )));
    }
    if !errno.is_none() && !strerror.is_none() {
        return Ok(vm.new_string(format!(
            "[Errno {}] {}",
            crate::protocol::repr::str(vm, &errno)?,
            crate::protocol::repr::str(vm, &strerror)?
        )));
    }
    exc_str(vm, args)
}

fn tb<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a crate::object::TracebackData> {
    match v {
        Value::Obj(o) => match o.payload() {
            Payload::Traceback(t) => Ok(t),
            _ => Err(vm.type_error("expected a traceback")),
        },
        _ => Err(vm.type_error("expected a traceback")),
    }
}

fn tb_next(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(tb(vm, v)?.next.clone())
}

fn tb_lineno(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(tb(vm, v)?.lineno as i64))
}

fn tb_lasti(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Int(tb(vm, v)?.lasti as i64 * 2))
}

/// `tb.tb_frame`: a read-only snapshot exposing `f_code` and `f_lineno` (ferropy keeps no
/// frame objects for finished frames; see docs/divergences.md).
fn tb_frame(vm: &Vm, v: &Value) -> PyResult<Value> {
    let t = tb(vm, v)?;
    Ok(frame_snapshot(vm, &t.code, t.lineno))
}

/// A read-only `frame` snapshot of `code` at `lineno` (see `tb_frame`).
pub fn frame_snapshot(vm: &Vm, code: &ObjRef, lineno: u32) -> Value {
    let ty = vm.lazy_type_or("frame", || {
        let ty = crate::types::make_type(
            &vm.t.type_,
            "frame",
            Some(&vm.t.object),
            crate::object::Layout::Other,
            false,
        );
        add_getset(vm, &ty, "f_code", frame_code, None);
        add_getset(vm, &ty, "f_lineno", frame_lineno, None);
        add_getset(vm, &ty, "f_back", frame_back, None);
        ty
    });
    Value::Obj(ObjRef::new(
        Some(ty),
        Payload::Tuple(Box::new([
            Value::Obj(code.clone()),
            Value::Int(lineno as i64),
        ])),
    ))
}

fn frame_part(v: &Value, i: usize) -> Value {
    match v {
        Value::Obj(o) => match o.payload() {
            Payload::Tuple(t) => t[i].clone(),
            _ => Value::None,
        },
        _ => Value::None,
    }
}

fn frame_code(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(frame_part(v, 0))
}

fn frame_lineno(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(frame_part(v, 1))
}

fn frame_back(_vm: &Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::None)
}

fn tb_code(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(tb(vm, v)?.code.clone()))
}

pub fn init(vm: &Vm) {
    let b = vm.exc.base_exception.clone();
    crate::types::type_set(vm, &b, "__new__", {
        let f = vm.new_native("__new__", exc_new, Some("BaseException"));
        Value::Obj(ObjRef::new(
            Some(vm.t.staticmethod.clone()),
            Payload::StaticMethod(f),
        ))
    });
    add_method(vm, &b, "__init__", exc_init);
    add_method(vm, &b, "__str__", exc_str);
    add_method(vm, &b, "__repr__", exc_repr);
    add_method(vm, &b, "with_traceback", with_traceback);
    add_method(vm, &b, "add_note", add_note);
    add_getset(vm, &b, "args", get_args, Some(set_args));
    add_getset(vm, &b, "__traceback__", get_tb, Some(set_tb));
    add_getset(vm, &b, "__cause__", get_cause, Some(set_cause));
    add_getset(vm, &b, "__context__", get_context, Some(set_context));
    add_getset(
        vm,
        &b,
        "__suppress_context__",
        get_suppress,
        Some(set_suppress),
    );
    add_getset(vm, &vm.exc.stop_iteration.clone(), "value", first_arg, None);
    add_getset(
        vm,
        &vm.exc.stop_async_iteration.clone(),
        "value",
        first_arg,
        None,
    );
    add_getset(
        vm,
        &vm.exc.system_exit.clone(),
        "code",
        system_exit_code,
        None,
    );
    add_method(vm, &vm.exc.key_error.clone(), "__str__", key_error_str);
    add_method(
        vm,
        &vm.exc.syntax_error.clone(),
        "__str__",
        syntax_error_str,
    );
    add_method(
        vm,
        &vm.exc.syntax_error.clone(),
        "__init__",
        syntax_error_init,
    );
    // The attributes default to None (CPython's member descriptors on a fresh instance).
    let others = ["msg", "print_file_and_line"];
    for n in SYNTAX_ERROR_LOCATION.iter().chain(others.iter()) {
        crate::types::type_set(vm, &vm.exc.syntax_error.clone(), n, Value::None);
    }
    let os = vm.exc.os_error.clone();
    crate::types::type_set(vm, &os, "__new__", {
        let f = vm.new_native("__new__", oserror_new, Some("OSError"));
        Value::Obj(ObjRef::new(
            Some(vm.t.staticmethod.clone()),
            Payload::StaticMethod(f),
        ))
    });
    add_method(vm, &os, "__init__", oserror_init);
    add_method(vm, &os, "__str__", oserror_str);
    let t = vm.t.traceback.clone();
    add_getset(vm, &t, "tb_next", tb_next, None);
    add_getset(vm, &t, "tb_lineno", tb_lineno, None);
    add_getset(vm, &t, "tb_lasti", tb_lasti, None);
    add_getset(vm, &t, "tb_code", tb_code, None);
    add_getset(vm, &t, "tb_frame", tb_frame, None);
    crate::types::type_set(
        vm,
        &b,
        "__doc__",
        vm.new_str("Common base class for all exceptions"),
    );
}
