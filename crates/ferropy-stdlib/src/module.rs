//! Helpers for building native modules: a module object with functions and values.

use ferropy_vm::heap::ObjRef;
use ferropy_vm::object::NativeFn;
use ferropy_vm::types::dict as pydict;
use ferropy_vm::{Value, Vm};

/// A module being filled in.
pub struct ModuleBuilder<'a> {
    vm: &'a Vm,
    pub module: ObjRef,
    dict: ObjRef,
}

impl<'a> ModuleBuilder<'a> {
    pub fn new(vm: &'a Vm, name: &str) -> ModuleBuilder<'a> {
        let module = ferropy_vm::import::new_module(vm, name);
        let dict = ferropy_vm::import::module_dict(&module)
            .expect("module")
            .clone();
        ModuleBuilder { vm, module, dict }
    }

    pub fn func(&self, name: &'static str, f: NativeFn) -> &Self {
        let v = self.vm.new_native(name, f, None);
        self.value(name, v)
    }

    pub fn value(&self, name: &str, v: Value) -> &Self {
        pydict::set_item(self.vm, &self.dict, Value::Obj(self.vm.intern(name)), v)
            .expect("str key");
        self
    }
}
