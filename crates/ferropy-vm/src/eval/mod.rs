//! The eval loop (CPython `Python/ceval.c`).
//!
//! `execute` runs a *base* frame to completion (or to its first yield). Python→Python
//! calls do not recurse: the caller's frame is parked on a local stack and the callee
//! becomes the current frame, so recursion depth is limited by `sys.getrecursionlimit()`
//! and memory, never by the Rust stack. Native code that calls back into Python
//! (`sorted(key=…)`, `__eq__` in a dict lookup) re-enters through `call_function`, which
//! starts a fresh `execute` under the same recursion counter.
//!
//! `run_frame` interprets one frame until it must hand control elsewhere and returns a
//! `Step` saying why. Opcode families with more than a few lines live beside it:
//! `ops.rs` (building, unpacking, imports, functions), `exceptions.rs` (raise and the
//! exception table).

mod exceptions;
mod ops;

use crate::error::{PyErr, PyResult};
use crate::frame::{code_data, Frame};
use crate::heap::ObjRef;
use crate::object::{Args, CodeData, Payload};
use crate::protocol::{compare, iter, number};
use crate::value::Value;
use crate::Vm;
use ferropy_bytecode::Opcode;

pub use exceptions::add_traceback;
pub use ops::AttrCache;

/// Why `run_frame` stopped.
pub enum Step {
    Return(Value),
    Yield(Value),
    /// An exception no handler in this frame catches.
    Error(PyErr),
}

/// How a base frame ended.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// Run `base` until it returns or yields; the frame is handed back so a generator can keep
/// it. `pending` starts the frame by raising that exception at its current instruction
/// (`generator.throw`).
pub fn execute(
    vm: &Vm,
    mut base: Box<Frame>,
    pending: Option<PyErr>,
) -> (Box<Frame>, PyResult<Exit>) {
    if (vm.native_depth.get() > 200
        && vm.depth.get() > vm.recursion_limit.get().saturating_sub(50).max(1))
        || crate::stack::exhausted()
    {
        let e = vm.recursion_error("maximum recursion depth exceeded");
        return (base, Err(e));
    }
    let _finalizers = crate::heap::VmGuard::enter(vm);
    vm.native_depth.set(vm.native_depth.get() + 1);
    let mut parents: Vec<Box<Frame>> = Vec::new();
    let pending = pending.map(|e| (e, true));
    let step = if vm.step_mode.get() {
        run_frame::<true>(vm, &mut base, &mut parents, pending)
    } else {
        run_frame::<false>(vm, &mut base, &mut parents, pending)
    };
    debug_assert!(parents.is_empty(), "only the base frame finishes a run");
    let result = match step {
        Step::Return(v) => Ok(Exit::Return(v)),
        Step::Yield(v) => Ok(Exit::Yield(v)),
        Step::Error(e) => Err(e),
    };
    vm.native_depth.set(vm.native_depth.get() - 1);
    (base, result)
}

/// The slow path of a safe point whose eval-breaker word is non-zero (CPython's
/// `_Py_HandlePending`): run a due collection, hand the GIL over when another thread
/// asked for it, switch threads in deterministic mode, raise an async KeyboardInterrupt.
#[cold]
#[inline(never)]
pub(crate) fn handle_eval_breaker(vm: &Vm) -> PyResult<()> {
    use crate::gil::breaker;
    let bits = vm.gil.breaker_bits();
    if bits & breaker::GC_PENDING != 0 {
        crate::gc::collect_generations(vm);
    }
    if bits & breaker::GIL_DROP_REQUEST != 0 {
        vm.yield_gil();
    }
    if bits & breaker::DET_SWITCH != 0 {
        vm.det_switch_point();
    }
    if bits & breaker::ABORT != 0 {
        return Err(vm.abort_error());
    }
    if bits & breaker::ASYNC_EXC != 0 && vm.thread_ident() == crate::gil::MAIN_IDENT {
        vm.gil.clear_breaker(breaker::ASYNC_EXC);
        let exc = vm.new_exception(&vm.exc.keyboard_interrupt.clone(), vec![]);
        return Err(PyErr { exc });
    }
    Ok(())
}

/// Call a Python function object from native code (or `call()`).
pub fn call_function(vm: &Vm, func: &ObjRef, self_: Option<&Value>, args: Args) -> PyResult<Value> {
    let frame = crate::frame::new_function_frame(vm, func, self_, args)?;
    if code_data(&frame.code).code.is_generator_like() {
        return Ok(crate::generator::new_generator(vm, func, frame));
    }
    run_to_completion(vm, frame)
}

/// Run a fresh frame to its return value.
pub fn run_to_completion(vm: &Vm, frame: Box<Frame>) -> PyResult<Value> {
    vm.enter_recursion("")?;
    let (frame, r) = execute(vm, frame, None);
    vm.leave_recursion();
    crate::frame::recycle_frame(frame);
    match r {
        Ok(Exit::Return(v)) => Ok(v),
        Ok(Exit::Yield(_)) => Err(vm.system_error("frame yielded outside a generator")),
        Err(e) => Err(e),
    }
}

macro_rules! pop {
    ($f:expr) => {
        $f.stack.pop().expect("value stack underflow")
    };
}

macro_rules! top {
    ($f:expr) => {
        $f.stack.last().expect("value stack underflow")
    };
}

/// Interpret `cur` and the Python functions it calls until it returns, yields or raises
/// uncaught. A Python→Python call parks the caller in `parents` and makes the callee
/// current without leaving this function (CPython 3.11's eval loop likewise jumps to
/// the new frame's first instruction); a return or an uncaught exception resumes the
/// caller. Only the base frame (`parents` empty) ends the run. `pending` is an
/// exception to raise in `cur` first (`generator.throw`).
///
/// `STEP` is deterministic mode's instruction-counting variant (a separate copy of the
/// loop, so the ordinary one pays nothing for it): every instruction counts down the
/// thread's quantum, and an exhausted quantum is a switch point.
// The frames are boxed on purpose: a frame changes hands (current frame, parked caller,
// generator, frame pool) by moving its pointer; moving the frame itself would copy it.
#[allow(clippy::vec_box)]
fn run_frame<const STEP: bool>(
    vm: &Vm,
    cur: &mut Box<Frame>,
    parents: &mut Vec<Box<Frame>>,
    mut pending: Option<(PyErr, bool)>,
) -> Step {
    // Generators being run inline by a FOR_ITER of the frame below them.
    let mut inline_gens: Vec<InlineGen> = Vec::new();
    'frames: loop {
        let code_ref = cur.code.clone();
        let code = code_data(&code_ref);
        if let Some((err, add_tb)) = pending.take() {
            if let Err(e) = exceptions::handle(vm, cur, code, err, add_tb) {
                // Uncaught here: the caller (if any) handles it at its call instruction.
                match unwind(vm, cur, parents, &mut inline_gens, e) {
                    Err(e) => return Step::Error(e),
                    Ok(e) => {
                        pending = Some((e, true));
                        continue 'frames;
                    }
                }
            }
        }
        let frame: &mut Frame = cur;
        let instrs = &code.code.instructions[..];
        // The next instruction's index lives in a local (a register) while the loop runs;
        // `frame.pc` is written back before anything that can read or change it (the
        // out-of-line opcodes, the exception table, calls, returns and yields) and re-read
        // after those that can jump. `lasti` (the instruction being executed) is likewise
        // only written where something can read it: when this frame raises, calls, or yields.
        let mut next_pc = frame.pc;
        // A call instruction's outcome: a Python callee becomes the current frame (its
        // caller resumes after the call), anything else already pushed its result.
        macro_rules! enter_callee {
            ($pc:expr, $call:expr) => {
                match $call {
                    Ok(Some(callee)) => match vm.enter_recursion("") {
                        Ok(()) => {
                            frame.lasti = $pc;
                            frame.pc = next_pc;
                            parents.push(std::mem::replace(cur, callee));
                            continue 'frames;
                        }
                        Err(e) => Err(e),
                    },
                    Ok(None) => Ok(()),
                    Err(e) => Err(e),
                }
            };
        }
        loop {
            let pc = next_pc;
            if STEP {
                let c = vm.step.countdown.get();
                if c <= 1 {
                    frame.pc = pc;
                    frame.lasti = pc;
                    vm.step_expired();
                } else {
                    vm.step.countdown.set(c - 1);
                }
            }
            let ins = instrs[pc];
            next_pc = pc + 1;
            let arg = ins.arg;
            let result: PyResult<()> = match ins.op {
                Opcode::Nop => Ok(()),
                // Safe points (CPython's CHECK_EVAL_BREAKER): function entry, resumption and
                // backward jumps, where pending collections run.
                Opcode::Resume => {
                    if vm.gil.breaker_set() {
                        frame.pc = next_pc;
                        frame.lasti = pc;
                        handle_eval_breaker(vm)
                    } else {
                        Ok(())
                    }
                }
                Opcode::LoadFast => {
                    let v = &frame.fast[arg as usize];
                    if v.is_null() {
                        Err(ops::unbound_local(vm, code, arg))
                    } else {
                        frame.stack.push(v.clone());
                        Ok(())
                    }
                }
                Opcode::StoreFast => {
                    frame.fast[arg as usize] = pop!(frame);
                    Ok(())
                }
                // Cell reads and writes are hot in closures; a missing cell value is handled
                // by the out-of-line path, which raises the right NameError.
                Opcode::LoadDeref => match ops::cell_contents(&frame.fast[arg as usize]) {
                    Some(v) => {
                        frame.stack.push(v);
                        Ok(())
                    }
                    None => {
                        frame.lasti = pc;
                        frame.pc = next_pc;
                        ops::execute_other(vm, frame, code, ins.op, arg)
                    }
                },
                Opcode::StoreDeref => {
                    let v = pop!(frame);
                    ops::cell_set(&frame.fast[arg as usize], v);
                    Ok(())
                }
                Opcode::LoadClosure => {
                    frame.stack.push(frame.fast[arg as usize].clone());
                    Ok(())
                }
                Opcode::LoadConst => {
                    frame.stack.push(code.consts[arg as usize].clone());
                    Ok(())
                }
                Opcode::PopTop => {
                    pop!(frame);
                    Ok(())
                }
                Opcode::PushNull => {
                    frame.stack.push(Value::Null);
                    Ok(())
                }
                // The int/float fast paths read their operands in place (the values were
                // usually just pushed; moving them out whole stalls store forwarding) and
                // overwrite the left one with the result.
                Opcode::BinaryOp => {
                    let n = frame.stack.len();
                    match number::fast_binary(&frame.stack[n - 2], &frame.stack[n - 1], arg) {
                        Some(r) => {
                            frame.stack.truncate(n - 1);
                            frame.stack[n - 2] = r;
                            Ok(())
                        }
                        None => {
                            let b = pop!(frame);
                            let a = pop!(frame);
                            number::binary_op(vm, &a, &b, arg).map(|r| frame.stack.push(r))
                        }
                    }
                }
                Opcode::CompareOp => {
                    let n = frame.stack.len();
                    let fast = match (&frame.stack[n - 2], &frame.stack[n - 1]) {
                        (Value::Int(x), Value::Int(y)) => Some(ops::cmp_ints(*x, *y, arg)),
                        (Value::Float(x), Value::Float(y)) => Some(ops::cmp_floats(*x, *y, arg)),
                        _ => None,
                    };
                    match fast {
                        Some(r) => {
                            frame.stack.truncate(n - 1);
                            frame.stack[n - 2] = Value::Bool(r);
                            Ok(())
                        }
                        None => {
                            let b = pop!(frame);
                            let a = pop!(frame);
                            compare::rich_compare(vm, &a, &b, arg).map(|r| frame.stack.push(r))
                        }
                    }
                }
                Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue => {
                    let t = match top!(frame) {
                        Value::Bool(b) => {
                            let b = *b;
                            frame.stack.truncate(frame.stack.len() - 1);
                            Ok(b)
                        }
                        _ => {
                            let v = pop!(frame);
                            number::truthy(vm, &v)
                        }
                    };
                    match t {
                        Ok(t) => {
                            if t == (ins.op == Opcode::PopJumpIfTrue) {
                                next_pc = arg as usize;
                                // A backward conditional jump closes a `while` loop: a safe
                                // point, like CPython 3.11's POP_JUMP_BACKWARD_IF_*.
                                if next_pc <= pc && vm.gil.breaker_set() {
                                    frame.pc = next_pc;
                                    frame.lasti = pc;
                                    handle_eval_breaker(vm)
                                } else {
                                    Ok(())
                                }
                            } else {
                                Ok(())
                            }
                        }
                        Err(e) => Err(e),
                    }
                }
                Opcode::JumpBackward => {
                    next_pc = arg as usize;
                    if vm.gil.breaker_set() {
                        frame.pc = next_pc;
                        frame.lasti = pc;
                        handle_eval_breaker(vm)
                    } else {
                        Ok(())
                    }
                }
                Opcode::JumpForward | Opcode::JumpBackwardNoInterrupt => {
                    next_pc = arg as usize;
                    Ok(())
                }
                Opcode::ForIter => {
                    let it = top!(frame);
                    let next = match it {
                        Value::Obj(o) => match o.payload() {
                            Payload::Iter(st) => match &mut *st.borrow_mut() {
                                crate::object::IterState::Range { next, stop, step }
                                    if *step > 0 =>
                                {
                                    if *next < *stop {
                                        let cur = *next;
                                        *next += *step;
                                        Some(Ok(Some(Value::Int(cur))))
                                    } else {
                                        Some(Ok(None))
                                    }
                                }
                                _ => None,
                            },
                            _ => None,
                        },
                        _ => None,
                    };
                    let next = match next {
                        Some(n) => n,
                        None => {
                            let it = it.clone();
                            if let Value::Obj(g) = &it {
                                if let Some(gen_frame) =
                                    crate::generator::start_inline(vm, g, &Value::None, false)
                                {
                                    frame.lasti = pc;
                                    frame.pc = next_pc;
                                    parents.push(std::mem::replace(cur, gen_frame));
                                    inline_gens.push(InlineGen {
                                        gen: g.clone(),
                                        depth: parents.len(),
                                        exit: arg as usize,
                                        send: false,
                                    });
                                    continue 'frames;
                                }
                            }
                            iter::next(vm, &it)
                        }
                    };
                    match next {
                        Ok(Some(v)) => {
                            frame.stack.push(v);
                            Ok(())
                        }
                        Ok(None) => {
                            pop!(frame);
                            next_pc = arg as usize;
                            Ok(())
                        }
                        Err(e) => Err(e),
                    }
                }
                Opcode::LoadGlobal => match ops::load_global(vm, frame, code, arg >> 1) {
                    Ok(v) => {
                        if arg & 1 == 1 {
                            frame.stack.push(Value::Null);
                        }
                        frame.stack.push(v);
                        Ok(())
                    }
                    Err(e) => Err(e),
                },
                Opcode::LoadAttr => {
                    let owner = pop!(frame);
                    ops::load_attr_cached(vm, &owner, code, arg).map(|v| frame.stack.push(v))
                }
                Opcode::StoreAttr => {
                    let owner = pop!(frame);
                    let value = pop!(frame);
                    ops::store_attr_cached(vm, &owner, code, arg, value)
                }
                Opcode::LoadMethod => {
                    let owner = pop!(frame);
                    match ops::load_method_cached(vm, &owner, code, arg) {
                        Ok((m, true)) => {
                            frame.stack.push(m);
                            frame.stack.push(owner);
                            Ok(())
                        }
                        Ok((v, false)) => {
                            frame.stack.push(Value::Null);
                            frame.stack.push(v);
                            Ok(())
                        }
                        Err(e) => Err(e),
                    }
                }
                Opcode::KwNames => {
                    frame.kwnames = Some(code.consts[arg as usize].clone());
                    Ok(())
                }
                Opcode::CallFunctionEx => enter_callee!(pc, ops::call_function_ex(vm, frame, arg)),
                Opcode::Call => enter_callee!(pc, ops::call(vm, frame, arg as usize)),
                Opcode::ReturnValue => {
                    let v = pop!(frame);
                    if inline_gens.last().is_some_and(|g| g.depth == parents.len()) {
                        // An inline generator returned: its FOR_ITER pops the iterator and
                        // drops the value; its SEND replaces the receiver with the value.
                        let ig = inline_gens.pop().expect("checked");
                        let caller = parents.pop().expect("an inline generator has a caller");
                        let done = std::mem::replace(cur, caller);
                        crate::generator::inline_finished(vm, &ig.gen, done, None);
                        cur.stack.pop();
                        if ig.send {
                            cur.stack.push(v);
                        } else {
                            drop(v);
                        }
                        cur.pc = ig.exit;
                        continue 'frames;
                    }
                    match parents.pop() {
                        None => {
                            frame.pc = next_pc;
                            return Step::Return(v);
                        }
                        Some(caller) => {
                            vm.leave_recursion();
                            crate::frame::recycle_frame(std::mem::replace(cur, caller));
                            cur.stack.push(v);
                            continue 'frames;
                        }
                    }
                }
                // `list[int]`/`tuple[int]` read in place, like the BinaryOp fast paths
                // (CPython 3.11's BINARY_SUBSCR_LIST_INT / _TUPLE_INT).
                Opcode::BinarySubscr => {
                    let n = frame.stack.len();
                    match ops::fast_subscr(vm, &frame.stack[n - 2], &frame.stack[n - 1]) {
                        Some(v) => {
                            frame.stack.truncate(n - 1);
                            frame.stack[n - 2] = v;
                            Ok(())
                        }
                        None => {
                            let key = pop!(frame);
                            let container = pop!(frame);
                            ops::subscr(vm, &container, &key).map(|v| frame.stack.push(v))
                        }
                    }
                }
                Opcode::StoreSubscr => {
                    let key = pop!(frame);
                    let container = pop!(frame);
                    let value = pop!(frame);
                    ops::store_subscr(vm, &container, &key, value)
                }
                Opcode::UnpackSequence => ops::unpack_sequence(vm, frame, arg as usize),
                Opcode::Copy => {
                    let v = frame.stack[frame.stack.len() - arg as usize].clone();
                    frame.stack.push(v);
                    Ok(())
                }
                Opcode::Swap => {
                    let n = frame.stack.len();
                    frame.stack.swap(n - 1, n - arg as usize);
                    Ok(())
                }
                Opcode::Send => {
                    // A generator or coroutine receiver runs inline, like FOR_ITER's (CPython
                    // 3.12's SEND_GEN); anything else takes the general path.
                    let n = frame.stack.len();
                    let started = match &frame.stack[n - 2] {
                        Value::Obj(g) => {
                            crate::generator::start_inline(vm, g, &frame.stack[n - 1], true)
                                .map(|f| (g.clone(), f))
                        }
                        _ => None,
                    };
                    frame.lasti = pc;
                    frame.pc = next_pc;
                    match started {
                        Some((gen, gen_frame)) => {
                            frame.stack.pop();
                            parents.push(std::mem::replace(cur, gen_frame));
                            inline_gens.push(InlineGen {
                                gen,
                                depth: parents.len(),
                                exit: arg as usize,
                                send: true,
                            });
                            continue 'frames;
                        }
                        None => {
                            let r = ops::execute_other(vm, frame, code, ins.op, arg);
                            next_pc = frame.pc;
                            r
                        }
                    }
                }
                Opcode::YieldValue => {
                    frame.lasti = pc;
                    frame.pc = next_pc;
                    let v = pop!(frame);
                    if inline_gens.last().is_some_and(|g| g.depth == parents.len()) {
                        // An inline generator yields to its FOR_ITER.
                        let ig = inline_gens.pop().expect("checked");
                        let caller = parents.pop().expect("an inline generator has a caller");
                        let suspended = std::mem::replace(cur, caller);
                        crate::generator::inline_yielded(vm, &ig.gen, suspended);
                        cur.stack.push(v);
                        continue 'frames;
                    }
                    return Step::Yield(v);
                }
                _ => {
                    frame.lasti = pc;
                    frame.pc = next_pc;
                    let r = ops::execute_other(vm, frame, code, ins.op, arg);
                    next_pc = frame.pc;
                    r
                }
            };
            if let Err(e) = result {
                frame.pc = next_pc;
                if let Err(e) = raise_here(vm, frame, code, e, ins.op, arg, pc) {
                    match unwind(vm, cur, parents, &mut inline_gens, e) {
                        Err(e) => return Step::Error(e),
                        Ok(e) => {
                            pending = Some((e, true));
                            continue 'frames;
                        }
                    }
                }
                next_pc = frame.pc;
            }
        }
    }
}

/// A generator whose frame the eval loop is running on behalf of a `FOR_ITER` (see
/// `generator::start_inline`).
struct InlineGen {
    gen: ObjRef,
    /// `parents.len()` while the generator's frame is the current one.
    depth: usize,
    /// Where its `FOR_ITER` or `SEND` jumps when it returns.
    exit: usize,
    /// Run for a `SEND` (the return value replaces the receiver) rather than a
    /// `FOR_ITER` (the return value is dropped with the iterator).
    send: bool,
}

/// The current frame did not catch `e`: drop it and make its caller current. `Ok` is
/// the exception for the caller to raise at its call (or `FOR_ITER`) instruction, after
/// closing an inline generator (PEP 479 applied); `Err` means `cur` was the base frame.
#[cold]
// The frames are boxed on purpose (see `run_frame`).
#[allow(clippy::vec_box)]
fn unwind(
    vm: &Vm,
    cur: &mut Box<Frame>,
    parents: &mut Vec<Box<Frame>>,
    inline_gens: &mut Vec<InlineGen>,
    e: PyErr,
) -> Result<PyErr, PyErr> {
    let is_inline = inline_gens.last().is_some_and(|g| g.depth == parents.len());
    let Some(caller) = parents.pop() else {
        return Err(e);
    };
    let done = std::mem::replace(cur, caller);
    if is_inline {
        let ig = inline_gens.pop().expect("checked");
        Ok(crate::generator::inline_finished(vm, &ig.gen, done, Some(e)).expect("an error"))
    } else {
        vm.leave_recursion();
        crate::frame::recycle_frame(done);
        Ok(e)
    }
}

/// An instruction at `pc` raised `e`: find its handler in this frame (the frame then
/// continues there), or hand the exception back for the caller.
#[cold]
#[inline(never)]
fn raise_here(
    vm: &Vm,
    frame: &mut Frame,
    code: &CodeData,
    e: PyErr,
    op: Opcode,
    arg: u32,
    pc: usize,
) -> PyResult<()> {
    // RERAISE restores the `lasti` of the exception it re-raises.
    if op != Opcode::Reraise {
        frame.lasti = pc;
    }
    // RERAISE and a bare `raise` re-raise without adding this frame to the traceback.
    let add_tb = !matches!(op, Opcode::Reraise) && (op != Opcode::RaiseVarargs || arg != 0);
    exceptions::handle(vm, frame, code, e, add_tb)
}

/// Run module-level code in `globals` (also `exec(code, globals, locals)`).
pub fn run_code(vm: &Vm, code: ObjRef, globals: ObjRef, locals: Option<Value>) -> PyResult<Value> {
    let frame = Frame::for_code(vm, code, globals, locals);
    run_to_completion(vm, frame)
}

pub use exceptions::make_exception;
pub use ops::{load_code, mapping_entries, mapping_set as ops_mapping_set};
