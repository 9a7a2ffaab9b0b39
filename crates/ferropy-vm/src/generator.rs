//! Generators and coroutines (CPython `Objects/genobject.c`).
//!
//! A generator owns its suspended frame. Resuming it runs that frame as the base of a
//! fresh `eval::execute` until the frame yields (the frame goes back into the generator)
//! or returns (the generator is finished). `yield from` and `await` delegate through the
//! `SEND` opcode; `throw()` and `close()` follow the delegate first, as CPython's
//! `gen_throw` does.

use crate::error::{exc_data, PyErr, PyResult};
use crate::eval::{self, Exit};
use crate::frame::{code_data, Frame};
use crate::heap::ObjRef;
use crate::object::{Args, Payload};
use crate::types::{add_getset, add_method};
use crate::value::Value;
use crate::Vm;
use ferropy_bytecode::{CodeFlags, Opcode};
use std::cell::{Cell, RefCell};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Closed,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

pub struct GenData {
    pub frame: RefCell<Option<Box<Frame>>>,
    pub state: Cell<GenState>,
    pub kind: GenKind,
    pub name: RefCell<Value>,
    pub qualname_v: RefCell<Value>,
    pub code: ObjRef,
    /// The exception being handled inside the generator while it is suspended.
    pub saved_exc: RefCell<Value>,
    /// Async generators: an `asend`/`athrow` awaitable is in progress (`ag_running`).
    pub running_async: Cell<bool>,
    /// Async generators: `aclose()` started or the iteration ended.
    pub ag_closed: Cell<bool>,
    /// Async generators: the hooks of `sys.set_asyncgen_hooks` were consulted.
    pub ag_hooks_inited: Cell<bool>,
    /// Async generators: the finalizer hook in force at first iteration (an event loop's),
    /// called instead of closing when the generator is freed unfinished.
    pub ag_finalizer: RefCell<Value>,
}

impl GenData {
    pub fn qualname(&self) -> String {
        crate::vm::as_str(&self.qualname_v.borrow())
            .unwrap_or("?")
            .to_string()
    }
}

/// Enter the generator's own exc_info entry (CPython links `gi_exc_state` in front of the
/// caller's): the caller's entry is parked on `vm.exc_chain`, where `sys.exc_info()` and
/// bare `raise` still find it while the generator handles nothing itself.
fn enter_exc_state(vm: &Vm, g: &GenData) {
    let inner = g.saved_exc.replace(Value::None);
    let outer = std::mem::replace(&mut *vm.handled_exc.borrow_mut(), inner);
    vm.exc_chain.borrow_mut().push(outer);
}

/// Leave the generator's entry, saving what it is handling for its next resumption.
fn leave_exc_state(vm: &Vm, g: &GenData) {
    let outer = vm.exc_chain.borrow_mut().pop().unwrap_or(Value::None);
    let cur = std::mem::replace(&mut *vm.handled_exc.borrow_mut(), outer);
    *g.saved_exc.borrow_mut() = cur;
}

/// What one resumption produced.
pub enum GenResult {
    Yield(Value),
    Return(Value),
}

pub fn new_generator(vm: &Vm, func: &ObjRef, frame: Box<Frame>) -> Value {
    let f = crate::frame::function_data(func);
    let flags = code_data(&frame.code).code.flags;
    let (kind, ty) = if flags.has(CodeFlags::COROUTINE) {
        (GenKind::Coroutine, vm.t.coroutine.clone())
    } else if flags.has(CodeFlags::ASYNC_GENERATOR) {
        (GenKind::AsyncGenerator, vm.t.async_generator.clone())
    } else {
        (GenKind::Generator, vm.t.generator.clone())
    };
    let code = frame.code.clone();
    Value::Obj(ObjRef::new(
        Some(ty),
        Payload::Generator(Box::new(GenData {
            frame: RefCell::new(Some(frame)),
            state: Cell::new(GenState::Created),
            kind,
            name: RefCell::new(f.name.borrow().clone()),
            qualname_v: RefCell::new(f.qualname.borrow().clone()),
            code,
            saved_exc: RefCell::new(Value::None),
            running_async: Cell::new(false),
            ag_closed: Cell::new(false),
            ag_hooks_inited: Cell::new(false),
            ag_finalizer: RefCell::new(Value::None),
        })),
    ))
}

/// A generator proper (not a coroutine or async generator): an iterator.
#[inline]
pub fn is_plain_generator(o: &ObjRef) -> bool {
    matches!(o.payload(), Payload::Generator(g) if g.kind == GenKind::Generator)
}

pub fn gen_data(o: &ObjRef) -> Option<&GenData> {
    match o.payload() {
        Payload::Generator(g) => Some(g),
        _ => None,
    }
}

fn kind_name(g: &GenData) -> &'static str {
    match g.kind {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async generator",
    }
}

/// Resume `gen` with a sent value, or by raising `throw` at its suspension point.
pub fn resume(vm: &Vm, gen: &ObjRef, send: Value, throw: Option<PyErr>) -> PyResult<GenResult> {
    let g = gen_data(gen).expect("generator");
    match g.state.get() {
        GenState::Running => {
            return Err(vm.value_error(format!("{} already executing", kind_name(g))))
        }
        GenState::Closed => {
            if g.kind == GenKind::Coroutine {
                return Err(vm.runtime_error("cannot reuse already awaited coroutine"));
            }
            if let Some(e) = throw {
                return Err(e);
            }
            return Ok(GenResult::Return(Value::None));
        }
        GenState::Created => {
            if throw.is_none() && !send.is_none() {
                return Err(vm.type_error(format!(
                    "can't send non-None value to a just-started {}",
                    kind_name(g)
                )));
            }
        }
        GenState::Suspended => {}
    }
    let mut frame = g
        .frame
        .borrow_mut()
        .take()
        .expect("suspended generator has a frame");
    if g.state.get() == GenState::Suspended && throw.is_none() {
        frame.stack.push(send);
    }
    run(vm, g, frame, throw)
}

/// Run the generator's frame until it yields, returns or raises, with the generator's own
/// exc_info entry current; the outcome sets its state.
fn run(vm: &Vm, g: &GenData, frame: Box<Frame>, throw: Option<PyErr>) -> PyResult<GenResult> {
    g.state.set(GenState::Running);
    if let Err(e) = vm.enter_recursion("") {
        *g.frame.borrow_mut() = Some(frame);
        g.state.set(GenState::Suspended);
        return Err(e);
    }
    enter_exc_state(vm, g);
    vm.throwing.set(throw.is_some());
    let (frame, r) = eval::execute(vm, frame, throw);
    vm.throwing.set(false);
    vm.leave_recursion();
    leave_exc_state(vm, g);
    match r {
        Ok(Exit::Yield(v)) => {
            *g.frame.borrow_mut() = Some(frame);
            g.state.set(GenState::Suspended);
            Ok(GenResult::Yield(v))
        }
        Ok(Exit::Return(v)) => {
            g.state.set(GenState::Closed);
            *g.saved_exc.borrow_mut() = Value::None;
            crate::frame::recycle_frame(frame);
            Ok(GenResult::Return(v))
        }
        Err(e) => {
            g.state.set(GenState::Closed);
            *g.saved_exc.borrow_mut() = Value::None;
            crate::frame::recycle_frame(frame);
            Err(pep479(vm, g, e))
        }
    }
}

/// PEP 479: a StopIteration escaping a generator becomes RuntimeError.
fn pep479(vm: &Vm, g: &GenData, e: PyErr) -> PyErr {
    if vm.err_matches(&e, &vm.exc.stop_iteration)
        || (g.kind == GenKind::AsyncGenerator && vm.err_matches(&e, &vm.exc.stop_async_iteration))
    {
        let msg = match g.kind {
            GenKind::Generator => "generator raised StopIteration",
            GenKind::Coroutine => "coroutine raised StopIteration",
            GenKind::AsyncGenerator if vm.err_matches(&e, &vm.exc.stop_async_iteration) => {
                "async generator raised StopAsyncIteration"
            }
            GenKind::AsyncGenerator => "async generator raised StopIteration",
        };
        let new = vm.runtime_error(msg);
        {
            let mut d = exc_data(&new.exc).borrow_mut();
            d.cause = Value::Obj(e.exc.clone());
            d.context = Value::Obj(e.exc.clone());
            d.suppress_context = true;
        }
        return new;
    }
    e
}

// Inline resumption (CPython 3.12's FOR_ITER_GEN): the eval loop runs a plain
// generator's frame as if it were a callee, instead of recursing through `next` and a
// nested `execute`. These three functions are `run`'s entry and exits, split.

/// `FOR_ITER` (`coroutines` false) or `SEND` over `gen`: if it is a generator (or, for
/// `SEND`, a coroutine) that can be resumed with `send`, mark it running and hand over
/// its frame for the eval loop to run. None otherwise (nothing has changed then, and the
/// general path runs it, raising what it must).
pub(crate) fn start_inline(
    vm: &Vm,
    gen: &ObjRef,
    send: &Value,
    coroutines: bool,
) -> Option<Box<Frame>> {
    let g = gen_data(gen)?;
    let state = g.state.get();
    let kind_ok = g.kind == GenKind::Generator || (coroutines && g.kind == GenKind::Coroutine);
    let state_ok = match state {
        GenState::Created => send.is_none(),
        GenState::Suspended => true,
        _ => false,
    };
    if !kind_ok || !state_ok {
        return None;
    }
    vm.enter_recursion("").ok()?;
    let Some(mut frame) = g.frame.borrow_mut().take() else {
        vm.leave_recursion();
        return None;
    };
    if state == GenState::Suspended {
        frame.stack.push(send.clone());
    }
    g.state.set(GenState::Running);
    enter_exc_state(vm, g);
    Some(frame)
}

/// The inline-run frame of `gen` yielded: suspend the generator with it.
pub(crate) fn inline_yielded(vm: &Vm, gen: &ObjRef, frame: Box<Frame>) {
    let g = gen_data(gen).expect("generator");
    vm.leave_recursion();
    leave_exc_state(vm, g);
    *g.frame.borrow_mut() = Some(frame);
    g.state.set(GenState::Suspended);
}

/// The inline-run frame of `gen` returned (`err` None) or raised `err`: close the
/// generator and give back the exception to raise in the consumer (PEP 479 applied).
pub(crate) fn inline_finished(
    vm: &Vm,
    gen: &ObjRef,
    frame: Box<Frame>,
    err: Option<PyErr>,
) -> Option<PyErr> {
    let g = gen_data(gen).expect("generator");
    vm.leave_recursion();
    leave_exc_state(vm, g);
    g.state.set(GenState::Closed);
    *g.saved_exc.borrow_mut() = Value::None;
    crate::frame::recycle_frame(frame);
    err.map(|e| pep479(vm, g, e))
}

/// `next(gen)` for the iteration protocol: `Ok(None)` when it returns.
pub fn next(vm: &Vm, gen: &ObjRef) -> PyResult<Option<Value>> {
    match resume(vm, gen, Value::None, None)? {
        GenResult::Yield(v) => Ok(Some(v)),
        GenResult::Return(_) => Ok(None),
    }
}

/// The delegate a suspended frame is waiting on in a `yield from`/`await` loop.
fn delegate_of(frame: &Frame) -> Option<Value> {
    let code = code_data(&frame.code);
    let prev = frame.pc.checked_sub(1)?;
    let ins = code.code.instructions.get(prev)?;
    if ins.op == Opcode::YieldValue && ins.arg == 1 {
        frame.stack.last().cloned()
    } else {
        None
    }
}

/// After a delegate finished with `value` during `throw`, continue the outer frame past
/// its SEND loop as if SEND had seen the return.
fn skip_send_loop(frame: &mut Frame, value: Value) {
    let code = code_data(&frame.code);
    // pc is at the RESUME after YIELD_VALUE; the JUMP_BACKWARD_NO_INTERRUPT after it leads
    // back to the SEND whose target is the loop exit.
    let mut i = frame.pc;
    while i < code.code.instructions.len()
        && code.code.instructions[i].op != Opcode::JumpBackwardNoInterrupt
    {
        i += 1;
    }
    let send_at = code.code.instructions[i].arg as usize;
    let exit = code.code.instructions[send_at].arg as usize;
    frame.stack.pop();
    frame.stack.push(value);
    frame.pc = exit;
}

/// `gen.throw(exc)`.
pub fn throw(vm: &Vm, gen: &ObjRef, exc: PyErr) -> PyResult<GenResult> {
    let g = gen_data(gen).expect("generator");
    if g.state.get() == GenState::Suspended {
        let delegate = g.frame.borrow().as_ref().and_then(|f| delegate_of(f));
        if let Some(d) = delegate {
            let is_gen_exit = vm.err_matches(&exc, &vm.exc.generator_exit);
            g.state.set(GenState::Running);
            let r: PyResult<Option<GenResult>> = if is_gen_exit {
                let r = close_value(vm, &d);
                r.map(|_| None)
            } else {
                match &d {
                    Value::Obj(dobj) if gen_data(dobj).is_some() => {
                        throw(vm, dobj, exc.clone()).map(Some)
                    }
                    _ => match crate::protocol::attr::get_attr_str(vm, &d, "throw") {
                        Ok(m) => match crate::protocol::call::call(
                            vm,
                            &m,
                            &[Value::Obj(exc.exc.clone())],
                        ) {
                            Ok(v) => Ok(Some(GenResult::Yield(v))),
                            Err(e) if vm.err_matches(&e, &vm.exc.stop_iteration) => {
                                Ok(Some(GenResult::Return(stop_value(vm, &e))))
                            }
                            Err(e) => Err(e),
                        },
                        Err(_) => Ok(None),
                    },
                }
            };
            g.state.set(GenState::Suspended);
            match r {
                Ok(Some(GenResult::Yield(v))) => return Ok(GenResult::Yield(v)),
                Ok(Some(GenResult::Return(v))) => {
                    if let Some(f) = g.frame.borrow_mut().as_mut() {
                        skip_send_loop(f, v);
                    }
                    return resume_without_value(vm, gen);
                }
                Ok(None) => {}
                Err(e) => {
                    // The delegate raised: that exception is raised in our frame instead.
                    if let Some(f) = g.frame.borrow_mut().as_mut() {
                        f.stack.pop();
                    }
                    return resume(vm, gen, Value::None, Some(e));
                }
            }
            if let Some(f) = g.frame.borrow_mut().as_mut() {
                f.stack.pop();
            }
        }
    }
    resume(vm, gen, Value::None, Some(exc))
}

/// Resume a generator whose frame was already advanced (no sent value is pushed).
fn resume_without_value(vm: &Vm, gen: &ObjRef) -> PyResult<GenResult> {
    let g = gen_data(gen).expect("generator");
    let frame = g.frame.borrow_mut().take().expect("frame");
    run(vm, g, frame, None)
}

/// The value carried by a StopIteration.
pub fn stop_value(vm: &Vm, e: &PyErr) -> Value {
    let _ = vm;
    let args = exc_data(&e.exc).borrow().args.clone();
    match args.as_obj().map(|a| a.payload()) {
        Some(Payload::Tuple(t)) if !t.is_empty() => t[0].clone(),
        _ => Value::None,
    }
}

/// `gen.close()`.
pub fn close(vm: &Vm, gen: &ObjRef) -> PyResult<Value> {
    let g = gen_data(gen).expect("generator");
    match g.state.get() {
        GenState::Closed => return Ok(Value::None),
        GenState::Created => {
            g.state.set(GenState::Closed);
            g.frame.borrow_mut().take();
            return Ok(Value::None);
        }
        _ => {}
    }
    let exit = vm.new_error_noargs(&vm.exc.generator_exit.clone());
    match throw(vm, gen, exit) {
        Ok(GenResult::Yield(_)) => {
            Err(vm.runtime_error(format!("{} ignored GeneratorExit", kind_name(g))))
        }
        Ok(GenResult::Return(v)) => Ok(v),
        Err(e)
            if vm.err_matches(&e, &vm.exc.generator_exit)
                || vm.err_matches(&e, &vm.exc.stop_iteration) =>
        {
            Ok(Value::None)
        }
        Err(e) => Err(e),
    }
}

fn close_value(vm: &Vm, d: &Value) -> PyResult<()> {
    match d {
        Value::Obj(o) if gen_data(o).is_some() => close(vm, o).map(|_| ()),
        _ => match crate::protocol::attr::get_attr_str(vm, d, "close") {
            Ok(m) => crate::protocol::call::call(vm, &m, &[]).map(|_| ()),
            Err(_) => Ok(()),
        },
    }
}

/// The `SEND` opcode: see its doc line in `opcode.rs`.
pub fn send_op(vm: &Vm, frame: &mut Frame, target: u32) -> PyResult<()> {
    let value = frame.stack.pop().expect("stack");
    let receiver = frame.stack.last().expect("stack").clone();
    let r = send_to(vm, &receiver, value);
    match r? {
        GenResult::Yield(v) => {
            frame.stack.push(v);
        }
        GenResult::Return(v) => {
            frame.stack.pop();
            frame.stack.push(v);
            frame.pc = target as usize;
        }
    }
    Ok(())
}

/// Send `value` into any iterator used by `yield from`/`await`: generators and async
/// generator awaitables directly, anything else through `__next__`/`send`.
pub fn send_to(vm: &Vm, receiver: &Value, value: Value) -> PyResult<GenResult> {
    if let Value::Obj(o) = receiver {
        if let Payload::Ext(e) = o.payload() {
            if let Some(r) = e.send(vm, &value) {
                return r;
            }
        }
    }
    match receiver {
        Value::Obj(o) if gen_data(o).is_some() => resume(vm, o, value, None),
        Value::Obj(o) if crate::asyncgen::is_op(o) => crate::asyncgen::op_send(vm, o, value),
        _ => {
            let builtin_iter =
                matches!(receiver, Value::Obj(o) if matches!(o.payload(), Payload::Iter(_)));
            let r = if value.is_none() && builtin_iter {
                crate::protocol::iter::next(vm, receiver).map(|o| match o {
                    Some(v) => GenResult::Yield(v),
                    None => GenResult::Return(Value::None),
                })
            } else if value.is_none() {
                // Call `__next__` itself so a `StopIteration(value)` keeps its value.
                crate::protocol::call::call_method(vm, receiver, "__next__", &[])
                    .map(GenResult::Yield)
            } else {
                crate::protocol::call::call_method(vm, receiver, "send", &[value])
                    .map(GenResult::Yield)
            };
            match r {
                Err(e) if vm.err_matches(&e, &vm.exc.stop_iteration) => {
                    Ok(GenResult::Return(stop_value(vm, &e)))
                }
                other => other,
            }
        }
    }
}

/// `GET_AWAITABLE`: a coroutine itself, or the iterator from `__await__`.
pub fn get_awaitable(vm: &Vm, v: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        if let Some(g) = gen_data(o) {
            if g.kind == GenKind::Coroutine {
                // CPython's _PyCoro_GetAwaitableIter + the GET_AWAITABLE check.
                let busy = g.state.get() == GenState::Suspended
                    && g.frame
                        .borrow()
                        .as_ref()
                        .and_then(|f| delegate_of(f))
                        .is_some();
                if busy {
                    return Err(vm.runtime_error("coroutine is being awaited already"));
                }
            }
        }
    }
    if let Value::Obj(o) = v {
        if let Some(g) = gen_data(o) {
            if g.kind == GenKind::Coroutine
                || code_data(&g.code)
                    .code
                    .flags
                    .has(CodeFlags::ITERABLE_COROUTINE)
            {
                return Ok(v.clone());
            }
        }
    }
    let ty = vm.type_of(v);
    match crate::types::lookup_str(vm, &ty, "__await__") {
        Some(f) => {
            let it = crate::protocol::call::call_method_value(vm, &f, v, &[])?;
            if let Value::Obj(o) = &it {
                if gen_data(o).is_some_and(|g| g.kind == GenKind::Coroutine) {
                    return Err(vm.type_error("__await__() returned a coroutine"));
                }
                if is_plain_generator(o) || crate::asyncgen::is_op(o) {
                    return Ok(it);
                }
            }
            if crate::types::lookup_str(vm, &vm.type_of(&it), "__next__").is_none() {
                return Err(vm.type_error(format!(
                    "__await__() returned non-iterator of type '{}'",
                    vm.type_name(&it)
                )));
            }
            Ok(it)
        }
        None => Err(vm.type_error(format!(
            "object {} can't be used in 'await' expression",
            vm.type_name(v)
        ))),
    }
}

/// The async-iteration and async-with opcodes.
pub fn async_op(vm: &Vm, frame: &mut Frame, op: Opcode) -> PyResult<()> {
    match op {
        Opcode::GetAiter => {
            let v = frame.stack.pop().expect("stack");
            let ty = vm.type_of(&v);
            let f = crate::types::lookup_str(vm, &ty, "__aiter__").ok_or_else(|| {
                vm.type_error(format!(
                    "'async for' requires an object with __aiter__ method, got {}",
                    vm.type_name(&v)
                ))
            })?;
            let it = crate::protocol::call::call_method_value(vm, &f, &v, &[])?;
            if crate::types::lookup_str(vm, &vm.type_of(&it), "__anext__").is_none() {
                return Err(vm.type_error(format!(
                    "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                    vm.type_name(&it)
                )));
            }
            frame.stack.push(it);
            Ok(())
        }
        Opcode::GetAnext => {
            let it = frame.stack.last().expect("stack").clone();
            let ty = vm.type_of(&it);
            let f = crate::types::lookup_str(vm, &ty, "__anext__").ok_or_else(|| {
                vm.type_error(format!(
                    "'async for' requires an iterator with __anext__ method, got {}",
                    vm.type_name(&it)
                ))
            })?;
            let aw = crate::protocol::call::call_method_value(vm, &f, &it, &[])?;
            let aw = get_awaitable(vm, &aw).map_err(|e| {
                if vm.err_matches(&e, &vm.exc.type_error) {
                    vm.type_error(format!(
                        "'async for' received an invalid object from __anext__: {}",
                        vm.type_name(&aw)
                    ))
                } else {
                    e
                }
            })?;
            frame.stack.push(aw);
            Ok(())
        }
        Opcode::EndAsyncFor => {
            let exc = frame.stack.pop().expect("stack");
            frame.stack.pop();
            match exc {
                Value::Obj(o)
                    if vm.is_instance(&Value::Obj(o.clone()), &vm.exc.stop_async_iteration) =>
                {
                    Ok(())
                }
                Value::Obj(o) => Err(PyErr { exc: o }),
                _ => Ok(()),
            }
        }
        _ => {
            let mgr = frame.stack.pop().expect("stack");
            let ty = vm.type_of(&mgr);
            let enter = crate::types::lookup_str(vm, &ty, "__aenter__");
            let exit = crate::types::lookup_str(vm, &ty, "__aexit__");
            let (enter, exit) = match (enter, exit) {
                (Some(a), Some(b)) => (a, b),
                (None, _) => {
                    return Err(vm.type_error(format!(
                        "'{}' object does not support the asynchronous context manager protocol",
                        vm.type_name(&mgr)
                    )))
                }
                (Some(_), None) => {
                    return Err(vm.type_error(format!(
                        "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
                        vm.type_name(&mgr)
                    )))
                }
            };
            let bound_exit = crate::protocol::attr::descr_get(vm, exit, Some(&mgr), &ty)?;
            frame.stack.push(bound_exit);
            // GET_AWAITABLE 1 follows and checks the result.
            let r = crate::protocol::call::call_method_value(vm, &enter, &mgr, &[])?;
            frame.stack.push(r);
            Ok(())
        }
    }
}

fn this(vm: &Vm, v: &Value) -> PyResult<ObjRef> {
    match v {
        Value::Obj(o) if gen_data(o).is_some() => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a generator")),
    }
}

fn result_to_value(vm: &Vm, r: GenResult) -> PyResult<Value> {
    match r {
        GenResult::Yield(v) => Ok(v),
        GenResult::Return(v) => Err(vm.stop_iteration(v)),
    }
}

fn gen_send(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, &args.pos[0])?;
    let v = args.pos.get(1).cloned().unwrap_or(Value::None);
    let r = resume(vm, &g, v, None)?;
    result_to_value(vm, r)
}

fn gen_next(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, &args.pos[0])?;
    let r = resume(vm, &g, Value::None, None)?;
    result_to_value(vm, r)
}

fn gen_iter(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos[0].clone())
}

/// The exception `throw(typ[, val[, tb]])` raises: an instance, a class to instantiate, or
/// a class with a value (CPython's `_gen_throw` argument rules).
pub fn throw_args_to_err(vm: &Vm, args: &[Value]) -> PyResult<PyErr> {
    let typ = args
        .first()
        .cloned()
        .ok_or_else(|| vm.type_error("throw expected at least 1 argument, got 0"))?;
    if args.len() > 3 {
        return Err(vm.type_error(format!(
            "throw expected at most 3 arguments, got {}",
            args.len()
        )));
    }
    let val = args.get(1).cloned().filter(|v| !v.is_none());
    let tb = args.get(2).cloned().filter(|v| !v.is_none());
    if let Some(tb) = &tb {
        if !matches!(tb, Value::Obj(o) if matches!(o.payload(), Payload::Traceback(_))) {
            return Err(vm.type_error("throw() third argument must be a traceback object"));
        }
    }
    let is_exc_instance =
        |v: &Value| matches!(v, Value::Obj(o) if matches!(o.payload(), Payload::Exception(_)));
    let exc = if let Some(cls) = typ
        .as_obj()
        .filter(|t| matches!(t.payload(), Payload::Type(_)))
        .filter(|t| vm.is_subtype(t, &vm.exc.base_exception))
    {
        // PyErr_NormalizeException: an instance of the class is used as is, a tuple gives
        // the constructor's arguments, anything else is the single argument.
        match val {
            Some(v) if is_exc_instance(&v) && vm.is_instance(&v, cls) => v,
            Some(v) => match v.as_obj().map(|o| o.payload()) {
                Some(Payload::Tuple(t)) => crate::protocol::call::call(vm, &typ, t)?,
                _ => crate::protocol::call::call(vm, &typ, &[v])?,
            },
            None => crate::protocol::call::call(vm, &typ, &[])?,
        }
    } else if is_exc_instance(&typ) {
        if val.is_some() {
            return Err(vm.type_error("instance exception may not have a separate value"));
        }
        typ.clone()
    } else {
        return Err(vm.type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            vm.type_name(&typ)
        )));
    };
    if !is_exc_instance(&exc) {
        return Err(vm.type_error(format!(
            "calling {} should have returned an instance of BaseException, not {}",
            crate::protocol::repr::repr(vm, &typ)?,
            vm.type_name(&exc)
        )));
    }
    let err = crate::eval_raise(vm, &exc);
    if let Some(tb) = tb {
        crate::error::exc_data(&err.exc).borrow_mut().traceback = tb;
    }
    Ok(err)
}

/// `gen.throw(typ[, val[, tb]])` or `gen.throw(exc)`.
fn gen_throw(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, &args.pos[0])?;
    let exc = throw_args_to_err(vm, &args.pos[1..])?;
    let r = throw(vm, &g, exc)?;
    result_to_value(vm, r)
}

fn gen_close(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, &args.pos[0])?;
    close(vm, &g).map(|_| Value::None)
}

fn gen_get_running(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(
        gen_data(&this(vm, v)?).is_some_and(|g| g.state.get() == GenState::Running),
    ))
}

fn gen_get_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(gen_data(&this(vm, v)?).expect("gen").name.borrow().clone())
}

fn gen_set_name(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let g = this(vm, v)?;
    match new {
        Some(n) if crate::vm::as_str(&n).is_some() => {
            let old = gen_data(&g).expect("gen").name.replace(n);
            drop(old);
            Ok(())
        }
        _ => Err(vm.type_error("__name__ must be set to a string object")),
    }
}

fn gen_set_qualname(vm: &Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let g = this(vm, v)?;
    match new {
        Some(n) if crate::vm::as_str(&n).is_some() => {
            let old = gen_data(&g).expect("gen").qualname_v.replace(n);
            drop(old);
            Ok(())
        }
        _ => Err(vm.type_error("__qualname__ must be set to a string object")),
    }
}

fn gen_get_qualname(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(gen_data(&this(vm, v)?)
        .expect("gen")
        .qualname_v
        .borrow()
        .clone())
}

fn gen_get_code(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Obj(
        gen_data(&this(vm, v)?).expect("gen").code.clone(),
    ))
}

/// `gi_frame`: None once finished, else a snapshot of the suspended frame (code and line;
/// ferropy has no live frame objects, see docs/divergences.md).
fn gen_get_frame(vm: &Vm, v: &Value) -> PyResult<Value> {
    let g = this(vm, v)?;
    let gd = gen_data(&g).expect("gen");
    if gd.state.get() == GenState::Closed {
        return Ok(Value::None);
    }
    let cd = code_data(&gd.code);
    let line = match (gd.state.get(), gd.frame.borrow().as_ref()) {
        (GenState::Suspended, Some(f)) => cd.code.line_of(f.lasti),
        _ => cd.code.first_line,
    };
    Ok(crate::exceptions_impl::frame_snapshot(vm, &gd.code, line))
}

/// `gi_yieldfrom`/`cr_await`/`ag_await`: what a suspended `yield from`/`await` waits on.
fn gen_get_yieldfrom(vm: &Vm, v: &Value) -> PyResult<Value> {
    let g = this(vm, v)?;
    let gd = gen_data(&g).expect("gen");
    if gd.state.get() != GenState::Suspended {
        return Ok(Value::None);
    }
    let d = gd.frame.borrow().as_ref().and_then(|f| delegate_of(f));
    Ok(d.unwrap_or(Value::None))
}

fn gen_get_suspended(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::Bool(
        gen_data(&this(vm, v)?).is_some_and(|g| g.state.get() == GenState::Suspended),
    ))
}

pub fn init(vm: &Vm) {
    for ty in [vm.t.generator.clone(), vm.t.coroutine.clone()] {
        add_method(vm, &ty, "send", gen_send);
        add_method(vm, &ty, "throw", gen_throw);
        add_method(vm, &ty, "close", gen_close);
    }
    for ty in [
        vm.t.generator.clone(),
        vm.t.coroutine.clone(),
        vm.t.async_generator.clone(),
    ] {
        add_getset(vm, &ty, "__name__", gen_get_name, Some(gen_set_name));
        add_getset(
            vm,
            &ty,
            "__qualname__",
            gen_get_qualname,
            Some(gen_set_qualname),
        );
    }
    let ag = vm.t.async_generator.clone();
    add_getset(vm, &ag, "ag_code", gen_get_code, None);
    add_getset(vm, &ag, "ag_frame", gen_get_frame, None);
    add_getset(vm, &ag, "ag_await", gen_get_yieldfrom, None);
    let g = vm.t.generator.clone();
    add_method(vm, &g, "__next__", gen_next);
    add_method(vm, &g, "__iter__", gen_iter);
    add_getset(vm, &g, "gi_running", gen_get_running, None);
    add_getset(vm, &g, "gi_code", gen_get_code, None);
    add_getset(vm, &g, "gi_frame", gen_get_frame, None);
    add_getset(vm, &g, "gi_suspended", gen_get_suspended, None);
    add_getset(vm, &g, "gi_yieldfrom", gen_get_yieldfrom, None);
    let c = vm.t.coroutine.clone();
    add_getset(vm, &c, "cr_running", gen_get_running, None);
    add_getset(vm, &c, "cr_code", gen_get_code, None);
    add_getset(vm, &c, "cr_frame", gen_get_frame, None);
    add_getset(vm, &c, "cr_suspended", gen_get_suspended, None);
    add_getset(vm, &c, "cr_await", gen_get_yieldfrom, None);
}
