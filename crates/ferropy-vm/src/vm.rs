//! `Vm`: one interpreter and its (for now, single) thread state.
//!
//! It owns the builtin type objects, the `builtins` module, `sys.modules`, the interned
//! string table, the recursion counter and the currently handled exception. Everything
//! that touches objects takes `&Vm`: holding one is the proof that this thread may touch
//! the heap (the GIL token of DESIGN.md §3 will be layered on this).

use crate::dict::Dict;
use crate::error::{PyErr, PyResult};
use crate::heap::ObjRef;
use crate::object::*;
use crate::types::exceptions::ExcTypes;
use crate::types::BuiltinTypes;
use crate::value::Value;
use ferropy_bytecode::CodeObject;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::io::Write;
use std::sync::Arc;

/// How source handed to the compiler hook is to be compiled (`compile()`'s `mode`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileMode {
    Exec,
    Eval,
    Single,
}

/// The facade installs this so `exec`, `eval`, `compile` and imports can reach the
/// compiler without the VM depending on it (DESIGN.md §2). It returns the code object, or
/// raises SyntaxError.
pub type CompileHook = Box<dyn Fn(&Vm, &str, &str, CompileMode) -> PyResult<Arc<CodeObject>>>;

/// Where `print` and `sys.stdout.write` go.
pub type OutputSink = Box<dyn Write>;

pub struct Vm {
    /// The GIL (see `gil.rs`): shared with the interpreter's other threads, and the home
    /// of the eval-breaker word the eval loop polls.
    pub gil: Arc<crate::gil::Gil>,
    /// The running thread's ident; this and the other per-thread fields below are swapped
    /// at every GIL hand-off (see `thread.rs`).
    pub thread_ident: Cell<u64>,
    /// Locks to release when the running thread ends (`_thread._set_sentinel`).
    pub sentinels: RefCell<Vec<Arc<crate::thread::RawLock>>>,
    /// Run the instruction-counting eval loop (deterministic scheduling).
    pub step_mode: Cell<bool>,
    pub step: crate::thread::StepCounter,
    /// Types made on first use (`mappingproxy`, `GenericAlias`, …), by name: one set per
    /// interpreter, shared by all its threads.
    lazy_types: RefCell<HashMap<&'static str, ObjRef>>,
    /// The `member_descriptor` type once made (also in `lazy_types`): slot access asks
    /// "is this a member descriptor" on every read and write.
    pub member_descriptor_type: std::cell::OnceCell<ObjRef>,
    /// The interned one-character ASCII strs by code point, filled on first use (CPython
    /// keeps the single-character Latin-1 strs as singletons): `chr(i)` and `s[i]` then
    /// cost an index, not a hash-table lookup.
    pub ascii_strs: [std::cell::OnceCell<ObjRef>; 128],
    /// Per-interpreter state of native modules (CPython's module state), by module name.
    /// A handful of entries, looked up on hot paths (asyncio's task step): a linear scan
    /// comparing the key's address first beats hashing the key.
    ext_state: RefCell<Vec<(&'static str, std::rc::Rc<dyn std::any::Any>)>>,
    /// Starts `multiprocessing` children as sub-interpreters (installed by the facade;
    /// see `interp.rs`).
    pub spawn_hook: RefCell<Option<crate::interp::SpawnHook>>,
    /// `os.getpid()` / `os.getppid()`: the real ones for the main interpreter, simulated
    /// ones for the sub-interpreters that stand in for `multiprocessing` children.
    pub pid: Cell<u32>,
    pub ppid: Cell<u32>,
    /// The wall clock when the interpreter started, in ns (deterministic mode's origin).
    pub start_wall_ns: i128,
    /// `_thread.stack_size()`: the stack size for new threads (0 = the default).
    pub thread_stack_size: Cell<usize>,
    /// The cycle collector's state; created first so every object the interpreter makes
    /// is tracked in it (see `gc.rs`).
    pub gc: crate::gc::GcHandle,
    pub t: BuiltinTypes,
    pub exc: ExcTypes,
    pub builtins: ObjRef,
    pub builtins_dict: ObjRef,
    /// `sys.modules`.
    pub modules: ObjRef,
    pub none_singletons: Singletons,
    interned: RefCell<HashMap<Box<str>, ObjRef, BuildHasherDefault<FxHasher>>>,
    /// Recently interned names by text address (see `intern`).
    recent_names: Box<[RefCell<Option<(usize, ObjRef)>>]>,
    /// The method cache of `types::lookup` (CPython's type attribute cache).
    pub method_cache: crate::types::MethodCache,
    /// Python frames currently on this thread (for the recursion limit).
    pub depth: Cell<u32>,
    pub recursion_limit: Cell<u32>,
    /// Nested native→Python re-entries (each one costs Rust stack).
    pub native_depth: Cell<u32>,
    /// The exception currently being handled (`sys.exc_info()[1]`), or None.
    pub handled_exc: RefCell<Value>,
    /// The `exc_info` entries of the callers of running generators, innermost last
    /// (CPython's `exc_info->previous_item` chain): a generator has its own entry
    /// (`handled_exc` while it runs), and `sys.exc_info()` falls back along this chain.
    pub exc_chain: RefCell<Vec<Value>>,
    /// `sys.set_asyncgen_hooks`: (firstiter, finalizer), None when unset.
    pub asyncgen_hooks: RefCell<(Value, Value)>,
    /// Set while `gen.throw()` hands its exception to the generator's frame, which must not
    /// chain it to the exception being handled (CPython restores it rather than raising).
    pub throwing: Cell<bool>,
    pub compile_hook: RefCell<Option<CompileHook>>,
    pub stdout: RefCell<OutputSink>,
    pub stderr: RefCell<OutputSink>,
    pub hash_key: (u64, u64),
    /// `sys.get_int_max_str_digits()`.
    pub int_max_str_digits: Cell<usize>,
    pub argv: RefCell<Vec<String>>,
    /// Directories searched for `.py` imports (`sys.path`), kept as a list object.
    pub sys_path: ObjRef,
    /// Embedded Python-source modules: name -> source.
    pub frozen_sources: RefCell<HashMap<String, &'static str>>,
    /// Native modules: name -> initialiser.
    pub native_modules: RefCell<HashMap<String, fn(&Vm) -> PyResult<ObjRef>>>,
    /// The caller's frame facts for frame-aware builtins (see `builtins::CallerInfo`).
    pub caller: RefCell<Option<crate::builtins::CallerInfo>>,
    /// The `sys` module, once the stdlib has created it.
    pub sys_module: RefCell<Option<ObjRef>>,
    /// `object.__new__` and `object.__init__` (builtin, never replaced): what class
    /// constructors compare against.
    pub object_new: Value,
    pub object_init: Value,
    /// The default `sys.stdout` / `sys.stderr` objects.
    pub std_streams: (ObjRef, ObjRef, ObjRef),
    /// Source text by filename, for traceback lines of code that is not on disk.
    pub sources: RefCell<HashMap<String, String>>,
    /// Warnings already shown, by location and text (the "default" filter's registry).
    pub warnings_shown: RefCell<std::collections::HashSet<String>>,
    /// Limits set by an embedding host (see `limits.rs`).
    pub limits: crate::limits::VmLimits,
    /// The file system scripts see (see `fs_policy.rs`).
    pub fs_policy: RefCell<crate::fs_policy::FsPolicy>,
    /// Under a sandboxing policy, the only real directories `import` may read `.py` files
    /// from (the host's module paths, canonicalised); None: any `sys.path` entry.
    pub import_roots: RefCell<Option<Vec<std::path::PathBuf>>>,
}

const RECENT_NAMES: usize = 256;

fn as_str_obj(o: &ObjRef) -> &str {
    match o.payload() {
        Payload::Str(s) => &s.s,
        _ => "",
    }
}

/// The interned-name table's hasher: names are short and trusted, so a multiply-rotate
/// hash (rustc's FxHash) replaces SipHash, which dominated `intern` in profiles.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(buf));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// Singleton objects that are heap allocated.
pub struct Singletons {
    pub not_implemented: ObjRef,
    pub ellipsis: ObjRef,
    pub empty_tuple: ObjRef,
    pub empty_str: ObjRef,
}

impl Vm {
    pub fn new() -> Vm {
        let gil = Arc::new(crate::gil::Gil::new());
        let gc = crate::gc::GcState::new(gil.clone());
        let t = BuiltinTypes::new();
        let exc = ExcTypes::new(&t);
        let builtins_dict = ObjRef::new(
            Some(t.dict.clone()),
            Payload::Dict(Box::new(RefCell::new(Dict::new()))),
        );
        let builtins = ObjRef::new(
            Some(t.module.clone()),
            Payload::Module(Box::new(ModuleData {
                name: "builtins".into(),
                dict: builtins_dict.clone(),
            })),
        );
        let modules = ObjRef::new(
            Some(t.dict.clone()),
            Payload::Dict(Box::new(RefCell::new(Dict::new()))),
        );
        let none_singletons = Singletons {
            not_implemented: ObjRef::new(
                Some(t.not_implemented_type.clone()),
                Payload::Singleton("NotImplemented"),
            ),
            ellipsis: ObjRef::new(
                Some(t.ellipsis_type.clone()),
                Payload::Singleton("Ellipsis"),
            ),
            empty_tuple: ObjRef::new(Some(t.tuple.clone()), Payload::Tuple(Box::new([]))),
            empty_str: ObjRef::new(Some(t.str.clone()), Payload::Str(PyStr::new(""))),
        };
        let sys_path = ObjRef::new(
            Some(t.list.clone()),
            Payload::List(RefCell::new(Vec::new())),
        );
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0x5eed);
        // PYTHONHASHSEED=N derives the SipHash key exactly as CPython does, so str hashes
        // (and the iteration order of sets of str) match CPython run with the same seed.
        let hash_key = match std::env::var("PYTHONHASHSEED")
            .ok()
            .and_then(|s| s.parse::<u32>().ok())
        {
            Some(s) => {
                let k = crate::prims::hash::HashKey::from_seed(s);
                (k.k0, k.k1)
            }
            None => (
                seed ^ (std::process::id() as u64) << 32,
                seed.rotate_left(29) ^ 0x243f_6a88_85a3_08d3,
            ),
        };
        let empty_placeholder = none_singletons.empty_tuple.clone();
        let mut vm = Vm {
            gil,
            thread_ident: Cell::new(crate::gil::MAIN_IDENT),
            sentinels: RefCell::new(Vec::new()),
            step_mode: Cell::new(false),
            step: Default::default(),
            thread_stack_size: Cell::new(0),
            start_wall_ns: crate::clock::wall_ns(),
            spawn_hook: RefCell::new(None),
            pid: Cell::new(std::process::id()),
            ppid: Cell::new(std::os::unix::process::parent_id()),
            lazy_types: RefCell::new(HashMap::new()),
            member_descriptor_type: std::cell::OnceCell::new(),
            ascii_strs: std::array::from_fn(|_| std::cell::OnceCell::new()),
            ext_state: RefCell::new(Vec::new()),
            gc,
            t,
            exc,
            builtins,
            builtins_dict,
            modules,
            none_singletons,
            interned: RefCell::new(HashMap::default()),
            method_cache: crate::types::MethodCache::new(),
            recent_names: (0..RECENT_NAMES).map(|_| RefCell::new(None)).collect(),
            depth: Cell::new(0),
            recursion_limit: Cell::new(1000),
            native_depth: Cell::new(0),
            handled_exc: RefCell::new(Value::None),
            exc_chain: RefCell::new(Vec::new()),
            asyncgen_hooks: RefCell::new((Value::None, Value::None)),
            throwing: Cell::new(false),
            compile_hook: RefCell::new(None),
            stdout: RefCell::new(Box::new(std::io::stdout())),
            stderr: RefCell::new(Box::new(std::io::stderr())),
            hash_key,
            int_max_str_digits: Cell::new(4300),
            argv: RefCell::new(Vec::new()),
            sys_path,
            frozen_sources: RefCell::new(HashMap::new()),
            native_modules: RefCell::new(HashMap::new()),
            caller: RefCell::new(None),
            sources: RefCell::new(HashMap::new()),
            warnings_shown: RefCell::new(Default::default()),
            sys_module: RefCell::new(None),
            fs_policy: RefCell::new(Default::default()),
            import_roots: RefCell::new(None),
            limits: crate::limits::VmLimits {
                user_recursion: Cell::new(1000),
                ..Default::default()
            },
            object_new: Value::None,
            object_init: Value::None,
            std_streams: (
                empty_placeholder.clone(),
                empty_placeholder.clone(),
                empty_placeholder,
            ),
        };
        crate::types::init_type_dicts(&vm);
        crate::builtins::init(&vm);
        vm.std_streams = crate::types::stream::make_streams(&vm);
        vm.object_new =
            crate::types::lookup_str(&vm, &vm.t.object, "__new__").expect("object.__new__");
        vm.object_init =
            crate::types::lookup_str(&vm, &vm.t.object, "__init__").expect("object.__init__");
        vm
    }

    // ----- constructors -------------------------------------------------------------

    /// A str value (not interned).
    /// The lazily made type `key`, if it exists yet.
    pub fn lazy_type(&self, key: &'static str) -> Option<ObjRef> {
        self.lazy_types.borrow().get(key).cloned()
    }

    pub fn set_lazy_type(&self, key: &'static str, ty: ObjRef) {
        self.lazy_types.borrow_mut().insert(key, ty);
    }

    /// The lazily made type `key`, made by `make` on first use.
    pub fn lazy_type_or(&self, key: &'static str, make: impl FnOnce() -> ObjRef) -> ObjRef {
        if let Some(t) = self.lazy_type(key) {
            return t;
        }
        let t = make();
        self.set_lazy_type(key, t.clone());
        t
    }

    /// A native module's per-interpreter state, made by `init` on first use.
    pub fn ext_state<T: 'static>(
        &self,
        key: &'static str,
        init: impl FnOnce() -> T,
    ) -> std::rc::Rc<T> {
        let found = self
            .ext_state
            .borrow()
            .iter()
            .find(|(k, _)| std::ptr::eq(*k, key) || *k == key)
            .map(|(_, a)| a.clone());
        let any = match found {
            Some(a) => a,
            None => {
                let a: std::rc::Rc<dyn std::any::Any> = std::rc::Rc::new(init());
                self.ext_state.borrow_mut().push((key, a.clone()));
                a
            }
        };
        any.downcast::<T>()
            .unwrap_or_else(|_| panic!("ext_state {key}: type mismatch"))
    }

    pub fn new_str(&self, s: &str) -> Value {
        if s.is_empty() {
            return Value::Obj(self.none_singletons.empty_str.clone());
        }
        Value::Obj(ObjRef::new(
            Some(self.t.str.clone()),
            Payload::Str(PyStr::new(s)),
        ))
    }

    pub fn new_string(&self, s: String) -> Value {
        if s.is_empty() {
            return Value::Obj(self.none_singletons.empty_str.clone());
        }
        Value::Obj(ObjRef::new(
            Some(self.t.str.clone()),
            Payload::Str(PyStr::new(s)),
        ))
    }

    /// The interned str object for `s` (names, attribute keys): equal names share one
    /// object, so dict lookups usually succeed on identity.
    pub fn intern(&self, s: &str) -> ObjRef {
        // Most callers pass the same string literals (`"__init__"`) again and again: a
        // small table keyed by the text's address answers them with one comparison of
        // the text instead of hashing it. The text is always compared, so a reused
        // address can only miss, never answer wrongly.
        let slot = &self.recent_names[(s.as_ptr() as usize >> 3) & (RECENT_NAMES - 1)];
        if let Some((addr, o)) = &*slot.borrow() {
            if *addr == s.as_ptr() as usize && as_str_obj(o) == s {
                return o.clone();
            }
        }
        if let Some(o) = self.interned.borrow().get(s) {
            *slot.borrow_mut() = Some((s.as_ptr() as usize, o.clone()));
            return o.clone();
        }
        let o = ObjRef::new(Some(self.t.str.clone()), Payload::Str(PyStr::new(s)));
        if let Payload::Str(ps) = o.payload() {
            ps.interned.set(true);
        }
        self.interned.borrow_mut().insert(s.into(), o.clone());
        o
    }

    pub fn new_list(&self, items: Vec<Value>) -> Value {
        Value::Obj(ObjRef::new(
            Some(self.t.list.clone()),
            Payload::List(RefCell::new(items)),
        ))
    }

    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return Value::Obj(self.none_singletons.empty_tuple.clone());
        }
        Value::Obj(ObjRef::new(
            Some(self.t.tuple.clone()),
            Payload::Tuple(items.into_boxed_slice()),
        ))
    }

    pub fn new_dict(&self) -> ObjRef {
        ObjRef::new(
            Some(self.t.dict.clone()),
            Payload::Dict(Box::new(RefCell::new(Dict::new()))),
        )
    }

    pub fn new_bytes(&self, b: Vec<u8>) -> Value {
        Value::Obj(ObjRef::new(
            Some(self.t.bytes.clone()),
            Payload::Bytes(b.into_boxed_slice()),
        ))
    }

    pub fn not_implemented(&self) -> Value {
        Value::Obj(self.none_singletons.not_implemented.clone())
    }

    pub fn is_not_implemented(&self, v: &Value) -> bool {
        matches!(v, Value::Obj(o) if o.is(&self.none_singletons.not_implemented))
    }

    /// A native function object (a builtin, or a method when `owner` is given).
    pub fn new_native(
        &self,
        name: &'static str,
        func: NativeFn,
        owner: Option<&'static str>,
    ) -> Value {
        Value::Obj(ObjRef::new(
            Some(self.t.builtin_function.clone()),
            Payload::Native(Box::new(NativeFunction {
                name,
                func,
                bound: None,
                owner,
                is_classmethod: false,
                doc: None,
                needs_caller: owner.is_none() && crate::builtins::FRAME_BUILTINS.contains(&name),
            })),
        ))
    }

    // ----- types ----------------------------------------------------------------------

    /// `type(v)`.
    #[inline]
    pub fn type_of(&self, v: &Value) -> ObjRef {
        match v {
            Value::Obj(o) => self.type_of_obj(o),
            Value::Int(_) => self.t.int.clone(),
            Value::Float(_) => self.t.float.clone(),
            Value::Bool(_) => self.t.bool.clone(),
            Value::None => self.t.none_type.clone(),
            Value::Null => self.t.none_type.clone(),
        }
    }

    #[inline]
    pub fn type_of_obj(&self, o: &ObjRef) -> ObjRef {
        match o.raw_type() {
            Some(t) => t.clone(),
            None => self.t.type_.clone(),
        }
    }

    /// `issubclass(sub, sup)` by MRO (no `__subclasscheck__`).
    pub fn is_subtype(&self, sub: &ObjRef, sup: &ObjRef) -> bool {
        if sub.is(sup) {
            return true;
        }
        match sub.payload() {
            Payload::Type(td) => td.mro.borrow().iter().any(|t| t.is(sup)),
            _ => false,
        }
    }

    /// `isinstance(v, cls)` by MRO (no `__instancecheck__`).
    pub fn is_instance(&self, v: &Value, cls: &ObjRef) -> bool {
        self.is_subtype(&self.type_of(v), cls)
    }

    /// The name of `v`'s type, for error messages.
    pub fn type_name(&self, v: &Value) -> String {
        crate::types::type_name(&self.type_of(v))
    }

    // ----- recursion ---------------------------------------------------------------------

    /// Count one more nested call; `RecursionError` past the limit (CPython's
    /// `_Py_EnterRecursiveCall`). `what` completes the message.
    #[inline]
    pub fn enter_recursion(&self, what: &str) -> PyResult<()> {
        let d = self.depth.get() + 1;
        if d > self.recursion_limit.get() {
            return Err(self.recursion_overflow(what));
        }
        self.depth.set(d);
        Ok(())
    }

    #[inline]
    pub fn leave_recursion(&self) {
        self.depth.set(self.depth.get() - 1);
    }

    /// Run `f` as a native→native recursive step (repr, eq of nested containers) under the
    /// recursion limit.
    pub fn with_recursion<T>(&self, what: &str, f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
        if crate::stack::exhausted() {
            return Err(self.recursion_error(format!("maximum recursion depth exceeded{what}")));
        }
        self.enter_recursion(what)?;
        let r = f();
        self.leave_recursion();
        r
    }

    // ----- output ---------------------------------------------------------------------

    pub fn write_stdout(&self, s: &str) -> PyResult<()> {
        self.stdout
            .borrow_mut()
            .write_all(s.as_bytes())
            .map_err(|e| self.os_error(e.to_string()))
    }

    /// The exception being handled as `sys.exc_info()` sees it: the innermost non-None
    /// entry of the exc_info chain (CPython's `_PyErr_GetTopmostException`).
    pub fn topmost_exc(&self) -> Value {
        let h = self.handled_exc.borrow().clone();
        if !h.is_none() {
            return h;
        }
        self.exc_chain
            .borrow()
            .iter()
            .rev()
            .find(|v| !v.is_none())
            .cloned()
            .unwrap_or(Value::None)
    }

    pub fn write_stderr(&self, s: &str) {
        let _ = self.stderr.borrow_mut().write_all(s.as_bytes());
    }

    pub fn flush_stdout(&self) {
        let _ = self.stdout.borrow_mut().flush();
    }

    /// Raise `err` from Rust with the handled exception as its context.
    pub fn raise<T>(&self, err: PyErr) -> PyResult<T> {
        Err(err)
    }
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}

/// Helper: the `&str` of a str value.
pub fn as_str(v: &Value) -> Option<&str> {
    match v {
        Value::Obj(o) => match o.payload() {
            Payload::Str(s) => Some(&s.s),
            _ => None,
        },
        _ => None,
    }
}

/// Helper: the `PyStr` of a str value.
pub fn as_pystr(v: &Value) -> Option<&PyStr> {
    match v {
        Value::Obj(o) => match o.payload() {
            Payload::Str(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// A `PyErr` for use in `?` chains where the error came from elsewhere.
pub fn err(e: PyErr) -> PyErr {
    e
}

/// `sys.<name>`, if the sys module exists and has it.
pub fn sys_attr(vm: &Vm, name: &str) -> Option<Value> {
    let sys = vm.sys_module.borrow().clone()?;
    let d = crate::import::module_dict(&sys)?.clone();
    crate::types::dict::get_str_key(vm, &d, &vm.intern(name))
}

/// Whether `v` is the interpreter's default stdout (1) or stderr (2) stream object.
pub fn is_default_stream(_vm: &Vm, v: &Value, fd: u8) -> bool {
    crate::types::stream::is_stream(v, fd)
}
