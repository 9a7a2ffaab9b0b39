//! The `_multiprocessing` module: what `multiprocessing` (in `lib/multiprocessing/`) needs
//! from the runtime to treat sub-interpreters as processes — starting a child, and the
//! primitives shared between interpreters (byte channels, semaphores, shared cells). See
//! `ferropy_vm::interp`. Every wait releases the GIL.

use crate::module::{add_method, native_type, ModuleBuilder};
use ferropy_vm::heap::ObjRef;
use ferropy_vm::interp::{self, Channel, ChildExit, ChildSpec, SemLock, SharedCell};
use ferropy_vm::object::{ext_ref, Args, ExtPayload, NativeFn, Payload};
use ferropy_vm::protocol::{call, iter, number};
use ferropy_vm::{PyResult, Value, Vm};
use std::rc::Rc;
use std::sync::Arc;
use std::time::{Duration, Instant};

struct Types {
    child: ObjRef,
    channel: ObjRef,
    semlock: ObjRef,
    cell: ObjRef,
}

fn types_of(vm: &Vm) -> Rc<Types> {
    vm.ext_state("_multiprocessing", || {
        let mk = |name: &'static str, doc: &str, methods: &[(&'static str, NativeFn)]| {
            let ty = native_type(vm, "_multiprocessing", name, doc, false);
            for (m, f) in methods {
                add_method(vm, &ty, m, name, *f);
            }
            ty
        };
        Types {
            child: mk(
                "Child",
                "A child interpreter standing in for a process.",
                &[
                    ("wait", child_wait),
                    ("poll", child_poll),
                    ("pid", child_pid),
                ],
            ),
            channel: mk(
                "Channel",
                "A queue of byte messages shared between interpreters.",
                &[
                    ("put", channel_put),
                    ("get", channel_get),
                    ("qsize", channel_qsize),
                    ("id", shared_id::<Channel>),
                ],
            ),
            semlock: mk(
                "SemLock",
                "A counting semaphore shared between interpreters.",
                &[
                    ("acquire", sem_acquire),
                    ("release", sem_release),
                    ("value", sem_value),
                    ("maxvalue", sem_maxvalue),
                    ("id", shared_id::<SemLock>),
                ],
            ),
            cell: mk(
                "SharedCell",
                "Bytes shared between interpreters.",
                &[
                    ("get", cell_get),
                    ("set", cell_set),
                    ("id", shared_id::<SharedCell>),
                ],
            ),
        }
    })
}

pub fn init(vm: &Vm) -> PyResult<ObjRef> {
    types_of(vm);
    let m = ModuleBuilder::new(vm, "_multiprocessing");
    m.func("spawn", spawn)
        .func("Channel", channel_new)
        .func("channel", channel_from_id)
        .func("SemLock", sem_new)
        .func("semlock", sem_from_id)
        .func("SharedCell", cell_new)
        .func("cell", cell_from_id)
        .func("cpu_count", cpu_count);
    Ok(m.module.clone())
}

/// A shared primitive's handle in this interpreter.
struct Shared<T: Send + Sync + 'static> {
    inner: Arc<T>,
    id: u64,
}

impl<T: Send + Sync + 'static> ExtPayload for Shared<T> {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn wrap<T: Send + Sync + 'static>(ty: &ObjRef, inner: Arc<T>, id: u64) -> Value {
    Value::Obj(ObjRef::new(
        Some(ty.clone()),
        Payload::Ext(Box::new(Shared { inner, id })),
    ))
}

fn this<'a, T: Send + Sync + 'static>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a Shared<T>> {
    args.pos
        .first()
        .and_then(|v| v.as_obj())
        .and_then(ext_ref::<Shared<T>>)
        .ok_or_else(|| vm.type_error("bad receiver for a _multiprocessing method"))
}

fn shared_id<T: Send + Sync + 'static>(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this::<T>(vm, &args)?.id as i64))
}

/// `get`/`acquire`'s (block, timeout) → a deadline: `Err(())` for "do not wait".
fn deadline(vm: &Vm, args: &[Value]) -> PyResult<Option<Option<Instant>>> {
    let block = match args.first() {
        Some(v) => number::truthy(vm, v)?,
        None => true,
    };
    if !block {
        return Ok(None);
    }
    match args.get(1) {
        None | Some(Value::None) => Ok(Some(None)),
        Some(v) => {
            let secs = crate::time::seconds_arg(vm, v)?.max(0.0);
            Ok(Some(Some(Instant::now() + Duration::from_secs_f64(secs))))
        }
    }
}

fn bytes_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v.as_obj().map(|o| o.payload()) {
        Some(Payload::Bytes(b)) => Ok(b.to_vec()),
        _ => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn id_arg(vm: &Vm, args: &Args) -> PyResult<u64> {
    call::check_arity(vm, "from_id", args, 1, 1)?;
    ferropy_vm::types::int::as_int(&args.pos[0])
        .and_then(|i| i.to_i64())
        .map(|i| i as u64)
        .ok_or_else(|| vm.type_error("an id is required"))
}

// ----- children -------------------------------------------------------------------------------

struct Child {
    exit: ChildExit,
    pid: u32,
}

impl ExtPayload for Child {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// `spawn(payload, main_path)`: start a child interpreter that re-runs `main_path` as
/// `__mp_main__` and then unpickles and bootstraps `payload`.
fn spawn(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "spawn", &args, 2, 2)?;
    let payload = bytes_arg(vm, &args.pos[0])?;
    let main_path = match &args.pos[1] {
        Value::None => None,
        v => Some(ferropy_vm::protocol::repr::str(vm, v)?),
    };
    let hook = vm
        .spawn_hook
        .borrow()
        .clone()
        .ok_or_else(|| vm.runtime_error("this interpreter cannot start processes"))?;
    let sys_path = match ferropy_vm::vm::sys_attr(vm, "path") {
        Some(p) => iter::collect(vm, &p)?
            .iter()
            .filter_map(|v| ferropy_vm::vm::as_str(v).map(str::to_string))
            .collect(),
        None => Vec::new(),
    };
    let pid = interp::next_pid();
    let spec = ChildSpec {
        argv: vm.argv.borrow().clone(),
        main_path,
        sys_path,
        payload,
        pid,
        ppid: vm.pid.get(),
    };
    let exit = ChildExit::new();
    hook(spec, exit.clone()).map_err(|e| vm.os_error(e.to_string()))?;
    Ok(Value::Obj(ObjRef::new(
        Some(types_of(vm).child.clone()),
        Payload::Ext(Box::new(Child { exit, pid })),
    )))
}

fn child_of<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a Child> {
    args.pos
        .first()
        .and_then(|v| v.as_obj())
        .and_then(ext_ref::<Child>)
        .ok_or_else(|| vm.type_error("a Child is required"))
}

fn exit_value(code: Option<i32>) -> Value {
    code.map_or(Value::None, |c| Value::Int(c as i64))
}

/// `child.wait(timeout=None)`: the exit code, or None if still running at the timeout.
fn child_wait(vm: &Vm, args: Args) -> PyResult<Value> {
    let c = child_of(vm, &args)?;
    let deadline = match args.pos.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(
            Instant::now() + Duration::from_secs_f64(crate::time::seconds_arg(vm, v)?.max(0.0)),
        ),
    };
    let exit = c.exit.clone();
    let code = vm.wait_external("process join", deadline, move |d| exit.wait(d));
    Ok(exit_value(code))
}

fn child_poll(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(exit_value(child_of(vm, &args)?.exit.get()))
}

fn child_pid(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(child_of(vm, &args)?.pid as i64))
}

// ----- channels -------------------------------------------------------------------------------

fn channel_new(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "Channel", &args, 0, 0)?;
    let ch = Arc::new(Channel::default());
    let id = interp::share(&ch);
    Ok(wrap(&types_of(vm).channel, ch, id))
}

fn channel_from_id(vm: &Vm, args: Args) -> PyResult<Value> {
    let id = id_arg(vm, &args)?;
    let ch = interp::lookup::<Channel>(id)
        .ok_or_else(|| vm.runtime_error("the shared channel no longer exists"))?;
    Ok(wrap(&types_of(vm).channel, ch, id))
}

fn channel_put(vm: &Vm, args: Args) -> PyResult<Value> {
    let ch = this::<Channel>(vm, &args)?;
    call::check_arity(vm, "put", &args, 2, 2)?;
    ch.inner.put(bytes_arg(vm, &args.pos[1])?);
    Ok(Value::None)
}

/// `get(block=True, timeout=None)`: the next message, or None when none came in time.
fn channel_get(vm: &Vm, args: Args) -> PyResult<Value> {
    let ch = this::<Channel>(vm, &args)?;
    let msg = match deadline(vm, &args.pos[1..])? {
        None => ch.inner.try_get(),
        Some(d) => {
            let inner = ch.inner.clone();
            match inner.try_get() {
                Some(m) => Some(m),
                None => vm.wait_external("queue get", d, move |dl| inner.get(dl)),
            }
        }
    };
    Ok(msg.map_or(Value::None, |m| vm.new_bytes(m)))
}

fn channel_qsize(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this::<Channel>(vm, &args)?.inner.len() as i64))
}

// ----- semaphores -----------------------------------------------------------------------------

fn sem_new(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "SemLock", &args, 3, 3)?;
    let int = |v: &Value| {
        ferropy_vm::types::int::as_int(v)
            .and_then(|i| i.to_i64())
            .ok_or_else(|| vm.type_error("an integer is required"))
    };
    let (kind, value, maxvalue) = (int(&args.pos[0])?, int(&args.pos[1])?, int(&args.pos[2])?);
    let s = Arc::new(SemLock::new(kind as u8, value, maxvalue));
    let id = interp::share(&s);
    Ok(wrap(&types_of(vm).semlock, s, id))
}

fn sem_from_id(vm: &Vm, args: Args) -> PyResult<Value> {
    let id = id_arg(vm, &args)?;
    let s = interp::lookup::<SemLock>(id)
        .ok_or_else(|| vm.runtime_error("the shared semaphore no longer exists"))?;
    Ok(wrap(&types_of(vm).semlock, s, id))
}

fn sem_acquire(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this::<SemLock>(vm, &args)?;
    if s.inner.try_acquire() {
        return Ok(Value::Bool(true));
    }
    let ok = match deadline(vm, &args.pos[1..])? {
        None => false,
        Some(d) => {
            let inner = s.inner.clone();
            vm.wait_external("semaphore acquire", d, move |dl| {
                inner.acquire_until(dl).then_some(())
            })
            .is_some()
        }
    };
    Ok(Value::Bool(ok))
}

fn sem_release(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(this::<SemLock>(vm, &args)?.inner.release()))
}

fn sem_value(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this::<SemLock>(vm, &args)?.inner.value()))
}

fn sem_maxvalue(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this::<SemLock>(vm, &args)?.inner.maxvalue))
}

// ----- shared cells ---------------------------------------------------------------------------

fn cell_new(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "SharedCell", &args, 1, 1)?;
    let c = Arc::new(SharedCell::default());
    *c.data.lock() = bytes_arg(vm, &args.pos[0])?;
    let id = interp::share(&c);
    Ok(wrap(&types_of(vm).cell, c, id))
}

fn cell_from_id(vm: &Vm, args: Args) -> PyResult<Value> {
    let id = id_arg(vm, &args)?;
    let c = interp::lookup::<SharedCell>(id)
        .ok_or_else(|| vm.runtime_error("the shared value no longer exists"))?;
    Ok(wrap(&types_of(vm).cell, c, id))
}

fn cell_get(vm: &Vm, args: Args) -> PyResult<Value> {
    let c = this::<SharedCell>(vm, &args)?;
    let data = c.inner.data.lock().clone();
    Ok(vm.new_bytes(data))
}

fn cell_set(vm: &Vm, args: Args) -> PyResult<Value> {
    let c = this::<SharedCell>(vm, &args)?;
    call::check_arity(vm, "set", &args, 2, 2)?;
    *c.inner.data.lock() = bytes_arg(vm, &args.pos[1])?;
    Ok(Value::None)
}

fn cpu_count(_vm: &Vm, _args: Args) -> PyResult<Value> {
    let n = std::thread::available_parallelism().map_or(1, |n| n.get());
    Ok(Value::Int(n as i64))
}
