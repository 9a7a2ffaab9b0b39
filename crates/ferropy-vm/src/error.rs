//! Python exceptions as Rust errors.
//!
//! A `PyErr` carries a live exception instance. Every fallible VM operation returns
//! `PyResult<T>`; `?` propagates a Python exception exactly as CPython propagates a NULL
//! return with the error indicator set. The builtin exception hierarchy is created in
//! `types::exceptions`.

use crate::heap::ObjRef;
use crate::object::{ExcData, Payload};
use crate::value::Value;
use crate::Vm;
use std::cell::RefCell;

/// A raised Python exception (always normalized: an instance of a `BaseException` subclass).
#[derive(Clone, Debug)]
pub struct PyErr {
    pub exc: ObjRef,
}

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    pub fn data(&self) -> std::cell::Ref<'_, ExcData> {
        exc_data(&self.exc).borrow()
    }
}

/// The `ExcData` of an exception instance. Panics if `exc` is not an exception, which the
/// VM guarantees for anything it raises.
pub fn exc_data(exc: &ObjRef) -> &RefCell<ExcData> {
    match exc.payload() {
        Payload::Exception(d) => d,
        _ => panic!("not an exception instance"),
    }
}

macro_rules! error_constructors {
    ($($fn_name:ident => $field:ident),* $(,)?) => {
        impl Vm {
            $(
                #[cold]
                pub fn $fn_name(&self, msg: impl Into<String>) -> PyErr {
                    let msg = msg.into();
                    self.new_error(&self.exc.$field.clone(), msg)
                }
            )*
        }
    };
}

error_constructors! {
    type_error => type_error,
    value_error => value_error,
    index_error => index_error,
    key_error_msg => key_error,
    attribute_error => attribute_error,
    name_error => name_error,
    unbound_local_error => unbound_local_error,
    zero_division_error => zero_division_error,
    overflow_error => overflow_error,
    runtime_error => runtime_error,
    recursion_error => recursion_error,
    not_implemented_error => not_implemented_error,
    memory_error => memory_error,
    import_error => import_error,
    module_not_found_error => module_not_found_error,
    assertion_error => assertion_error,
    system_error => system_error,
    unicode_decode_error => unicode_decode_error,
    unicode_encode_error => unicode_encode_error,
    os_error => os_error,
    eof_error => eof_error,
    lookup_error => lookup_error,
    syntax_error => syntax_error,
}

impl Vm {
    /// A new exception of class `cls` with a single string argument.
    pub fn new_error(&self, cls: &ObjRef, msg: String) -> PyErr {
        let args = vec![self.new_str(&msg)];
        PyErr {
            exc: self.new_exception(cls, args),
        }
    }

    /// A new exception of class `cls` with no arguments.
    pub fn new_error_noargs(&self, cls: &ObjRef) -> PyErr {
        PyErr {
            exc: self.new_exception(cls, Vec::new()),
        }
    }

    /// `KeyError(key)`: the key itself is the argument, so `str(e)` is its repr.
    pub fn key_error(&self, key: Value) -> PyErr {
        PyErr {
            exc: self.new_exception(&self.exc.key_error.clone(), vec![key]),
        }
    }

    /// `StopIteration(value)` (no argument when value is None, as CPython's generator does).
    pub fn stop_iteration(&self, value: Value) -> PyErr {
        let args = if value.is_none() {
            Vec::new()
        } else {
            vec![value]
        };
        PyErr {
            exc: self.new_exception(&self.exc.stop_iteration.clone(), args),
        }
    }

    /// Allocate an exception instance of `cls` (which must derive from BaseException).
    pub fn new_exception(&self, cls: &ObjRef, args: Vec<Value>) -> ObjRef {
        let args = self.new_tuple(args);
        ObjRef::new(
            Some(cls.clone()),
            Payload::Exception(Box::new(RefCell::new(ExcData {
                args,
                traceback: Value::None,
                cause: Value::None,
                context: Value::None,
                suppress_context: false,
            }))),
        )
    }

    /// Whether `err` is an instance of `cls`.
    pub fn err_matches(&self, err: &PyErr, cls: &ObjRef) -> bool {
        self.is_subtype(&self.type_of_obj(&err.exc), cls)
    }
}
