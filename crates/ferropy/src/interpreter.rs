//! [`Interpreter`]: one Python interpreter a host owns, shares between its threads and
//! runs code in; [`Python`]: the token that proves the GIL is held.

use crate::builder::{Builder, FileSystem, Limits};
use crate::compile::compile_source;
use crate::convert::{FromPy, IntoPy, IntoPyArgs};
use crate::error::{Error, LimitKind, Result};
use crate::object::{Bound, PyObject};
use ferropy_vm::embed::HostVm;
use ferropy_vm::{CompileMode, ObjRef, PyErr, PyResult, Value, Vm};
use std::sync::{Arc, Mutex};

/// A Python interpreter: `Send + Sync`, so host threads can share it (behind an `Arc`);
/// the GIL serialises them, and it is released between calls so threads a script started
/// keep running while the host does other work.
///
/// ```
/// use ferropy::{Interpreter, OutputBuffer};
/// let out = OutputBuffer::new();
/// let interp = Interpreter::builder().stdout(out.clone()).build();
/// interp.run("def greet(name):\n    print(f'hello, {name}')").unwrap();
/// interp.call::<()>(&interp.get_global("greet").unwrap(), ("world",)).unwrap();
/// assert_eq!(out.contents(), "hello, world\n");
/// ```
pub struct Interpreter {
    host: HostVm,
    limits: Mutex<Limits>,
    shut_down: std::sync::atomic::AtomicBool,
}

/// Proof that the current thread holds an interpreter's GIL, handed to the closures of
/// [`Interpreter::with_gil`] and to host functions. Everything made with it
/// ([`Bound`]) lives no longer than the closure.
///
/// ```
/// let interp = ferropy::Interpreter::builder().build();
/// let n: i64 = interp.with_gil(|py| {
///     py.run("x = 40")?;
///     py.eval("x + 2")
/// }).unwrap();
/// assert_eq!(n, 42);
/// ```
#[derive(Clone, Copy)]
pub struct Python<'py> {
    vm: &'py Vm,
}

/// Stops an interpreter's current run from any thread (see [`Interpreter::cancel_handle`]).
///
/// ```
/// use ferropy::{Interpreter, LimitKind};
/// let interp = Interpreter::builder().build();
/// let cancel = interp.cancel_handle();
/// let t = std::thread::spawn(move || {
///     std::thread::sleep(std::time::Duration::from_millis(50));
///     cancel.cancel();
/// });
/// let e = interp.run("while True: pass").unwrap_err();
/// assert_eq!(e.limit(), Some(LimitKind::Cancelled));
/// t.join().unwrap();
/// ```
#[derive(Clone)]
pub struct CancelHandle {
    gil: Arc<ferropy_vm::gil::Gil>,
}

impl CancelHandle {
    /// Stop the run in progress (or, if none is, the next one) with
    /// [`LimitKind::Cancelled`].
    ///
    /// ```
    /// let interp = ferropy::Interpreter::builder().build();
    /// interp.cancel_handle().cancel();
    /// assert!(interp.run("pass\nwhile True: pass").is_err());
    /// assert!(interp.run("pass").is_ok());
    /// ```
    pub fn cancel(&self) {
        self.gil.request_abort(LimitKind::Cancelled);
    }
}

impl Interpreter {
    /// Start configuring an interpreter.
    ///
    /// ```
    /// let interp = ferropy::Interpreter::builder().build();
    /// assert_eq!(interp.eval::<i64>("2 ** 10").unwrap(), 1024);
    /// ```
    pub fn builder() -> Builder {
        Builder::default()
    }

    /// An interpreter like the `ferropy` command's: real file system, inherited output,
    /// `sys.argv` set to `argv`.
    ///
    /// ```
    /// let interp = ferropy::Interpreter::new(vec!["prog".into()]);
    /// assert_eq!(interp.eval::<String>("__import__('sys').argv[0]").unwrap(), "prog");
    /// ```
    pub fn new(argv: Vec<String>) -> Interpreter {
        Interpreter::with_gil_options(argv, &Default::default())
    }

    /// As [`Interpreter::new`], with thread scheduling options (deterministic mode, GIL
    /// tracing).
    ///
    /// ```
    /// let opts = ferropy::GilOptions { deterministic: Some(3), ..Default::default() };
    /// let interp = ferropy::Interpreter::with_gil_options(vec![], &opts);
    /// assert!(interp.run("pass").is_ok());
    /// ```
    pub fn with_gil_options(argv: Vec<String>, opts: &ferropy_vm::gil::GilOptions) -> Interpreter {
        let mut b = Builder::default().argv(argv).filesystem(FileSystem::Real);
        b.gil = opts.clone();
        b.build()
    }

    pub(crate) fn from_builder(b: Builder) -> Interpreter {
        let vm = Box::new(Vm::new());
        vm.gil.configure(&b.gil);
        if b.gil.deterministic.is_some() {
            vm.enable_step_mode();
        }
        if let Some(d) = b.switch_interval {
            vm.gil.set_switch_interval(d.as_secs_f64());
        }
        *vm.compile_hook.borrow_mut() = Some(Box::new(compile_source));
        // Children are interpreters with the real file system (they re-read the main
        // script from disk), so only an interpreter that has it may start them.
        if matches!(b.fs, FileSystem::Real) {
            let spawn: ferropy_vm::interp::SpawnHook = Arc::new(crate::child::spawn_child);
            *vm.spawn_hook.borrow_mut() = Some(spawn);
        }
        *vm.stdout.borrow_mut() = b.stdout.into_sink(false);
        *vm.stderr.borrow_mut() = b.stderr.into_sink(true);
        *vm.fs_policy.borrow_mut() = match &b.fs {
            FileSystem::Deny => ferropy_vm::fs_policy::FsPolicy::Deny,
            FileSystem::Memory(m) => ferropy_vm::fs_policy::FsPolicy::Memory(m.clone()),
            FileSystem::Real => ferropy_vm::fs_policy::FsPolicy::Real,
        };
        if !matches!(b.fs, FileSystem::Real) {
            let roots = b
                .paths
                .iter()
                .filter_map(|p| std::fs::canonicalize(p).ok())
                .collect();
            *vm.import_roots.borrow_mut() = Some(roots);
        }
        ferropy_stdlib::install(&vm, b.argv);
        for p in &b.paths {
            let path = Value::Obj(vm.sys_path.clone());
            let _ = ferropy_vm::protocol::call::call_method(&vm, &path, "append", &[vm.new_str(p)]);
        }
        new_main_module(&vm).expect("a fresh __main__ module");
        let interp = Interpreter {
            host: HostVm::new(vm),
            limits: Mutex::new(Limits::default()),
            shut_down: Default::default(),
        };
        interp.set_limits(b.limits);
        interp
    }

    /// Change the limits (they apply from the next run; the heap limit counts objects
    /// allocated while a heap limit is set, not those made before the first one).
    ///
    /// ```
    /// let interp = ferropy::Interpreter::builder().build();
    /// interp.set_limits(ferropy::Limits::new().instructions(1000));
    /// assert!(interp.run("while True: pass").is_err());
    /// interp.set_limits(ferropy::Limits::new());
    /// assert!(interp.run("for i in range(10000): pass").is_ok());
    /// ```
    pub fn set_limits(&self, limits: Limits) {
        let vm = self.host.enter();
        vm.set_heap_limit(limits.heap_bytes);
        vm.set_host_recursion_limit(limits.recursion_depth);
        // log2(10) bits per decimal digit, rounded up.
        vm.limits
            .int_bits
            .set(limits.int_digits.map(|d| d.saturating_mul(3322) / 1000 + 1));
        if limits.time.is_some() {
            vm.gil.abort.arm();
        }
        *self.limits.lock().unwrap_or_else(|e| e.into_inner()) = limits;
    }

    /// The limits in force.
    ///
    /// ```
    /// let interp = ferropy::Interpreter::builder().build();
    /// assert_eq!(interp.limits(), ferropy::Limits::new());
    /// ```
    pub fn limits(&self) -> Limits {
        *self.limits.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A handle that stops this interpreter's current run from another thread.
    ///
    /// ```
    /// let interp = ferropy::Interpreter::builder().build();
    /// let h = interp.cancel_handle();
    /// std::thread::spawn(move || h.cancel()).join().unwrap();
    /// assert!(interp.run("while True: pass").is_err());
    /// ```
    pub fn cancel_handle(&self) -> CancelHandle {
        let vm = self.host.enter();
        vm.gil.abort.arm();
        CancelHandle {
            gil: vm.gil.clone(),
        }
    }

    /// Run `f` with the GIL held. The outermost call on a thread is one *run*: the time
    /// and instruction limits apply to it, and when a limit stops it the error is
    /// [`Error::Limit`] whatever the closure made of it.
    ///
    /// ```
    /// let interp = ferropy::Interpreter::builder().build();
    /// let v: Vec<i64> = interp.with_gil(|py| py.eval("[x * x for x in range(4)]")).unwrap();
    /// assert_eq!(v, [0, 1, 4, 9]);
    /// ```
    pub fn with_gil<R>(&self, f: impl for<'py> FnOnce(Python<'py>) -> Result<R>) -> Result<R> {
        let outermost = !self.host.is_entered();
        let vm = self.host.enter();
        let py = Python { vm: &vm };
        if !outermost {
            return f(py);
        }
        let limits = self.limits();
        if let Some(t) = limits.time {
            ferropy_vm::limits::arm_deadline(&vm.gil, std::time::Instant::now() + t);
        }
        if limits.instructions.is_some() {
            vm.set_instruction_budget(limits.instructions);
        }
        // Under a heap limit, remember `__main__`'s bindings: a run stopped for memory
        // has them restored, so what it allocated and bound is freed and the next run
        // has room again.
        let snapshot = match limits.heap_bytes {
            Some(_) => py.main_globals().ok().map(|g| {
                let entries = ferropy_vm::types::dict::entries(&g);
                (g, entries)
            }),
            None => None,
        };
        let r = f(py);
        vm.flush_stdout();
        let _ = vm.stderr.borrow_mut().flush();
        let aborted = vm.gil.abort.kind();
        if limits.instructions.is_some() {
            vm.set_instruction_budget(None);
        }
        vm.gil.clear_abort();
        // Restore after a memory stop, and after any stop that left the heap over its
        // limit (a huge object made by one native call, then a deadline): otherwise
        // every later run would stop at once.
        let over = limits
            .heap_bytes
            .is_some_and(|limit| vm.heap_bytes() > limit);
        if let (Some(kind), Some((globals, entries))) = (aborted, snapshot) {
            if kind == LimitKind::Memory || over {
                restore_globals(&vm, &globals, entries);
            }
        }
        match aborted {
            // Even a run that got to its end passed the limit on the way (the last
            // allocations happened after the last safe point).
            Some(kind) => Err(Error::Limit(kind)),
            None => r,
        }
    }

    /// Low-level access to the VM (the `ferropy::vm` API), with the GIL held. Errors
    /// are the VM's; no limits session is started.
    ///
    /// ```
    /// let interp = ferropy::Interpreter::builder().build();
    /// let depth = interp.with_vm(|vm| vm.recursion_limit.get());
    /// assert_eq!(depth, 1000);
    /// ```
    pub fn with_vm<R>(&self, f: impl FnOnce(&Vm) -> R) -> R {
        let vm = self.host.enter();
        f(&vm)
    }

    /// Run statements in `__main__`'s namespace (like `exec(source)` in a REPL session:
    /// names stay defined for later calls).
    ///
    /// ```
    /// let interp = ferropy::Interpreter::builder().build();
    /// interp.run("x = 1").unwrap();
    /// interp.run("x += 1").unwrap();
    /// assert_eq!(interp.eval::<i64>("x").unwrap(), 2);
    /// ```
    pub fn run(&self, source: &str) -> Result<()> {
        self.with_gil(|py| py.run(source))
    }

    /// Read a file (from the real file system: the host chose it) and run it in
    /// `__main__`'s namespace, with `__file__` set.
    ///
    /// ```
    /// let path = std::env::temp_dir().join("ferropy-doc-run-file.py");
    /// std::fs::write(&path, "answer = 6 * 7\n").unwrap();
    /// let interp = ferropy::Interpreter::builder().build();
    /// interp.run_file(&path).unwrap();
    /// assert_eq!(interp.eval::<i64>("answer").unwrap(), 42);
    /// ```
    pub fn run_file(&self, path: impl AsRef<std::path::Path>) -> Result<()> {
        let path = path.as_ref();
        let source = std::fs::read_to_string(path)
            .map_err(|e| Error::Io(format!("can't open file '{}': {e}", path.display())))?;
        let name = path.display().to_string();
        self.with_gil(|py| {
            py.set_global("__file__", name.as_str())?;
            py.exec_in_main(&source, &name, CompileMode::Exec).map(drop)
        })
    }

    /// Evaluate an expression in `__main__`'s namespace and convert the result.
    ///
    /// ```
    /// let interp = ferropy::Interpreter::builder().build();
    /// let (a, b): (String, f64) = interp.eval("('pi', 3.5)").unwrap();
    /// assert_eq!((a.as_str(), b), ("pi", 3.5));
    /// ```
    pub fn eval<T: FromPy>(&self, expr: &str) -> Result<T> {
        self.with_gil(|py| py.eval(expr))
    }

    /// A global of `__main__`, converted.
    ///
    /// ```
    /// let interp = ferropy::Interpreter::builder().build();
    /// interp.run("names = ['a', 'b']").unwrap();
    /// assert_eq!(interp.get_global::<Vec<String>>("names").unwrap(), ["a", "b"]);
    /// ```
    pub fn get_global<T: FromPy>(&self, name: &str) -> Result<T> {
        self.with_gil(|py| py.get_global_bound(name)?.extract())
    }

    /// Set a global of `__main__`.
    ///
    /// ```
    /// let interp = ferropy::Interpreter::builder().build();
    /// interp.set_global("limit", 10).unwrap();
    /// assert_eq!(interp.eval::<i64>("limit * 2").unwrap(), 20);
    /// ```
    pub fn set_global(&self, name: &str, value: impl IntoPy) -> Result<()> {
        self.with_gil(|py| py.set_global(name, value))
    }

    /// Import a module (`import name`) and return it.
    ///
    /// ```
    /// let interp = ferropy::Interpreter::builder().build();
    /// let math = interp.import("math").unwrap();
    /// let r: f64 = interp.call_method(&math, "sqrt", (16,)).unwrap();
    /// assert_eq!(r, 4.0);
    /// ```
    pub fn import(&self, name: &str) -> Result<PyObject> {
        self.with_gil(|py| Ok(py.import(name)?.unbind()))
    }

    /// Call a Python callable with positional arguments and convert the result.
    ///
    /// ```
    /// let interp = ferropy::Interpreter::builder().build();
    /// interp.run("def add(a, b=0): return a + b").unwrap();
    /// let add = interp.get_global("add").unwrap();
    /// assert_eq!(interp.call::<i64>(&add, (2, 3)).unwrap(), 5);
    /// ```
    pub fn call<T: FromPy>(&self, callable: &PyObject, args: impl IntoPyArgs) -> Result<T> {
        self.with_gil(|py| callable.bind(py)?.call1(args)?.extract())
    }

    /// Call a Python callable with positional and keyword arguments.
    ///
    /// ```
    /// let interp = ferropy::Interpreter::builder().build();
    /// interp.run("def f(a, *, scale=1): return a * scale").unwrap();
    /// let f = interp.get_global("f").unwrap();
    /// assert_eq!(interp.call_kw::<i64>(&f, (4,), [("scale", 3)]).unwrap(), 12);
    /// ```
    pub fn call_kw<'a, T: FromPy>(
        &self,
        callable: &PyObject,
        args: impl IntoPyArgs,
        kwargs: impl Into<crate::convert::Kwargs<'a>>,
    ) -> Result<T> {
        let kwargs = kwargs.into();
        self.with_gil(move |py| callable.bind(py)?.call(args, kwargs)?.extract())
    }

    /// Call `obj.name(*args)`.
    ///
    /// ```
    /// let interp = ferropy::Interpreter::builder().build();
    /// let s = interp.eval::<ferropy::PyObject>("'a-b-c'").unwrap();
    /// let parts: Vec<String> = interp.call_method(&s, "split", ("-",)).unwrap();
    /// assert_eq!(parts, ["a", "b", "c"]);
    /// ```
    pub fn call_method<T: FromPy>(
        &self,
        obj: &PyObject,
        name: &str,
        args: impl IntoPyArgs,
    ) -> Result<T> {
        self.with_gil(|py| obj.bind(py)?.call_method1(name, args)?.extract())
    }

    // ----- the `ferropy` command's entry points ---------------------------------------------

    /// Run one interactive statement in `__main__` (the REPL's step: expression values
    /// are echoed through `sys.displayhook`).
    ///
    /// ```
    /// let out = ferropy::OutputBuffer::new();
    /// let interp = ferropy::Interpreter::builder().stdout(out.clone()).build();
    /// interp.run_interactive("1 + 1").unwrap();
    /// assert_eq!(out.contents(), "2\n");
    /// ```
    pub fn run_interactive(&self, source: &str) -> Result<()> {
        self.with_gil(|py| {
            py.exec_in_main(source, "<stdin>", CompileMode::Single)
                .map(drop)
        })
    }

    /// Run `source` as the `__main__` module of a program (a fresh module, as `python3
    /// FILE` does); what the `ferropy` command uses.
    ///
    /// ```
    /// let interp = ferropy::Interpreter::builder().build();
    /// interp.run_main("import sys\nassert __name__ == '__main__'", "prog.py").unwrap();
    /// ```
    pub fn run_main(&self, source: &str, filename: &str) -> Result<()> {
        self.with_gil(|py| {
            py.run_module_source(source, filename, "__main__")
                .map(drop)
                .map_err(|e| py.error(e))
        })
    }

    /// Finish like CPython's `Py_FinalizeEx`: join non-daemon threads, then clear
    /// `__main__` so module-level objects' `__del__` methods run, then flush output.
    /// Runs at most once (dropping the interpreter does it too).
    ///
    /// ```
    /// let out = ferropy::OutputBuffer::new();
    /// let interp = ferropy::Interpreter::builder().stdout(out.clone()).build();
    /// interp.run("class A:\n    def __del__(self): print('bye')\na = A()").unwrap();
    /// interp.shutdown();
    /// assert_eq!(out.contents(), "bye\n");
    /// ```
    pub fn shutdown(&self) {
        if self
            .shut_down
            .swap(true, std::sync::atomic::Ordering::SeqCst)
        {
            return;
        }
        let vm = self.host.enter();
        // A pending cancellation must not stop the shutdown itself.
        vm.gil.clear_abort();
        // Joining the script's threads is bounded by the time limit too: a thread that
        // never ends is stopped rather than hanging the host (it then parks for good).
        if let Some(t) = self.limits().time {
            ferropy_vm::limits::arm_deadline(&vm.gil, std::time::Instant::now() + t);
        }
        wait_for_thread_shutdown(&vm);
        vm.gil.set_finalizing(vm.thread_ident());
        // `__del__` methods run here, under the same deadline.
        if let Ok(Some(main)) =
            ferropy_vm::types::dict::get_item(&vm, &vm.modules, &vm.new_str("__main__"))
        {
            if let Some(d) = main.as_obj().and_then(ferropy_vm::import::module_dict) {
                ferropy_vm::import::clear_module_dict(&vm, &d.clone());
            }
        }
        vm.gil.clear_abort();
        vm.flush_stdout();
    }

    /// The GIL timeline recorded with `GilOptions::timeline`, as SVG.
    ///
    /// ```
    /// let interp = ferropy::Interpreter::builder().build();
    /// assert!(interp.gil_timeline_svg().is_none());
    /// ```
    pub fn gil_timeline_svg(&self) -> Option<String> {
        self.with_vm(|vm| vm.gil.timeline_svg())
    }

    /// Evaluate one expression in a fresh namespace and return its `repr`.
    ///
    /// ```
    /// let interp = ferropy::Interpreter::builder().build();
    /// assert_eq!(interp.eval_repr("[1, 'a']").unwrap(), "[1, 'a']");
    /// ```
    pub fn eval_repr(&self, expr: &str) -> Result<String> {
        self.with_gil(|py| {
            let vm = py.vm();
            let r = (|| {
                let code = compile_source(vm, expr, "<string>", CompileMode::Eval)?;
                let code = ferropy_vm::eval::load_code(vm, code);
                let globals = vm.new_dict();
                ferropy_vm::import::set_builtins(vm, &globals)?;
                let v = ferropy_vm::eval::run_code(vm, code, globals, None)?;
                ferropy_vm::protocol::repr::repr(vm, &v)
            })();
            r.map_err(|e| py.error(e))
        })
    }
}

impl Drop for Interpreter {
    fn drop(&mut self) {
        self.shutdown();
        // `main` is released by its own Drop (queued or direct), then `host` finalizes.
    }
}

/// Join the non-daemon threads, like CPython's `wait_for_thread_shutdown`: if
/// `threading` was imported, call its `_shutdown()`.
fn wait_for_thread_shutdown(vm: &Vm) {
    let Ok(Some(threading)) =
        ferropy_vm::types::dict::get_item(vm, &vm.modules, &vm.new_str("threading"))
    else {
        return;
    };
    if let Err(e) = ferropy_vm::protocol::call::call_method(vm, &threading, "_shutdown", &[]) {
        ferropy_vm::finalize::write_unraisable(vm, &e, &threading);
    }
}

/// Put `globals` back to `entries` (the bindings before a run the heap limit stopped),
/// then collect the cycles the run left behind.
fn restore_globals(vm: &Vm, globals: &ObjRef, entries: Vec<(Value, Value)>) {
    let _ = ferropy_vm::protocol::call::call_method(vm, &Value::Obj(globals.clone()), "clear", &[]);
    for (k, v) in entries {
        let _ = ferropy_vm::types::dict::set_item(vm, globals, k, v);
    }
    ferropy_vm::gc::collect(vm, 2);
}

/// A new `__main__` module with `__builtins__`, registered in `sys.modules`.
fn new_main_module(vm: &Vm) -> PyResult<ObjRef> {
    new_module_named(vm, "__main__")
}

fn new_module_named(vm: &Vm, name: &str) -> PyResult<ObjRef> {
    let main = ferropy_vm::import::new_module(vm, name);
    ferropy_vm::import::globals_with_builtins(vm, &main)?;
    ferropy_vm::types::dict::set_item(vm, &vm.modules, vm.new_str(name), Value::Obj(main.clone()))?;
    Ok(main)
}

impl<'py> Python<'py> {
    /// The VM (the low-level `ferropy::vm` API).
    ///
    /// ```
    /// let interp = ferropy::Interpreter::builder().build();
    /// interp.with_gil(|py| {
    ///     assert_eq!(py.vm().recursion_limit.get(), 1000);
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn vm(&self) -> &'py Vm {
        self.vm
    }

    /// A Python exception raised in this interpreter as an [`Error`] (a limit that is
    /// stopping the run becomes [`Error::Limit`]), for code using `ferropy::vm` directly.
    ///
    /// ```
    /// # let interp = ferropy::Interpreter::builder().build();
    /// let e = interp.with_gil(|py| Err::<(), _>(py.error(py.vm().value_error("bad")))).unwrap_err();
    /// assert_eq!(e.to_string(), "ValueError: bad\n");
    /// ```
    pub fn error(&self, e: PyErr) -> Error {
        to_error(self.vm, e)
    }

    /// An [`Error`] as a Python exception to raise (the inverse of [`Python::error`]).
    pub(crate) fn raise(&self, e: Error) -> PyErr {
        let vm = self.vm;
        match e {
            Error::Exception {
                exception: Some(o), ..
            } => match o.bind(*self) {
                Ok(b) => match b.v {
                    Value::Obj(o) => PyErr { exc: o },
                    _ => vm.runtime_error("bad exception"),
                },
                Err(_) => vm.runtime_error("exception from another interpreter"),
            },
            Error::Exception {
                type_name, message, ..
            } => {
                let cls = ferropy_vm::types::dict::get_str_key(
                    vm,
                    &vm.builtins_dict,
                    &vm.intern(&type_name),
                )
                .and_then(|c| c.as_obj().cloned())
                .filter(|c| {
                    ferropy_vm::types::as_type(&Value::Obj(c.clone()))
                        .is_some_and(|t| vm.is_subtype(t, &vm.exc.base_exception))
                })
                .unwrap_or_else(|| vm.exc.runtime_error.clone());
                let args = if message.is_empty() {
                    vec![]
                } else {
                    vec![vm.new_string(message)]
                };
                PyErr {
                    exc: vm.new_exception(&cls, args),
                }
            }
            Error::Limit(kind) => vm.trip(kind),
            Error::Syntax { message, .. } => PyErr {
                exc: vm.new_exception(&vm.exc.syntax_error.clone(), vec![vm.new_string(message)]),
            },
            Error::Exit { code, .. } => PyErr {
                exc: vm.new_exception(&vm.exc.system_exit.clone(), vec![Value::Int(code as i64)]),
            },
            Error::Io(m) => vm.os_error(m),
        }
    }

    /// `None`.
    ///
    /// ```
    /// # let interp = ferropy::Interpreter::builder().build();
    /// interp.with_gil(|py| { assert!(py.none().is_none()); Ok(()) }).unwrap();
    /// ```
    pub fn none(&self) -> Bound<'py> {
        Bound::new(*self, Value::None)
    }

    /// A builtin (`len`, `sorted`, `ValueError`…).
    ///
    /// ```
    /// # let interp = ferropy::Interpreter::builder().build();
    /// interp.with_gil(|py| {
    ///     assert_eq!(py.builtin("len")?.call1(("abc",))?.extract::<i64>()?, 3);
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn builtin(&self, name: &str) -> Result<Bound<'py>> {
        let vm = self.vm;
        match ferropy_vm::types::dict::get_str_key(vm, &vm.builtins_dict, &vm.intern(name)) {
            Some(v) => Ok(Bound::new(*self, v)),
            None => Err(self.error(vm.name_error(format!("name '{name}' is not defined")))),
        }
    }

    /// The token for a thread that holds `vm`'s GIL.
    pub(crate) fn assume(vm: &'py Vm) -> Python<'py> {
        Python { vm }
    }

    /// `sys.modules['__main__'].__dict__`.
    fn main_globals(&self) -> Result<ObjRef> {
        let vm = self.vm;
        ferropy_vm::types::dict::get_item(vm, &vm.modules, &vm.new_str("__main__"))
            .ok()
            .flatten()
            .and_then(|m| {
                m.as_obj()
                    .and_then(ferropy_vm::import::module_dict)
                    .cloned()
            })
            .ok_or_else(|| Error::new("RuntimeError", "lost sys.modules['__main__']"))
    }

    fn exec_in_main(&self, source: &str, filename: &str, mode: CompileMode) -> Result<Value> {
        let vm = self.vm;
        let globals = self.main_globals()?;
        let r = (|| {
            let code = compile_source(vm, source, filename, mode)?;
            let code = ferropy_vm::eval::load_code(vm, code);
            ferropy_vm::eval::run_code(vm, code, globals, None)
        })();
        r.map_err(|e| self.error(e))
    }

    /// Run statements in `__main__`'s namespace.
    ///
    /// ```
    /// # let interp = ferropy::Interpreter::builder().build();
    /// interp.with_gil(|py| py.run("y = 3")).unwrap();
    /// assert_eq!(interp.eval::<i64>("y").unwrap(), 3);
    /// ```
    pub fn run(&self, source: &str) -> Result<()> {
        self.exec_in_main(source, "<string>", CompileMode::Exec)
            .map(drop)
    }

    /// Evaluate an expression in `__main__`'s namespace and convert it.
    ///
    /// ```
    /// # let interp = ferropy::Interpreter::builder().build();
    /// assert_eq!(interp.with_gil(|py| py.eval::<bool>("1 < 2")).unwrap(), true);
    /// ```
    pub fn eval<T: FromPy>(&self, expr: &str) -> Result<T> {
        self.eval_bound(expr)?.extract()
    }

    /// Evaluate an expression in `__main__`'s namespace.
    ///
    /// ```
    /// # let interp = ferropy::Interpreter::builder().build();
    /// interp.with_gil(|py| {
    ///     assert_eq!(py.eval_bound("{1: 2}")?.type_name(), "dict");
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn eval_bound(&self, expr: &str) -> Result<Bound<'py>> {
        self.exec_in_main(expr, "<string>", CompileMode::Eval)
            .map(|v| Bound::new(*self, v))
    }

    /// A global of `__main__` (NameError if it is not set).
    ///
    /// ```
    /// # let interp = ferropy::Interpreter::builder().build();
    /// interp.run("z = 'zed'").unwrap();
    /// interp.with_gil(|py| {
    ///     assert_eq!(py.get_global_bound("z")?.str()?, "zed");
    ///     assert!(py.get_global_bound("nope").is_err());
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn get_global_bound(&self, name: &str) -> Result<Bound<'py>> {
        let vm = self.vm;
        let globals = self.main_globals()?;
        match ferropy_vm::types::dict::get_item(vm, &globals, &vm.new_str(name)) {
            Ok(Some(v)) => Ok(Bound::new(*self, v)),
            Ok(None) => Err(self.error(vm.name_error(format!("name '{name}' is not defined")))),
            Err(e) => Err(self.error(e)),
        }
    }

    /// Set a global of `__main__`.
    ///
    /// ```
    /// # let interp = ferropy::Interpreter::builder().build();
    /// interp.with_gil(|py| py.set_global("k", vec![1, 2])).unwrap();
    /// assert_eq!(interp.eval::<i64>("sum(k)").unwrap(), 3);
    /// ```
    pub fn set_global(&self, name: &str, value: impl IntoPy) -> Result<()> {
        let vm = self.vm;
        let globals = self.main_globals()?;
        let v = value.into_py(*self)?;
        ferropy_vm::types::dict::set_item(vm, &globals, vm.new_str(name), v.v)
            .map_err(|e| self.error(e))
    }

    /// `import name`.
    ///
    /// ```
    /// # let interp = ferropy::Interpreter::builder().build();
    /// interp.with_gil(|py| {
    ///     let m = py.import("collections")?;
    ///     let c = m.getattr("Counter")?.call1(("abca",))?;
    ///     assert_eq!(c.call_method1("most_common", (1,))?.repr()?, "[('a', 2)]");
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn import(&self, name: &str) -> Result<Bound<'py>> {
        ferropy_vm::import::import_module(self.vm, name)
            .map(|v| Bound::new(*self, v))
            .map_err(|e| self.error(e))
    }

    /// Run `f` with the GIL released, so the interpreter's other threads run while a host
    /// function blocks. `f` is `Send`: it cannot touch Python objects.
    ///
    /// ```
    /// # let interp = ferropy::Interpreter::builder().build();
    /// interp.with_gil(|py| {
    ///     let n = py.allow_threads(|| { std::thread::sleep(std::time::Duration::from_millis(1)); 5 });
    ///     assert_eq!(n, 5);
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn allow_threads<R: Send>(&self, f: impl FnOnce() -> R + Send) -> R {
        self.vm.allow_threads("host function", f)
    }

    /// Run `source` as module `name` (registered in `sys.modules` first, as `runpy` does).
    pub(crate) fn run_module_source(
        &self,
        source: &str,
        filename: &str,
        name: &str,
    ) -> PyResult<ObjRef> {
        let vm = self.vm;
        let main = new_module_named(vm, name)?;
        let globals = ferropy_vm::import::module_dict(&main)
            .expect("module")
            .clone();
        if !filename.starts_with('<') {
            ferropy_vm::types::dict::set_item(
                vm,
                &globals,
                Value::Obj(vm.intern("__file__")),
                vm.new_str(filename),
            )?;
        }
        if !filename.starts_with('<') {
            vm.sources
                .borrow_mut()
                .insert(filename.to_string(), source.to_string());
        }
        let code = compile_source(vm, source, filename, CompileMode::Exec)?;
        let code = ferropy_vm::eval::load_code(vm, code);
        ferropy_vm::eval::run_code(vm, code, globals, None)?;
        Ok(main)
    }
}

/// Turn a Python exception into an `Error`: a limit stopping the run, SystemExit with the
/// exit status CPython's `handle_system_exit` computes, a syntax error with its location,
/// or an exception with its formatted traceback.
pub(crate) fn to_error(vm: &Vm, e: PyErr) -> Error {
    if let Some(kind) = vm.gil.abort.kind() {
        return Error::Limit(kind);
    }
    let ty = vm.type_of_obj(&e.exc);
    let type_name = ferropy_vm::types::type_name(&ty);
    let exc = Value::Obj(e.exc.clone());
    let attr = |n: &str| ferropy_vm::protocol::attr::get_attr_str(vm, &exc, n).ok();
    if vm.is_subtype(&ty, &vm.exc.system_exit) {
        let code = attr("code").unwrap_or(Value::None);
        let (code, message) = match &code {
            Value::None => (0, String::new()),
            Value::Int(i) => (i32::try_from(*i).unwrap_or(-1), String::new()),
            Value::Bool(b) => (*b as i32, String::new()),
            // An int too big for a C long: CPython's PyLong_AsLong fails, the status is
            // -1 and nothing is printed.
            v if ferropy_vm::types::int::as_int(v).is_some() => (-1, String::new()),
            other => (
                1,
                format!(
                    "{}\n",
                    ferropy_vm::protocol::repr::str(vm, other).unwrap_or_default()
                ),
            ),
        };
        return Error::Exit { code, message };
    }
    let traceback = ferropy_vm::traceback::format_exception(vm, &e.exc);
    if vm.is_subtype(&ty, &vm.exc.syntax_error) {
        let text = |v: Option<Value>| {
            v.and_then(|v| ferropy_vm::vm::as_str(&v).map(str::to_string))
                .unwrap_or_default()
        };
        let num = |v: Option<Value>| match v {
            Some(Value::Int(i)) => i.clamp(0, u32::MAX as i64) as u32,
            _ => 0,
        };
        return Error::Syntax {
            type_name,
            message: text(attr("msg")),
            filename: text(attr("filename")),
            line: num(attr("lineno")),
            column: num(attr("offset")),
            traceback,
        };
    }
    let message = ferropy_vm::protocol::repr::str(vm, &exc).unwrap_or_default();
    let exception = ferropy_vm::embed::to_send(vm, e.exc).map(PyObject::from_send);
    Error::Exception {
        type_name,
        message,
        traceback,
        exception,
    }
}

use std::io::Write as _;
