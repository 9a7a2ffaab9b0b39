//! Helpers for building native modules: a module object with functions and values.

use ferropy_vm::heap::ObjRef;
use ferropy_vm::object::{NativeFn, NativeFunction, Payload};
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

/// A native (non-heap) type `module.name` whose objects carry `Payload::Ext` state, like a
/// C extension's static type: `__name__` is `name`, `repr` shows `module.name`. With
/// `instance_dict` its objects also have a `__dict__`.
pub fn native_type(vm: &Vm, module: &str, name: &str, doc: &str, instance_dict: bool) -> ObjRef {
    ferropy_vm::types::native_type(vm, module, name, doc, instance_dict)
}

/// Add a native method `name` to `ty` (`owner` is the type's short name, for reprs).
pub fn add_method(vm: &Vm, ty: &ObjRef, name: &'static str, owner: &'static str, func: NativeFn) {
    add_documented(vm, ty, owner, name, func, "", false);
}

/// Add a native method with a docstring (none when `doc` is empty), or a classmethod.
pub fn add_documented(
    vm: &Vm,
    ty: &ObjRef,
    owner: &'static str,
    name: &'static str,
    func: NativeFn,
    doc: &'static str,
    is_classmethod: bool,
) {
    let f = ObjRef::new(
        Some(vm.t.builtin_function.clone()),
        Payload::Native(Box::new(NativeFunction {
            name,
            func,
            bound: None,
            owner: Some(owner),
            is_classmethod,
            doc: (!doc.is_empty()).then_some(doc),
            needs_caller: false,
        })),
    );
    ferropy_vm::types::type_set(vm, ty, name, Value::Obj(f));
}

/// `cls[item]` for a native generic class (`deque[int]`, `Future[int]`): PEP 585's
/// `__class_getitem__`, a classmethod making a `types.GenericAlias`.
pub fn class_getitem(vm: &Vm, args: ferropy_vm::object::Args) -> ferropy_vm::PyResult<Value> {
    let cls = args
        .pos
        .first()
        .and_then(ferropy_vm::types::as_type)
        .ok_or_else(|| vm.type_error("__class_getitem__ needs a class"))?;
    let item = args
        .pos
        .get(1)
        .ok_or_else(|| vm.type_error("__class_getitem__ expected 1 argument, got 0"))?;
    Ok(ferropy_vm::types::class::generic_alias(vm, cls, item))
}
