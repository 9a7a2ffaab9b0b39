//! The `posix` module (CPython `Modules/posixmodule.c`), under `os`: placeholder while
//! issue 7 builds it.

use crate::module::ModuleBuilder;
use ferropy_vm::heap::ObjRef;
use ferropy_vm::{PyResult, Vm};

pub fn init(vm: &Vm) -> PyResult<ObjRef> {
    let m = ModuleBuilder::new(vm, "posix");
    Ok(m.module.clone())
}
