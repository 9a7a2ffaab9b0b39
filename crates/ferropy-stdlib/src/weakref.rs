//! The `_weakref` module (CPython `Modules/_weakref.c`): the native half of `weakref`.
//! `ref` is the VM's `weakref.ReferenceType` (see `ferropy_vm::weakref`); the proxy types
//! are written in Python (`lib/_weakref_proxy.py`), run in this module's namespace.

use crate::module::ModuleBuilder;
use ferropy_vm::heap::ObjRef;
use ferropy_vm::object::Args;
use ferropy_vm::protocol::call::check_arity;
use ferropy_vm::{PyResult, Value, Vm};

pub fn init(vm: &Vm) -> PyResult<ObjRef> {
    let m = ModuleBuilder::new(vm, "_weakref");
    let r = Value::Obj(vm.t.weakref.clone());
    m.value("ref", r.clone()).value("ReferenceType", r);
    m.func("getweakrefcount", getweakrefcount)
        .func("getweakrefs", getweakrefs)
        .func("_remove_dead_weakref", remove_dead_weakref);
    crate::run_python(
        vm,
        &m.module,
        "<frozen _weakref>",
        include_str!("../lib/_weakref_proxy.py"),
    )?;
    Ok(m.module)
}

fn getweakrefcount(vm: &Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "getweakrefcount", &args, 1, 1)?;
    Ok(Value::Int(
        ferropy_vm::weakref::refs_to(vm, &args.pos[0]).len() as i64,
    ))
}

fn getweakrefs(vm: &Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "getweakrefs", &args, 1, 1)?;
    let refs = ferropy_vm::weakref::refs_to(vm, &args.pos[0]);
    Ok(vm.new_list(refs.into_iter().map(Value::Obj).collect()))
}

/// `_remove_dead_weakref(dict, key)`: delete `dict[key]` if it is a dead weak reference.
fn remove_dead_weakref(vm: &Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "_remove_dead_weakref", &args, 2, 2)?;
    let d = args.pos[0]
        .as_obj()
        .cloned()
        .ok_or_else(|| vm.type_error("_remove_dead_weakref() argument 1 must be dict"))?;
    if let Some(Value::Obj(w)) = ferropy_vm::types::dict::get_item(vm, &d, &args.pos[1])? {
        if ferropy_vm::weakref::is_dead(&w) {
            ferropy_vm::types::dict::del_item(vm, &d, &args.pos[1])?;
        }
    }
    Ok(Value::None)
}
