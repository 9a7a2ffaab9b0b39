//! The `_thread` module (CPython `Modules/_threadmodule.c`): starting threads, the plain
//! `lock` and the reentrant `RLock`, thread idents. `threading` (in `lib/threading.py`)
//! is layered on it exactly as in CPython. The waiting itself — with the GIL released,
//! or on the deterministic scheduler — is the VM's (`ferropy_vm::thread`).

use crate::module::ModuleBuilder;
use ferropy_vm::heap::ObjRef;
use ferropy_vm::object::{ext_ref, Args, ExtPayload, NativeFn, Payload};
use ferropy_vm::protocol::{attr, call, number, repr};
use ferropy_vm::thread::RawLock;
use ferropy_vm::types::{self, type_data, type_name};
use ferropy_vm::{PyErr, PyResult, Value, Vm};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

/// `_thread.TIMEOUT_MAX`: CPython's `PY_TIMEOUT_MAX` (in µs) in seconds.
const TIMEOUT_MAX: f64 = 9223372036.0;

/// This interpreter's `_thread` types.
struct Types {
    lock: ObjRef,
    rlock: ObjRef,
    local: ObjRef,
}

fn types_of(vm: &Vm) -> Rc<Types> {
    vm.ext_state("_thread", || Types::new(vm))
}

impl Types {
    fn new(vm: &Vm) -> Types {
        let lock = new_type(vm, "lock", LOCK_DOC);
        for (name, f) in [
            ("acquire", lock_acquire as NativeFn),
            ("acquire_lock", lock_acquire),
            ("__enter__", lock_acquire),
            ("release", lock_release),
            ("release_lock", lock_release),
            ("__exit__", lock_exit),
            ("locked", lock_locked),
            ("locked_lock", lock_locked),
            ("__repr__", lock_repr),
        ] {
            add_method(vm, &lock, name, "lock", f);
        }
        let rlock = new_type(vm, "RLock", RLOCK_DOC);
        types::add_new(vm, &rlock, rlock_new);
        for (name, f) in [
            ("acquire", rlock_acquire as NativeFn),
            ("__enter__", rlock_acquire),
            ("release", rlock_release),
            ("__exit__", rlock_exit),
            ("_is_owned", rlock_is_owned),
            ("_release_save", rlock_release_save),
            ("_acquire_restore", rlock_acquire_restore),
            ("_recursion_count", rlock_recursion_count),
            ("__repr__", rlock_repr),
        ] {
            add_method(vm, &rlock, name, "RLock", f);
        }
        let local = new_type(vm, "_local", LOCAL_DOC);
        {
            let td = type_data(&local);
            // The attribute protocol calls these hooks instead of the generic lookup.
            let mut t = td.slots.get();
            t.getattribute = true;
            t.setattr = true;
            t.delattr = true;
            td.slots.set(t);
        }
        types::add_new(vm, &local, local_new);
        types::add_getset(vm, &local, "__dict__", local_dict, None);
        for (name, f) in [
            ("__getattribute__", local_getattribute as NativeFn),
            ("__setattr__", local_setattr),
            ("__delattr__", local_delattr),
        ] {
            add_method(vm, &local, name, "_local", f);
        }
        Types { lock, rlock, local }
    }
}

const LOCK_DOC: &str = "A lock object is a synchronization primitive.  To create a lock,
call threading.Lock().  Methods are:

acquire() -- lock the lock, possibly blocking until it can be obtained
release() -- unlock of the lock
locked() -- test whether the lock is currently locked

A lock is not owned by the thread that locked it; another thread may
unlock it.  A thread attempting to lock a lock that it has already locked
will block until another thread unlocks it.  Deadlocks may ensue.";

const RLOCK_DOC: &str =
    "A reentrant lock: the thread that holds it may acquire it again; it is free once \
released as many times as it was acquired.";

pub fn init(vm: &Vm) -> PyResult<ObjRef> {
    let t = types_of(vm);
    let m = ModuleBuilder::new(vm, "_thread");
    m.func("start_new_thread", start_new_thread)
        .func("start_new", start_new_thread)
        .func("allocate_lock", allocate_lock)
        .func("allocate", allocate_lock)
        .func("get_ident", get_ident)
        .func("get_native_id", get_native_id)
        .func("_count", count)
        .func("exit", exit)
        .func("exit_thread", exit)
        .func("interrupt_main", interrupt_main)
        .func("stack_size", stack_size)
        .func("_set_sentinel", set_sentinel)
        .func("_excepthook", excepthook)
        .func("_set_name", set_name)
        .func("daemon_threads_allowed", always_true)
        .func("_is_main_interpreter", always_true)
        .value("LockType", Value::Obj(t.lock.clone()))
        .value("RLock", Value::Obj(t.rlock.clone()))
        .value("_local", Value::Obj(t.local.clone()))
        .value("error", Value::Obj(vm.exc.runtime_error.clone()))
        .value("TIMEOUT_MAX", Value::Float(TIMEOUT_MAX));
    Ok(m.module.clone())
}

const LOCAL_DOC: &str = "Thread-local data";

fn new_type(vm: &Vm, name: &str, doc: &str) -> ObjRef {
    crate::module::native_type(vm, "_thread", name, doc, name == "_local")
}

use crate::module::add_method;

// ----- lock ---------------------------------------------------------------------------------

/// A `_thread.lock` object's state.
struct Lock {
    raw: Arc<RawLock>,
}

impl ExtPayload for Lock {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn new_lock(vm: &Vm) -> (Value, Arc<RawLock>) {
    let raw = Arc::new(RawLock::new());
    let obj = ObjRef::new(
        Some(types_of(vm).lock.clone()),
        Payload::Ext(Box::new(Lock { raw: raw.clone() })),
    );
    (Value::Obj(obj), raw)
}

fn this<'a, T: 'static>(vm: &Vm, args: &Args<'a>, ty: &str, method: &str) -> PyResult<&'a T> {
    let Some(v) = args.pos.first() else {
        return Err(vm.type_error(format!(
            "descriptor '{method}' of '_thread.{ty}' object needs an argument"
        )));
    };
    v.as_obj().and_then(ext_ref::<T>).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{method}' requires a '_thread.{ty}' object but received a '{}'",
            vm.type_name(v)
        ))
    })
}

/// The arguments after `self`.
fn rest<'a>(args: &Args<'a>) -> Args<'a> {
    Args {
        pos: &args.pos[1..],
        kwnames: args.kwnames,
        kwvalues: args.kwvalues,
    }
}

/// `acquire(blocking=True, timeout=-1)` → how long to wait: `Some(None)` forever,
/// `Some(Some(d))` at most `d` (CPython's `lock_acquire_parse_args`).
fn parse_acquire(vm: &Vm, args: Args) -> PyResult<Option<Duration>> {
    let a = call::parse_args(vm, "acquire", args, &["blocking", "timeout"], 0)?;
    let blocking = match &a[0] {
        Some(v) => number::truthy(vm, v)?,
        None => true,
    };
    let timeout = match &a[1] {
        None => None,
        Some(v) => {
            let secs = crate::time::seconds_arg(vm, v)?;
            if secs == -1.0 {
                None
            } else {
                Some(secs)
            }
        }
    };
    if !blocking && timeout.is_some() {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
    }
    match timeout {
        Some(s) if s < 0.0 => Err(vm.value_error("timeout value must be positive")),
        Some(s) if s > TIMEOUT_MAX => Err(PyErr {
            exc: vm.new_exception(
                &vm.exc.overflow_error.clone(),
                vec![vm.new_str("timeout value is too large")],
            ),
        }),
        Some(s) => Ok(Some(Duration::from_secs_f64(s))),
        None if !blocking => Ok(Some(Duration::ZERO)),
        None => Ok(None),
    }
}

fn lock_acquire(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = this::<Lock>(vm, &args, "lock", "acquire")?;
    let timeout = parse_acquire(vm, rest(&args))?;
    Ok(Value::Bool(vm.acquire_lock(&l.raw, timeout)?))
}

fn lock_release(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = this::<Lock>(vm, &args, "lock", "release")?;
    if !vm.release_lock(&l.raw) {
        return Err(vm.runtime_error("release unlocked lock"));
    }
    Ok(Value::None)
}

fn lock_exit(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = this::<Lock>(vm, &args, "lock", "__exit__")?;
    if !vm.release_lock(&l.raw) {
        return Err(vm.runtime_error("release unlocked lock"));
    }
    Ok(Value::None)
}

fn lock_locked(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = this::<Lock>(vm, &args, "lock", "locked")?;
    Ok(Value::Bool(l.raw.is_locked()))
}

fn lock_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let l = this::<Lock>(vm, &args, "lock", "__repr__")?;
    let o = args.pos[0].as_obj().expect("checked by this");
    Ok(vm.new_string(format!(
        "<{} {} object at {:#x}>",
        if l.raw.is_locked() {
            "locked"
        } else {
            "unlocked"
        },
        type_name(&vm.type_of_obj(o)),
        o.addr()
    )))
}

fn allocate_lock(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "allocate_lock", &args, 0, 0)?;
    Ok(new_lock(vm).0)
}

// ----- RLock --------------------------------------------------------------------------------

/// A `_thread.RLock`: a plain lock plus its owner and recursion count.
struct RLock {
    raw: Arc<RawLock>,
    owner: Cell<u64>,
    count: Cell<u64>,
}

impl ExtPayload for RLock {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn rlock_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let Some(cls) = args.pos.first().and_then(types::as_type) else {
        return Err(vm.type_error("RLock.__new__(X): X is not a type object"));
    };
    let state = RLock {
        raw: Arc::new(RawLock::new()),
        owner: Cell::new(0),
        count: Cell::new(0),
    };
    Ok(Value::Obj(ObjRef::new(
        Some(cls.clone()),
        Payload::Ext(Box::new(state)),
    )))
}

fn rlock_acquire(vm: &Vm, args: Args) -> PyResult<Value> {
    let r = this::<RLock>(vm, &args, "RLock", "acquire")?;
    let timeout = parse_acquire(vm, rest(&args))?;
    let me = vm.thread_ident();
    if r.count.get() > 0 && r.owner.get() == me {
        let Some(c) = r.count.get().checked_add(1) else {
            return Err(PyErr {
                exc: vm.new_exception(
                    &vm.exc.overflow_error.clone(),
                    vec![vm.new_str("Internal lock count overflowed")],
                ),
            });
        };
        r.count.set(c);
        return Ok(Value::Bool(true));
    }
    if !vm.acquire_lock(&r.raw, timeout)? {
        return Ok(Value::Bool(false));
    }
    r.owner.set(me);
    r.count.set(1);
    Ok(Value::Bool(true))
}

fn rlock_do_release(vm: &Vm, r: &RLock) -> PyResult<Value> {
    if r.count.get() == 0 || r.owner.get() != vm.thread_ident() {
        return Err(vm.runtime_error("cannot release un-acquired lock"));
    }
    r.count.set(r.count.get() - 1);
    if r.count.get() == 0 {
        r.owner.set(0);
        vm.release_lock(&r.raw);
    }
    Ok(Value::None)
}

fn rlock_release(vm: &Vm, args: Args) -> PyResult<Value> {
    let r = this::<RLock>(vm, &args, "RLock", "release")?;
    rlock_do_release(vm, r)
}

fn rlock_exit(vm: &Vm, args: Args) -> PyResult<Value> {
    let r = this::<RLock>(vm, &args, "RLock", "__exit__")?;
    rlock_do_release(vm, r)
}

fn rlock_is_owned(vm: &Vm, args: Args) -> PyResult<Value> {
    let r = this::<RLock>(vm, &args, "RLock", "_is_owned")?;
    Ok(Value::Bool(
        r.count.get() > 0 && r.owner.get() == vm.thread_ident(),
    ))
}

fn rlock_recursion_count(vm: &Vm, args: Args) -> PyResult<Value> {
    let r = this::<RLock>(vm, &args, "RLock", "_recursion_count")?;
    let n = if r.owner.get() == vm.thread_ident() {
        r.count.get()
    } else {
        0
    };
    Ok(Value::Int(n as i64))
}

/// `_release_save()`: release completely, returning (count, owner) for
/// `_acquire_restore` (what `Condition.wait` uses).
fn rlock_release_save(vm: &Vm, args: Args) -> PyResult<Value> {
    let r = this::<RLock>(vm, &args, "RLock", "_release_save")?;
    if r.count.get() == 0 {
        return Err(vm.runtime_error("cannot release un-acquired lock"));
    }
    let (count, owner) = (r.count.get(), r.owner.get());
    r.count.set(0);
    r.owner.set(0);
    vm.release_lock(&r.raw);
    Ok(vm.new_tuple(vec![Value::Int(count as i64), Value::Int(owner as i64)]))
}

fn rlock_acquire_restore(vm: &Vm, args: Args) -> PyResult<Value> {
    let r = this::<RLock>(vm, &args, "RLock", "_acquire_restore")?;
    call::check_arity(vm, "_acquire_restore", &args, 2, 2)?;
    let state = &args.pos[1];
    let parts = ferropy_vm::protocol::iter::collect(vm, state)?;
    let (Some(Value::Int(count)), Some(Value::Int(owner))) = (parts.first(), parts.get(1)) else {
        return Err(vm.type_error("_acquire_restore() argument 1 must be tuple of (count, owner)"));
    };
    vm.acquire_lock(&r.raw, None)?;
    r.owner.set(*owner as u64);
    r.count.set(*count as u64);
    Ok(Value::None)
}

fn rlock_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let r = this::<RLock>(vm, &args, "RLock", "__repr__")?;
    let o = args.pos[0].as_obj().expect("checked by this");
    Ok(vm.new_string(format!(
        "<{} {} object owner={} count={} at {:#x}>",
        if r.count.get() > 0 {
            "locked"
        } else {
            "unlocked"
        },
        type_name(&vm.type_of_obj(o)),
        r.owner.get(),
        r.count.get(),
        o.addr()
    )))
}

// ----- threads --------------------------------------------------------------------------------

/// `start_new_thread(function, args[, kwargs])`.
fn start_new_thread(vm: &Vm, args: Args) -> PyResult<Value> {
    call::no_kwargs(vm, "start_new_thread", &args)?;
    if args.pos.len() < 2 || args.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "start_new_thread expected at least 2 arguments, got {}",
            args.pos.len()
        )));
    }
    let func = args.pos[0].clone();
    if !call::is_callable(vm, &func) {
        return Err(vm.type_error("first arg must be callable"));
    }
    let fargs = args.pos[1].clone();
    if !vm.is_instance(&fargs, &vm.t.tuple) {
        return Err(vm.type_error("2nd arg must be a tuple"));
    }
    let kwargs = args.pos.get(2).cloned();
    if let Some(k) = &kwargs {
        if !vm.is_instance(k, &vm.t.dict) {
            return Err(vm.type_error("optional 3rd arg must be a dictionary"));
        }
    }
    let run = Box::new(move |vm: &Vm| {
        let pos = ferropy_vm::protocol::iter::collect(vm, &fargs).unwrap_or_default();
        let (names, values): (Vec<Value>, Vec<Value>) = match &kwargs {
            Some(Value::Obj(d)) => ferropy_vm::types::dict::entries(d).into_iter().unzip(),
            _ => (Vec::new(), Vec::new()),
        };
        let a = Args {
            pos: &pos,
            kwnames: &names,
            kwvalues: &values,
        };
        if let Err(e) = call::call_args(vm, &func, None, a) {
            // A host limit stopping the run ends the thread quietly.
            if !vm.is_subtype(&vm.type_of_obj(&e.exc), &vm.exc.system_exit) && !vm.aborting() {
                let what = repr::repr(vm, &func).unwrap_or_else(|_| "<object>".into());
                let text = ferropy_vm::traceback::format_exception(vm, &e.exc);
                vm.flush_stdout();
                vm.write_stderr(&format!(
                    "Exception ignored in thread started by: {what}\n{text}"
                ));
            }
        }
    });
    let ident = vm.start_thread(run, vm.thread_stack_size.get())?;
    Ok(Value::Int(ident as i64))
}

fn get_ident(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "get_ident", &args, 0, 0)?;
    Ok(Value::Int(vm.thread_ident() as i64))
}

fn get_native_id(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "get_native_id", &args, 0, 0)?;
    Ok(Value::Int(ferropy_vm::thread::native_thread_id() as i64))
}

fn count(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "_count", &args, 0, 0)?;
    let n = vm
        .gil
        .running_threads
        .load(std::sync::atomic::Ordering::Relaxed);
    Ok(Value::Int(n as i64))
}

fn exit(vm: &Vm, _args: Args) -> PyResult<Value> {
    let exc = vm.new_exception(&vm.exc.system_exit.clone(), vec![]);
    Err(PyErr { exc })
}

fn interrupt_main(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "interrupt_main", &args, 0, 1)?;
    vm.interrupt_main();
    Ok(Value::None)
}

fn stack_size(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "stack_size", &args, 0, 1)?;
    let old = vm.thread_stack_size.get();
    if let Some(v) = args.pos.first() {
        let i = number::index(vm, v).map_err(|_| {
            vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            ))
        })?;
        let n = ferropy_vm::types::int::as_int(&i)
            .and_then(|i| i.to_i64())
            .ok_or_else(|| PyErr {
                exc: vm.new_exception(
                    &vm.exc.overflow_error.clone(),
                    vec![vm.new_str("Python int too large to convert to C ssize_t")],
                ),
            })?;
        if n < 0 {
            return Err(vm.value_error("size must be 0 or a positive value"));
        }
        if n != 0 && n < 32768 {
            return Err(vm.value_error(format!("size not valid: {n} bytes")));
        }
        vm.thread_stack_size.set(n as usize);
    }
    Ok(Value::Int(old as i64))
}

/// `_set_sentinel()`: a lock (the caller acquires it) that is released when this thread
/// ends: what `Thread.join` waits on.
fn set_sentinel(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "_set_sentinel", &args, 0, 0)?;
    let (lock, raw) = new_lock(vm);
    vm.add_thread_sentinel(raw);
    Ok(lock)
}

/// `_set_name(name)`: name the current thread in `--trace=gil` and timelines.
fn set_name(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "_set_name", &args, 1, 1)?;
    let name = repr::str(vm, &args.pos[0])?;
    vm.gil.set_thread_name(vm.thread_ident(), &name);
    Ok(Value::None)
}

fn always_true(_vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

/// `_excepthook(args)`: the default `threading.excepthook` (CPython's
/// `thread_excepthook`): "Exception in thread NAME:" and the traceback on stderr;
/// SystemExit is silent.
fn excepthook(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "_excepthook", &args, 1, 1)?;
    let a = &args.pos[0];
    let exc_type = attr::get_attr_str(vm, a, "exc_type")?;
    if let Some(t) = types::as_type(&exc_type) {
        if vm.is_subtype(t, &vm.exc.system_exit) {
            return Ok(Value::None);
        }
    }
    let exc_value = attr::get_attr_str(vm, a, "exc_value")?;
    let thread = attr::get_attr_str(vm, a, "thread")?;
    let name = if matches!(thread, Value::None) {
        vm.thread_ident().to_string()
    } else {
        match attr::get_attr_str(vm, &thread, "name") {
            Ok(n) => repr::str(vm, &n)?,
            Err(_) => vm.thread_ident().to_string(),
        }
    };
    let mut text = format!("Exception in thread {name}:\n");
    match exc_value.as_obj() {
        Some(e) if vm.is_instance(&exc_value, &vm.exc.base_exception) => {
            text.push_str(&ferropy_vm::traceback::format_exception(vm, e));
        }
        _ => {
            let t = types::as_type(&exc_type).map(type_name).unwrap_or_default();
            text.push_str(&format!("{t}\n"));
        }
    }
    let stderr = ferropy_vm::vm::sys_attr(vm, "stderr").unwrap_or(Value::None);
    if matches!(stderr, Value::None) {
        return Ok(Value::None);
    }
    vm.flush_stdout();
    if ferropy_vm::vm::is_default_stream(vm, &stderr, 2) {
        vm.write_stderr(&text);
    } else {
        call::call_method(vm, &stderr, "write", &[vm.new_string(text)])?;
        let _ = call::call_method(vm, &stderr, "flush", &[]);
    }
    Ok(Value::None)
}

// ----- _local -------------------------------------------------------------------------------

/// A `_thread._local` object's state (CPython's `localobject`): one attribute dict per
/// thread, and the constructor arguments with which `__init__` runs again the first time
/// each new thread touches the object. The object's own instance-dict slot always points
/// at the dict of the thread that used it last: every attribute access first switches it
/// to the current thread's, then runs the generic lookup.
struct Local {
    dicts: RefCell<std::collections::HashMap<u64, ObjRef>>,
    /// `(args tuple, kwargs dict or None)`.
    args: RefCell<Option<(Value, Value)>>,
}

impl ExtPayload for Local {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for d in self.dicts.borrow().values() {
            visit(&Value::Obj(d.clone()));
        }
        if let Some((a, k)) = &*self.args.borrow() {
            visit(a);
            visit(k);
        }
    }

    fn clear(&self) {
        let dicts = std::mem::take(&mut *self.dicts.borrow_mut());
        let args = self.args.borrow_mut().take();
        drop(dicts);
        drop(args);
    }
}

fn local_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let Some(cls) = args.pos.first().and_then(types::as_type) else {
        return Err(vm.type_error("_local.__new__(X): X is not a type object"));
    };
    let has_args = args.pos.len() > 1 || !args.kwnames.is_empty();
    if has_args {
        let init = types::lookup_str(vm, cls, "__init__");
        let plain = match &init {
            Some(f) => f
                .as_obj()
                .is_some_and(|f| vm.object_init.as_obj().is_some_and(|o| o.is(f))),
            None => true,
        };
        if plain {
            return Err(vm.type_error("Initialization arguments are not supported"));
        }
    }
    let kwargs = if args.kwnames.is_empty() {
        Value::None
    } else {
        let d = vm.new_dict();
        for (k, v) in args.kwnames.iter().zip(args.kwvalues) {
            ferropy_vm::types::dict::set_item(vm, &d, k.clone(), v.clone())?;
        }
        Value::Obj(d)
    };
    let state = Local {
        dicts: RefCell::new(std::collections::HashMap::new()),
        args: RefCell::new(Some((vm.new_tuple(args.pos[1..].to_vec()), kwargs))),
    };
    let obj = ObjRef::new(Some(cls.clone()), Payload::Ext(Box::new(state)));
    let d = vm.new_dict();
    ext_ref::<Local>(&obj)
        .expect("just made")
        .dicts
        .borrow_mut()
        .insert(vm.thread_ident(), d.clone());
    *obj.dict_cell().borrow_mut() = Some(d);
    obj.mark_dict_materialized();
    Ok(Value::Obj(obj))
}

/// Point the object's instance dict at the current thread's, creating it (and running
/// `__init__` with the constructor's arguments) on this thread's first touch.
fn local_switch(vm: &Vm, self_: &Value) -> PyResult<()> {
    let Some(o) = self_.as_obj() else {
        return Ok(());
    };
    let Some(l) = ext_ref::<Local>(o) else {
        return Ok(());
    };
    let me = vm.thread_ident();
    let existing = l.dicts.borrow().get(&me).cloned();
    match existing {
        Some(d) => {
            let same = o.dict_cell().borrow().as_ref().is_some_and(|c| c.is(&d));
            if !same {
                let old = o.dict_cell().borrow_mut().replace(d);
                drop(old);
            }
        }
        None => {
            let d = vm.new_dict();
            l.dicts.borrow_mut().insert(me, d.clone());
            let old = o.dict_cell().borrow_mut().replace(d);
            drop(old);
            o.mark_dict_materialized();
            let cls = vm.type_of_obj(o);
            let init = types::lookup_str(vm, &cls, "__init__");
            let plain = match &init {
                Some(f) => f
                    .as_obj()
                    .is_some_and(|f| vm.object_init.as_obj().is_some_and(|x| x.is(f))),
                None => true,
            };
            if let (false, Some(init)) = (plain, init) {
                let saved = l.args.borrow().clone();
                if let Some((a, k)) = saved {
                    let pos = ferropy_vm::protocol::iter::collect(vm, &a)?;
                    let (names, values): (Vec<Value>, Vec<Value>) = match &k {
                        Value::Obj(d) => ferropy_vm::types::dict::entries(d).into_iter().unzip(),
                        _ => (Vec::new(), Vec::new()),
                    };
                    let args = Args {
                        pos: &pos,
                        kwnames: &names,
                        kwvalues: &values,
                    };
                    call::call_args(vm, &init, Some(self_), args)?;
                }
            }
        }
    }
    Ok(())
}

/// `local.__dict__`: the current thread's attribute dict.
fn local_dict(vm: &Vm, v: &Value) -> PyResult<Value> {
    local_switch(vm, v)?;
    match v.as_obj().and_then(|o| o.dict_cell().borrow().clone()) {
        Some(d) => Ok(Value::Obj(d)),
        None => Err(attr::no_attribute(vm, v, &vm.intern("__dict__"))),
    }
}

fn local_getattribute(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "__getattribute__", &args, 2, 2)?;
    let (obj, name) = (&args.pos[0], &args.pos[1]);
    local_switch(vm, obj)?;
    let Some(n) = name.as_obj().filter(|_| vm.is_instance(name, &vm.t.str)) else {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(name)
        )));
    };
    let ty = vm.type_of(obj);
    match attr::generic_get_attr(vm, obj, &ty, n)? {
        Some(v) => Ok(v),
        None => Err(attr::no_attribute(vm, obj, n)),
    }
}

fn local_set(vm: &Vm, args: &Args, value: Option<Value>) -> PyResult<Value> {
    let (obj, name) = (&args.pos[0], &args.pos[1]);
    let Some(n) = name.as_obj().filter(|_| vm.is_instance(name, &vm.t.str)) else {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(name)
        )));
    };
    if attr::name_str(n) == "__dict__" {
        return Err(vm.attribute_error(format!(
            "'{}' object attribute '__dict__' is read-only",
            vm.type_name(obj)
        )));
    }
    local_switch(vm, obj)?;
    let ty = vm.type_of(obj);
    attr::generic_set_attr(vm, obj, &ty, n, value)?;
    Ok(Value::None)
}

fn local_setattr(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "__setattr__", &args, 3, 3)?;
    local_set(vm, &args, Some(args.pos[2].clone()))
}

fn local_delattr(vm: &Vm, args: Args) -> PyResult<Value> {
    call::check_arity(vm, "__delattr__", &args, 2, 2)?;
    local_set(vm, &args, None)
}
