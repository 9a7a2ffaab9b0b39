//! `repr()`, `str()` and `ascii()` (CPython `PyObject_Repr` / `PyObject_Str`), with the
//! builtin types' formats and the recursion guard for self-containing containers.

use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::object::{DictViewKind, Payload};
use crate::protocol::call::call_method_value;
use crate::types::{lookup_str, type_data, type_name};
use crate::value::Value;
use crate::vm::as_str;
use crate::Vm;
use std::cell::RefCell;

pub use ferropy_bytecode::dis::{float_repr, str_repr};

thread_local! {
    /// Containers whose repr is in progress (CPython's `Py_ReprEnter`), so `l.append(l)`
    /// prints `[[...]]` instead of recursing forever.
    static REPR_STACK: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Start the repr of container `o`: false if its repr is already in progress on this
/// thread (CPython's `Py_ReprEnter`), when the caller prints `[...]` instead.
pub fn repr_enter(o: &ObjRef) -> bool {
    REPR_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if s.contains(&o.addr()) {
            false
        } else {
            s.push(o.addr());
            true
        }
    })
}

/// End the repr of `o` started by [`repr_enter`] (CPython's `Py_ReprLeave`).
pub fn repr_leave(o: &ObjRef) {
    REPR_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(p) = s.iter().rposition(|a| *a == o.addr()) {
            s.remove(p);
        }
    })
}

/// `repr(v)`.
pub fn repr(vm: &Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::None | Value::Null => Ok("None".into()),
        Value::Bool(b) => Ok(if *b { "True" } else { "False" }.into()),
        Value::Int(i) => Ok(i.to_string()),
        Value::Float(f) => Ok(float_repr(*f)),
        Value::Obj(o) => {
            let ty = vm.type_of_obj(o);
            if crate::types::dispatches_dunders(&ty, o) {
                if let Some(f) = lookup_str(vm, &ty, "__repr__") {
                    if !is_object_slot(vm, &f, "__repr__") {
                        let r = vm
                            .with_recursion(" while getting the repr of an object", || {
                                call_method_value(vm, &f, v, &[])
                            })?;
                        return match as_str(&r) {
                            Some(s) => Ok(s.to_string()),
                            None => Err(vm.type_error(format!(
                                "__repr__ returned non-string (type {})",
                                vm.type_name(&r)
                            ))),
                        };
                    }
                }
            }
            vm.with_recursion(" while getting the repr of an object", || {
                builtin_repr(vm, o, &ty)
            })
        }
    }
}

/// `list.__repr__` and friends: the builtin repr of the value's layout, bypassing any
/// override (what `super().__repr__()` in a subclass reaches).
pub fn builtin_type_repr(vm: &Vm, args: crate::object::Args) -> PyResult<Value> {
    let v = args.pos.first().cloned().unwrap_or(Value::None);
    let s = match &v {
        Value::Obj(o) => vm.with_recursion(" while getting the repr of an object", || {
            builtin_repr(vm, o, &vm.type_of_obj(o))
        })?,
        other => repr(vm, other)?,
    };
    Ok(vm.new_string(s))
}

fn is_object_slot(vm: &Vm, f: &Value, name: &str) -> bool {
    lookup_str(vm, &vm.t.object, name).is_some_and(|d| d.is(f))
}

fn seq_repr(vm: &Vm, o: &ObjRef, items: &[Value], open: &str, close: &str) -> PyResult<String> {
    if !repr_enter(o) {
        return Ok(format!("{open}...{close}"));
    }
    let mut out = String::from(open);
    let mut result = Ok(());
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        match repr(vm, item) {
            Ok(s) => out.push_str(&s),
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    repr_leave(o);
    result?;
    out.push_str(close);
    Ok(out)
}

fn builtin_repr(vm: &Vm, o: &ObjRef, ty: &ObjRef) -> PyResult<String> {
    let v = Value::Obj(o.clone());
    Ok(match o.payload() {
        Payload::Str(s) => str_repr(&s.s),
        Payload::BigInt(_) => {
            crate::types::int::to_decimal_string(vm, &crate::types::int::as_int(&v).expect("int"))?
        }
        Payload::Float(f) => float_repr(*f),
        Payload::Complex(re, im) => crate::types::float::complex_repr(*re, *im),
        Payload::List(l) => {
            let items = l.borrow().clone();
            seq_repr(vm, o, &items, "[", "]")?
        }
        Payload::Tuple(_) if !type_data(ty).heap_type && !ty.is(&vm.t.tuple) => {
            // Builtin classes that reuse the tuple layout (GenericAlias) print themselves.
            let f = lookup_str(vm, ty, "__repr__").ok_or_else(|| vm.type_error("no __repr__"))?;
            let r = call_method_value(vm, &f, &v, &[])?;
            as_str(&r).map(str::to_string).unwrap_or_default()
        }
        Payload::Tuple(t) => {
            if t.len() == 1 {
                format!("({},)", repr(vm, &t[0])?)
            } else {
                seq_repr(vm, o, t, "(", ")")?
            }
        }
        Payload::Dict(d) => {
            if !repr_enter(o) {
                return Ok("{...}".into());
            }
            let pairs: Vec<(Value, Value)> = d
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect();
            let r = (|| {
                let mut out = String::from("{");
                for (i, (k, val)) in pairs.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&repr(vm, k)?);
                    out.push_str(": ");
                    out.push_str(&repr(vm, val)?);
                }
                out.push('}');
                Ok(out)
            })();
            repr_leave(o);
            let s = r?;
            if crate::types::class::is_mappingproxy(vm, o) {
                format!("mappingproxy({s})")
            } else {
                s
            }
        }
        Payload::Set(_) => set_repr(vm, o, ty, &crate::types::set::items(o), "set")?,
        Payload::FrozenSet(_) => set_repr(vm, o, ty, &crate::types::set::items(o), "frozenset")?,
        Payload::Bytes(b) => crate::types::bytes::bytes_repr(b),
        Payload::ByteArray(b) => format!(
            // Subclasses print their own name: `BA(b'abc')`.
            "{}({})",
            type_data(ty).name.borrow(),
            crate::types::bytes::bytearray_repr(&b.borrow())
        ),
        Payload::Range(r) => crate::types::range::repr(r),
        Payload::Slice(s) => format!(
            "slice({}, {}, {})",
            repr(vm, &s[0])?,
            repr(vm, &s[1])?,
            repr(vm, &s[2])?
        ),
        Payload::Function(f) => format!(
            "<function {} at {:#x}>",
            as_str(&f.qualname.borrow()).unwrap_or("?"),
            o.addr()
        ),
        Payload::Native(n) => match (&n.bound, n.owner) {
            (Some(b), _)
                if !matches!(b, Value::Obj(m) if matches!(m.payload(), Payload::Module(_)))
                    && crate::embed::host_fn(b).is_none() =>
            {
                format!(
                    "<built-in method {} of {} object at {:#x}>",
                    n.name,
                    vm.type_name(b),
                    b.as_obj().map_or(0, |x| x.addr())
                )
            }
            (None, Some(owner)) => format!("<method '{}' of '{}' objects>", n.name, owner),
            _ => format!("<built-in function {}>", n.name),
        },
        Payload::BoundMethod(m) => {
            let fname = crate::protocol::attr::get_attr_str(vm, &m.0, "__qualname__")
                .ok()
                .and_then(|q| as_str(&q).map(str::to_string))
                .unwrap_or_else(|| "?".into());
            format!("<bound method {} of {}>", fname, repr(vm, &m.1)?)
        }
        Payload::Code(c) => format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            c.code.name,
            o.addr(),
            c.code.filename,
            c.code.first_line
        ),
        Payload::Cell(_) => format!("<cell at {:#x}>", o.addr()),
        Payload::Type(_) => {
            let module = type_module(vm, o);
            let q = type_data(o).qualname.borrow().clone();
            match module.as_deref() {
                // CPython prints `tp_name` (the plain name) for builtins-module classes.
                Some("builtins") | None => format!("<class '{}'>", type_data(o).name.borrow()),
                // A builtin type with a dotted tp_name prints it as is.
                Some(_) if !type_data(o).heap_type => {
                    format!("<class '{}'>", type_data(o).name.borrow())
                }
                Some(m) => format!("<class '{m}.{q}'>"),
            }
        }
        Payload::Module(m) => {
            // CPython's module_repr: `(built-in)` for native modules, `from '<file>'` for
            // source ones.
            let file = crate::types::dict::get_str_key(vm, &m.dict, &vm.intern("__file__"))
                .and_then(|f| as_str(&f).map(str::to_string));
            let name = crate::types::dict::get_str_key(vm, &m.dict, &vm.intern("__name__"))
                .and_then(|f| as_str(&f).map(str::to_string))
                .unwrap_or_else(|| m.name.clone());
            match file {
                Some(f) if !f.starts_with('<') => format!("<module '{name}' from '{f}'>"),
                Some(f) => format!(
                    "<module '{name}' ({})>",
                    f.trim_start_matches('<').trim_end_matches('>')
                ),
                None if vm.native_modules.borrow().contains_key(&name)
                    || name == "sys"
                    || name == "builtins" =>
                {
                    format!("<module '{name}' (built-in)>")
                }
                None => format!("<module '{name}'>"),
            }
        }
        Payload::Exception(d) => {
            let args = d.borrow().args.clone();
            let name = type_name(ty);
            match args.as_obj().map(|a| a.payload()) {
                Some(Payload::Tuple(t)) if t.len() == 1 => format!("{name}({})", repr(vm, &t[0])?),
                _ => format!("{name}{}", repr(vm, &args)?),
            }
        }
        Payload::Singleton(name) => name.to_string(),
        Payload::Generator(g) => format!(
            "<{} object {} at {:#x}>",
            type_name(ty),
            g.qualname(),
            o.addr()
        ),
        Payload::DictView(d, kind) => {
            let name = match kind {
                DictViewKind::Keys => "dict_keys",
                DictViewKind::Values => "dict_values",
                DictViewKind::Items => "dict_items",
            };
            let items = crate::protocol::iter::collect(vm, &v)?;
            let _ = d;
            format!("{name}({})", seq_repr(vm, o, &items, "[", "]")?)
        }
        Payload::GetSet(g) => format!("<attribute '{}' of '{}' objects>", g.name, g.owner),
        Payload::Property(_) => format!("<property object at {:#x}>", o.addr()),
        Payload::StaticMethod(f) => format!("<staticmethod({})>", repr(vm, f)?),
        Payload::ClassMethod(f) => format!("<classmethod({})>", repr(vm, f)?),
        _ => default_repr(vm, o),
    })
}

fn set_repr(vm: &Vm, o: &ObjRef, ty: &ObjRef, keys: &[Value], base: &str) -> PyResult<String> {
    let name = type_name(ty);
    if keys.is_empty() {
        return Ok(format!("{name}()"));
    }
    if !repr_enter(o) {
        return Ok(format!("{name}(...)"));
    }
    let inner = seq_repr_plain(vm, keys);
    repr_leave(o);
    let inner = inner?;
    if name == "set" && base == "set" {
        Ok(format!("{{{inner}}}"))
    } else {
        Ok(format!("{name}({{{inner}}})"))
    }
}

fn seq_repr_plain(vm: &Vm, items: &[Value]) -> PyResult<String> {
    let parts: PyResult<Vec<String>> = items.iter().map(|i| repr(vm, i)).collect();
    Ok(parts?.join(", "))
}

/// `<module.Class object at 0x…>`.
pub fn default_repr(vm: &Vm, o: &ObjRef) -> String {
    let ty = vm.type_of_obj(o);
    let q = type_data(&ty).qualname.borrow().clone();
    match type_module(vm, &ty).as_deref() {
        Some("builtins") | None => format!("<{q} object at {:#x}>", o.addr()),
        Some(m) => format!("<{m}.{q} object at {:#x}>", o.addr()),
    }
}

/// The `__module__` of a type, if it is a str.
pub fn type_module(vm: &Vm, ty: &ObjRef) -> Option<String> {
    if !type_data(ty).heap_type {
        // A builtin type named "module.name" (CPython's tp_name rule).
        let name = type_data(ty).name.borrow();
        return Some(match name.rfind('.') {
            Some(i) => name[..i].to_string(),
            None => "builtins".into(),
        });
    }
    let key = vm.intern("__module__");
    let hash = crate::protocol::hash::str_hash(vm, &key);
    let d = type_data(ty).dict.borrow();
    let pos = d.find_by(hash, |k| crate::protocol::hash::str_key_eq(k, &key))?;
    as_str(&d.entry_at(pos)?.value).map(str::to_string)
}

/// `str(v)`.
pub fn str(vm: &Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Obj(o) => {
            let ty = vm.type_of_obj(o);
            if crate::types::dispatches_dunders(&ty, o) {
                if let Some(f) = lookup_str(vm, &ty, "__str__") {
                    if !is_object_slot(vm, &f, "__str__") {
                        let r = vm.with_recursion(" while calling a Python object", || {
                            call_method_value(vm, &f, v, &[])
                        })?;
                        return match as_str(&r) {
                            Some(s) => Ok(s.to_string()),
                            None => Err(vm.type_error(format!(
                                "__str__ returned non-string (type {})",
                                vm.type_name(&r)
                            ))),
                        };
                    }
                }
            }
            match o.payload() {
                Payload::Str(s) => Ok(s.s.to_string()),
                Payload::Exception(_) => {
                    // Builtin exception classes may define their own __str__ (OSError,
                    // KeyError, UnicodeDecodeError): dispatch through the type.
                    if let Some(f) = lookup_str(vm, &ty, "__str__") {
                        let r = call_method_value(vm, &f, v, &[])?;
                        if let Some(s) = as_str(&r) {
                            return Ok(s.to_string());
                        }
                    }
                    exception_str(vm, o)
                }
                _ => repr(vm, v),
            }
        }
        _ => repr(vm, v),
    }
}

/// `str(exc)` for builtin exceptions: `''`, the one argument's str, or the args tuple's repr
/// (`KeyError` uses the repr of its one argument).
pub fn exception_str(vm: &Vm, o: &ObjRef) -> PyResult<String> {
    let args = crate::error::exc_data(o).borrow().args.clone();
    let items: Vec<Value> = match args.as_obj().map(|a| a.payload()) {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    match items.len() {
        0 => Ok(String::new()),
        1 => {
            if vm.is_subtype(&vm.type_of_obj(o), &vm.exc.key_error) {
                repr(vm, &items[0])
            } else {
                str(vm, &items[0])
            }
        }
        _ => repr(vm, &args),
    }
}

/// `ascii(v)`: the repr with non-ASCII characters escaped.
pub fn ascii(vm: &Vm, v: &Value) -> PyResult<String> {
    let r = repr(vm, v)?;
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    Ok(out)
}
