//! The `_asyncio` accelerator module's `Future` and `FutureIter`, ported from CPython
//! 3.11's `Modules/_asynciomodule.c`; `Task` lives in `asyncio_task`.
//!
//! CPython's asyncio is Python source with this C module underneath: `asyncio.Future`
//! and `asyncio.Task` *are* `_asyncio.Future` and `_asyncio.Task` (futures.py and tasks.py
//! import them over their pure-Python classes). Every await of a future and every step of
//! a task runs through these types, so with them in Python each step costs a dozen
//! Python calls; here it is a few native ones.
//!
//! What stays in Python, as in CPython: the reprs (`futures._future_repr`, CPython's
//! `base_futures._future_repr`), the task repr details and stack helpers, and the event
//! loop itself. The state lives in a [`Future`] in the object's `Ext` payload; a Python
//! subclass (`_GatheringFuture`) gets an instance `__dict__` beside it.
//!
//! Conventions (as in `deque`): no `RefCell` borrow is held while Python code runs or
//! while a value is dropped, so callbacks and finalizers may re-enter freely.

use crate::asyncio_task::{self, TaskFields};
use crate::module::{add_documented, ModuleBuilder};
use ferropy_vm::generator::GenResult;
use ferropy_vm::heap::ObjRef;
use ferropy_vm::object::{ext_ref, Args, ExtPayload, NativeFn, Payload};
use ferropy_vm::protocol::{attr, call, number, repr};
use ferropy_vm::types;
use ferropy_vm::{PyErr, PyResult, Value, Vm};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A future's state (CPython's `fut_state`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum State {
    Pending,
    Cancelled,
    Finished,
}

/// The state of a `_asyncio.Future` (CPython's `FutureObj` fields). Values are `Null`
/// where CPython's pointers are NULL; `loop_` is `Null` until `__init__` ran.
pub struct Future {
    pub(crate) loop_: RefCell<Value>,
    pub(crate) callbacks: RefCell<Vec<(Value, Value)>>,
    pub(crate) result: RefCell<Value>,
    pub(crate) exception: RefCell<Value>,
    pub(crate) exception_tb: RefCell<Value>,
    pub(crate) cancel_message: RefCell<Value>,
    pub(crate) cancelled_exc: RefCell<Value>,
    pub(crate) state: Cell<State>,
    /// `_asyncio_future_blocking`: set by `__await__` so a task can tell `await fut`
    /// from a bare `yield fut`.
    pub(crate) blocking: Cell<bool>,
    /// `_log_traceback`: an exception was set and nobody has looked at it yet.
    pub(crate) log_tb: Cell<bool>,
    /// The `Task` part, for task objects (CPython's `TaskObj` extends `FutureObj`).
    pub(crate) task: Option<Box<TaskFields>>,
}

impl ExtPayload for Future {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for cell in self.value_cells() {
            if let Ok(v) = cell.try_borrow() {
                visit(&v);
            }
        }
        if let Ok(cbs) = self.callbacks.try_borrow() {
            for (f, ctx) in cbs.iter() {
                visit(f);
                visit(ctx);
            }
        }
    }

    fn clear(&self) {
        let mut old: Vec<Value> = Vec::new();
        for cell in self.value_cells() {
            if let Ok(mut v) = cell.try_borrow_mut() {
                old.push(std::mem::take(&mut *v));
            }
        }
        let cbs = self
            .callbacks
            .try_borrow_mut()
            .map(|mut v| std::mem::take(&mut *v));
        drop(old);
        drop(cbs);
    }
}

impl Future {
    pub(crate) fn new(task: Option<Box<TaskFields>>) -> Future {
        Future {
            loop_: RefCell::new(Value::Null),
            callbacks: RefCell::new(Vec::new()),
            result: RefCell::new(Value::Null),
            exception: RefCell::new(Value::Null),
            exception_tb: RefCell::new(Value::Null),
            cancel_message: RefCell::new(Value::Null),
            cancelled_exc: RefCell::new(Value::Null),
            state: Cell::new(State::Pending),
            blocking: Cell::new(false),
            log_tb: Cell::new(false),
            task,
        }
    }

    /// Every `Value` field, the task's included (for the collector; no allocation, as
    /// `traverse` runs for every future in every collection).
    fn value_cells(&self) -> impl Iterator<Item = &RefCell<Value>> {
        [
            &self.loop_,
            &self.result,
            &self.exception,
            &self.exception_tb,
            &self.cancel_message,
            &self.cancelled_exc,
        ]
        .into_iter()
        .chain(self.task.iter().flat_map(|t| t.value_cells()))
    }

    pub(crate) fn is_alive(&self) -> bool {
        !matches!(*self.loop_.borrow(), Value::Null)
    }

    pub(crate) fn loop_value(&self) -> Value {
        get(&self.loop_)
    }
}

/// A cell's value, `Null` read as `None`.
pub(crate) fn get(cell: &RefCell<Value>) -> Value {
    match &*cell.borrow() {
        Value::Null => Value::None,
        v => v.clone(),
    }
}

/// Store into a cell; the old value is released after the borrow ends.
pub(crate) fn put(cell: &RefCell<Value>, v: Value) {
    drop(cell.replace(v));
}

// ----- module state ---------------------------------------------------------------------------

/// One interpreter's `_asyncio` state (CPython's `asyncio_state`).
pub(crate) struct ModState {
    pub(crate) future: ObjRef,
    pub(crate) task: ObjRef,
    pub(crate) future_iter: ObjRef,
    /// `{task: None}` for every task not yet done, in creation order (tasks.py's
    /// `_all_tasks`; a WeakSet in CPython).
    pub(crate) all_tasks: ObjRef,
    /// `{loop: task}`: the task each running loop is stepping (`_current_tasks`).
    pub(crate) current_tasks: ObjRef,
    pub(crate) task_name_counter: Cell<u64>,
    pub(crate) context_kw: Value,
    pub(crate) msg_kw: Value,
    helpers: RefCell<Option<Rc<Helpers>>>,
}

/// The Python-source pieces the native types call, looked up on first use (CPython's
/// module state caches the same ones at module init).
pub(crate) struct Helpers {
    pub(crate) invalid_state_error: Value,
    pub(crate) cancelled_error: Value,
    pub(crate) get_event_loop: Value,
    pub(crate) future_repr: Value,
    pub(crate) task_repr: Value,
    pub(crate) task_get_stack: Value,
    pub(crate) task_print_stack: Value,
    pub(crate) iscoroutine: Value,
    pub(crate) get_loop: Value,
    pub(crate) note_unretrieved: Value,
    pub(crate) forget_unretrieved: Value,
}

pub(crate) fn mod_state(vm: &Vm) -> Rc<ModState> {
    vm.ext_state("_asyncio", || ModState::new(vm))
}

pub(crate) fn helpers(vm: &Vm) -> PyResult<Rc<Helpers>> {
    let st = mod_state(vm);
    if let Some(h) = st.helpers.borrow().clone() {
        return Ok(h);
    }
    let from = |module: &str, name: &str| -> PyResult<Value> {
        let m = ferropy_vm::import::import_module(vm, module)?;
        attr::get_attr_str(vm, &m, name)
    };
    let h = Rc::new(Helpers {
        invalid_state_error: from("asyncio.exceptions", "InvalidStateError")?,
        cancelled_error: from("asyncio.exceptions", "CancelledError")?,
        get_event_loop: from("asyncio.events", "_get_event_loop")?,
        future_repr: from("asyncio.futures", "_future_repr")?,
        task_repr: from("asyncio.tasks", "_task_repr")?,
        task_get_stack: from("asyncio.tasks", "_task_get_stack")?,
        task_print_stack: from("asyncio.tasks", "_task_print_stack")?,
        iscoroutine: from("asyncio.coroutines", "iscoroutine")?,
        get_loop: from("asyncio.futures", "_get_loop")?,
        note_unretrieved: from("asyncio.futures", "_note_unretrieved")?,
        forget_unretrieved: from("asyncio.futures", "_forget_unretrieved")?,
    });
    *st.helpers.borrow_mut() = Some(h.clone());
    Ok(h)
}

const FUTURE_DOC: &str = "This class is *almost* compatible with concurrent.futures.Future.\n\n    Differences:\n\n    - result() and exception() do not take a timeout argument and\n      raise an exception when the future isn't done yet.\n\n    - Callbacks registered with add_done_callback() are always called\n      via the event loop's call_soon_threadsafe().\n\n    - This class is not compatible with the wait() and as_completed()\n      methods in the concurrent.futures package.";

impl ModState {
    fn new(vm: &Vm) -> ModState {
        let future = types::native_type(vm, "_asyncio", "Future", FUTURE_DOC, false);
        types::add_new(vm, &future, future_new);
        let methods: &[(&'static str, NativeFn, &'static str)] = &[
            ("__init__", future_init, "Initialize self.  See help(type(self)) for accurate signature."),
            ("__repr__", future_repr, "Return repr(self)."),
            ("__await__", future_await, "Return an iterator to be used in await expression."),
            ("__iter__", future_await, "Implement iter(self)."),
            ("get_loop", get_loop, "Return the event loop the Future is bound to."),
            ("_make_cancelled_error", make_cancelled_error_m, "Create the CancelledError to raise if the Future is cancelled.\n\nThis should only be called once when handling a cancellation since\nit erases the context exception value."),
            ("cancel", future_cancel_m, "Cancel the future and schedule callbacks.\n\nIf the future is already done or cancelled, return False.  Otherwise,\nchange the future's state to cancelled, schedule the callbacks and\nreturn True."),
            ("cancelled", cancelled, "Return True if the future was cancelled."),
            ("done", done, "Return True if the future is done.\n\nDone means either that a result / exception are available, or that the\nfuture was cancelled."),
            ("result", result_m, "Return the result this future represents.\n\nIf the future has been cancelled, raises CancelledError.  If the\nfuture's result isn't yet available, raises InvalidStateError.  If\nthe future is done and has an exception set, this exception is raised."),
            ("exception", exception_m, "Return the exception that was set on this future.\n\nThe exception (or None if no exception was set) is returned only if\nthe future is done.  If the future has been cancelled, raises\nCancelledError.  If the future isn't done yet, raises\nInvalidStateError."),
            ("add_done_callback", add_done_callback_m, "Add a callback to be run when the future becomes done.\n\nThe callback is called with a single argument - the future object. If\nthe future is already done when this is called, the callback is\nscheduled with call_soon."),
            ("remove_done_callback", remove_done_callback, "Remove all instances of a callback from the \"call when done\" list.\n\nReturns the number of callbacks removed."),
            ("set_result", set_result_m, "Mark the future done and set its result.\n\nIf the future is already done when this method is called, raises\nInvalidStateError."),
            ("set_exception", set_exception_m, "Mark the future done and set an exception.\n\nIf the future is already done when this method is called, raises\nInvalidStateError."),
        ];
        for (name, f, doc) in methods {
            add_documented(vm, &future, "Future", name, *f, doc, false);
        }
        add_documented(
            vm,
            &future,
            "Future",
            "__class_getitem__",
            crate::module::class_getitem,
            "See PEP 585",
            true,
        );
        let getsets: &[(
            &'static str,
            ferropy_vm::object::GetterFn,
            Option<ferropy_vm::object::SetterFn>,
        )] = &[
            ("_state", state_get, None),
            ("_result", result_get, None),
            ("_exception", exception_get, None),
            ("_loop", loop_get, None),
            ("_callbacks", callbacks_get, None),
            ("_asyncio_future_blocking", blocking_get, Some(blocking_set)),
            ("_log_traceback", log_tb_get, Some(log_tb_set)),
            ("_source_traceback", source_tb_get, None),
            (
                "_cancel_message",
                cancel_message_get,
                Some(cancel_message_set),
            ),
        ];
        for (name, g, s) in getsets {
            types::add_getset(vm, &future, name, *g, *s);
        }

        let task = asyncio_task::make_type(vm, &future);

        let future_iter = types::native_type(vm, "_asyncio", "FutureIter", "", false);
        types::type_set(vm, &future_iter, "__doc__", Value::None);
        let iter_methods: &[(&'static str, NativeFn, &'static str)] = &[
            ("__iter__", iter_self, "Implement iter(self)."),
            ("__next__", iter_next, "Implement next(self)."),
            ("send", iter_send, ""),
            ("throw", iter_throw, ""),
            ("close", iter_close, ""),
        ];
        for (name, f, doc) in iter_methods {
            add_documented(vm, &future_iter, "FutureIter", name, *f, doc, false);
        }
        ModState {
            future,
            task,
            future_iter,
            all_tasks: vm.new_dict(),
            current_tasks: vm.new_dict(),
            task_name_counter: Cell::new(0),
            context_kw: Value::Obj(vm.intern("context")),
            msg_kw: Value::Obj(vm.intern("msg")),
            helpers: RefCell::new(None),
        }
    }
}

/// The `_asyncio` module.
pub fn init(vm: &Vm) -> PyResult<ObjRef> {
    let st = mod_state(vm);
    let m = ModuleBuilder::new(vm, "_asyncio");
    m.value("Future", Value::Obj(st.future.clone()));
    m.value("Task", Value::Obj(st.task.clone()));
    m.value("FutureIter", Value::Obj(st.future_iter.clone()));
    m.value("_all_tasks", Value::Obj(st.all_tasks.clone()));
    m.value("_current_tasks", Value::Obj(st.current_tasks.clone()));
    Ok(m.module.clone())
}

// ----- argument helpers -----------------------------------------------------------------------

/// The future state of any `_asyncio.Future` (or subclass, or task) object.
pub(crate) fn fut_of(v: &Value) -> Option<&Future> {
    v.as_obj().and_then(ext_ref::<Future>)
}

/// `self` of a Future method, with CPython's descriptor errors.
pub(crate) fn this<'a>(
    vm: &Vm,
    args: &Args<'a>,
    method: &str,
    owner: &str,
) -> PyResult<&'a Future> {
    let Some(v) = args.pos.first() else {
        return Err(vm.type_error(format!(
            "unbound method {owner}.{method}() needs an argument"
        )));
    };
    let ok = fut_of(v).filter(|f| owner != "Task" || f.task.is_some());
    ok.ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{method}' for '_asyncio.{owner}' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))
    })
}

/// Keyword-only / positional parsing for these methods: `names` in order, the first
/// `npos` of which may be passed positionally. Returns one slot per name.
pub(crate) fn parse(
    vm: &Vm,
    args: &Args,
    fname: &str,
    names: &[&str],
    npos: usize,
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let pos = &args.pos[1..];
    if pos.len() > npos {
        // Argument Clinic's wording: a required positional is "exactly", optional ones
        // "at most".
        return Err(vm.type_error(match (npos, required) {
            (0, _) => format!("{fname}() takes no positional arguments"),
            (1, 1) => format!(
                "{fname}() takes exactly 1 positional argument ({} given)",
                pos.len()
            ),
            _ => format!(
                "{fname}() takes at most {npos} argument{} ({} given)",
                if npos == 1 { "" } else { "s" },
                pos.len()
            ),
        }));
    }
    let posonly = names[..required].iter().filter(|n| n.is_empty()).count();
    if pos.len() < posonly {
        // Argument Clinic checks the positional count before any keyword.
        return Err(vm.type_error(format!(
            "{fname}() takes exactly {posonly} positional argument{} ({} given)",
            if posonly == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in args.kwnames.iter().zip(args.kwvalues) {
        let k = ferropy_vm::vm::as_str(k).unwrap_or("");
        match names.iter().position(|n| !n.is_empty() && *n == k) {
            Some(i) if out[i].is_none() => out[i] = Some(v.clone()),
            Some(i) => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            None => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    if let Some(i) = (0..required).find(|i| out[*i].is_none()) {
        return Err(vm.type_error(format!(
            "{fname}() missing required argument '{}' (pos {})",
            names[i],
            i + 1
        )));
    }
    Ok(out)
}

/// A METH_NOARGS method's check; `fname` is qualified (`Future.done`), as CPython words it.
pub(crate) fn no_args(vm: &Vm, args: &Args, fname: &str) -> PyResult<()> {
    let n = args.pos.len() - 1 + args.kwnames.len();
    if n != 0 {
        if args.has_kwargs() {
            return Err(vm.type_error(format!("{fname}() takes no keyword arguments")));
        }
        return Err(vm.type_error(format!("{fname}() takes no arguments ({n} given)")));
    }
    Ok(())
}

/// A METH_O method's one argument; `fname` is qualified (`Future.set_result`).
pub(crate) fn one_arg<'a>(vm: &Vm, args: &Args<'a>, fname: &str) -> PyResult<&'a Value> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{fname}() takes no keyword arguments")));
    }
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "{fname}() takes exactly one argument ({} given)",
            args.pos.len() - 1
        )));
    }
    Ok(&args.pos[1])
}

pub(crate) fn not_initialized(vm: &Vm) -> PyErr {
    vm.runtime_error("Future object is not initialized.")
}

pub(crate) fn ensure_alive(vm: &Vm, f: &Future) -> PyResult<()> {
    if f.is_alive() {
        Ok(())
    } else {
        Err(not_initialized(vm))
    }
}

/// An instance of the Python exception class `cls` with message `msg`, raised.
pub(crate) fn py_error(vm: &Vm, cls: &Value, msg: String) -> PyErr {
    match call::call(vm, cls, &[vm.new_string(msg)]) {
        Ok(Value::Obj(exc)) if matches!(exc.payload(), Payload::Exception(_)) => PyErr { exc },
        Ok(_) => vm.type_error("exceptions must derive from BaseException"),
        Err(e) => e,
    }
}

pub(crate) fn invalid_state(vm: &Vm, msg: String) -> PyErr {
    match helpers(vm) {
        Ok(h) => py_error(vm, &h.invalid_state_error, msg),
        Err(e) => e,
    }
}

/// `loop.call_soon(callback, *args, context=ctx)`; without the keyword when `ctx` is
/// None (CPython's `call_soon` helper does the same), so loops without `context` work.
pub(crate) fn call_soon(vm: &Vm, loop_: &Value, args: &[Value], ctx: &Value) -> PyResult<()> {
    let m = attr::get_attr_str(vm, loop_, "call_soon")?;
    if ctx.is_none() || matches!(ctx, Value::Null) {
        call::call(vm, &m, args)?;
    } else {
        let kw = mod_state(vm).context_kw.clone();
        call::call_args(
            vm,
            &m,
            None,
            Args {
                pos: args,
                kwnames: std::slice::from_ref(&kw),
                kwvalues: std::slice::from_ref(ctx),
            },
        )?;
    }
    Ok(())
}

// ----- the future's operations (CPython's future_* functions) ------------------------------

/// Clear `_log_traceback`, telling futures.py to forget the unretrieved exception.
pub(crate) fn clear_log_tb(vm: &Vm, me: &Value, f: &Future) -> PyResult<()> {
    if f.log_tb.replace(false) {
        let h = helpers(vm)?;
        call::call(vm, &h.forget_unretrieved, std::slice::from_ref(me))?;
    }
    Ok(())
}

/// Ask the loop to call every callback (clearing the list first).
pub(crate) fn schedule_callbacks(vm: &Vm, me: &Value, f: &Future) -> PyResult<()> {
    let cbs = std::mem::take(&mut *f.callbacks.borrow_mut());
    if cbs.is_empty() {
        return Ok(());
    }
    let loop_ = f.loop_value();
    for (cb, ctx) in cbs {
        call_soon(vm, &loop_, &[cb, me.clone()], &ctx)?;
    }
    Ok(())
}

pub(crate) fn set_result(vm: &Vm, me: &Value, f: &Future, v: Value) -> PyResult<()> {
    ensure_alive(vm, f)?;
    if f.state.get() != State::Pending {
        return Err(invalid_state(vm, "invalid state".into()));
    }
    put(&f.result, v);
    f.state.set(State::Finished);
    schedule_callbacks(vm, me, f)
}

pub(crate) fn set_exception(vm: &Vm, me: &Value, f: &Future, exc: Value) -> PyResult<()> {
    ensure_alive(vm, f)?;
    if f.state.get() != State::Pending {
        return Err(invalid_state(vm, "invalid state".into()));
    }
    let exc = if types::as_type(&exc).is_some_and(|c| vm.is_subtype(c, &vm.exc.base_exception)) {
        let e = call::call(vm, &exc, &[])?;
        if !vm.is_instance(&e, &vm.exc.base_exception) {
            return Err(
                vm.type_error("exception must be an instance of BaseException, not a class")
            );
        }
        e
    } else {
        exc
    };
    let Some(exc_obj) = exc
        .as_obj()
        .filter(|o| matches!(o.payload(), Payload::Exception(_)))
    else {
        return Err(vm.type_error("invalid exception object"));
    };
    if vm.type_of_obj(exc_obj).is(&vm.exc.stop_iteration) {
        return Err(vm.type_error(
            "StopIteration interacts badly with generators and cannot be raised into a Future",
        ));
    }
    let tb = ferropy_vm::error::exc_data(exc_obj)
        .borrow()
        .traceback
        .clone();
    put(&f.exception, exc.clone());
    put(&f.exception_tb, tb);
    f.state.set(State::Finished);
    schedule_callbacks(vm, me, f)?;
    f.log_tb.set(true);
    let h = helpers(vm)?;
    call::call(vm, &h.note_unretrieved, std::slice::from_ref(me))?;
    Ok(())
}

pub(crate) fn cancel(vm: &Vm, me: &Value, f: &Future, msg: Value) -> PyResult<bool> {
    clear_log_tb(vm, me, f)?;
    if f.state.get() != State::Pending {
        return Ok(false);
    }
    f.state.set(State::Cancelled);
    put(&f.cancel_message, msg);
    schedule_callbacks(vm, me, f)?;
    Ok(true)
}

/// The CancelledError to raise for a cancelled future (`_make_cancelled_error`): the
/// saved one if the task kept it, else a new one with the cancel message.
pub(crate) fn make_cancelled_error(vm: &Vm, f: &Future) -> PyResult<PyErr> {
    let saved = f.cancelled_exc.replace(Value::Null);
    if let Value::Obj(exc) = saved {
        if matches!(exc.payload(), Payload::Exception(_)) {
            return Ok(PyErr { exc });
        }
    }
    let h = helpers(vm)?;
    let msg = get(&f.cancel_message);
    let r = if msg.is_none() {
        call::call(vm, &h.cancelled_error, &[])
    } else {
        call::call(vm, &h.cancelled_error, &[msg])
    }?;
    match r {
        Value::Obj(exc) if matches!(exc.payload(), Payload::Exception(_)) => Ok(PyErr { exc }),
        _ => Err(vm.type_error("exceptions must derive from BaseException")),
    }
}

/// `result()`: the value, or the exception raised (with its saved traceback).
pub(crate) fn result(vm: &Vm, me: &Value, f: &Future) -> PyResult<Value> {
    match f.state.get() {
        State::Cancelled => Err(make_cancelled_error(vm, f)?),
        State::Pending => Err(invalid_state(
            vm,
            if f.is_alive() {
                "Result is not set.".into()
            } else {
                "Future object is not initialized.".into()
            },
        )),
        State::Finished => {
            clear_log_tb(vm, me, f)?;
            match get(&f.exception) {
                Value::Obj(exc) if matches!(exc.payload(), Payload::Exception(_)) => {
                    let tb = get(&f.exception_tb);
                    ferropy_vm::error::exc_data(&exc).borrow_mut().traceback = tb;
                    Err(PyErr { exc })
                }
                _ => Ok(get(&f.result)),
            }
        }
    }
}

pub(crate) fn add_done_callback(
    vm: &Vm,
    me: &Value,
    f: &Future,
    cb: Value,
    ctx: Value,
) -> PyResult<()> {
    ensure_alive(vm, f)?;
    if f.state.get() != State::Pending {
        call_soon(vm, &f.loop_value(), &[cb, me.clone()], &ctx)
    } else {
        f.callbacks.borrow_mut().push((cb, ctx));
        Ok(())
    }
}

// ----- Future methods -------------------------------------------------------------------------

fn future_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = new_cls(vm, &args, "Future")?;
    Ok(Value::Obj(ObjRef::new(
        Some(cls),
        Payload::Ext(Box::new(Future::new(None))),
    )))
}

/// The class argument of a `__new__`, checked against `_asyncio.<name>`.
pub(crate) fn new_cls(vm: &Vm, args: &Args, name: &str) -> PyResult<ObjRef> {
    let Some(first) = args.pos.first() else {
        return Err(vm.type_error(format!("_asyncio.{name}.__new__(): not enough arguments")));
    };
    let Some(cls) = types::as_type(first) else {
        return Err(vm.type_error(format!(
            "_asyncio.{name}.__new__(X): X is not a type object ({})",
            vm.type_name(first)
        )));
    };
    let st = mod_state(vm);
    let base = if name == "Task" { &st.task } else { &st.future };
    if !vm.is_subtype(cls, base) {
        let n = types::type_name(cls);
        return Err(vm.type_error(format!(
            "_asyncio.{name}.__new__({n}): {n} is not a subtype of _asyncio.{name}"
        )));
    }
    Ok(cls.clone())
}

/// `Future.__init__(self, *, loop=None)` (CPython's `future_init`, shared with Task).
pub(crate) fn init_future(vm: &Vm, f: &Future, loop_: Value) -> PyResult<()> {
    let loop_ = if loop_.is_none() {
        let h = helpers(vm)?;
        call::call(vm, &h.get_event_loop, &[])?
    } else {
        loop_
    };
    // A second __init__ starts over (CPython's future_init clears the object first).
    let old_cbs = std::mem::take(&mut *f.callbacks.borrow_mut());
    drop(old_cbs);
    for cell in [
        &f.result,
        &f.exception,
        &f.exception_tb,
        &f.cancel_message,
        &f.cancelled_exc,
    ] {
        put(cell, Value::Null);
    }
    f.state.set(State::Pending);
    f.blocking.set(false);
    f.log_tb.set(false);
    put(&f.loop_, loop_);
    Ok(())
}

fn future_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "__init__", "Future")?;
    let a = parse(vm, &args, "Future", &["loop"], 0, 0)?;
    init_future(vm, f, a[0].clone().unwrap_or(Value::None))?;
    Ok(Value::None)
}

fn future_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    this(vm, &args, "__repr__", "Future")?;
    let h = helpers(vm)?;
    call::call(vm, &h.future_repr, &args.pos[..1])
}

fn future_await(vm: &Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "__await__", "Future")?;
    ensure_alive(vm, f)?;
    let st = mod_state(vm);
    Ok(Value::Obj(ObjRef::new(
        Some(st.future_iter.clone()),
        Payload::Ext(Box::new(FutureIter {
            future: RefCell::new(args.pos[0].clone()),
        })),
    )))
}

fn get_loop(vm: &Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "get_loop", "Future")?;
    no_args(vm, &args, "Future.get_loop")?;
    ensure_alive(vm, f)?;
    Ok(f.loop_value())
}

fn make_cancelled_error_m(vm: &Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "_make_cancelled_error", "Future")?;
    no_args(vm, &args, "Future._make_cancelled_error")?;
    Ok(Value::Obj(make_cancelled_error(vm, f)?.exc))
}

fn future_cancel_m(vm: &Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "cancel", "Future")?;
    let a = parse(vm, &args, "cancel", &["msg"], 1, 0)?;
    ensure_alive(vm, f)?;
    let msg = a[0].clone().unwrap_or(Value::None);
    Ok(Value::Bool(cancel(vm, &args.pos[0], f, msg)?))
}

fn cancelled(vm: &Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "cancelled", "Future")?;
    no_args(vm, &args, "Future.cancelled")?;
    Ok(Value::Bool(
        f.is_alive() && f.state.get() == State::Cancelled,
    ))
}

fn done(vm: &Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "done", "Future")?;
    no_args(vm, &args, "Future.done")?;
    Ok(Value::Bool(f.is_alive() && f.state.get() != State::Pending))
}

fn result_m(vm: &Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "result", "Future")?;
    no_args(vm, &args, "Future.result")?;
    result(vm, &args.pos[0], f)
}

fn exception_m(vm: &Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "exception", "Future")?;
    no_args(vm, &args, "Future.exception")?;
    if !f.is_alive() {
        return Err(invalid_state(
            vm,
            "Future object is not initialized.".into(),
        ));
    }
    match f.state.get() {
        State::Cancelled => Err(make_cancelled_error(vm, f)?),
        State::Pending => Err(invalid_state(vm, "Exception is not set.".into())),
        State::Finished => {
            clear_log_tb(vm, &args.pos[0], f)?;
            Ok(get(&f.exception))
        }
    }
}

fn add_done_callback_m(vm: &Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "add_done_callback", "Future")?;
    let a = parse(vm, &args, "add_done_callback", &["", "context"], 1, 1)?;
    let cb = a[0].clone().expect("required by parse");
    let ctx = a[1].clone().unwrap_or(Value::None);
    add_done_callback(vm, &args.pos[0], f, cb, ctx)?;
    Ok(Value::None)
}

fn remove_done_callback(vm: &Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "remove_done_callback", "Future")?;
    let target = one_arg(vm, &args, "Future.remove_done_callback")?;
    ensure_alive(vm, f)?;
    // Compare outside any borrow (`__eq__` may run Python code), then filter the list
    // as it is now, the way CPython rebuilds it.
    let snapshot: Vec<Value> = f
        .callbacks
        .borrow()
        .iter()
        .map(|(c, _)| c.clone())
        .collect();
    let mut removed = Vec::new();
    for cb in &snapshot {
        let same = match (cb, target) {
            (Value::Obj(a), Value::Obj(b)) if a.is(b) => true,
            _ => ferropy_vm::protocol::compare::eq(vm, cb, target)?,
        };
        removed.push(same);
    }
    let count = removed.iter().filter(|r| **r).count();
    if count > 0 {
        let old = std::mem::take(&mut *f.callbacks.borrow_mut());
        let mut keep = Vec::with_capacity(old.len());
        let mut dropped = Vec::new();
        for (i, entry) in old.into_iter().enumerate() {
            if removed.get(i).copied().unwrap_or(false) {
                dropped.push(entry);
            } else {
                keep.push(entry);
            }
        }
        *f.callbacks.borrow_mut() = keep;
        drop(dropped);
    }
    Ok(Value::Int(count as i64))
}

fn set_result_m(vm: &Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "set_result", "Future")?;
    let v = one_arg(vm, &args, "Future.set_result")?;
    set_result(vm, &args.pos[0], f, v.clone())?;
    Ok(Value::None)
}

fn set_exception_m(vm: &Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args, "set_exception", "Future")?;
    let v = one_arg(vm, &args, "Future.set_exception")?;
    set_exception(vm, &args.pos[0], f, v.clone())?;
    Ok(Value::None)
}

// ----- getters and setters --------------------------------------------------------------------

fn getset_this<'a>(vm: &Vm, v: &'a Value, name: &str) -> PyResult<&'a Future> {
    fut_of(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' for '_asyncio.Future' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))
    })
}

fn alive_this<'a>(vm: &Vm, v: &'a Value, name: &str) -> PyResult<&'a Future> {
    let f = getset_this(vm, v, name)?;
    ensure_alive(vm, f)?;
    Ok(f)
}

fn state_get(vm: &Vm, v: &Value) -> PyResult<Value> {
    let f = alive_this(vm, v, "_state")?;
    Ok(vm.new_str(match f.state.get() {
        State::Pending => "PENDING",
        State::Cancelled => "CANCELLED",
        State::Finished => "FINISHED",
    }))
}

fn result_get(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(get(&alive_this(vm, v, "_result")?.result))
}

fn exception_get(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(get(&alive_this(vm, v, "_exception")?.exception))
}

fn loop_get(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(get(&getset_this(vm, v, "_loop")?.loop_))
}

fn callbacks_get(vm: &Vm, v: &Value) -> PyResult<Value> {
    let f = alive_this(vm, v, "_callbacks")?;
    let items: Vec<(Value, Value)> = f.callbacks.borrow().clone();
    if items.is_empty() {
        return Ok(Value::None);
    }
    Ok(vm.new_list(
        items
            .into_iter()
            .map(|(cb, ctx)| vm.new_tuple(vec![cb, ctx]))
            .collect(),
    ))
}

fn blocking_get(vm: &Vm, v: &Value) -> PyResult<Value> {
    let f = getset_this(vm, v, "_asyncio_future_blocking")?;
    Ok(Value::Bool(f.is_alive() && f.blocking.get()))
}

fn blocking_set(vm: &Vm, v: &Value, val: Option<Value>) -> PyResult<()> {
    let f = alive_this(vm, v, "_asyncio_future_blocking")?;
    let Some(val) = val else {
        return Err(vm.attribute_error("cannot delete attribute"));
    };
    f.blocking.set(number::truthy(vm, &val)?);
    Ok(())
}

fn log_tb_get(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(
        alive_this(vm, v, "_log_traceback")?.log_tb.get(),
    ))
}

fn log_tb_set(vm: &Vm, v: &Value, val: Option<Value>) -> PyResult<()> {
    let f = alive_this(vm, v, "_log_traceback")?;
    let Some(val) = val else {
        return Err(vm.attribute_error("cannot delete attribute"));
    };
    if number::truthy(vm, &val)? {
        return Err(vm.value_error("_log_traceback can only be set to False"));
    }
    clear_log_tb(vm, v, f)
}

fn source_tb_get(vm: &Vm, v: &Value) -> PyResult<Value> {
    alive_this(vm, v, "_source_traceback")?;
    Ok(Value::None)
}

fn cancel_message_get(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(get(&alive_this(vm, v, "_cancel_message")?.cancel_message))
}

fn cancel_message_set(vm: &Vm, v: &Value, val: Option<Value>) -> PyResult<()> {
    let f = alive_this(vm, v, "_cancel_message")?;
    let Some(val) = val else {
        return Err(vm.attribute_error("cannot delete attribute"));
    };
    put(&f.cancel_message, val);
    Ok(())
}

// ----- FutureIter -----------------------------------------------------------------------------

/// What `Future.__await__` returns (CPython's `futureiterobject`): yields the future
/// once while it is pending (setting `_asyncio_future_blocking` so the task waits on it),
/// then returns its result.
pub struct FutureIter {
    future: RefCell<Value>,
}

impl ExtPayload for FutureIter {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(v) = self.future.try_borrow() {
            visit(&v);
        }
    }

    fn clear(&self) {
        let old = self
            .future
            .try_borrow_mut()
            .map(|mut v| std::mem::take(&mut *v));
        drop(old);
    }

    /// CPython's `FutureIter_am_send`: the `await` fast path, with no StopIteration.
    fn send(&self, vm: &Vm, _value: &Value) -> Option<PyResult<GenResult>> {
        Some(self.step(vm))
    }
}

impl FutureIter {
    fn step(&self, vm: &Vm) -> PyResult<GenResult> {
        let fut = self.future.borrow().clone();
        let Some(f) = fut_of(&fut) else {
            return Ok(GenResult::Return(Value::None));
        };
        if f.state.get() == State::Pending {
            if !f.blocking.get() {
                f.blocking.set(true);
                return Ok(GenResult::Yield(fut));
            }
            return Err(vm.runtime_error("await wasn't used with future"));
        }
        put(&self.future, Value::Null);
        result(vm, &fut, f).map(GenResult::Return)
    }
}

fn iter_this<'a>(vm: &Vm, args: &Args<'a>, method: &str) -> PyResult<&'a FutureIter> {
    args.pos
        .first()
        .and_then(|v| v.as_obj())
        .and_then(ext_ref::<FutureIter>)
        .ok_or_else(|| {
            vm.type_error(format!(
                "descriptor '{method}' for '_asyncio.FutureIter' objects doesn't apply to this object"
            ))
        })
}

fn iter_self(vm: &Vm, args: Args) -> PyResult<Value> {
    iter_this(vm, &args, "__iter__")?;
    Ok(args.pos[0].clone())
}

fn finish(vm: &Vm, r: GenResult) -> PyResult<Value> {
    match r {
        GenResult::Yield(v) => Ok(v),
        GenResult::Return(v) => Err(vm.stop_iteration(v)),
    }
}

fn iter_next(vm: &Vm, args: Args) -> PyResult<Value> {
    let it = iter_this(vm, &args, "__next__")?;
    finish(vm, it.step(vm)?)
}

fn iter_send(vm: &Vm, args: Args) -> PyResult<Value> {
    let it = iter_this(vm, &args, "send")?;
    one_arg(vm, &args, "FutureIter.send")?;
    finish(vm, it.step(vm)?)
}

/// `throw(type[, value[, tb]])`: the exception is raised out of the iterator, which is
/// then finished (CPython's `FutureIter_throw`).
fn iter_throw(vm: &Vm, args: Args) -> PyResult<Value> {
    let it = iter_this(vm, &args, "throw")?;
    if args.has_kwargs() {
        return Err(vm.type_error("throw() takes no keyword arguments"));
    }
    let rest = &args.pos[1..];
    crate::itertools::check_positional(vm, "throw", rest.len(), 1, 3)?;
    let err = ferropy_vm::generator::throw_args_to_err(vm, rest)?;
    put(&it.future, Value::Null);
    Err(err)
}

fn iter_close(vm: &Vm, args: Args) -> PyResult<Value> {
    let it = iter_this(vm, &args, "close")?;
    no_args(vm, &args, "FutureIter.close")?;
    put(&it.future, Value::Null);
    Ok(Value::None)
}

/// `repr()` of a value for messages, falling back to the type name.
pub(crate) fn repr_of(vm: &Vm, v: &Value) -> PyResult<String> {
    repr::repr(vm, v)
}

/// Whether `v`'s class is exactly `ty` (CPython's `Future_CheckExact` / `Task_CheckExact`).
pub(crate) fn exact(vm: &Vm, v: &Value, ty: &ObjRef) -> bool {
    vm.type_of(v).is(ty)
}
