//! `_asyncio.Task`, ported from CPython 3.11's `Modules/_asynciomodule.c`: a Future that
//! drives a coroutine. `step` is the heart of asyncio (tasks.py's `Task.__step`): send
//! `None` into the coroutine (or throw an exception into it) and look at what comes out.
//!
//! - a Future (yielded by `Future.__await__` with `_asyncio_future_blocking` set): wait
//!   for it, with `task_wakeup` as its done-callback; the wakeup steps the task again;
//! - `None` (a bare `yield`, as in `sleep(0)`): step again on the next loop iteration;
//! - anything else is a programming error, thrown back into the coroutine.
//!
//! When the coroutine returns, the task takes its value as result; when it raises, the
//! exception (CancelledError: the task is cancelled). The scheduled callbacks are bound
//! natives named `Task.task_step` and `Task.task_wakeup`, as CPython's reprs show them.

use crate::asyncio_future::{
    self as fut, call_soon, fut_of, get, helpers, mod_state, no_args, one_arg, parse, put, repr_of,
    this, Future, State,
};
use ferropy_vm::generator::{self, GenKind, GenResult};
use ferropy_vm::heap::ObjRef;
use ferropy_vm::object::{Args, NativeFn, NativeFunction, Payload};
use ferropy_vm::protocol::{attr, call, number};
use ferropy_vm::types::{self, type_data};
use ferropy_vm::{PyResult, Value, Vm};
use std::cell::{Cell, RefCell};

/// The fields `TaskObj` adds to `FutureObj`.
pub struct TaskFields {
    coro: RefCell<Value>,
    context: RefCell<Value>,
    name: RefCell<Value>,
    /// The future this task waits for, or None (tasks.py's `_fut_waiter`).
    fut_waiter: RefCell<Value>,
    /// A cancel() arrived while no future was waited for: throw CancelledError into the
    /// coroutine at its next step.
    must_cancel: Cell<bool>,
    log_destroy_pending: Cell<bool>,
    num_cancels_requested: Cell<i64>,
}

impl TaskFields {
    fn new() -> TaskFields {
        TaskFields {
            coro: RefCell::new(Value::Null),
            context: RefCell::new(Value::Null),
            name: RefCell::new(Value::Null),
            fut_waiter: RefCell::new(Value::Null),
            must_cancel: Cell::new(false),
            log_destroy_pending: Cell::new(true),
            num_cancels_requested: Cell::new(0),
        }
    }

    pub(crate) fn value_cells(&self) -> [&RefCell<Value>; 4] {
        [&self.coro, &self.context, &self.name, &self.fut_waiter]
    }
}

const TASK_DOC: &str = "A coroutine wrapped in a Future.";

/// The `_asyncio.Task` type, a native subclass of `future`.
pub(crate) fn make_type(vm: &Vm, future: &ObjRef) -> ObjRef {
    let task = types::native_type(vm, "_asyncio", "Task", TASK_DOC, false);
    *type_data(&task).bases.borrow_mut() = vec![future.clone()];
    *type_data(&task).mro.borrow_mut() = vec![task.clone(), future.clone(), vm.t.object.clone()];
    type_data(future)
        .subclasses
        .borrow_mut()
        .push(ferropy_vm::heap::SubclassLink::new(&task));
    types::add_new(vm, &task, task_new);
    let methods: &[(&'static str, NativeFn, &'static str)] = &[
        ("__init__", task_init, "Initialize self.  See help(type(self)) for accurate signature."),
        ("__repr__", task_repr, "Return repr(self)."),
        ("get_coro", get_coro, ""),
        ("get_name", get_name, ""),
        ("set_name", set_name, ""),
        ("set_result", task_set_result, "Not supported: a task's result comes from its coroutine."),
        ("set_exception", task_set_exception, "Not supported: a task's exception comes from its coroutine."),
        ("get_stack", get_stack, "Return the list of stack frames for this task's coroutine."),
        ("print_stack", print_stack, "Print the stack or traceback for this task's coroutine."),
        ("cancel", task_cancel_m, "Request that this task cancel itself.\n\nThis arranges for a CancelledError to be thrown into the\nwrapped coroutine on the next cycle through the event loop.\nThe coroutine then has a chance to clean up or even deny\nthe request using try/except/finally.\n\nUnlike Future.cancel, this does not guarantee that the\ntask will be cancelled: the exception might be caught and\nacted upon, delaying cancellation of the task or preventing\ncancellation completely.  The task may also return a value or\nraise a different exception.\n\nImmediately after this method is called, Task.cancelled() will\nnot return True (unless the task was already cancelled).  A\ntask will be marked as cancelled when the wrapped coroutine\nterminates with a CancelledError exception (even if cancel()\nwas not called).\n\nThis also increases the task's count of cancellation requests."),
        ("cancelling", cancelling, "Return the count of the task's cancellation requests.\n\nThis count is incremented when .cancel() is called\nand may be decremented using .uncancel()."),
        ("uncancel", uncancel, "Decrement the task's count of cancellation requests.\n\nThis should be used by tasks that catch CancelledError\nand wish to continue indefinitely until they are cancelled again.\n\nReturns the remaining number of cancellation requests."),
    ];
    for (name, f, doc) in methods {
        crate::module::add_documented(vm, &task, "Task", name, *f, doc, false);
    }
    let getsets: &[(
        &'static str,
        ferropy_vm::object::GetterFn,
        Option<ferropy_vm::object::SetterFn>,
    )] = &[
        (
            "_log_destroy_pending",
            log_destroy_pending_get,
            Some(log_destroy_pending_set),
        ),
        ("_must_cancel", must_cancel_get, None),
        ("_coro", coro_get, None),
        ("_fut_waiter", fut_waiter_get, None),
    ];
    for (name, g, s) in getsets {
        types::add_getset(vm, &task, name, *g, *s);
    }
    task
}

fn task_of(v: &Value) -> Option<(&Future, &TaskFields)> {
    let f = fut_of(v)?;
    let t = f.task.as_deref()?;
    Some((f, t))
}

fn this_task<'a>(vm: &Vm, args: &Args<'a>, method: &str) -> PyResult<(&'a Future, &'a TaskFields)> {
    let f = this(vm, args, method, "Task")?;
    Ok((f, f.task.as_deref().expect("checked by this()")))
}

// ----- construction ---------------------------------------------------------------------------

fn task_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = fut::new_cls(vm, &args, "Task")?;
    Ok(Value::Obj(ObjRef::new(
        Some(cls),
        Payload::Ext(Box::new(Future::new(Some(Box::new(TaskFields::new()))))),
    )))
}

/// `Task(coro, *, loop=None, name=None, context=None)`: schedule the first step.
fn task_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let (f, t) = this_task(vm, &args, "__init__")?;
    let a = parse(
        vm,
        &args,
        "Task",
        &["coro", "loop", "name", "context"],
        1,
        1,
    )?;
    let Some(coro) = a[0].clone() else {
        return Err(vm.type_error("Task() missing required argument 'coro' (pos 1)"));
    };
    fut::init_future(vm, f, a[1].clone().unwrap_or(Value::None))?;
    if !is_coroutine(vm, &coro)? {
        t.log_destroy_pending.set(false);
        return Err(vm.type_error(format!(
            "a coroutine was expected, got {}",
            repr_of(vm, &coro)?
        )));
    }
    let name = match a[2].clone().unwrap_or(Value::None) {
        Value::None => {
            let st = mod_state(vm);
            let n = st.task_name_counter.get() + 1;
            st.task_name_counter.set(n);
            vm.new_string(format!("Task-{n}"))
        }
        v if ferropy_vm::vm::as_str(&v).is_some() && vm.type_of(&v).is(&vm.t.str) => v,
        v => vm.new_string(ferropy_vm::protocol::repr::str(vm, &v)?),
    };
    let context = a[3].clone().unwrap_or(Value::None);
    put(&t.name, name);
    t.num_cancels_requested.set(0);
    t.must_cancel.set(false);
    put(&t.fut_waiter, Value::None);
    put(&t.coro, coro);
    put(&t.context, context.clone());
    let me = &args.pos[0];
    call_soon(
        vm,
        &f.loop_value(),
        &[bound(vm, me, "task_step", step_meth)],
        &context,
    )?;
    register_task(vm, me)?;
    Ok(Value::None)
}

/// A coroutine object, or anything `asyncio.coroutines.iscoroutine` accepts.
fn is_coroutine(vm: &Vm, v: &Value) -> PyResult<bool> {
    if let Value::Obj(o) = v {
        if generator::gen_data(o).is_some_and(|g| g.kind == GenKind::Coroutine) {
            return Ok(true);
        }
    }
    let h = helpers(vm)?;
    let r = call::call(vm, &h.iscoroutine, std::slice::from_ref(v))?;
    number::truthy(vm, &r)
}

/// `task.<name>` as a bound builtin method, the callbacks handed to the loop.
fn bound(vm: &Vm, me: &Value, name: &'static str, func: NativeFn) -> Value {
    Value::Obj(ObjRef::new(
        Some(vm.t.builtin_function.clone()),
        Payload::Native(Box::new(NativeFunction {
            name,
            func,
            bound: Some(me.clone()),
            owner: Some("Task"),
            is_classmethod: false,
            doc: None,
            needs_caller: false,
        })),
    ))
}

// ----- the current and all tasks --------------------------------------------------------------

fn register_task(vm: &Vm, task: &Value) -> PyResult<()> {
    let st = mod_state(vm);
    ferropy_vm::types::dict::set_item(vm, &st.all_tasks, task.clone(), Value::None)
}

fn unregister_task(vm: &Vm, task: &Value) -> PyResult<()> {
    let st = mod_state(vm);
    ferropy_vm::types::dict::pop_item(vm, &st.all_tasks, task).map(drop)
}

fn enter_task(vm: &Vm, loop_: &Value, task: &Value) -> PyResult<()> {
    let st = mod_state(vm);
    if let Some(cur) = ferropy_vm::types::dict::get_item(vm, &st.current_tasks, loop_)? {
        if !cur.is_none() {
            return Err(vm.runtime_error(format!(
                "Cannot enter into task {} while another task {} is being executed.",
                repr_of(vm, task)?,
                repr_of(vm, &cur)?
            )));
        }
    }
    ferropy_vm::types::dict::set_item(vm, &st.current_tasks, loop_.clone(), task.clone())
}

fn leave_task(vm: &Vm, loop_: &Value, task: &Value) -> PyResult<()> {
    let st = mod_state(vm);
    let cur =
        ferropy_vm::types::dict::get_item(vm, &st.current_tasks, loop_)?.unwrap_or(Value::None);
    if !same(&cur, task) {
        return Err(vm.runtime_error(format!(
            "Leaving task {} does not match the current task {}.",
            repr_of(vm, task)?,
            repr_of(vm, &cur)?
        )));
    }
    ferropy_vm::types::dict::del_item(vm, &st.current_tasks, loop_)
}

fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Obj(x), Value::Obj(y)) => x.is(y),
        (Value::None, Value::None) => true,
        _ => false,
    }
}

// ----- stepping -------------------------------------------------------------------------------

/// The `task_step` callback: `step(exc=None)`.
fn step_meth(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = parse(vm, &args, "task_step", &["exc"], 1, 0)?;
    if task_of(&args.pos[0]).is_none() {
        return Err(vm.type_error("task_step needs a Task"));
    }
    step(vm, &args.pos[0], a[0].clone().unwrap_or(Value::None))?;
    Ok(Value::None)
}

/// The `task_wakeup` callback: the awaited future is done; step with its exception.
fn wakeup_meth(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = parse(vm, &args, "task_wakeup", &["future"], 1, 1)?;
    let Some(future) = a[0].clone() else {
        return Err(vm.type_error("task_wakeup() missing required argument 'future'"));
    };
    let st = mod_state(vm);
    let r = if fut::exact(vm, &future, &st.future) || fut::exact(vm, &future, &st.task) {
        fut::result(vm, &future, fut_of(&future).expect("exact future"))
    } else {
        call::call_method(vm, &future, "result", &[])
    };
    let error = match r {
        Ok(_) => Value::None,
        Err(e) => Value::Obj(e.exc),
    };
    step(vm, &args.pos[0], error)?;
    Ok(Value::None)
}

/// One step of the task (tasks.py's `Task.__step`).
fn step(vm: &Vm, me: &Value, exc: Value) -> PyResult<()> {
    let Some((f, t)) = task_of(me) else {
        return Err(vm.type_error("task_step needs a Task"));
    };
    if f.state.get() != State::Pending {
        return Err(fut::invalid_state(
            vm,
            format!(
                "_step(): already done: {}, {}",
                repr_of(vm, me)?,
                repr_of(vm, &exc)?
            ),
        ));
    }
    let mut exc = exc;
    if t.must_cancel.get() {
        let h = helpers(vm)?;
        let is_cancel = match &h.cancelled_error {
            Value::Obj(c) => vm.is_instance(&exc, c),
            _ => false,
        };
        if !is_cancel {
            exc = Value::Obj(fut::make_cancelled_error(vm, f)?.exc);
        }
        t.must_cancel.set(false);
    }
    let coro = get(&t.coro);
    put(&t.fut_waiter, Value::None);
    let loop_ = f.loop_value();
    enter_task(vm, &loop_, me)?;
    let r = step_body(vm, me, f, t, &coro, exc);
    leave_task(vm, &loop_, me)?;
    if f.state.get() != State::Pending {
        unregister_task(vm, me)?;
    }
    r
}

fn step_body(
    vm: &Vm,
    me: &Value,
    f: &Future,
    t: &TaskFields,
    coro: &Value,
    exc: Value,
) -> PyResult<()> {
    let r = if exc.is_none() {
        generator::send_to(vm, coro, Value::None)
    } else {
        throw_into(vm, coro, exc)
    };
    match r {
        Ok(GenResult::Return(v)) => {
            if t.must_cancel.get() {
                // Cancelled right before the coroutine returned.
                t.must_cancel.set(false);
                fut::cancel(vm, me, f, get(&f.cancel_message))?;
            } else {
                fut::set_result(vm, me, f, v)?;
            }
            Ok(())
        }
        Err(e) => {
            let h = helpers(vm)?;
            let is_cancel = match &h.cancelled_error {
                Value::Obj(c) => vm.err_matches(&e, c),
                _ => false,
            };
            if is_cancel {
                // Save the original exception so it can be chained later.
                put(&f.cancelled_exc, Value::Obj(e.exc));
                fut::cancel(vm, me, f, Value::None)?;
                Ok(())
            } else if vm.err_matches(&e, &vm.exc.keyboard_interrupt)
                || vm.err_matches(&e, &vm.exc.system_exit)
            {
                fut::set_exception(vm, me, f, Value::Obj(e.exc.clone()))?;
                Err(e)
            } else {
                fut::set_exception(vm, me, f, Value::Obj(e.exc))?;
                Ok(())
            }
        }
        Ok(GenResult::Yield(result)) => handle_yield(vm, me, f, t, result),
    }
}

/// `coro.throw(exc)`, with a `StopIteration` turned into a return.
fn throw_into(vm: &Vm, coro: &Value, exc: Value) -> PyResult<GenResult> {
    if let Value::Obj(o) = coro {
        if generator::gen_data(o).is_some() {
            let err = generator::throw_args_to_err(vm, std::slice::from_ref(&exc))?;
            return generator::throw(vm, o, err);
        }
    }
    match call::call_method(vm, coro, "throw", &[exc]) {
        Ok(v) => Ok(GenResult::Yield(v)),
        Err(e) if vm.err_matches(&e, &vm.exc.stop_iteration) => {
            let v = attr::get_attr_str(vm, &Value::Obj(e.exc.clone()), "value")?;
            Ok(GenResult::Return(v))
        }
        Err(e) => Err(e),
    }
}

/// Step again soon with `exc` thrown in (a RuntimeError about what was yielded).
fn reschedule_with_error(
    vm: &Vm,
    me: &Value,
    f: &Future,
    t: &TaskFields,
    msg: String,
) -> PyResult<()> {
    let e = vm.runtime_error(msg);
    call_soon(
        vm,
        &f.loop_value(),
        &[bound(vm, me, "task_step", step_meth), Value::Obj(e.exc)],
        &get(&t.context),
    )
}

fn handle_yield(vm: &Vm, me: &Value, f: &Future, t: &TaskFields, result: Value) -> PyResult<()> {
    let st = mod_state(vm);
    let native = (fut::exact(vm, &result, &st.future) || fut::exact(vm, &result, &st.task))
        .then(|| fut_of(&result))
        .flatten();
    // `getattr(result, '_asyncio_future_blocking', None)`.
    let blocking = match native {
        Some(rf) => {
            fut::ensure_alive(vm, rf)?;
            Some(rf.blocking.get())
        }
        None => match attr::get_attr_str(vm, &result, "_asyncio_future_blocking") {
            Ok(Value::None) => None,
            Ok(v) => Some(number::truthy(vm, &v)?),
            Err(e) if vm.err_matches(&e, &vm.exc.attribute_error) => None,
            Err(e) => return Err(e),
        },
    };
    let Some(blocking) = blocking else {
        if result.is_none() {
            // A bare yield: give up the loop for one iteration.
            return call_soon(
                vm,
                &f.loop_value(),
                &[bound(vm, me, "task_step", step_meth)],
                &get(&t.context),
            );
        }
        let is_gen = matches!(&result, Value::Obj(o) if generator::is_plain_generator(o));
        let msg = if is_gen {
            format!(
                "yield was used instead of yield from for generator in task {} with {}",
                repr_of(vm, me)?,
                repr_of(vm, &result)?
            )
        } else {
            format!("Task got bad yield: {}", repr_of(vm, &result)?)
        };
        return reschedule_with_error(vm, me, f, t, msg);
    };
    // The yielded future must belong to this task's loop.
    let result_loop = match native {
        Some(rf) => rf.loop_value(),
        None => {
            let h = helpers(vm)?;
            call::call(vm, &h.get_loop, std::slice::from_ref(&result))?
        }
    };
    if !same(&result_loop, &f.loop_value()) {
        let msg = format!(
            "Task {} got Future {} attached to a different loop",
            repr_of(vm, me)?,
            repr_of(vm, &result)?
        );
        return reschedule_with_error(vm, me, f, t, msg);
    }
    if !blocking {
        let msg = format!(
            "yield was used instead of yield from in task {} with {}",
            repr_of(vm, me)?,
            repr_of(vm, &result)?
        );
        return reschedule_with_error(vm, me, f, t, msg);
    }
    if same(&result, me) {
        let msg = format!("Task cannot await on itself: {}", repr_of(vm, me)?);
        return reschedule_with_error(vm, me, f, t, msg);
    }
    let wakeup = bound(vm, me, "task_wakeup", wakeup_meth);
    let ctx = get(&t.context);
    match native {
        Some(rf) => {
            rf.blocking.set(false);
            fut::add_done_callback(vm, &result, rf, wakeup, ctx)?;
        }
        None => {
            attr::set_attr(
                vm,
                &result,
                &vm.intern("_asyncio_future_blocking"),
                Some(Value::Bool(false)),
            )?;
            let m = attr::get_attr_str(vm, &result, "add_done_callback")?;
            call_kw(vm, &m, &[wakeup], &st.context_kw, &ctx)?;
        }
    }
    put(&t.fut_waiter, result.clone());
    if t.must_cancel.get() && cancel_waiter(vm, &result, &get(&f.cancel_message))? {
        t.must_cancel.set(false);
    }
    Ok(())
}

/// `f(*pos, <kw>=value)`.
fn call_kw(vm: &Vm, f: &Value, pos: &[Value], kw: &Value, value: &Value) -> PyResult<Value> {
    call::call_args(
        vm,
        f,
        None,
        Args {
            pos,
            kwnames: std::slice::from_ref(kw),
            kwvalues: std::slice::from_ref(value),
        },
    )
}

/// `waiter.cancel(msg=msg)`, truthiness of the answer.
fn cancel_waiter(vm: &Vm, waiter: &Value, msg: &Value) -> PyResult<bool> {
    let st = mod_state(vm);
    if fut::exact(vm, waiter, &st.future) {
        let rf = fut_of(waiter).expect("exact future");
        fut::ensure_alive(vm, rf)?;
        return fut::cancel(vm, waiter, rf, msg.clone());
    }
    let m = attr::get_attr_str(vm, waiter, "cancel")?;
    let r = call_kw(vm, &m, &[], &st.msg_kw, msg)?;
    number::truthy(vm, &r)
}

// ----- Task methods ---------------------------------------------------------------------------

fn task_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    this_task(vm, &args, "__repr__")?;
    let h = helpers(vm)?;
    call::call(vm, &h.task_repr, &args.pos[..1])
}

fn get_coro(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, t) = this_task(vm, &args, "get_coro")?;
    no_args(vm, &args, "Task.get_coro")?;
    Ok(get(&t.coro))
}

fn get_name(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, t) = this_task(vm, &args, "get_name")?;
    no_args(vm, &args, "Task.get_name")?;
    Ok(get(&t.name))
}

fn set_name(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, t) = this_task(vm, &args, "set_name")?;
    let v = one_arg(vm, &args, "Task.set_name")?.clone();
    let name = if vm.type_of(&v).is(&vm.t.str) {
        v
    } else {
        vm.new_string(ferropy_vm::protocol::repr::str(vm, &v)?)
    };
    put(&t.name, name);
    Ok(Value::None)
}

fn task_set_result(vm: &Vm, args: Args) -> PyResult<Value> {
    this_task(vm, &args, "set_result")?;
    Err(vm.runtime_error("Task does not support set_result operation"))
}

fn task_set_exception(vm: &Vm, args: Args) -> PyResult<Value> {
    this_task(vm, &args, "set_exception")?;
    Err(vm.runtime_error("Task does not support set_exception operation"))
}

fn get_stack(vm: &Vm, args: Args) -> PyResult<Value> {
    this_task(vm, &args, "get_stack")?;
    let a = parse(vm, &args, "get_stack", &["limit"], 0, 0)?;
    let h = helpers(vm)?;
    call::call(
        vm,
        &h.task_get_stack,
        &[args.pos[0].clone(), a[0].clone().unwrap_or(Value::None)],
    )
}

fn print_stack(vm: &Vm, args: Args) -> PyResult<Value> {
    this_task(vm, &args, "print_stack")?;
    let a = parse(vm, &args, "print_stack", &["limit", "file"], 0, 0)?;
    let h = helpers(vm)?;
    call::call(
        vm,
        &h.task_print_stack,
        &[
            args.pos[0].clone(),
            a[0].clone().unwrap_or(Value::None),
            a[1].clone().unwrap_or(Value::None),
        ],
    )
}

fn task_cancel_m(vm: &Vm, args: Args) -> PyResult<Value> {
    let (f, t) = this_task(vm, &args, "cancel")?;
    let a = parse(vm, &args, "cancel", &["msg"], 1, 0)?;
    let msg = a[0].clone().unwrap_or(Value::None);
    let me = &args.pos[0];
    fut::ensure_alive(vm, f)?;
    fut::clear_log_tb(vm, me, f)?;
    if f.state.get() != State::Pending {
        return Ok(Value::Bool(false));
    }
    t.num_cancels_requested
        .set(t.num_cancels_requested.get() + 1);
    let waiter = get(&t.fut_waiter);
    if !waiter.is_none() && cancel_waiter(vm, &waiter, &msg)? {
        // Leave the waiter: it may be a task that ignores the cancellation, to be
        // cancelled again later.
        return Ok(Value::Bool(true));
    }
    t.must_cancel.set(true);
    put(&f.cancel_message, msg);
    Ok(Value::Bool(true))
}

fn cancelling(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, t) = this_task(vm, &args, "cancelling")?;
    no_args(vm, &args, "Task.cancelling")?;
    Ok(Value::Int(t.num_cancels_requested.get()))
}

fn uncancel(vm: &Vm, args: Args) -> PyResult<Value> {
    let (_, t) = this_task(vm, &args, "uncancel")?;
    no_args(vm, &args, "Task.uncancel")?;
    let n = t.num_cancels_requested.get();
    if n > 0 {
        t.num_cancels_requested.set(n - 1);
    }
    Ok(Value::Int(t.num_cancels_requested.get()))
}

// ----- getters and setters --------------------------------------------------------------------

fn getset_task<'a>(vm: &Vm, v: &'a Value, name: &str) -> PyResult<&'a TaskFields> {
    task_of(v).map(|(_, t)| t).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' for '_asyncio.Task' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))
    })
}

fn log_destroy_pending_get(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(
        getset_task(vm, v, "_log_destroy_pending")?
            .log_destroy_pending
            .get(),
    ))
}

fn log_destroy_pending_set(vm: &Vm, v: &Value, val: Option<Value>) -> PyResult<()> {
    let t = getset_task(vm, v, "_log_destroy_pending")?;
    let Some(val) = val else {
        return Err(vm.attribute_error("can't delete attribute"));
    };
    t.log_destroy_pending.set(number::truthy(vm, &val)?);
    Ok(())
}

fn must_cancel_get(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(
        getset_task(vm, v, "_must_cancel")?.must_cancel.get(),
    ))
}

fn coro_get(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(get(&getset_task(vm, v, "_coro")?.coro))
}

fn fut_waiter_get(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(get(&getset_task(vm, v, "_fut_waiter")?.fut_waiter))
}
