//! Raising and catching inside the eval loop: traceback entries, implicit exception
//! chaining (`__context__`), and the 3.11 exception-table search that replaces the old
//! block stack (CPython `ceval.c: exception_unwind`, `get_exception_handler`).

use crate::error::{exc_data, PyErr, PyResult};
use crate::frame::Frame;
use crate::heap::ObjRef;
use crate::object::{CodeData, Payload, TracebackData};
use crate::value::Value;
use crate::Vm;

/// Prepend a traceback entry for `frame` at its current instruction (`PyTraceBack_Here`).
pub fn add_traceback(vm: &Vm, exc: &ObjRef, code: &ObjRef, lasti: usize) {
    let lineno = crate::frame::code_data(code).code.line_of(lasti);
    let mut d = exc_data(exc).borrow_mut();
    let next = std::mem::replace(&mut d.traceback, Value::None);
    d.traceback = Value::Obj(ObjRef::new(
        Some(vm.t.traceback.clone()),
        Payload::Traceback(Box::new(TracebackData {
            next,
            code: code.clone(),
            lasti: lasti as u32,
            lineno,
        })),
    ));
}

/// Set `exc.__context__` to the exception being handled, if any, avoiding cycles as
/// CPython's `_PyErr_SetObject` does.
///
/// Called when an error first reaches a handler search with no traceback yet (errors made
/// by native code): an error whose context was set on purpose (PEP 479's conversion) keeps
/// it. `raise` statements use [`set_context`], which always replaces it, as CPython does.
pub fn chain_context(vm: &Vm, exc: &ObjRef) {
    if !exc_data(exc).borrow().context.is_none() {
        return;
    }
    set_context(vm, exc);
}

/// CPython's `_PyErr_SetObject` chaining: `exc.__context__` becomes the exception being
/// handled (unless that is `exc` itself), cutting any cycle this would create.
pub fn set_context(vm: &Vm, exc: &ObjRef) {
    let handled = vm.topmost_exc();
    let h = match &handled {
        Value::Obj(h) if !h.is(exc) => h.clone(),
        _ => return,
    };
    // Break a cycle: if `exc` already appears in the context chain of `h`, cut it there.
    let mut o = h.clone();
    loop {
        let ctx = exc_data(&o).borrow().context.clone();
        match ctx {
            Value::Obj(c) => {
                if c.is(exc) {
                    exc_data(&o).borrow_mut().context = Value::None;
                    break;
                }
                o = c;
            }
            _ => break,
        }
    }
    exc_data(exc).borrow_mut().context = Value::Obj(h);
}

/// Handle `err` raised at `frame.lasti`: record the traceback, then jump to the handler the
/// exception table names, or give the error back when none covers this instruction.
pub fn handle(
    vm: &Vm,
    frame: &mut Frame,
    code: &CodeData,
    err: PyErr,
    add_tb: bool,
) -> PyResult<()> {
    let exc = err.exc.clone();
    if add_tb {
        // An exception thrown into a generator is restored, not raised: no chaining.
        let thrown = vm.throwing.replace(false);
        if !thrown && exc_data(&exc).borrow().traceback.is_none() {
            chain_context(vm, &exc);
        }
        add_traceback(vm, &exc, &frame.code, frame.lasti);
    }
    // A run the host is aborting unwinds without running any handler (see `limits.rs`).
    if vm.aborting() {
        return Err(err);
    }
    // The handler is found from the instruction actually executing (`pc - 1`), while
    // `lasti` (which RERAISE may have reset to the original raise point) is what the
    // traceback and a `lasti` push report, as in CPython's `exception_unwind`.
    let entry = match code.code.handler_for(frame.pc.saturating_sub(1) as u32) {
        Some(e) => *e,
        None => return Err(err),
    };
    frame.stack.truncate(entry.depth as usize);
    if entry.push_lasti {
        frame.stack.push(Value::Int(frame.lasti as i64));
    }
    frame.stack.push(Value::Obj(exc));
    frame.pc = entry.target as usize;
    frame.kwnames = None;
    Ok(())
}

/// `raise exc from cause` / `raise exc` / bare `raise` (CPython `do_raise`).
pub fn do_raise(vm: &Vm, exc: Option<Value>, cause: Option<Value>) -> PyErr {
    let exc = match exc {
        None => {
            let handled = vm.topmost_exc();
            return match handled {
                Value::Obj(h) => PyErr { exc: h },
                _ => vm.runtime_error("No active exception to reraise"),
            };
        }
        Some(e) => e,
    };
    let inst = match make_exception(vm, &exc) {
        Ok(i) => i,
        Err(e) => return e,
    };
    if let Some(cause) = cause {
        let cause_val = if cause.is_none() {
            Value::None
        } else {
            match make_exception(vm, &cause) {
                Ok(c) => Value::Obj(c),
                Err(_) => return vm.type_error("exception causes must derive from BaseException"),
            }
        };
        let mut d = exc_data(&inst).borrow_mut();
        d.cause = cause_val;
        d.suppress_context = true;
    }
    set_context(vm, &inst);
    PyErr { exc: inst }
}

/// An exception instance from `raise X`: instances pass through, classes are called.
pub fn make_exception(vm: &Vm, v: &Value) -> PyResult<ObjRef> {
    if let Value::Obj(o) = v {
        if matches!(o.payload(), Payload::Exception(_)) {
            return Ok(o.clone());
        }
        if let Some(cls) = crate::types::as_type(v) {
            if vm.is_subtype(cls, &vm.exc.base_exception) {
                let inst = crate::protocol::call::call(vm, v, &[])?;
                return match inst {
                    Value::Obj(i) if matches!(i.payload(), Payload::Exception(_)) => Ok(i),
                    other => Err(vm.type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        crate::protocol::repr::repr(vm, v)?,
                        vm.type_name(&other)
                    ))),
                };
            }
        }
    }
    Err(vm.type_error("exceptions must derive from BaseException"))
}

/// `except T:` matching, validating `T` like CPython.
pub fn exception_matches(vm: &Vm, exc: &Value, cls: &Value) -> PyResult<bool> {
    let check = |c: &Value| -> PyResult<bool> {
        match crate::types::as_type(c) {
            Some(t) if vm.is_subtype(t, &vm.exc.base_exception) => Ok(vm.is_instance(exc, t)),
            _ => Err(vm.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    };
    if let Value::Obj(o) = cls {
        if let Payload::Tuple(items) = o.payload() {
            let mut any = false;
            for c in items.iter() {
                if check(c)? {
                    any = true;
                }
            }
            return Ok(any);
        }
    }
    check(cls)
}
