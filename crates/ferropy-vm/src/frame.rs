//! Frames (CPython `_PyInterpreterFrame`) and argument binding (`ceval.c:
//! initialize_locals`).
//!
//! A frame holds the fast locals ("localsplus": arguments, locals, cells, free variables),
//! its own value stack, the instruction pointer, and the namespaces name lookups use.
//! Frames are boxed and owned by the eval loop (or, while suspended, by a generator), so
//! Python→Python calls never recurse on the Rust stack.

use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::object::{Args, CodeData, Function, Payload};
use crate::value::Value;
use crate::Vm;
use ferropy_bytecode::CodeFlags;
use std::cell::RefCell;
use std::mem::MaybeUninit;

pub struct Frame {
    /// The code object (a `Payload::Code` heap object).
    pub code: ObjRef,
    /// The function being run, if any (its closure feeds `COPY_FREE_VARS`).
    pub func: Option<ObjRef>,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    /// The locals mapping for module and class bodies (`LOAD_NAME`); None when optimized.
    pub locals: Option<Value>,
    pub fast: Vec<Value>,
    pub stack: Vec<Value>,
    /// Index of the next instruction.
    pub pc: usize,
    /// Index of the instruction being executed (for tracebacks and `lasti`).
    pub lasti: usize,
    /// Keyword names set by `KW_NAMES` for the next `CALL`.
    pub kwnames: Option<Value>,
}

/// A frame allocation ready for a call: its `fast` and `stack` fields hold empty value
/// buffers and every other field is uninitialized. Finished frames go back to a per-thread
/// pool as slots, buffers and all, so a call costs no `malloc` (CPython carves frames out
/// of a per-thread chunked stack for the same reason). Only the box pointer moves through
/// the pool: moving the buffers' (pointer, capacity, length) words through memory stalls
/// store forwarding on every call.
pub(crate) struct FrameSlot(std::mem::ManuallyDrop<Box<MaybeUninit<Frame>>>);

thread_local! {
    static SPARE_FRAMES: RefCell<Vec<FrameSlot>> = const { RefCell::new(Vec::new()) };
}

/// How many spare frames to keep; recursion deeper than this allocates as before.
const MAX_SPARE_FRAMES: usize = 256;

/// A finished frame's buffer bigger than this is freed rather than pooled.
const MAX_POOLED_CAPACITY: usize = 1024;

impl FrameSlot {
    /// A slot with room for `nfast` locals and `nstack` stack values: a recycled one if
    /// there is one.
    #[inline(always)]
    pub(crate) fn take(nfast: usize, nstack: usize) -> FrameSlot {
        let spare = SPARE_FRAMES.with(|p| p.try_borrow_mut().ok().and_then(|mut p| p.pop()));
        match spare {
            Some(mut slot) => {
                fit(slot.fast(), nfast);
                fit(slot.stack(), nstack);
                slot
            }
            None => {
                let mut mem = Box::<Frame>::new_uninit();
                let p = mem.as_mut_ptr();
                // SAFETY: `p` points to the new allocation; writing the two buffer fields
                // establishes the slot invariant (they are initialized, nothing else is).
                unsafe {
                    std::ptr::addr_of_mut!((*p).fast).write(Vec::with_capacity(nfast));
                    std::ptr::addr_of_mut!((*p).stack).write(Vec::with_capacity(nstack));
                }
                FrameSlot(std::mem::ManuallyDrop::new(mem))
            }
        }
    }

    /// The (empty, or partly bound) locals buffer.
    #[inline(always)]
    pub(crate) fn fast(&mut self) -> &mut Vec<Value> {
        // SAFETY: the slot invariant: `fast` is initialized.
        unsafe { &mut *std::ptr::addr_of_mut!((*self.0.as_mut_ptr()).fast) }
    }

    #[inline(always)]
    fn stack(&mut self) -> &mut Vec<Value> {
        // SAFETY: the slot invariant: `stack` is initialized.
        unsafe { &mut *std::ptr::addr_of_mut!((*self.0.as_mut_ptr()).stack) }
    }

    /// The frame, with the remaining fields written in place.
    #[inline(always)]
    pub(crate) fn finish(
        self,
        code: ObjRef,
        func: Option<ObjRef>,
        globals: ObjRef,
        builtins: ObjRef,
        locals: Option<Value>,
    ) -> Box<Frame> {
        let mut this = std::mem::ManuallyDrop::new(self);
        // SAFETY: `this` is never dropped, so the box is moved out exactly once.
        let mut mem = unsafe { std::mem::ManuallyDrop::take(&mut this.0) };
        let p = mem.as_mut_ptr();
        // SAFETY: `fast` and `stack` are initialized (the slot invariant); this writes
        // every other field of `Frame` exactly once, so the whole value is initialized.
        unsafe {
            std::ptr::addr_of_mut!((*p).code).write(code);
            std::ptr::addr_of_mut!((*p).func).write(func);
            std::ptr::addr_of_mut!((*p).globals).write(globals);
            std::ptr::addr_of_mut!((*p).builtins).write(builtins);
            std::ptr::addr_of_mut!((*p).locals).write(locals);
            std::ptr::addr_of_mut!((*p).pc).write(0);
            std::ptr::addr_of_mut!((*p).lasti).write(0);
            std::ptr::addr_of_mut!((*p).kwnames).write(None);
            mem.assume_init()
        }
    }
}

impl Drop for FrameSlot {
    fn drop(&mut self) {
        // SAFETY: the slot invariant: only the two buffers are initialized; they are
        // dropped here once and the allocation is freed by the box (as uninit memory).
        unsafe {
            let p = self.0.as_mut_ptr();
            std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).fast));
            std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).stack));
            std::mem::ManuallyDrop::drop(&mut self.0);
        }
    }
}

/// Make `v` (empty) hold room for `cap` values. A much bigger buffer would be held for as
/// long as the frame lives, which for a suspended generator can be forever, so it is
/// swapped for one of about the right size.
#[inline(always)]
fn fit(v: &mut Vec<Value>, cap: usize) {
    if v.capacity() < cap {
        v.reserve(cap);
    } else if v.capacity() > cap.max(16) * 4 {
        *v = Vec::with_capacity(cap);
    }
}

/// Drop a finished frame and keep its allocation and buffers for the next call.
#[inline]
pub fn recycle_frame(mut frame: Box<Frame>) {
    // Locals first, then the value stack, as CPython's `_PyFrame_Clear` does. Dropping a
    // value can run Python code (`__del__`) that makes frames, so no pool borrow is held.
    frame.fast.clear();
    frame.stack.clear();
    if frame.fast.capacity() > MAX_POOLED_CAPACITY || frame.stack.capacity() > MAX_POOLED_CAPACITY {
        return;
    }
    let raw = Box::into_raw(frame);
    // SAFETY: `raw` comes from a live `Box<Frame>` that nothing else references. Every
    // field but the two (emptied) buffers is dropped exactly once here (this list must
    // name every such field of `Frame`), which leaves exactly the slot invariant; the
    // allocation is then owned again as a `Box<MaybeUninit<Frame>>` (same layout).
    let slot = unsafe {
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*raw).code));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*raw).func));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*raw).globals));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*raw).builtins));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*raw).locals));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*raw).kwnames));
        FrameSlot(std::mem::ManuallyDrop::new(Box::from_raw(
            raw.cast::<MaybeUninit<Frame>>(),
        )))
    };
    SPARE_FRAMES.with(|p| {
        if let Ok(mut p) = p.try_borrow_mut() {
            if p.len() < MAX_SPARE_FRAMES {
                p.push(slot);
            }
        }
        // A slot the pool has no room for is freed here (its buffers are empty).
    });
}

impl Drop for Frame {
    fn drop(&mut self) {
        // Locals first, then the value stack, as CPython's `_PyFrame_Clear` does; the
        // code, function and namespace references go after this returns.
        self.fast.clear();
        self.stack.clear();
    }
}

/// The `CodeData` of a code object.
#[inline]
pub fn code_data(code: &ObjRef) -> &CodeData {
    match code.payload() {
        Payload::Code(c) => c,
        _ => panic!("frame code is not a code object"),
    }
}

pub fn function_data(f: &ObjRef) -> &Function {
    match f.payload() {
        Payload::Function(f) => f,
        _ => panic!("not a function"),
    }
}

impl Frame {
    /// A frame for module-level or class-body code, or `exec`.
    pub fn for_code(vm: &Vm, code: ObjRef, globals: ObjRef, locals: Option<Value>) -> Box<Frame> {
        let cd = code_data(&code);
        let n = cd.code.localsplus_names.len();
        let builtins = builtins_for(vm, &globals);
        let mut slot = FrameSlot::take(n, cd.code.max_stackdepth as usize);
        slot.fast().resize(n, Value::Null);
        slot.finish(code, None, globals, builtins, locals)
    }

    pub fn line(&self) -> u32 {
        code_data(&self.code).code.line_of(self.lasti)
    }
}

/// The builtins dict for a globals dict: `globals['__builtins__']` if it is a module or
/// dict, else the interpreter's.
pub fn builtins_for(vm: &Vm, globals: &ObjRef) -> ObjRef {
    match crate::types::dict::get_str_key(vm, globals, &vm.intern("__builtins__")) {
        Some(Value::Obj(o)) => match o.payload() {
            Payload::Module(m) => m.dict.clone(),
            Payload::Dict(_) => o,
            _ => vm.builtins_dict.clone(),
        },
        _ => vm.builtins_dict.clone(),
    }
}

/// Make the frame for calling `func` with `args` (positional values may be moved in from
/// the caller's stack by the fast path of the eval loop).
pub fn new_function_frame(
    vm: &Vm,
    func: &ObjRef,
    self_: Option<&Value>,
    args: Args,
) -> PyResult<Box<Frame>> {
    let f = function_data(func);
    let code_obj = f.code();
    let cd = code_data(&code_obj);
    let mut slot = FrameSlot::take(
        cd.code.localsplus_names.len(),
        cd.code.max_stackdepth as usize,
    );
    bind_args(vm, f, cd, self_, args, slot.fast())?;
    Ok(slot.finish(
        code_obj,
        Some(func.clone()),
        f.globals.clone(),
        f.builtins.clone(),
        None,
    ))
}

/// The frame for calling `func` whose locals are already bound into `slot`.
#[inline]
pub(crate) fn function_frame_with_locals(func: &ObjRef, slot: FrameSlot) -> Box<Frame> {
    let f = function_data(func);
    slot.finish(
        f.code(),
        Some(func.clone()),
        f.globals.clone(),
        f.builtins.clone(),
        None,
    )
}

/// Bind call arguments to parameter slots, with CPython's error messages; `fast` is an
/// empty buffer to bind them into.
pub fn bind_args(
    vm: &Vm,
    f: &Function,
    cd: &CodeData,
    self_: Option<&Value>,
    args: Args,
    fast: &mut Vec<Value>,
) -> PyResult<()> {
    let code = &cd.code;
    let nslots = code.localsplus_names.len();
    let argcount = code.arg_count as usize;
    let npos = args.pos.len() + self_.is_some() as usize;
    let simple = !code.flags.has(CodeFlags::VARARGS)
        && !code.flags.has(CodeFlags::VARKEYWORDS)
        && code.kwonly_arg_count == 0;
    if let Some(s) = self_ {
        fast.push(s.clone());
    }
    if simple && npos == argcount && args.kwnames.is_empty() {
        fast.extend_from_slice(args.pos);
        fast.resize(nslots, Value::Null);
        return Ok(());
    }
    fast.resize(nslots, Value::Null);
    // The positional arguments are `self_` (when binding a method) then `args.pos`; they
    // are indexed in place rather than collected into one vector.
    let off = self_.is_some() as usize;
    let pos_at = |i: usize| -> &Value {
        match self_ {
            Some(s) if i == 0 => s,
            _ => &args.pos[i - off],
        }
    };
    let qualname = || {
        crate::vm::as_str(&f.qualname.borrow())
            .unwrap_or("?")
            .to_string()
    };
    let kwonly = code.kwonly_arg_count as usize;
    let mut slot = argcount + kwonly;
    let varargs_slot = if code.flags.has(CodeFlags::VARARGS) {
        slot += 1;
        Some(slot - 1)
    } else {
        None
    };
    let varkw_slot = if code.flags.has(CodeFlags::VARKEYWORDS) {
        Some(slot)
    } else {
        None
    };
    // Positional arguments (`self_` is already in slot 0, which may not be a parameter).
    let n = npos.min(argcount);
    if n < off {
        fast[0] = Value::Null;
    }
    if n > off {
        fast[off..n].clone_from_slice(&args.pos[..n - off]);
    }
    if let Some(vs) = varargs_slot {
        fast[vs] = vm.new_tuple((n..npos).map(|i| pos_at(i).clone()).collect());
    } else if npos > argcount {
        let defaults = tuple_len(&f.defaults.borrow());
        let given_kw = args
            .kwnames
            .iter()
            .filter(|k| {
                let k = crate::vm::as_str(k).unwrap_or("");
                code.localsplus_names[argcount..argcount + kwonly]
                    .iter()
                    .any(|n| n == k)
            })
            .count();
        let takes = if defaults > 0 {
            format!(
                "from {} to {} positional argument{}",
                argcount - defaults,
                argcount,
                if argcount == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{} positional argument{}",
                argcount,
                if argcount == 1 { "" } else { "s" }
            )
        };
        let given = npos;
        let kw_part = if given_kw > 0 {
            format!(
                " positional argument{} (and {} keyword-only argument{})",
                if given == 1 { "" } else { "s" },
                given_kw,
                if given_kw == 1 { "" } else { "s" }
            )
        } else {
            String::new()
        };
        let was = if given == 1 { "was" } else { "were" };
        if given_kw > 0 {
            return Err(vm.type_error(format!(
                "{}() takes {takes} but {given}{kw_part} were given",
                qualname()
            )));
        }
        return Err(vm.type_error(format!(
            "{}() takes {takes} but {given} {was} given",
            qualname()
        )));
    }
    // Keyword arguments.
    let kwdict = varkw_slot.map(|s| {
        let d = vm.new_dict();
        fast[s] = Value::Obj(d.clone());
        d
    });
    let posonly = code.posonly_arg_count as usize;
    let mut posonly_as_kw = Vec::new();
    for (k, v) in args.kwnames.iter().zip(args.kwvalues) {
        let kname = crate::vm::as_str(k).unwrap_or("");
        let idx = keyword_index(&cd.local_names[..argcount + kwonly], k, kname);
        match idx {
            Some(i) if i >= posonly => {
                if !fast[i].is_null() {
                    return Err(vm.type_error(format!(
                        "{}() got multiple values for argument '{kname}'",
                        qualname()
                    )));
                }
                fast[i] = v.clone();
            }
            _ => match &kwdict {
                Some(d) => crate::types::dict::set_item(vm, d, k.clone(), v.clone())?,
                None => {
                    if idx.is_some() {
                        posonly_as_kw.push(kname.to_string());
                        continue;
                    }
                    return Err(vm.type_error(format!(
                        "{}() got an unexpected keyword argument '{kname}'",
                        qualname()
                    )));
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(vm.type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            qualname(),
            posonly_as_kw.join(", ")
        )));
    }
    // Defaults for missing positionals.
    let defaults_ref = f.defaults.borrow();
    let defaults: &[Value] = match &*defaults_ref {
        Value::Obj(o) => match o.payload() {
            Payload::Tuple(t) => t,
            _ => &[],
        },
        _ => &[],
    };
    let first_default = argcount - defaults.len().min(argcount);
    let mut missing = Vec::new();
    for i in 0..argcount {
        if fast[i].is_null() {
            if i >= first_default {
                fast[i] = defaults[i - first_default].clone();
            } else {
                missing.push(code.localsplus_names[i].clone());
            }
        }
    }
    drop(defaults_ref);
    if !missing.is_empty() {
        return Err(vm.type_error(format!(
            "{}() missing {} required positional argument{}: {}",
            qualname(),
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        )));
    }
    // Keyword-only defaults.
    let kwdefaults = f.kwdefaults.borrow().clone();
    let mut missing_kw = Vec::new();
    for ((slot, name), key) in fast[argcount..argcount + kwonly]
        .iter_mut()
        .zip(&code.localsplus_names[argcount..])
        .zip(&cd.local_names[argcount..])
    {
        if slot.is_null() {
            let dv = match (&kwdefaults, key) {
                (Value::Obj(d), Value::Obj(key)) => crate::types::dict::get_str_key(vm, d, key),
                _ => None,
            };
            match dv {
                Some(v) => *slot = v,
                None => missing_kw.push(name.clone()),
            }
        }
    }
    if !missing_kw.is_empty() {
        return Err(vm.type_error(format!(
            "{}() missing {} required keyword-only argument{}: {}",
            qualname(),
            missing_kw.len(),
            if missing_kw.len() == 1 { "" } else { "s" },
            name_list(&missing_kw)
        )));
    }
    Ok(())
}

/// The parameter slot named by keyword `k` (text `kname`) among `params` (interned
/// names): by identity first, as keyword names are usually the same interned strings.
fn keyword_index(params: &[Value], k: &Value, kname: &str) -> Option<usize> {
    let by_identity = match k {
        Value::Obj(ko) => params
            .iter()
            .position(|n| matches!(n, Value::Obj(no) if no.is(ko))),
        _ => None,
    };
    by_identity.or_else(|| {
        params
            .iter()
            .position(|n| crate::vm::as_str(n) == Some(kname))
    })
}

fn tuple_len(v: &Value) -> usize {
    match v {
        Value::Obj(o) => match o.payload() {
            Payload::Tuple(t) => t.len(),
            _ => 0,
        },
        _ => 0,
    }
}

/// `'a', 'b' and 'c'` as CPython lists missing arguments.
fn name_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => format!(
            "{}, and {}",
            quoted[..quoted.len() - 1].join(", "),
            quoted[quoted.len() - 1]
        ),
    }
}

#[cfg(test)]
mod tests {
    //! The frame pool's unsafe slot handling, without an interpreter (runs under Miri:
    //! `cargo +nightly miri test -p ferropy-vm --lib frame::`).
    use super::*;

    fn obj() -> ObjRef {
        ObjRef::new(None, Payload::List(RefCell::new(Vec::new())))
    }

    fn frame_with(marker: &ObjRef, nfast: usize) -> Box<Frame> {
        let mut slot = FrameSlot::take(nfast, 4);
        slot.fast().push(Value::Obj(marker.clone()));
        slot.fast().resize(nfast, Value::Null);
        slot.finish(obj(), Some(obj()), obj(), obj(), Some(Value::Int(1)))
    }

    #[test]
    fn recycled_frames_release_every_reference() {
        let marker = obj();
        for round in 0..3 {
            let mut f = frame_with(&marker, 3 + round);
            f.stack.push(Value::Obj(marker.clone()));
            f.kwnames = Some(Value::Obj(obj()));
            assert_eq!(marker.refcount(), 3);
            recycle_frame(f);
            assert_eq!(marker.refcount(), 1, "a pooled frame holds no references");
        }
    }

    #[test]
    fn slots_are_reused_and_dropped_cleanly() {
        let marker = obj();
        let a = frame_with(&marker, 2);
        let b = frame_with(&marker, 200);
        let addr = &*a as *const Frame as usize;
        recycle_frame(b);
        recycle_frame(a);
        // LIFO: the next frame reuses the last allocation given back.
        let c = frame_with(&marker, 2);
        assert_eq!(&*c as *const Frame as usize, addr);
        assert!(c.fast.capacity() >= 2 && c.stack.capacity() >= 4);
        drop(c);
        // An unused slot (the error path of argument binding) frees its buffers.
        let mut slot = FrameSlot::take(8, 8);
        slot.fast().push(Value::Obj(marker.clone()));
        drop(slot);
        assert_eq!(marker.refcount(), 1);
    }
}
