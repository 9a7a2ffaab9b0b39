//! The `_io` module (CPython `Modules/_io/`): placeholder while issue 7 builds files.

use crate::module::ModuleBuilder;
use ferropy_vm::heap::ObjRef;
use ferropy_vm::{PyResult, Vm};

pub fn init(vm: &Vm) -> PyResult<ObjRef> {
    let m = ModuleBuilder::new(vm, "_io");
    Ok(m.module.clone())
}

/// Install `builtins.open` (nothing yet).
pub fn install(_vm: &Vm) {}
