//! The `gc` module (CPython `Modules/gcmodule.c`, its Python-facing half): control of the
//! cycle collector in `ferropy_vm::gc` and introspection of tracked objects.

use crate::module::ModuleBuilder;
use ferropy_vm::gc::{self as vmgc, NUM_GENERATIONS};
use ferropy_vm::heap::ObjRef;
use ferropy_vm::object::Args;
use ferropy_vm::protocol::call::check_arity;
use ferropy_vm::protocol::number;
use ferropy_vm::{PyResult, Value, Vm};

pub fn init(vm: &Vm) -> PyResult<ObjRef> {
    let m = ModuleBuilder::new(vm, "gc");
    let garbage = vm.new_list(Vec::new());
    let callbacks = vm.new_list(Vec::new());
    *vm.gc.garbage.borrow_mut() = garbage.as_obj().cloned();
    *vm.gc.callbacks.borrow_mut() = callbacks.as_obj().cloned();
    m.value("garbage", garbage)
        .value("callbacks", callbacks)
        .value("DEBUG_STATS", Value::Int(vmgc::DEBUG_STATS))
        .value("DEBUG_COLLECTABLE", Value::Int(vmgc::DEBUG_COLLECTABLE))
        .value("DEBUG_UNCOLLECTABLE", Value::Int(vmgc::DEBUG_UNCOLLECTABLE))
        .value("DEBUG_SAVEALL", Value::Int(vmgc::DEBUG_SAVEALL))
        .value("DEBUG_LEAK", Value::Int(vmgc::DEBUG_LEAK));
    m.func("enable", enable)
        .func("disable", disable)
        .func("isenabled", isenabled)
        .func("collect", collect)
        .func("get_count", get_count)
        .func("get_threshold", get_threshold)
        .func("set_threshold", set_threshold)
        .func("get_debug", get_debug)
        .func("set_debug", set_debug)
        .func("get_objects", get_objects)
        .func("get_referrers", get_referrers)
        .func("get_referents", get_referents)
        .func("is_tracked", is_tracked)
        .func("is_finalized", is_finalized)
        .func("freeze", freeze)
        .func("unfreeze", unfreeze)
        .func("get_freeze_count", get_freeze_count)
        .func("get_stats", get_stats);
    Ok(m.module)
}

fn enable(vm: &Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "gc.enable", &args, 0, 0)?;
    vm.gc.enabled.set(true);
    Ok(Value::None)
}

fn disable(vm: &Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "gc.disable", &args, 0, 0)?;
    vm.gc.enabled.set(false);
    Ok(Value::None)
}

fn isenabled(vm: &Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "gc.isenabled", &args, 0, 0)?;
    Ok(Value::Bool(vm.gc.enabled.get()))
}

/// An int argument, with CPython's message for other types.
fn int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    match number::index(vm, v)? {
        Value::Int(i) => Ok(i),
        _ => Err(vm.overflow_error("Python int too large to convert to C long")),
    }
}

/// `gc.collect(generation=2)`: the number of unreachable objects found.
/// One optional argument `name`, by position or keyword, with Argument Clinic's messages.
fn one_optional(vm: &Vm, fname: &str, name: &str, args: Args) -> PyResult<Option<Value>> {
    if args.pos.len() + args.kwnames.len() > 1 {
        return Err(vm.type_error(format!(
            "{fname}() takes at most 1 argument ({} given)",
            args.pos.len() + args.kwnames.len()
        )));
    }
    if let Some(k) = args.kwnames.first() {
        let k = ferropy_vm::vm::as_str(k).unwrap_or("?");
        if k != name {
            return Err(vm.type_error(format!(
                "'{k}' is an invalid keyword argument for {fname}()"
            )));
        }
        return Ok(args.kwvalues.first().cloned());
    }
    Ok(args.pos.first().cloned())
}

fn collect(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = [one_optional(vm, "collect", "generation", args)?];
    let generation = match &a[0] {
        Some(g) => int_arg(vm, g)?,
        None => 2,
    };
    if !(0..NUM_GENERATIONS as i64).contains(&generation) {
        return Err(vm.value_error("invalid generation"));
    }
    let (collected, uncollectable) = vmgc::collect_with_callback(vm, generation as usize);
    Ok(Value::Int((collected + uncollectable) as i64))
}

fn get_count(vm: &Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "gc.get_count", &args, 0, 0)?;
    Ok(vm.new_tuple(
        vm.gc
            .counts
            .iter()
            .map(|c| Value::Int(c.get() as i64))
            .collect(),
    ))
}

fn get_threshold(vm: &Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "gc.get_threshold", &args, 0, 0)?;
    Ok(vm.new_tuple(
        vm.gc
            .thresholds
            .iter()
            .map(|c| Value::Int(c.get() as i64))
            .collect(),
    ))
}

/// `gc.set_threshold(threshold0[, threshold1[, threshold2]])`.
fn set_threshold(vm: &Vm, args: Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("set_threshold() takes no keyword arguments"));
    }
    if args.pos.is_empty() || args.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "set_threshold() takes {} ({} given)",
            if args.pos.is_empty() {
                "at least 1 argument"
            } else {
                "at most 3 arguments"
            },
            args.pos.len()
        )));
    }
    let mut new = Vec::new();
    for v in args.pos {
        new.push(int_arg(vm, v)? as isize);
    }
    for (i, t) in new.into_iter().enumerate() {
        vm.gc.thresholds[i].set(t);
    }
    Ok(Value::None)
}

fn get_debug(vm: &Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "gc.get_debug", &args, 0, 0)?;
    Ok(Value::Int(vm.gc.debug.get()))
}

fn set_debug(vm: &Vm, args: Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("gc.set_debug() takes no keyword arguments"));
    }
    check_arity(vm, "gc.set_debug", &args, 1, 1)?;
    let flags = int_arg(vm, &args.pos[0])?;
    vm.gc.debug.set(flags);
    Ok(Value::None)
}

fn obj_list(vm: &Vm, objs: Vec<ObjRef>) -> Value {
    vm.new_list(objs.into_iter().map(Value::Obj).collect())
}

/// `gc.get_objects(generation=None)`.
fn get_objects(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = [one_optional(vm, "get_objects", "generation", args)?];
    let generation = match &a[0] {
        None | Some(Value::None) => None,
        Some(g) => {
            if !matches!(g, Value::Int(_) | Value::Bool(_)) {
                return Err(vm.type_error(format!(
                    "argument should be integer or None, not '{}'",
                    vm.type_name(g)
                )));
            }
            let g = int_arg(vm, g)?;
            if g == -1 {
                return Ok(obj_list(vm, vmgc::objects(vm, None)));
            }
            if g >= NUM_GENERATIONS as i64 {
                return Err(vm.value_error(format!(
                    "generation parameter must be less than the number of available generations ({NUM_GENERATIONS})"
                )));
            }
            if g < 0 {
                return Err(vm.value_error("generation parameter cannot be negative"));
            }
            Some(g as usize)
        }
    };
    Ok(obj_list(vm, vmgc::objects(vm, generation)))
}

/// `gc.get_referrers(*objs)`: tracked objects that refer to any of `objs`.
fn get_referrers(vm: &Vm, args: Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("get_referrers() takes no keyword arguments"));
    }
    let targets: Vec<usize> = args
        .pos
        .iter()
        .filter_map(|v| v.as_obj().map(|o| o.addr()))
        .collect();
    let mut out = Vec::new();
    for o in vmgc::objects(vm, None) {
        if vmgc::referents(&o)
            .iter()
            .any(|r| targets.contains(&r.addr()))
        {
            out.push(o);
        }
    }
    Ok(obj_list(vm, out))
}

/// `gc.get_referents(*objs)`: what the objects refer to.
fn get_referents(vm: &Vm, args: Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("get_referents() takes no keyword arguments"));
    }
    let mut out = Vec::new();
    for v in args.pos {
        if let Value::Obj(o) = v {
            if vmgc::is_container(o) {
                out.extend(vmgc::referent_values(o));
            }
        }
    }
    Ok(vm.new_list(out))
}

fn is_tracked(vm: &Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "gc.is_tracked", &args, 1, 1)?;
    Ok(Value::Bool(match &args.pos[0] {
        Value::Obj(o) => o.is_tracked(),
        _ => false,
    }))
}

fn is_finalized(vm: &Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "gc.is_finalized", &args, 1, 1)?;
    Ok(Value::Bool(match &args.pos[0] {
        Value::Obj(o) => o.is_finalized(),
        _ => false,
    }))
}

fn freeze(vm: &Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "gc.freeze", &args, 0, 0)?;
    vmgc::freeze(vm);
    Ok(Value::None)
}

fn unfreeze(vm: &Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "gc.unfreeze", &args, 0, 0)?;
    vmgc::unfreeze(vm);
    Ok(Value::None)
}

fn get_freeze_count(vm: &Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "gc.get_freeze_count", &args, 0, 0)?;
    Ok(Value::Int(vm.gc.freeze_count() as i64))
}

/// `gc.get_stats()`: per generation, collections and objects collected.
fn get_stats(vm: &Vm, args: Args) -> PyResult<Value> {
    check_arity(vm, "gc.get_stats", &args, 0, 0)?;
    let stats = *vm.gc.stats.borrow();
    let mut out = Vec::new();
    for s in stats.iter() {
        let d = vm.new_dict();
        for (k, v) in [
            ("collections", s.collections),
            ("collected", s.collected),
            ("uncollectable", s.uncollectable),
        ] {
            ferropy_vm::types::dict::set_item(vm, &d, vm.new_str(k), Value::Int(v as i64))?;
        }
        out.push(Value::Obj(d));
    }
    Ok(vm.new_list(out))
}
