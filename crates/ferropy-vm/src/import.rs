//! The import system (CPython `Python/import.c` + `importlib._bootstrap`, simplified):
//! `sys.modules` first, then native modules, then the embedded Python-source stdlib, then
//! `.py` files and packages on `sys.path` (in the interpreter's `MemFs` first under a
//! `Memory` file-system policy, then on disk). Source is compiled through the facade's
//! hook.

use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::object::{ModuleData, Payload};
use crate::types::dict as pydict;
use crate::value::Value;
use crate::vm::{as_str, CompileMode};
use crate::Vm;
use std::cell::RefCell;

thread_local! {
    /// Names of modules whose body is running right now: a failed attribute or
    /// `from`-import on one of them is "most likely due to a circular import".
    static INITIALIZING: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Whether module `name` is still executing its body.
pub fn is_initializing(name: &str) -> bool {
    INITIALIZING.with(|i| i.borrow().iter().any(|n| n == name))
}

/// A new module object with `__name__` set and an empty namespace.
pub fn new_module(vm: &Vm, name: &str) -> ObjRef {
    let dict = vm.new_dict();
    let _ = pydict::set_item(
        vm,
        &dict,
        Value::Obj(vm.intern("__name__")),
        vm.new_str(name),
    );
    let _ = pydict::set_item(vm, &dict, Value::Obj(vm.intern("__doc__")), Value::None);
    let _ = pydict::set_item(vm, &dict, Value::Obj(vm.intern("__package__")), Value::None);
    let _ = pydict::set_item(vm, &dict, Value::Obj(vm.intern("__spec__")), Value::None);
    let _ = pydict::set_item(vm, &dict, Value::Obj(vm.intern("__loader__")), Value::None);
    ObjRef::new(
        Some(vm.t.module.clone()),
        Payload::Module(Box::new(ModuleData {
            name: name.to_string(),
            dict,
        })),
    )
}

pub fn module_dict(m: &ObjRef) -> Option<&ObjRef> {
    match m.payload() {
        Payload::Module(md) => Some(&md.dict),
        _ => None,
    }
}

/// A module's namespace with `__builtins__` set, ready to run code in (as every module
/// CPython executes gets one).
pub fn globals_with_builtins(vm: &Vm, m: &ObjRef) -> PyResult<ObjRef> {
    let globals = module_dict(m)
        .ok_or_else(|| vm.type_error("not a module"))?
        .clone();
    set_builtins(vm, &globals)?;
    Ok(globals)
}

/// `globals['__builtins__'] = builtins`.
pub fn set_builtins(vm: &Vm, globals: &ObjRef) -> PyResult<()> {
    crate::types::dict::set_item(
        vm,
        globals,
        Value::Obj(vm.intern("__builtins__")),
        Value::Obj(vm.builtins.clone()),
    )
}

/// `importlib.import_module(name)` for native code: import the dotted module `name` (and
/// its packages) and return the leaf module.
pub fn import_module(vm: &Vm, name: &str) -> PyResult<Value> {
    let fromlist = vm.new_tuple(vec![vm.new_str("__name__")]);
    import_name(
        vm,
        name,
        &vm.builtins_dict.clone(),
        &fromlist,
        &Value::Int(0),
    )
}

/// `IMPORT_NAME`: resolve relative names, import every package on the dotted path, and
/// return the top package (or the leaf module when there is a fromlist).
pub fn import_name(
    vm: &Vm,
    name: &str,
    globals: &ObjRef,
    fromlist: &Value,
    level: &Value,
) -> PyResult<Value> {
    let level = match level {
        Value::Int(l) => *l as usize,
        _ => 0,
    };
    let full = if level > 0 {
        resolve_relative(vm, name, globals, level)?
    } else {
        name.to_string()
    };
    if full.is_empty() {
        return Err(vm.value_error("Empty module name"));
    }
    let mut parent: Option<ObjRef> = None;
    let mut top: Option<ObjRef> = None;
    let mut path = String::new();
    for part in full.split('.') {
        if !path.is_empty() {
            path.push('.');
        }
        path.push_str(part);
        let m = import_one(vm, &path, parent.as_ref())?;
        if let Some(p) = &parent {
            if let Some(d) = module_dict(p) {
                pydict::set_item(vm, d, Value::Obj(vm.intern(part)), Value::Obj(m.clone()))?;
            }
        }
        if top.is_none() {
            top = Some(m.clone());
        }
        parent = Some(m);
    }
    let has_fromlist = match fromlist {
        Value::Obj(o) => match o.payload() {
            Payload::Tuple(t) => !t.is_empty(),
            _ => true,
        },
        _ => false,
    };
    if has_fromlist || level > 0 && name.is_empty() {
        return Ok(Value::Obj(parent.expect("at least one part")));
    }
    if level > 0 {
        // `from .a import b` is compiled with a fromlist; a bare relative import of a
        // dotted name returns the first component after the package.
        return Ok(Value::Obj(parent.expect("part")));
    }
    Ok(Value::Obj(top.expect("at least one part")))
}

fn resolve_relative(vm: &Vm, name: &str, globals: &ObjRef, level: usize) -> PyResult<String> {
    let package = pydict::get_str_key(vm, globals, &vm.intern("__package__"))
        .and_then(|v| as_str(&v).map(str::to_string))
        .filter(|s| !s.is_empty())
        .or_else(|| {
            let n = pydict::get_str_key(vm, globals, &vm.intern("__name__"))
                .and_then(|v| as_str(&v).map(str::to_string))?;
            let is_pkg = pydict::get_str_key(vm, globals, &vm.intern("__path__")).is_some();
            if is_pkg {
                Some(n)
            } else {
                n.rsplit_once('.').map(|(p, _)| p.to_string())
            }
        });
    let package = match package {
        Some(p) => p,
        None => {
            return Err(vm.import_error("attempted relative import with no known parent package"))
        }
    };
    let parts: Vec<&str> = package.split('.').collect();
    if level > parts.len() {
        return Err(vm.import_error("attempted relative import beyond top-level package"));
    }
    let base = parts[..parts.len() - (level - 1)].join(".");
    Ok(if name.is_empty() {
        base
    } else {
        format!("{base}.{name}")
    })
}

fn import_one(vm: &Vm, full: &str, parent: Option<&ObjRef>) -> PyResult<ObjRef> {
    let key = vm.new_str(full);
    match pydict::get_item(vm, &vm.modules, &key)? {
        Some(Value::Obj(m)) => return Ok(m),
        Some(Value::None) => {
            let e =
                vm.module_not_found_error(format!("import of {full} halted; None in sys.modules"));
            let _ = crate::protocol::attr::set_attr(
                vm,
                &Value::Obj(e.exc.clone()),
                &vm.intern("name"),
                Some(vm.new_str(full)),
            );
            return Err(e);
        }
        _ => {}
    }
    let native = vm.native_modules.borrow().get(full).copied();
    if let Some(init) = native {
        let m = init(vm)?;
        pydict::set_item(vm, &vm.modules, key, Value::Obj(m.clone()))?;
        return Ok(m);
    }
    let frozen = vm.frozen_sources.borrow().get(full).copied();
    if let Some(src) = frozen {
        let is_pkg = vm
            .frozen_sources
            .borrow()
            .keys()
            .any(|k| k.starts_with(&format!("{full}.")));
        return exec_source_module(vm, full, src, &format!("<frozen {full}>"), is_pkg, None);
    }
    // Search the parent's __path__ or sys.path for name.py or name/__init__.py.
    let leaf = full.rsplit('.').next().unwrap_or(full);
    let dirs: Vec<String> = match parent {
        Some(p) => {
            match module_dict(p).and_then(|d| pydict::get_str_key(vm, d, &vm.intern("__path__"))) {
                Some(v) => crate::protocol::iter::collect(vm, &v)?
                    .iter()
                    .filter_map(|s| as_str(s).map(str::to_string))
                    .collect(),
                None => {
                    return Err(not_found(vm, full, Some(&parent_name(full))));
                }
            }
        }
        None => crate::protocol::iter::collect(vm, &Value::Obj(vm.sys_path.clone()))?
            .iter()
            .filter_map(|s| as_str(s).map(str::to_string))
            .collect(),
    };
    // Under a `Memory` policy each directory is looked for in the MemFs first; the real
    // directories on `sys.path` stay importable under every policy (the host lists them).
    let memfs = vm.fs_policy.borrow().memfs().cloned();
    for dir in dirs {
        let base = if dir.is_empty() {
            std::path::PathBuf::from(".")
        } else {
            std::path::PathBuf::from(&dir)
        };
        let pkg_init = base.join(leaf).join("__init__.py");
        let file = base.join(format!("{leaf}.py"));
        let in_memory = memfs.as_ref().and_then(|fs| {
            let (path, is_pkg) = if fs.is_file(&pkg_init) {
                (pkg_init.clone(), true)
            } else if fs.is_file(&file) {
                (file.clone(), false)
            } else {
                return None;
            };
            let bytes = fs.read(&path);
            Some((path, is_pkg, bytes))
        });
        let (path, is_pkg, bytes) = match in_memory {
            Some((path, is_pkg, bytes)) => {
                let bytes = bytes.ok_or_else(|| {
                    vm.os_error(format!("could not read {} from memory", path.display()))
                })?;
                (path, is_pkg, bytes)
            }
            None => {
                if !real_import_allowed(vm, &base) {
                    continue;
                }
                let (path, is_pkg) = if pkg_init.is_file() {
                    (pkg_init, true)
                } else if file.is_file() {
                    (file, false)
                } else {
                    continue;
                };
                let bytes = std::fs::read(&path).map_err(|e| vm.os_error(e.to_string()))?;
                (path, is_pkg, bytes)
            }
        };
        let src = String::from_utf8(bytes)
            .map_err(|_| vm.syntax_error(format!("Non-UTF-8 code in file {}", path.display())))?;
        let pkg_dir = if is_pkg {
            path.parent().map(|p| p.display().to_string())
        } else {
            None
        };
        return exec_source_module(vm, full, &src, &path.display().to_string(), is_pkg, pkg_dir);
    }
    Err(not_found(vm, full, None))
}

/// May `import` read `.py` files from the real directory `dir`? Always, unless the host
/// sandboxed the file system; then only inside the module paths it granted (a script
/// cannot widen its reach by appending to `sys.path`).
fn real_import_allowed(vm: &Vm, dir: &std::path::Path) -> bool {
    let roots = vm.import_roots.borrow();
    let Some(roots) = roots.as_ref() else {
        return true;
    };
    match std::fs::canonicalize(dir) {
        Ok(d) => roots.iter().any(|r| d.starts_with(r)),
        Err(_) => false,
    }
}

fn parent_name(full: &str) -> String {
    full.rsplit_once('.')
        .map(|(p, _)| p.to_string())
        .unwrap_or_default()
}

fn not_found(vm: &Vm, full: &str, not_pkg: Option<&str>) -> crate::PyErr {
    let msg = match not_pkg {
        Some(p) => format!("No module named '{full}'; '{p}' is not a package"),
        None => format!("No module named '{full}'"),
    };
    let e = vm.module_not_found_error(msg);
    let _ = crate::protocol::attr::set_attr(
        vm,
        &Value::Obj(e.exc.clone()),
        &vm.intern("name"),
        Some(vm.new_str(full)),
    );
    e
}

fn exec_source_module(
    vm: &Vm,
    full: &str,
    src: &str,
    filename: &str,
    is_pkg: bool,
    pkg_dir: Option<String>,
) -> PyResult<ObjRef> {
    let m = new_module(vm, full);
    let d = module_dict(&m).expect("module").clone();
    pydict::set_item(
        vm,
        &d,
        Value::Obj(vm.intern("__file__")),
        vm.new_str(filename),
    )?;
    pydict::set_item(
        vm,
        &d,
        Value::Obj(vm.intern("__builtins__")),
        Value::Obj(vm.builtins.clone()),
    )?;
    let package = if is_pkg {
        full.to_string()
    } else {
        parent_name(full)
    };
    pydict::set_item(
        vm,
        &d,
        Value::Obj(vm.intern("__package__")),
        vm.new_str(&package),
    )?;
    if is_pkg {
        let path = match pkg_dir {
            Some(p) => vec![vm.new_str(&p)],
            None => Vec::new(),
        };
        pydict::set_item(vm, &d, Value::Obj(vm.intern("__path__")), vm.new_list(path))?;
    }
    let key = vm.new_str(full);
    pydict::set_item(vm, &vm.modules, key.clone(), Value::Obj(m.clone()))?;
    let code = match compile(vm, src, filename, CompileMode::Exec) {
        Ok(c) => c,
        Err(e) => {
            let _ = pydict::del_item(vm, &vm.modules, &key);
            return Err(e);
        }
    };
    INITIALIZING.with(|i| i.borrow_mut().push(full.to_string()));
    let r = crate::eval::run_code(vm, code, d, None);
    INITIALIZING.with(|i| {
        let mut i = i.borrow_mut();
        if let Some(p) = i.iter().rposition(|n| n == full) {
            i.remove(p);
        }
    });
    if let Err(e) = r {
        let _ = pydict::del_item(vm, &vm.modules, &key);
        return Err(e);
    }
    // The module may have replaced itself in sys.modules.
    match pydict::get_item(vm, &vm.modules, &key)? {
        Some(Value::Obj(m2)) => Ok(m2),
        _ => Ok(m),
    }
}

/// Compile source through the facade's hook into a runtime code object.
pub fn compile(vm: &Vm, src: &str, filename: &str, mode: CompileMode) -> PyResult<ObjRef> {
    let code = {
        let hook = vm.compile_hook.borrow();
        let hook = hook
            .as_ref()
            .ok_or_else(|| vm.system_error("no compiler installed"))?;
        hook(vm, src, filename, mode)?
    };
    Ok(crate::eval::load_code(vm, code))
}

/// `IMPORT_FROM`: `module.name`, falling back to importing the submodule.
pub fn import_from(vm: &Vm, module: &Value, name: &ObjRef) -> PyResult<Value> {
    match crate::protocol::attr::get_attr(vm, module, name) {
        Ok(v) => Ok(v),
        Err(e) if vm.err_matches(&e, &vm.exc.attribute_error) => {
            let mname = match module {
                Value::Obj(m) => match m.payload() {
                    Payload::Module(md) => md.name.clone(),
                    _ => "?".into(),
                },
                _ => "?".into(),
            };
            let n = as_str(&Value::Obj(name.clone())).unwrap_or("?").to_string();
            let full = format!("{mname}.{n}");
            if let Some(Value::Obj(m)) = pydict::get_item(vm, &vm.modules, &vm.new_str(&full))? {
                return Ok(Value::Obj(m));
            }
            let is_pkg = match module {
                Value::Obj(m) => module_dict(m)
                    .is_some_and(|d| pydict::get_str_key(vm, d, &vm.intern("__path__")).is_some()),
                _ => false,
            };
            if is_pkg {
                if let Ok(m) = import_one(vm, &full, module.as_obj()) {
                    // A submodule becomes an attribute of its package (importlib does this
                    // for every submodule import).
                    if let Some(d) = module.as_obj().and_then(module_dict) {
                        pydict::set_item(vm, d, Value::Obj(name.clone()), Value::Obj(m.clone()))?;
                    }
                    return Ok(Value::Obj(m));
                }
            }
            let file = match module {
                Value::Obj(m) => module_dict(m)
                    .and_then(|d| pydict::get_str_key(vm, d, &vm.intern("__file__")))
                    .and_then(|f| as_str(&f).map(str::to_string)),
                _ => None,
            };
            let msg = if is_initializing(&mname) {
                format!("cannot import name '{n}' from partially initialized module '{mname}' (most likely due to a circular import) ({})", file.clone().unwrap_or_else(|| "unknown location".into()))
            } else {
                match &file {
                    Some(f) => format!("cannot import name '{n}' from '{mname}' ({f})"),
                    None => format!("cannot import name '{n}' from '{mname}' (unknown location)"),
                }
            };
            let e = vm.import_error(msg);
            let ev = Value::Obj(e.exc.clone());
            let _ = crate::protocol::attr::set_attr(
                vm,
                &ev,
                &vm.intern("name"),
                Some(vm.new_str(&mname)),
            );
            let _ = crate::protocol::attr::set_attr(
                vm,
                &ev,
                &vm.intern("path"),
                Some(file.map_or(Value::None, |f| vm.new_string(f))),
            );
            Err(e)
        }
        Err(e) => Err(e),
    }
}

/// `from module import *`: `__all__` if present, else every public name.
pub fn import_star(vm: &Vm, module: &Value, target: &ObjRef) -> PyResult<()> {
    let d = match module {
        Value::Obj(m) => module_dict(m).cloned(),
        _ => None,
    };
    let d = match d {
        Some(d) => d,
        None => return Err(vm.type_error("from-import-* object has no __dict__ and no __all__")),
    };
    let names: Vec<Value> = match pydict::get_str_key(vm, &d, &vm.intern("__all__")) {
        Some(all) => crate::protocol::iter::collect(vm, &all)?,
        None => pydict::entries(&d)
            .into_iter()
            .map(|(k, _)| k)
            .filter(|k| !as_str(k).unwrap_or("_").starts_with('_'))
            .collect(),
    };
    for n in names {
        let name = match &n {
            Value::Obj(o) => o.clone(),
            _ => continue,
        };
        let v = crate::protocol::attr::get_attr(vm, module, &name)?;
        crate::eval::ops_mapping_set(vm, target, n, Some(v))?;
    }
    Ok(())
}

/// Clear a module's namespace at interpreter shutdown the way CPython's `_PyModule_ClearDict`
/// does, so `__del__` methods of module-level objects run in CPython's order: first names
/// starting with a single underscore are set to None, then every other name except
/// `__builtins__`, each pass in dictionary order.
pub fn clear_module_dict(vm: &Vm, dict: &ObjRef) {
    let _finalizers = crate::heap::VmGuard::enter(vm);
    for pass in 0..2 {
        for (k, v) in crate::types::dict::entries(dict) {
            let name = match crate::vm::as_str(&k) {
                Some(n) => n.to_string(),
                None => continue,
            };
            if v.is_none() {
                continue;
            }
            drop(v);
            let single_underscore = name.starts_with('_') && !name.starts_with("__");
            let clear = if pass == 0 {
                single_underscore
            } else {
                name != "__builtins__"
            };
            if clear {
                let _ = crate::types::dict::set_item(vm, dict, k, Value::None);
            }
        }
    }
}
