//! Finalizers: what runs when an object with one is about to be freed (CPython:
//! `PyObject_CallFinalizerFromDealloc`, `slot_tp_finalize`, `_PyGen_Finalize`; PEP 442).
//!
//! The heap calls `has_finalizer` for every object whose count reaches zero; when it says
//! yes, the object is resurrected for the duration of `run_finalizer` and freed afterwards
//! unless the finalizer stored a new reference to it. Finalizers are:
//! - `__del__` of a class (found through the type's `has_del` slot flag);
//! - an unfinished generator or coroutine, which is closed (`finally` blocks run);
//! - a coroutine that never started, which warns "coroutine ... was never awaited".
//!
//! Errors in a finalizer cannot propagate (there is no caller to receive them); they are
//! printed as "Exception ignored in: ..." like CPython's `PyErr_WriteUnraisable`.

use crate::error::PyErr;
use crate::generator::{GenKind, GenState};
use crate::heap::{Obj, ObjRef};
use crate::object::Payload;
use crate::value::Value;
use crate::Vm;

/// Does freeing this object run code first? Called on every deallocation, so it only
/// reads flags.
#[inline]
pub(crate) fn has_finalizer(obj: &Obj) -> bool {
    match obj.payload() {
        // Every unfinished generator is closed (CPython's _PyGen_Finalize): for one that
        // never started that just drops its frame, which may break a cycle through it.
        Payload::Generator(g) => matches!(g.state.get(), GenState::Suspended | GenState::Created),
        _ => match obj.raw_type().map(|t| t.payload()) {
            Some(Payload::Type(td)) => td.slots.get().del,
            _ => false,
        },
    }
}

/// Run `o`'s finalizer. `o` is alive (resurrected) for the call.
pub(crate) fn run_finalizer(vm: &Vm, o: &ObjRef) {
    // A finalizer runs in the middle of whatever was executing: leave its exception state
    // exactly as found (CPython saves and restores the current exception around it).
    let saved = vm.handled_exc.borrow().clone();
    let v = Value::Obj(o.clone());
    let r = match o.payload() {
        Payload::Generator(g) => {
            if g.state.get() == GenState::Created {
                if g.kind == GenKind::Coroutine {
                    crate::warnings::warn_unawaited_coroutine(vm, g);
                }
                g.state.set(GenState::Closed);
                let frame = g.frame.borrow_mut().take();
                drop(frame);
                Ok(())
            } else if g.kind == GenKind::AsyncGenerator
                && !g.ag_closed.get()
                && !g.ag_finalizer.borrow().is_none()
            {
                // An event loop's finalizer hook closes it asynchronously.
                let hook = g.ag_finalizer.borrow().clone();
                crate::protocol::call::call(vm, &hook, std::slice::from_ref(&v)).map(|_| ())
            } else {
                crate::generator::close(vm, o).map(|_| ())
            }
        }
        _ => {
            let ty = vm.type_of(&v);
            if let Some(f) = crate::types::lookup_str(vm, &ty, "__del__") {
                if let Err(e) = crate::protocol::call::call_method_value(vm, &f, &v, &[]) {
                    write_unraisable(vm, &e, &f);
                }
            }
            Ok(())
        }
    };
    if let Err(e) = r {
        write_unraisable(vm, &e, &v);
    }
    *vm.handled_exc.borrow_mut() = saved;
}

/// CPython's `PyErr_WriteUnraisable`: report an exception nobody can catch on stderr.
pub fn write_unraisable(vm: &Vm, e: &PyErr, obj: &Value) {
    if vm.aborting() {
        // Finalizers fail at once while a host limit unwinds the run: not worth a report.
        return;
    }
    let what = crate::protocol::repr::repr(vm, obj).unwrap_or_else(|_| "<object>".into());
    let text = crate::traceback::format_exception(vm, &e.exc);
    vm.flush_stdout();
    vm.write_stderr(&format!("Exception ignored in: {what}\n{text}"));
}

/// Drop a payload in CPython's order: lists and tuples release their items last to first
/// (`list_dealloc`, `tupledealloc`), which decides the order of the items' `__del__` calls.
#[inline]
pub(crate) fn drop_payload(payload: Payload) {
    match payload {
        Payload::List(items) => {
            for v in items.into_inner().into_iter().rev() {
                drop(v);
            }
        }
        Payload::Tuple(items) => {
            for v in items.into_vec().into_iter().rev() {
                drop(v);
            }
        }
        other => drop(other),
    }
}
