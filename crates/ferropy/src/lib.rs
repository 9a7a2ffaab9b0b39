//! The `ferropy` facade: what an embedding Rust program uses.
//!
//! An [`Interpreter`] owns a VM with the compiler hook and the standard library installed.
//! It runs source text or files and reports failures as one [`Error`] type. The pipeline
//! behind it is source → `ferropy-syntax` → AST → `ferropy-compiler` → code object →
//! `ferropy-vm`.
#![forbid(unsafe_code)]

use ferropy_vm::{CompileMode, PyErr, PyResult, Value, Vm};
use std::sync::Arc;

pub use ferropy_bytecode::CodeObject;
pub use ferropy_vm as vm;

/// Everything that can go wrong running Python code.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An uncaught Python exception (including SyntaxError); `traceback` is what CPython
    /// would print on stderr, `type_name` the exception's class name.
    #[error("{traceback}")]
    Exception {
        type_name: String,
        traceback: String,
        exit_code: Option<i32>,
    },
    #[error("{0}")]
    Io(String),
}

pub use ferropy_vm::gil::GilOptions;

/// A Python interpreter.
pub struct Interpreter {
    /// Boxed: the interpreter's threads hold its address, so it must never move. Only
    /// `None` while being dropped.
    vm: Option<Box<Vm>>,
}

/// Compile `source` into a code object, raising SyntaxError (or RecursionError for
/// hostile nesting) as a Python exception in `vm`.
pub fn compile_source(
    vm: &Vm,
    source: &str,
    filename: &str,
    mode: CompileMode,
) -> PyResult<Arc<CodeObject>> {
    // The embedded standard library is compiled once per OS process, not once per
    // interpreter: `multiprocessing` children are interpreters too, and recompiling
    // `pickle` and `threading` in each would dominate their start-up.
    let frozen = mode == CompileMode::Exec && filename.starts_with("<frozen ");
    if frozen {
        if let Some(code) = frozen_code_cache(filename, source, None) {
            vm.sources
                .borrow_mut()
                .entry(filename.to_string())
                .or_insert_with(|| source.to_string());
            return Ok(code);
        }
    }
    let cmode = match mode {
        CompileMode::Exec => ferropy_compiler::Mode::Exec,
        CompileMode::Eval => ferropy_compiler::Mode::Eval,
        CompileMode::Single => ferropy_compiler::Mode::Single,
    };
    let result = if mode == CompileMode::Eval {
        ferropy_syntax::parse_expression(source, filename)
            .map_err(|e| syntax_exception(vm, &e))
            .and_then(|expr| {
                ferropy_compiler::compile_expression(&expr, filename)
                    .map_err(|e| compile_exception(vm, &e, source))
            })
    } else {
        ferropy_syntax::parse_module(source, filename)
            .map_err(|e| syntax_exception(vm, &e))
            .and_then(|m| {
                ferropy_compiler::compile_module(&m, filename, cmode)
                    .map_err(|e| compile_exception(vm, &e, source))
            })
    };
    if let (true, Ok(code)) = (frozen, &result) {
        frozen_code_cache(filename, source, Some(code.clone()));
    }
    if result.is_ok() || filename.starts_with('<') {
        vm.sources
            .borrow_mut()
            .entry(filename.to_string())
            .or_insert_with(|| source.to_string());
    }
    result
}

/// Code objects of embedded modules, by module file name and source text: look one up,
/// or (with `insert`) remember it.
fn frozen_code_cache(
    filename: &str,
    source: &str,
    insert: Option<Arc<CodeObject>>,
) -> Option<Arc<CodeObject>> {
    type Cache = std::collections::HashMap<(String, u64), Arc<CodeObject>>;
    static CACHE: std::sync::Mutex<Option<Cache>> = std::sync::Mutex::new(None);
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    source.hash(&mut h);
    let key = (filename.to_string(), h.finish());
    let mut guard = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    let map = guard.get_or_insert_with(Default::default);
    match insert {
        Some(code) => {
            map.insert(key, code);
            None
        }
        None => map.get(&key).cloned(),
    }
}

fn make_syntax_error(
    vm: &Vm,
    cls: &ferropy_vm::ObjRef,
    msg: &str,
    filename: &str,
    line: u32,
    col: u32,
    end_line: u32,
    end_col: u32,
    text: Option<String>,
) -> PyErr {
    let details = vm.new_tuple(vec![
        vm.new_str(filename),
        Value::Int(line as i64),
        Value::Int(col as i64),
        text.as_deref().map_or(Value::None, |t| vm.new_str(t)),
        Value::Int(end_line as i64),
        Value::Int(end_col as i64),
    ]);
    let exc = vm.new_exception(cls, vec![vm.new_str(msg), details]);
    let e = Value::Obj(exc.clone());
    let set = |n: &str, v: Value| {
        let _ = ferropy_vm::protocol::attr::set_attr(vm, &e, &vm.intern(n), Some(v));
    };
    set("msg", vm.new_str(msg));
    set("filename", vm.new_str(filename));
    // Without a location (line 0) the position attributes are None, as in CPython.
    let located = |n: u32| {
        if line == 0 {
            Value::None
        } else {
            Value::Int(n as i64)
        }
    };
    set("lineno", located(line));
    set("offset", located(col));
    set("end_lineno", located(end_line));
    set("end_offset", located(end_col));
    set(
        "text",
        text.as_deref().map_or(Value::None, |t| vm.new_str(t)),
    );
    set("print_file_and_line", Value::None);
    PyErr { exc }
}

fn syntax_exception(vm: &Vm, e: &ferropy_syntax::SyntaxError) -> PyErr {
    use ferropy_syntax::SyntaxErrorKind as K;
    let cls = match e.kind {
        K::SyntaxError => vm.exc.syntax_error.clone(),
        K::IndentationError => vm.exc.indentation_error.clone(),
        K::TabError => vm.exc.tab_error.clone(),
        K::RecursionError => return vm.recursion_error(e.msg.clone()),
    };
    make_syntax_error(
        vm,
        &cls,
        &e.msg,
        &e.filename,
        e.line,
        e.col,
        e.end_line,
        e.end_col,
        e.text.clone(),
    )
}

fn compile_exception(vm: &Vm, e: &ferropy_compiler::CompileError, source: &str) -> PyErr {
    match e.kind {
        ferropy_compiler::ErrorKind::RecursionError => vm.recursion_error(e.msg.clone()),
        ferropy_compiler::ErrorKind::SystemError => vm.system_error(e.msg.clone()),
        ferropy_compiler::ErrorKind::SyntaxError => {
            let text = if e.line > 0 {
                source
                    .lines()
                    .nth(e.line as usize - 1)
                    .map(|l| format!("{l}\n"))
            } else {
                None
            };
            make_syntax_error(
                vm,
                &vm.exc.syntax_error.clone(),
                &e.msg,
                &e.filename,
                e.line,
                e.col,
                e.end_line,
                e.end_col,
                text,
            )
        }
    }
}

impl Drop for Interpreter {
    fn drop(&mut self) {
        let Some(vm) = self.vm.take() else { return };
        // Threads still running must never touch the interpreter again: they park when
        // they next ask for the GIL, which this thread holds.
        vm.gil.set_finalizing(vm.thread_ident());
        if vm
            .gil
            .running_threads
            .load(std::sync::atomic::Ordering::Relaxed)
            > 0
        {
            // Daemon threads still hold references into it (parked, never to run again):
            // leak the interpreter rather than free memory they point at, as CPython
            // leaves daemon threads' state alone at exit.
            std::mem::forget(vm);
        }
    }
}

impl Interpreter {
    /// A new interpreter with `sys.argv` set to `argv`.
    pub fn new(argv: Vec<String>) -> Interpreter {
        Interpreter::with_gil_options(argv, &GilOptions::default())
    }

    /// A new interpreter whose threads are scheduled as `opts` says (deterministic mode,
    /// GIL tracing; see `ferropy_vm::gil`).
    pub fn with_gil_options(argv: Vec<String>, opts: &GilOptions) -> Interpreter {
        let vm = Box::new(Vm::new());
        vm.gil.configure(opts);
        if opts.deterministic.is_some() {
            vm.enable_step_mode();
        }
        *vm.compile_hook.borrow_mut() = Some(Box::new(compile_source));
        let spawn: ferropy_vm::interp::SpawnHook = std::sync::Arc::new(spawn_child);
        *vm.spawn_hook.borrow_mut() = Some(spawn);
        ferropy_stdlib::install(&vm, argv);
        Interpreter { vm: Some(vm) }
    }

    /// The body of a `multiprocessing` child (a sub-interpreter on its own thread): take
    /// the parent's `sys.path`, re-run the parent's main script as `__mp_main__` (spawn
    /// semantics: the `if __name__ == "__main__":` guard keeps the parent's work out), then
    /// let `multiprocessing` unpickle and bootstrap the process object. Returns the exit
    /// code.
    fn run_child(&self, spec: &ferropy_vm::interp::ChildSpec) -> i32 {
        let vm = self.vm();
        vm.pid.set(spec.pid);
        vm.ppid.set(spec.ppid);
        let r = (|| -> PyResult<i32> {
            let path = Value::Obj(vm.sys_path.clone());
            ferropy_vm::protocol::call::call_method(vm, &path, "clear", &[])?;
            for p in &spec.sys_path {
                ferropy_vm::protocol::call::call_method(vm, &path, "append", &[vm.new_str(p)])?;
            }
            if let Some(main) = &spec.main_path {
                if let Ok(source) = std::fs::read_to_string(main) {
                    let module = self.run_module_source(&source, main, "__mp_main__")?;
                    ferropy_vm::types::dict::set_item(
                        vm,
                        &vm.modules,
                        vm.new_str("__main__"),
                        Value::Obj(module),
                    )?;
                }
            }
            let spawn = ferropy_vm::import::import_module(vm, "multiprocessing.spawn")?;
            let code = ferropy_vm::protocol::call::call_method(
                vm,
                &spawn,
                "_ferropy_child",
                &[vm.new_bytes(spec.payload.clone())],
            )?;
            Ok(match code {
                Value::Int(i) => i as i32,
                _ => 0,
            })
        })();
        let code = match r {
            Ok(c) => c,
            Err(e) => match self.to_error(e) {
                Error::Exception {
                    exit_code: Some(c),
                    traceback,
                    ..
                } => {
                    vm.write_stderr(&traceback);
                    c
                }
                other => {
                    vm.write_stderr(&other.to_string());
                    1
                }
            },
        };
        self.shutdown();
        code
    }

    pub fn vm(&self) -> &Vm {
        self.vm.as_deref().expect("interpreter alive")
    }

    /// Run `source` as the `__main__` module.
    pub fn run_main(&self, source: &str, filename: &str) -> Result<(), Error> {
        let r = self.run_main_inner(source, filename);
        self.vm().flush_stdout();
        r.map_err(|e| self.to_error(e))
    }

    fn run_main_inner(&self, source: &str, filename: &str) -> PyResult<()> {
        self.run_module_source(source, filename, "__main__")?;
        Ok(())
    }

    /// Run `source` as the module `name` (registered in `sys.modules` first, as `runpy`
    /// does) and return the module.
    fn run_module_source(
        &self,
        source: &str,
        filename: &str,
        name: &str,
    ) -> PyResult<ferropy_vm::ObjRef> {
        let vm = self.vm();
        let main = ferropy_vm::import::new_module(vm, name);
        let globals = ferropy_vm::import::module_dict(&main)
            .expect("module")
            .clone();
        ferropy_vm::types::dict::set_item(
            vm,
            &globals,
            Value::Obj(vm.intern("__builtins__")),
            Value::Obj(vm.builtins.clone()),
        )?;
        if !filename.starts_with('<') {
            ferropy_vm::types::dict::set_item(
                vm,
                &globals,
                Value::Obj(vm.intern("__file__")),
                vm.new_str(filename),
            )?;
        }
        ferropy_vm::types::dict::set_item(
            vm,
            &vm.modules,
            vm.new_str(name),
            Value::Obj(main.clone()),
        )?;
        vm.sources
            .borrow_mut()
            .insert(filename.to_string(), source.to_string());
        let code = compile_source(vm, source, filename, CompileMode::Exec)?;
        let code = ferropy_vm::eval::load_code(vm, code);
        ferropy_vm::eval::run_code(vm, code, globals, None)?;
        Ok(main)
    }

    /// Tear down like CPython's `Py_FinalizeEx` does for `__main__`: clear its namespace so
    /// the `__del__` methods of module-level objects run, then flush output.
    pub fn shutdown(&self) {
        let vm = self.vm();
        self.wait_for_thread_shutdown();
        // From here on daemon threads that try to run park for good, as in CPython.
        vm.gil.set_finalizing(vm.thread_ident());
        if let Ok(Some(main)) =
            ferropy_vm::types::dict::get_item(vm, &vm.modules, &vm.new_str("__main__"))
        {
            if let Some(d) = main.as_obj().and_then(ferropy_vm::import::module_dict) {
                ferropy_vm::import::clear_module_dict(vm, &d.clone());
            }
        }
        vm.flush_stdout();
    }

    /// Join the non-daemon threads, like CPython's `wait_for_thread_shutdown`: if
    /// `threading` was imported, call its `_shutdown()`.
    fn wait_for_thread_shutdown(&self) {
        let vm = self.vm();
        let Ok(Some(threading)) =
            ferropy_vm::types::dict::get_item(vm, &vm.modules, &vm.new_str("threading"))
        else {
            return;
        };
        if let Err(e) = ferropy_vm::protocol::call::call_method(vm, &threading, "_shutdown", &[]) {
            ferropy_vm::finalize::write_unraisable(vm, &e, &threading);
        }
    }

    /// The GIL timeline recorded with `GilOptions::timeline`, as SVG.
    pub fn gil_timeline_svg(&self) -> Option<String> {
        self.vm().gil.timeline_svg()
    }

    /// Evaluate one expression in a fresh namespace and return its `repr`.
    pub fn eval_repr(&self, expr: &str) -> Result<String, Error> {
        let vm = self.vm();
        let r = (|| {
            let code = compile_source(vm, expr, "<string>", CompileMode::Eval)?;
            let code = ferropy_vm::eval::load_code(vm, code);
            let globals = vm.new_dict();
            ferropy_vm::types::dict::set_item(
                vm,
                &globals,
                Value::Obj(vm.intern("__builtins__")),
                Value::Obj(vm.builtins.clone()),
            )?;
            let v = ferropy_vm::eval::run_code(vm, code, globals, None)?;
            ferropy_vm::protocol::repr::repr(vm, &v)
        })();
        r.map_err(|e| self.to_error(e))
    }

    /// Turn a Python exception into an `Error`, computing SystemExit's exit status the way
    /// CPython's `handle_system_exit` does.
    pub fn to_error(&self, e: PyErr) -> Error {
        let vm = self.vm();
        let ty = vm.type_of_obj(&e.exc);
        let type_name = ferropy_vm::types::type_name(&ty);
        if vm.is_subtype(&ty, &vm.exc.system_exit) {
            let code =
                ferropy_vm::protocol::attr::get_attr_str(vm, &Value::Obj(e.exc.clone()), "code")
                    .unwrap_or(Value::None);
            let (status, text) = match &code {
                Value::None => (0, String::new()),
                Value::Int(i) => (*i as i32, String::new()),
                Value::Bool(b) => (*b as i32, String::new()),
                other => (
                    1,
                    format!(
                        "{}\n",
                        ferropy_vm::protocol::repr::str(vm, other).unwrap_or_default()
                    ),
                ),
            };
            return Error::Exception {
                type_name,
                traceback: text,
                exit_code: Some(status),
            };
        }
        let traceback = ferropy_vm::traceback::format_exception(vm, &e.exc);
        Error::Exception {
            type_name,
            traceback,
            exit_code: None,
        }
    }
}

/// The facade's spawn hook: run a `multiprocessing` child as a fresh interpreter on its
/// own OS thread, publishing its exit code when it has finished (and flushed).
fn spawn_child(
    spec: ferropy_vm::interp::ChildSpec,
    exit: ferropy_vm::interp::ChildExit,
) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name(format!("ferropy-process-{}", spec.pid))
        // Like the main interpreter's thread: native re-entry recurses on this stack.
        .stack_size(512 << 20)
        .spawn(move || {
            let interp = Interpreter::new(spec.argv.clone());
            let code = interp.run_child(&spec);
            exit.set(code);
        })?;
    Ok(())
}
