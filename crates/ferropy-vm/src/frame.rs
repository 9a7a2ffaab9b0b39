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

thread_local! {
    /// Spare value buffers from finished frames (CPython keeps frames in a per-thread
    /// chunked stack for the same reason): a call takes two buffers from here instead of
    /// allocating them, and a finished frame gives them back, emptied.
    static SPARE_BUFFERS: RefCell<Vec<Vec<Value>>> = const { RefCell::new(Vec::new()) };
}

/// How many spare buffers to keep; deep recursion beyond this allocates as before.
const MAX_SPARE_BUFFERS: usize = 256;

thread_local! {
    /// Allocations of finished Python→Python callee frames, reused by the next call so a
    /// call does not cost a `malloc` and a `free` (recursion deeper than the allocator's
    /// per-size cache otherwise falls through to its slow paths).
    // The boxes are the point: each is a frame-sized allocation kept for reuse.
    #[allow(clippy::vec_box)]
    static SPARE_FRAMES: RefCell<Vec<Box<MaybeUninit<Frame>>>> = const { RefCell::new(Vec::new()) };
}

/// How many spare frame allocations to keep.
const MAX_SPARE_FRAMES: usize = 128;

/// Room for a new frame: a recycled allocation if there is one.
#[inline(always)]
fn frame_box() -> Box<MaybeUninit<Frame>> {
    let spare = SPARE_FRAMES.with(|p| p.try_borrow_mut().ok().and_then(|mut p| p.pop()));
    spare.unwrap_or_else(Box::new_uninit)
}

/// Drop a finished frame and keep its allocation for the next call.
#[inline]
pub fn recycle_frame(frame: Box<Frame>) {
    let raw = Box::into_raw(frame);
    // SAFETY: `raw` comes from a live `Box<Frame>` that nothing else references; its value
    // is dropped exactly once here, and the allocation is then owned again as a
    // `Box<MaybeUninit<Frame>>`, which has the same layout and may hold a dropped value.
    // No borrow of `SPARE_FRAMES` is held while the frame's fields drop (and may run
    // Python code that makes frames).
    let mem = unsafe {
        std::ptr::drop_in_place(raw);
        Box::from_raw(raw.cast::<MaybeUninit<Frame>>())
    };
    SPARE_FRAMES.with(|p| {
        if let Ok(mut p) = p.try_borrow_mut() {
            if p.len() < MAX_SPARE_FRAMES {
                p.push(mem);
            }
        }
    });
}

/// An empty buffer with room for at least `cap` values. Always inlined: returned through
/// memory, the three words are stored one by one and reloaded as a pair, which stalls
/// store forwarding on every call.
#[inline(always)]
pub fn take_buffer(cap: usize) -> Vec<Value> {
    let v = SPARE_BUFFERS.with(|p| p.borrow_mut().pop());
    match v {
        // A much bigger spare would be held for as long as the frame lives, which for a
        // suspended generator can be forever: only reuse spares of about the right size.
        Some(mut v) if v.capacity() <= cap.max(16) * 4 => {
            v.reserve(cap);
            v
        }
        _ => Vec::with_capacity(cap),
    }
}

#[inline]
fn give_back_buffer(mut v: Vec<Value>) {
    // The values are dropped here, before the buffer is pooled, so no reference outlives
    // its frame.
    v.clear();
    if v.capacity() == 0 || v.capacity() > 1024 {
        return;
    }
    SPARE_BUFFERS.with(|p| {
        if let Ok(mut p) = p.try_borrow_mut() {
            if p.len() < MAX_SPARE_BUFFERS {
                p.push(v);
            }
        }
    });
}

impl Drop for Frame {
    fn drop(&mut self) {
        // Locals first, then the value stack, as CPython's `_PyFrame_Clear` does; the
        // code, function and namespace references go after this returns.
        give_back_buffer(std::mem::take(&mut self.fast));
        give_back_buffer(std::mem::take(&mut self.stack));
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
        let mut fast = take_buffer(n);
        fast.resize(n, Value::Null);
        Box::new(Frame {
            fast,
            stack: take_buffer(cd.code.max_stackdepth as usize),
            code,
            func: None,
            globals,
            builtins,
            locals,
            pc: 0,
            lasti: 0,
            kwnames: None,
        })
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
    let fast = bind_args(vm, f, cd, self_, args)?;
    // Allocated before the fields are built so they are written straight into the box
    // (see `function_frame_with_locals`).
    let mem = frame_box();
    Ok(Box::write(
        mem,
        Frame {
            stack: take_buffer(cd.code.max_stackdepth as usize),
            fast,
            code: code_obj,
            func: Some(func.clone()),
            globals: f.globals.clone(),
            builtins: f.builtins.clone(),
            locals: None,
            pc: 0,
            lasti: 0,
            kwnames: None,
        },
    ))
}

/// The frame for calling `func` whose locals are already bound.
#[inline]
pub fn function_frame_with_locals(func: &ObjRef, fast: Vec<Value>) -> Box<Frame> {
    let f = function_data(func);
    let code_obj = f.code();
    let cd = code_data(&code_obj);
    // Allocating first lets the fields be written straight into the box, instead of
    // being assembled on the stack and copied after the allocation call.
    let mem = frame_box();
    Box::write(
        mem,
        Frame {
            stack: take_buffer(cd.code.max_stackdepth as usize),
            fast,
            code: code_obj.clone(),
            func: Some(func.clone()),
            globals: f.globals.clone(),
            builtins: f.builtins.clone(),
            locals: None,
            pc: 0,
            lasti: 0,
            kwnames: None,
        },
    )
}

/// Bind call arguments to parameter slots, with CPython's error messages.
pub fn bind_args(
    vm: &Vm,
    f: &Function,
    cd: &CodeData,
    self_: Option<&Value>,
    args: Args,
) -> PyResult<Vec<Value>> {
    let code = &cd.code;
    let nslots = code.localsplus_names.len();
    let argcount = code.arg_count as usize;
    let npos = args.pos.len() + self_.is_some() as usize;
    let simple = !code.flags.has(CodeFlags::VARARGS)
        && !code.flags.has(CodeFlags::VARKEYWORDS)
        && code.kwonly_arg_count == 0;
    let mut fast = take_buffer(nslots);
    if let Some(s) = self_ {
        fast.push(s.clone());
    }
    if simple && npos == argcount && args.kwnames.is_empty() {
        fast.extend_from_slice(args.pos);
        fast.resize(nslots, Value::Null);
        return Ok(fast);
    }
    fast.resize(nslots, Value::Null);
    let all_pos: Vec<Value> = self_
        .into_iter()
        .cloned()
        .chain(args.pos.iter().cloned())
        .collect();
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
    // Positional arguments.
    let n = all_pos.len().min(argcount);
    for (i, v) in all_pos.iter().take(n).enumerate() {
        fast[i] = v.clone();
    }
    if let Some(vs) = varargs_slot {
        fast[vs] = vm.new_tuple(all_pos[n..].to_vec());
    } else if all_pos.len() > argcount {
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
        let given = all_pos.len();
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
        let idx = code.localsplus_names[..argcount + kwonly]
            .iter()
            .position(|n| n == kname);
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
    let defaults: Vec<Value> = match &*f.defaults.borrow() {
        Value::Obj(o) => match o.payload() {
            Payload::Tuple(t) => t.to_vec(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
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
    for (slot, name) in fast[argcount..argcount + kwonly]
        .iter_mut()
        .zip(&code.localsplus_names[argcount..])
    {
        if slot.is_null() {
            let dv = match &kwdefaults {
                Value::Obj(d) => crate::types::dict::get_str_key(vm, d, &vm.intern(name)),
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
    Ok(fast)
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
