//! Source text to code objects: the compiler hook the VM calls for `exec`, `eval`,
//! `compile` and imports, and SyntaxError objects built the way CPython builds them.

use ferropy_bytecode::CodeObject;
use ferropy_vm::{CompileMode, PyErr, PyResult, Value, Vm};
use std::sync::Arc;

/// Compile `source` into a code object, raising SyntaxError (or RecursionError for
/// hostile nesting) as a Python exception in `vm`. The interpreter installs this as the
/// VM's compiler hook; it is public for tools that drive the VM directly.
///
/// ```
/// let interp = ferropy::Interpreter::builder().build();
/// interp.with_vm(|vm| {
///     let code = ferropy::compile_source(vm, "x = 1", "<doc>", ferropy::vm::CompileMode::Exec).unwrap();
///     assert_eq!(code.name, "<module>");
///     assert!(ferropy::compile_source(vm, "x = (", "<doc>", ferropy::vm::CompileMode::Exec).is_err());
/// });
/// ```
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
    // The source's hash keys both the process cache and the build's precompiled table.
    let hash = if frozen {
        crate::frozen_hash::fnv1a(source.as_bytes())
    } else {
        0
    };
    if frozen {
        if let Some(code) =
            frozen_code_cache(filename, hash, None).or_else(|| precompiled(filename, hash))
        {
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
        frozen_code_cache(filename, hash, Some(code.clone()));
    }
    // Tracebacks show source lines from here for files not on disk. CPython's linecache
    // knows no source for `<string>` or `<stdin>` (code from `exec`, `-c`, the REPL), so
    // those are not kept; embedded `<frozen …>` modules are.
    if frozen {
        vm.sources
            .borrow_mut()
            .entry(filename.to_string())
            .or_insert_with(|| source.to_string());
    } else if result.is_ok() && !filename.starts_with('<') {
        // The latest version of a file wins, as CPython re-reads a file to print it.
        vm.sources
            .borrow_mut()
            .insert(filename.to_string(), source.to_string());
    }
    result
}

mod precompiled_table {
    include!(concat!(env!("OUT_DIR"), "/frozen_code.rs"));
}

/// The code object build.rs compiled from this very source, if it did (remembered in
/// the process cache like a freshly compiled one).
fn precompiled(filename: &str, hash: u64) -> Option<Arc<CodeObject>> {
    let (_, built_from, bytes) = precompiled_table::FROZEN_CODE
        .iter()
        .find(|(name, _, _)| *name == filename)?;
    if *built_from != hash {
        return None;
    }
    let code = Arc::new(ferropy_bytecode::marshal::load(bytes)?);
    frozen_code_cache(filename, hash, Some(code.clone()));
    Some(code)
}

/// Code objects of embedded modules, by module file name and source hash: look one up,
/// or (with `insert`) remember it.
fn frozen_code_cache(
    filename: &str,
    hash: u64,
    insert: Option<Arc<CodeObject>>,
) -> Option<Arc<CodeObject>> {
    type Cache = std::collections::HashMap<(String, u64), Arc<CodeObject>>;
    static CACHE: std::sync::Mutex<Option<Cache>> = std::sync::Mutex::new(None);
    let key = (filename.to_string(), hash);
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
    end_col: i64,
    text: Option<String>,
) -> PyErr {
    // A source rejected before tokenizing (null bytes) has no location at all: CPython
    // raises it with the message as its only argument and no filename.
    let unlocated = line == 0 && msg.contains("null bytes");
    // An empty source fails at line 0 with an empty text (`eval('')`).
    let text = match text {
        None if line == 0 && !unlocated => Some(String::new()),
        t => t,
    };
    let args = if unlocated {
        vec![vm.new_str(msg)]
    } else {
        let details = vm.new_tuple(vec![
            vm.new_str(filename),
            Value::Int(line as i64),
            Value::Int(col as i64),
            text.as_deref().map_or(Value::None, |t| vm.new_str(t)),
            Value::Int(end_line as i64),
            Value::Int(end_col),
        ]);
        vec![vm.new_str(msg), details]
    };
    let exc = vm.new_exception(cls, args);
    let e = Value::Obj(exc.clone());
    let set = |n: &str, v: Value| {
        let _ = ferropy_vm::protocol::attr::set_attr(vm, &e, &vm.intern(n), Some(v));
    };
    set("msg", vm.new_str(msg));
    let located = |n: u32| {
        if unlocated {
            Value::None
        } else {
            Value::Int(n as i64)
        }
    };
    set(
        "filename",
        if unlocated {
            Value::None
        } else {
            vm.new_str(filename)
        },
    );
    set("lineno", located(line));
    set("offset", located(col));
    set("end_lineno", located(end_line));
    set(
        "end_offset",
        if unlocated {
            Value::None
        } else {
            Value::Int(end_col)
        },
    );
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
        // CPython leaves no end column for these two tokenizer errors.
        if e.msg.ends_with("was never closed") {
            0
        } else if e.msg == "unexpected indent" {
            -1
        } else {
            e.end_col as i64
        },
        e.text.as_ref().map(|t| {
            if t.ends_with('\n') {
                t.clone()
            } else {
                format!("{t}\n")
            }
        }),
    )
}

fn compile_exception(vm: &Vm, e: &ferropy_compiler::CompileError, source: &str) -> PyErr {
    match e.kind {
        ferropy_compiler::ErrorKind::RecursionError => vm.recursion_error(e.msg.clone()),
        ferropy_compiler::ErrorKind::SystemError => vm.system_error(e.msg.clone()),
        ferropy_compiler::ErrorKind::SyntaxError => {
            // CPython fills `text` for errors found after parsing from linecache, which
            // knows no source for `<string>`-like names.
            let text = if e.line > 0 && !e.filename.starts_with('<') {
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
                e.end_col as i64,
                text,
            )
        }
    }
}
