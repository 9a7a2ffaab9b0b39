//! The `sys` module (CPython `Python/sysmodule.c`): argv, exit, the recursion limit,
//! `getrefcount`, the standard streams, `modules`, `path`, version information and the
//! int/str digit limit.

use crate::module::ModuleBuilder;
use ferropy_vm::object::{Args, Payload};
use ferropy_vm::types::int::as_int;
use ferropy_vm::{PyResult, Value, Vm};

/// Create `sys` and register it in `sys.modules`.
pub fn install(vm: &Vm, argv: Vec<String>) {
    let m = ModuleBuilder::new(vm, "sys");
    m.func("exit", sys_exit)
        .func("getrecursionlimit", getrecursionlimit)
        .func("getswitchinterval", getswitchinterval)
        .func("setswitchinterval", setswitchinterval)
        .func("setrecursionlimit", setrecursionlimit)
        .func("getrefcount", getrefcount)
        .func("get_int_max_str_digits", get_int_max_str_digits)
        .func("set_int_max_str_digits", set_int_max_str_digits)
        .func("exc_info", exc_info)
        .func("set_asyncgen_hooks", set_asyncgen_hooks)
        .func("_get_asyncgen_hooks", get_asyncgen_hooks)
        .func("exception", exception)
        .func("intern", intern)
        .func("getsizeof", getsizeof)
        .func("getdefaultencoding", getdefaultencoding)
        .func("excepthook", excepthook)
        .func("__excepthook__", excepthook);
    let argv_list = vm.new_list(argv.iter().map(|a| vm.new_str(a)).collect());
    *vm.argv.borrow_mut() = argv;
    m.value("argv", argv_list)
        .value("maxsize", Value::Int(i64::MAX))
        .value("maxunicode", Value::Int(0x10ffff))
        .value("byteorder", vm.new_str("little"))
        .value("platform", vm.new_str(std::env::consts::OS))
        .value("version", vm.new_str("3.11.7 (ferropy 0.1.0)"))
        .value("hexversion", Value::Int(0x030b07f0))
        .value("api_version", Value::Int(1013))
        .value(
            "version_info",
            vm.new_tuple(vec![
                Value::Int(3),
                Value::Int(11),
                Value::Int(7),
                vm.new_str("final"),
                Value::Int(0),
            ]),
        )
        .value(
            "executable",
            vm.new_str(
                &std::env::current_exe()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default(),
            ),
        )
        .value("stdout", Value::Obj(vm.std_streams.0.clone()))
        .value("stderr", Value::Obj(vm.std_streams.1.clone()))
        .value("stdin", Value::Obj(vm.std_streams.2.clone()))
        .value("__stdin__", Value::Obj(vm.std_streams.2.clone()))
        .value("__stdout__", Value::Obj(vm.std_streams.0.clone()))
        .value("__stderr__", Value::Obj(vm.std_streams.1.clone()))
        .value("modules", Value::Obj(vm.modules.clone()))
        .value("path", Value::Obj(vm.sys_path.clone()))
        .value(
            "builtin_module_names",
            vm.new_tuple(vec![vm.new_str("builtins"), vm.new_str("sys")]),
        );
    let module = m.module.clone();
    let _ = ferropy_vm::types::dict::set_item(
        vm,
        &vm.modules,
        vm.new_str("sys"),
        Value::Obj(module.clone()),
    );
    let _ = ferropy_vm::types::dict::set_item(
        vm,
        &vm.modules,
        vm.new_str("builtins"),
        Value::Obj(vm.builtins.clone()),
    );
    *vm.sys_module.borrow_mut() = Some(module.clone());
    // Struct-sequence-like values are easiest to express in Python itself.
    if let Err(e) = run_python(vm, &module, SYS_PY) {
        // A bug here is ours, not the user's: say so instead of failing silently.
        vm.write_stderr(&ferropy_vm::traceback::format_exception(vm, &e.exc));
    }
}

/// Python source run in the `sys` namespace at start-up.
const SYS_PY: &str = r#"
class version_info(tuple):
    __slots__ = ()
    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])
    micro = property(lambda self: self[2])
    releaselevel = property(lambda self: self[3])
    serial = property(lambda self: self[4])
    def __repr__(self):
        return ("sys.version_info(major=%r, minor=%r, micro=%r, releaselevel=%r, serial=%r)" % tuple(self))
version_info.__module__ = 'sys'
version_info = version_info((3, 11, 7, 'final', 0))
class _implementation:
    name = 'ferropy'
    cache_tag = None
    version = version_info
implementation = _implementation()
del _implementation
class _flags(tuple):
    __slots__ = ()
    optimize = property(lambda self: 0)
    dont_write_bytecode = property(lambda self: 1)
flags = _flags((0,) * 16)
del _flags
dont_write_bytecode = True
class asyncgen_hooks(tuple):
    __slots__ = ()
    firstiter = property(lambda self: self[0])
    finalizer = property(lambda self: self[1])
    def __repr__(self):
        return "asyncgen_hooks(firstiter=%r, finalizer=%r)" % tuple(self)
asyncgen_hooks.__module__ = 'sys'
def get_asyncgen_hooks(_hooks=asyncgen_hooks):
    return _hooks(_get_asyncgen_hooks())
del asyncgen_hooks
class _info:
    def __init__(self, **kw):
        self.__dict__.update(kw)
float_info = _info(max=1.7976931348623157e+308, max_exp=1024, max_10_exp=308,
                   min=2.2250738585072014e-308, min_exp=-1021, min_10_exp=-307, dig=15,
                   mant_dig=53, epsilon=2.220446049250313e-16, radix=2, rounds=1)
int_info = _info(bits_per_digit=30, sizeof_digit=4, default_max_str_digits=4300,
                 str_digits_check_threshold=640)
hash_info = _info(width=64, modulus=2305843009213693951, inf=314159, nan=0, imag=1000003,
                  algorithm='siphash13', hash_bits=64, seed_bits=128, cutoff=0)
del _info
"#;

fn run_python(vm: &Vm, module: &ferropy_vm::heap::ObjRef, src: &str) -> PyResult<()> {
    let code = ferropy_vm::import::compile(vm, src, "<sys>", ferropy_vm::CompileMode::Exec)?;
    let globals = ferropy_vm::import::globals_with_builtins(vm, module)?;
    ferropy_vm::eval::run_code(vm, code, globals, None)?;
    Ok(())
}

/// `sys.exit(status=None)`: like CPython's `PyErr_SetObject(SystemExit, status)`, None
/// means no arguments and a tuple becomes the argument tuple itself.
fn sys_exit(vm: &Vm, args: Args) -> PyResult<Value> {
    ferropy_vm::protocol::call::check_arity(vm, "exit", &args, 0, 1)?;
    let cls = vm.exc.system_exit.clone();
    let exc_args = match args.pos.first() {
        None | Some(Value::None) => Vec::new(),
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::Tuple(_)) => match o.payload() {
            Payload::Tuple(t) => t.to_vec(),
            _ => unreachable!(),
        },
        Some(v) => vec![v.clone()],
    };
    let exc = vm.new_exception(&cls, exc_args);
    Err(ferropy_vm::PyErr { exc })
}

fn getrecursionlimit(vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.user_recursion_limit() as i64))
}

fn setrecursionlimit(vm: &Vm, args: Args) -> PyResult<Value> {
    ferropy_vm::protocol::call::check_arity(vm, "setrecursionlimit", &args, 1, 1)?;
    let n = match &args.pos[0] {
        Value::Float(_) => {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"))
        }
        v => as_int(v).and_then(|n| n.to_i64()).ok_or_else(|| {
            vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            ))
        })?,
    };
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    let depth = vm.depth.get() as i64;
    if n <= depth {
        return Err(vm.recursion_error(format!(
            "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
        )));
    }
    vm.set_recursion_limit(n.min(u32::MAX as i64) as u32);
    Ok(Value::None)
}

/// `sys.getrefcount(obj)`: the object's count, which includes the argument reference
/// the caller's stack holds, exactly as in CPython 3.11.
fn getrefcount(vm: &Vm, args: Args) -> PyResult<Value> {
    ferropy_vm::protocol::call::check_arity(vm, "getrefcount", &args, 1, 1)?;
    Ok(Value::Int(match &args.pos[0] {
        Value::Obj(o) => o.refcount() as i64,
        // Unboxed values stand for CPython's shared immortal-ish singletons and small ints.
        _ => 1_000_000_000,
    }))
}

fn get_int_max_str_digits(vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.int_max_str_digits.get() as i64))
}

fn set_int_max_str_digits(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = ferropy_vm::protocol::call::parse_args(
        vm,
        "set_int_max_str_digits",
        args,
        &["maxdigits"],
        1,
    )?;
    let n = as_int(a[0].as_ref().expect("required"))
        .and_then(|n| n.to_i64())
        .ok_or_else(|| vm.type_error("an integer is required"))?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    vm.int_max_str_digits.set(n as usize);
    Ok(Value::None)
}

/// `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)`: only the given hooks change.
fn set_asyncgen_hooks(vm: &Vm, args: Args) -> PyResult<Value> {
    let names = ["firstiter", "finalizer"];
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "set_asyncgen_hooks() takes at most 2 arguments ({} given)",
            args.pos.len()
        )));
    }
    let mut new: [Option<Value>; 2] = [args.pos.first().cloned(), args.pos.get(1).cloned()];
    for (k, v) in args.kwnames.iter().zip(args.kwvalues) {
        let k = ferropy_vm::vm::as_str(k).unwrap_or("");
        match names.iter().position(|n| *n == k) {
            Some(i) => new[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for set_asyncgen_hooks()"
                )))
            }
        }
    }
    for (i, v) in new.iter().enumerate() {
        if let Some(v) = v {
            if !v.is_none() && !ferropy_vm::protocol::call::is_callable(vm, v) {
                return Err(vm.type_error(format!(
                    "callable {} expected, got {}",
                    names[i],
                    vm.type_name(v)
                )));
            }
        }
    }
    let mut hooks = vm.asyncgen_hooks.borrow_mut();
    let old = hooks.clone();
    if let Some(v) = new[0].take() {
        hooks.0 = v;
    }
    if let Some(v) = new[1].take() {
        hooks.1 = v;
    }
    drop(hooks);
    drop(old);
    Ok(Value::None)
}

fn get_asyncgen_hooks(vm: &Vm, _args: Args) -> PyResult<Value> {
    let (a, b) = vm.asyncgen_hooks.borrow().clone();
    Ok(vm.new_tuple(vec![a, b]))
}

fn exc_info(vm: &Vm, _args: Args) -> PyResult<Value> {
    let e = vm.topmost_exc();
    Ok(match &e {
        Value::Obj(o) if matches!(o.payload(), Payload::Exception(_)) => {
            let tb = ferropy_vm::error::exc_data(o).borrow().traceback.clone();
            vm.new_tuple(vec![Value::Obj(vm.type_of(&e)), e.clone(), tb])
        }
        _ => vm.new_tuple(vec![Value::None, Value::None, Value::None]),
    })
}

fn exception(vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.topmost_exc())
}

fn intern(vm: &Vm, args: Args) -> PyResult<Value> {
    ferropy_vm::protocol::call::check_arity(vm, "intern", &args, 1, 1)?;
    match ferropy_vm::vm::as_str(&args.pos[0]) {
        Some(s) => Ok(Value::Obj(vm.intern(s))),
        None => Err(vm.type_error(format!(
            "intern() argument must be str, not {}",
            vm.type_name(&args.pos[0])
        ))),
    }
}

fn getsizeof(vm: &Vm, args: Args) -> PyResult<Value> {
    ferropy_vm::protocol::call::check_arity(vm, "getsizeof", &args, 1, 2)?;
    Ok(Value::Int(match &args.pos[0] {
        Value::Obj(o) => match o.payload() {
            Payload::List(l) => 56 + 8 * l.borrow().len() as i64,
            Payload::Tuple(t) => 40 + 8 * t.len() as i64,
            Payload::Str(s) => 49 + s.s.len() as i64,
            _ => 48,
        },
        Value::Float(_) => 24,
        _ => 28,
    }))
}

fn getdefaultencoding(vm: &Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.new_str("utf-8"))
}

fn getswitchinterval(vm: &Vm, args: Args) -> PyResult<Value> {
    ferropy_vm::protocol::call::check_arity(vm, "sys.getswitchinterval", &args, 0, 0)?;
    Ok(Value::Float(vm.gil.switch_interval()))
}

/// `sys.setswitchinterval(interval)`: how long a thread waiting for the GIL waits before
/// asking the holder to drop it (see `gil.rs`).
fn setswitchinterval(vm: &Vm, args: Args) -> PyResult<Value> {
    ferropy_vm::protocol::call::check_arity(vm, "sys.setswitchinterval", &args, 1, 1)?;
    let v = &args.pos[0];
    let secs = match ferropy_vm::protocol::number::as_f64(vm, v) {
        Some(f) => f?,
        None => return Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v)))),
    };
    if secs <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    vm.gil.set_switch_interval(secs);
    if vm.step_mode.get() {
        // Deterministic mode: the virtual switch interval is a new quantum.
        vm.enable_step_mode();
    }
    Ok(Value::None)
}

/// `sys.excepthook(type, value, traceback)`: print the exception and its traceback on
/// stderr, as the interpreter does for an uncaught exception.
fn excepthook(vm: &Vm, args: Args) -> PyResult<Value> {
    ferropy_vm::protocol::call::check_arity(vm, "excepthook", &args, 3, 3)?;
    let value = &args.pos[1];
    let text = match value.as_obj() {
        Some(e) if vm.is_instance(value, &vm.exc.base_exception) => {
            ferropy_vm::traceback::format_exception(vm, e)
        }
        _ => format!(
            "TypeError: print_exception(): Exception expected for value, {} found\n",
            vm.type_name(value)
        ),
    };
    vm.flush_stdout();
    vm.write_stderr(&text);
    Ok(Value::None)
}
