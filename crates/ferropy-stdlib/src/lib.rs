//! ferropy's standard library, written against the VM's public API only (DESIGN.md §2):
//! native modules in Rust, one file each, and Python-source modules from `lib/` embedded
//! in the binary and compiled on first import.
#![forbid(unsafe_code)]

pub mod module;
pub mod sys;
pub mod time;

use ferropy_vm::Vm;

/// Register every native and embedded module with `vm`, and create `sys` eagerly (the
/// interpreter needs `sys.stdout` and `sys.modules` from the start, as CPython does).
pub fn install(vm: &Vm, argv: Vec<String>) {
    let mut natives = vm.native_modules.borrow_mut();
    natives.insert("time".into(), time::init);
    drop(natives);
    sys::install(vm, argv);
}
