//! The `time` module: wall and monotonic clocks and `sleep` (CPython `Modules/timemodule.c`).

use crate::module::ModuleBuilder;
use ferropy_vm::heap::ObjRef;
use ferropy_vm::object::Args;
use ferropy_vm::{PyResult, Value, Vm};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

pub fn init(vm: &Vm) -> PyResult<ObjRef> {
    let m = ModuleBuilder::new(vm, "time");
    m.func("time", time_time)
        .func("time_ns", time_ns)
        .func("monotonic", monotonic)
        .func("perf_counter", monotonic)
        .func("process_time", monotonic)
        .func("sleep", sleep);
    Ok(m.module.clone())
}

fn now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

fn time_time(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(now()))
}

fn time_ns(_vm: &Vm, _args: Args) -> PyResult<Value> {
    let ns = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as i64)
        .unwrap_or(0);
    Ok(Value::Int(ns))
}

fn monotonic(_vm: &Vm, _args: Args) -> PyResult<Value> {
    thread_local! { static START: Instant = Instant::now(); }
    Ok(Value::Float(START.with(|s| s.elapsed().as_secs_f64())))
}

fn sleep(vm: &Vm, args: Args) -> PyResult<Value> {
    ferropy_vm::protocol::call::check_arity(vm, "sleep", &args, 1, 1)?;
    let secs = match ferropy_vm::protocol::number::as_f64(vm, &args.pos[0]) {
        Some(f) => f?,
        None => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(&args.pos[0])
            )))
        }
    };
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    std::thread::sleep(Duration::from_secs_f64(secs));
    Ok(Value::None)
}
