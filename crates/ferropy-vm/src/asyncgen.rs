//! Async generators and their awaitables (CPython `Objects/genobject.c`, the
//! `async_gen_asend`/`async_gen_athrow` part; PEP 525).
//!
//! An async generator is a generator frame whose *own* `yield`s are wrapped by
//! `ASYNC_GEN_WRAP`, while values passed up by its `await`s are not. `__anext__()`,
//! `asend(v)`, `athrow(...)` and `aclose()` each return a one-shot awaitable ([`AgOp`])
//! that resumes the generator when awaited:
//! - a wrapped value ends the await with that value (raised as `StopIteration(value)`, the
//!   way any awaitable returns);
//! - an unwrapped value is what an inner `await` yields for the event loop: it is passed up
//!   unchanged, and the awaitable stays live;
//! - the generator returning ends the iteration with `StopAsyncIteration`.
//!
//! `anext(it, default)` uses the same object type with [`AgOpKind::ANextDefault`].

use crate::error::PyResult;
use crate::generator::{gen_data, resume, GenData, GenResult};
use crate::heap::ObjRef;
use crate::object::{Args, Payload};
use crate::types::add_method;
use crate::value::Value;
use crate::Vm;
use std::cell::{Cell, RefCell};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AwaitState {
    Init,
    Iter,
    Closed,
}

pub enum AgOpKind {
    /// `__anext__()` (value None) or `asend(value)`.
    ASend(RefCell<Value>),
    /// `athrow(typ, val, tb)`.
    AThrow(RefCell<Vec<Value>>),
    /// `aclose()`.
    AClose,
    /// `anext(aiter, default)`: await `inner`; StopAsyncIteration becomes `default`.
    ANextDefault(Value),
    /// `coroutine.__await__()`: an iterator over the coroutine (`coroutine_wrapper`).
    CoroWrapper,
}

/// The awaitable returned by `__anext__`/`asend`/`athrow`/`aclose`.
pub struct AgOp {
    /// The async generator, or for `ANextDefault` the inner awaitable's iterator.
    pub target: Value,
    pub kind: AgOpKind,
    pub state: Cell<AwaitState>,
}

fn op_data(o: &ObjRef) -> Option<&AgOp> {
    match o.payload() {
        Payload::AsyncGenOp(op) => Some(op),
        _ => None,
    }
}

pub fn is_op(o: &ObjRef) -> bool {
    op_data(o).is_some()
}

/// `ASYNC_GEN_WRAP`.
pub fn wrap(vm: &Vm, v: Value) -> Value {
    Value::Obj(ObjRef::new(
        Some(vm.t.async_generator_wrapped_value.clone()),
        Payload::AsyncGenWrapped(v),
    ))
}

fn unwrapped(v: &Value) -> Option<Value> {
    match v {
        Value::Obj(o) => match o.payload() {
            Payload::AsyncGenWrapped(x) => Some(x.clone()),
            _ => None,
        },
        _ => None,
    }
}

fn is_wrapped(v: &Value) -> bool {
    unwrapped(v).is_some()
}

/// CPython's `async_gen_unwrap_value`: turn one resumption of the generator into what the
/// awaitable produces.
fn unwrap_result(vm: &Vm, g: &GenData, r: PyResult<GenResult>) -> PyResult<GenResult> {
    match r {
        Ok(GenResult::Yield(v)) => match unwrapped(&v) {
            Some(x) => {
                g.running_async.set(false);
                Ok(GenResult::Return(x))
            }
            None => Ok(GenResult::Yield(v)),
        },
        Ok(GenResult::Return(_)) => {
            g.running_async.set(false);
            g.ag_closed.set(true);
            Err(vm.new_error_noargs(&vm.exc.stop_async_iteration.clone()))
        }
        Err(e) => {
            g.running_async.set(false);
            if vm.err_matches(&e, &vm.exc.stop_async_iteration)
                || vm.err_matches(&e, &vm.exc.generator_exit)
            {
                g.ag_closed.set(true);
            }
            Err(e)
        }
    }
}

fn gen_of(op: &AgOp) -> (&ObjRef, &GenData) {
    let o = op.target.as_obj().expect("async generator");
    (o, gen_data(o).expect("async generator"))
}

/// Resume the awaitable with `arg` (its `send`); `Return(v)` means the await finished.
pub fn op_send(vm: &Vm, o: &ObjRef, arg: Value) -> PyResult<GenResult> {
    let op = op_data(o).expect("async generator awaitable");
    match &op.kind {
        AgOpKind::CoroWrapper => resume(vm, op.target.as_obj().expect("coroutine"), arg, None),
        AgOpKind::ANextDefault(default) => {
            let r = crate::generator::send_to(vm, &op.target, arg);
            match r {
                Err(e) if vm.err_matches(&e, &vm.exc.stop_async_iteration) => {
                    Ok(GenResult::Return(default.clone()))
                }
                other => other,
            }
        }
        AgOpKind::ASend(sendval) => {
            if op.state.get() == AwaitState::Closed {
                return Err(vm.runtime_error("cannot reuse already awaited __anext__()/asend()"));
            }
            let (gen, g) = gen_of(op);
            let mut arg = arg;
            if op.state.get() == AwaitState::Init {
                if g.running_async.get() {
                    op.state.set(AwaitState::Closed);
                    return Err(
                        vm.runtime_error("anext(): asynchronous generator is already running")
                    );
                }
                if arg.is_none() {
                    arg = sendval.replace(Value::None);
                }
                op.state.set(AwaitState::Iter);
            }
            g.running_async.set(true);
            let r = unwrap_result(vm, g, resume(vm, gen, arg, None));
            if !matches!(r, Ok(GenResult::Yield(_))) {
                op.state.set(AwaitState::Closed);
            }
            r
        }
        AgOpKind::AThrow(_) | AgOpKind::AClose => athrow_send(vm, op, arg),
    }
}

/// `async_gen_athrow_send`.
fn athrow_send(vm: &Vm, op: &AgOp, arg: Value) -> PyResult<GenResult> {
    let closing = matches!(op.kind, AgOpKind::AClose);
    if op.state.get() == AwaitState::Closed {
        return Err(vm.runtime_error("cannot reuse already awaited aclose()/athrow()"));
    }
    let (gen, g) = gen_of(op);
    if g.state.get() == crate::generator::GenState::Closed {
        op.state.set(AwaitState::Closed);
        return Ok(GenResult::Return(Value::None));
    }
    let r = if op.state.get() == AwaitState::Init {
        if g.running_async.get() {
            op.state.set(AwaitState::Closed);
            return Err(vm.runtime_error(if closing {
                "aclose(): asynchronous generator is already running"
            } else {
                "athrow(): asynchronous generator is already running"
            }));
        }
        if g.ag_closed.get() {
            op.state.set(AwaitState::Closed);
            return Err(vm.new_error_noargs(&vm.exc.stop_async_iteration.clone()));
        }
        if !arg.is_none() {
            return Err(vm.runtime_error("can't send non-None value to a just-started coroutine"));
        }
        op.state.set(AwaitState::Iter);
        g.running_async.set(true);
        if closing {
            g.ag_closed.set(true);
            let exit = vm.new_error_noargs(&vm.exc.generator_exit.clone());
            crate::generator::throw(vm, gen, exit)
        } else {
            let args = match &op.kind {
                AgOpKind::AThrow(a) => a.borrow().clone(),
                _ => Vec::new(),
            };
            let exc = crate::generator::throw_args_to_err(vm, &args)?;
            let r = crate::generator::throw(vm, gen, exc);
            return finish_athrow(vm, op, g, unwrap_result(vm, g, r));
        }
    } else {
        let r = resume(vm, gen, arg, None);
        if !closing {
            return finish_athrow(vm, op, g, unwrap_result(vm, g, r));
        }
        r
    };
    // aclose() mode.
    finish_athrow(vm, op, g, r)
}

fn finish_athrow(vm: &Vm, op: &AgOp, g: &GenData, r: PyResult<GenResult>) -> PyResult<GenResult> {
    let closing = matches!(op.kind, AgOpKind::AClose);
    match r {
        Ok(GenResult::Yield(v)) if closing && is_wrapped(&v) => {
            g.running_async.set(false);
            op.state.set(AwaitState::Closed);
            Err(vm.runtime_error("async generator ignored GeneratorExit"))
        }
        Ok(GenResult::Yield(v)) => Ok(GenResult::Yield(v)),
        Ok(GenResult::Return(v)) => {
            // athrow(): a wrapped value yielded after the throw ends the await with it;
            // aclose(): the generator finished normally.
            g.running_async.set(false);
            op.state.set(AwaitState::Closed);
            Ok(GenResult::Return(if closing { Value::None } else { v }))
        }
        Err(e) => {
            g.running_async.set(false);
            op.state.set(AwaitState::Closed);
            if closing
                && (vm.err_matches(&e, &vm.exc.stop_async_iteration)
                    || vm.err_matches(&e, &vm.exc.generator_exit))
            {
                return Ok(GenResult::Return(Value::None));
            }
            Err(e)
        }
    }
}

/// `awaitable.throw(...)`.
fn op_throw(vm: &Vm, o: &ObjRef, args: &[Value]) -> PyResult<GenResult> {
    let op = op_data(o).expect("async generator awaitable");
    let exc = crate::generator::throw_args_to_err(vm, args)?;
    match &op.kind {
        AgOpKind::CoroWrapper => {
            crate::generator::throw(vm, op.target.as_obj().expect("coroutine"), exc)
        }
        AgOpKind::ANextDefault(default) => {
            let r = crate::protocol::call::call_method(vm, &op.target, "throw", args);
            match r {
                Ok(v) => Ok(GenResult::Yield(v)),
                Err(e) if vm.err_matches(&e, &vm.exc.stop_async_iteration) => {
                    Ok(GenResult::Return(default.clone()))
                }
                Err(e) if vm.err_matches(&e, &vm.exc.stop_iteration) => {
                    Ok(GenResult::Return(crate::generator::stop_value(vm, &e)))
                }
                Err(e) => Err(e),
            }
        }
        AgOpKind::ASend(_) => {
            if op.state.get() == AwaitState::Closed {
                return Err(vm.runtime_error("cannot reuse already awaited __anext__()/asend()"));
            }
            let (gen, g) = gen_of(op);
            let r = unwrap_result(vm, g, crate::generator::throw(vm, gen, exc));
            if !matches!(r, Ok(GenResult::Yield(_))) {
                op.state.set(AwaitState::Closed);
            }
            r
        }
        AgOpKind::AThrow(_) | AgOpKind::AClose => {
            if op.state.get() == AwaitState::Closed {
                return Err(vm.runtime_error("cannot reuse already awaited aclose()/athrow()"));
            }
            let (gen, g) = gen_of(op);
            let r = crate::generator::throw(vm, gen, exc);
            if matches!(op.kind, AgOpKind::AThrow(_)) {
                return unwrap_result(vm, g, r);
            }
            match r {
                Ok(GenResult::Yield(v)) if is_wrapped(&v) => {
                    g.running_async.set(false);
                    op.state.set(AwaitState::Closed);
                    Err(vm.runtime_error("async generator ignored GeneratorExit"))
                }
                Err(e)
                    if vm.err_matches(&e, &vm.exc.stop_async_iteration)
                        || vm.err_matches(&e, &vm.exc.generator_exit) =>
                {
                    Ok(GenResult::Return(Value::None))
                }
                other => other,
            }
        }
    }
}

fn new_op(vm: &Vm, target: Value, kind: AgOpKind) -> Value {
    let ty = match kind {
        AgOpKind::ASend(_) => vm.t.async_generator_asend.clone(),
        AgOpKind::ANextDefault(_) => vm.t.anext_awaitable.clone(),
        AgOpKind::CoroWrapper => vm.t.coroutine_wrapper.clone(),
        _ => vm.t.async_generator_athrow.clone(),
    };
    Value::Obj(ObjRef::new(
        Some(ty),
        Payload::AsyncGenOp(Box::new(AgOp {
            target,
            kind,
            state: Cell::new(AwaitState::Init),
        })),
    ))
}

/// `anext(aiter, default)`: the awaitable of `aiter.__anext__()` with a default.
pub fn anext_with_default(vm: &Vm, awaitable: Value, default: Value) -> PyResult<Value> {
    let it = crate::generator::get_awaitable(vm, &awaitable)?;
    Ok(new_op(vm, it, AgOpKind::ANextDefault(default)))
}

fn this_gen(vm: &Vm, v: &Value) -> PyResult<ObjRef> {
    match v {
        Value::Obj(o)
            if gen_data(o).is_some_and(|g| g.kind == crate::generator::GenKind::AsyncGenerator) =>
        {
            Ok(o.clone())
        }
        _ => Err(vm.type_error("descriptor requires an 'async_generator' object")),
    }
}

fn this_op(vm: &Vm, v: &Value) -> PyResult<ObjRef> {
    match v {
        Value::Obj(o) if is_op(o) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires an async generator awaitable")),
    }
}

/// CPython's `async_gen_init_hooks`: on first use, remember the finalizer hook and call
/// the firstiter hook (how an event loop learns about the generators it runs).
fn init_hooks(vm: &Vm, gen: &ObjRef) -> PyResult<()> {
    let g = gen_data(gen).expect("async generator");
    if g.ag_hooks_inited.replace(true) {
        return Ok(());
    }
    let (firstiter, finalizer) = vm.asyncgen_hooks.borrow().clone();
    if !finalizer.is_none() {
        *g.ag_finalizer.borrow_mut() = finalizer;
    }
    if !firstiter.is_none() {
        crate::protocol::call::call(vm, &firstiter, &[Value::Obj(gen.clone())])?;
    }
    Ok(())
}

fn ag_anext(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = this_gen(vm, &args.pos[0])?;
    init_hooks(vm, &g)?;
    Ok(new_op(
        vm,
        Value::Obj(g),
        AgOpKind::ASend(RefCell::new(Value::None)),
    ))
}

fn ag_asend(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = this_gen(vm, &args.pos[0])?;
    init_hooks(vm, &g)?;
    let v = args.pos.get(1).cloned().unwrap_or(Value::None);
    Ok(new_op(vm, Value::Obj(g), AgOpKind::ASend(RefCell::new(v))))
}

fn ag_athrow(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = this_gen(vm, &args.pos[0])?;
    if args.pos.len() < 2 {
        return Err(vm.type_error("athrow expected at least 1 argument, got 0"));
    }
    init_hooks(vm, &g)?;
    Ok(new_op(
        vm,
        Value::Obj(g),
        AgOpKind::AThrow(RefCell::new(args.pos[1..].to_vec())),
    ))
}

fn ag_aclose(vm: &Vm, args: Args) -> PyResult<Value> {
    let g = this_gen(vm, &args.pos[0])?;
    init_hooks(vm, &g)?;
    Ok(new_op(vm, Value::Obj(g), AgOpKind::AClose))
}

fn ag_aiter(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos[0].clone())
}

fn ag_get_running(vm: &Vm, v: &Value) -> PyResult<Value> {
    let g = this_gen(vm, v)?;
    Ok(Value::Bool(gen_data(&g).expect("gen").running_async.get()))
}

fn result_to_value(vm: &Vm, r: GenResult) -> PyResult<Value> {
    match r {
        GenResult::Yield(v) => Ok(v),
        GenResult::Return(v) => Err(vm.stop_iteration(v)),
    }
}

fn op_send_m(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this_op(vm, &args.pos[0])?;
    let v = args.pos.get(1).cloned().unwrap_or(Value::None);
    let r = op_send(vm, &o, v)?;
    result_to_value(vm, r)
}

fn op_next(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this_op(vm, &args.pos[0])?;
    let r = op_send(vm, &o, Value::None)?;
    result_to_value(vm, r)
}

fn op_throw_m(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this_op(vm, &args.pos[0])?;
    if args.pos.len() < 2 {
        return Err(vm.type_error("throw expected at least 1 argument, got 0"));
    }
    let r = op_throw(vm, &o, &args.pos[1..])?;
    result_to_value(vm, r)
}

fn op_close(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this_op(vm, &args.pos[0])?;
    let op = op_data(&o).expect("op");
    if let AgOpKind::CoroWrapper = op.kind {
        return crate::generator::close(vm, op.target.as_obj().expect("coroutine"));
    }
    op.state.set(AwaitState::Closed);
    if let AgOpKind::ANextDefault(_) = op.kind {
        let _ = crate::protocol::call::call_method(vm, &op.target, "close", &[]);
    }
    Ok(Value::None)
}

fn op_self(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos[0].clone())
}

/// `coroutine.__await__()`.
fn coro_await(vm: &Vm, args: Args) -> PyResult<Value> {
    match &args.pos[0] {
        Value::Obj(o)
            if gen_data(o).is_some_and(|g| g.kind == crate::generator::GenKind::Coroutine) =>
        {
            Ok(new_op(vm, args.pos[0].clone(), AgOpKind::CoroWrapper))
        }
        _ => Err(vm.type_error("descriptor '__await__' requires a 'coroutine' object")),
    }
}

pub fn init(vm: &Vm) {
    add_method(vm, &vm.t.coroutine.clone(), "__await__", coro_await);
    let ag = vm.t.async_generator.clone();
    add_method(vm, &ag, "__anext__", ag_anext);
    add_method(vm, &ag, "__aiter__", ag_aiter);
    add_method(vm, &ag, "asend", ag_asend);
    add_method(vm, &ag, "athrow", ag_athrow);
    add_method(vm, &ag, "aclose", ag_aclose);
    crate::types::add_getset(vm, &ag, "ag_running", ag_get_running, None);
    for ty in [
        vm.t.async_generator_asend.clone(),
        vm.t.async_generator_athrow.clone(),
        vm.t.anext_awaitable.clone(),
        vm.t.coroutine_wrapper.clone(),
    ] {
        add_method(vm, &ty, "send", op_send_m);
        add_method(vm, &ty, "__next__", op_next);
        add_method(vm, &ty, "throw", op_throw_m);
        add_method(vm, &ty, "close", op_close);
        add_method(vm, &ty, "__iter__", op_self);
        add_method(vm, &ty, "__await__", op_self);
    }
}
