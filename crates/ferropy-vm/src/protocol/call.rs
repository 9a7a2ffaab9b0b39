//! Calling objects (CPython `Objects/call.c`): Python functions run a new frame, natives
//! get the borrowed argument slice, bound methods prepend their self, types construct
//! instances, and other objects go through `__call__`.

use crate::error::PyResult;
use crate::object::{Args, Payload};
use crate::types::{lookup_str, type_data};
use crate::value::Value;
use crate::Vm;

/// `callable(*args)`.
pub fn call(vm: &Vm, callable: &Value, args: &[Value]) -> PyResult<Value> {
    call_args(vm, callable, None, Args::new(args))
}

/// `callable(*args, **kwargs)` in vectorcall form, with an optional leading `self_`.
pub fn call_args(vm: &Vm, callable: &Value, self_: Option<&Value>, args: Args) -> PyResult<Value> {
    let o = match callable {
        Value::Obj(o) => o,
        _ => return Err(not_callable(vm, callable)),
    };
    match o.payload() {
        Payload::Function(_) => crate::eval::call_function(vm, o, self_, args),
        Payload::Native(n) => {
            let bound = n.bound.as_ref().or(self_);
            match bound {
                Some(b) if !(n.bound.is_some() && self_.is_some()) => {
                    let mut v = Vec::with_capacity(args.pos.len() + 1);
                    v.push(b.clone());
                    v.extend_from_slice(args.pos);
                    (n.func)(
                        vm,
                        Args {
                            pos: &v,
                            kwnames: args.kwnames,
                            kwvalues: args.kwvalues,
                        },
                    )
                }
                Some(_) => {
                    // A bound builtin called with an extra self (shouldn't happen): bound wins.
                    let mut v = vec![
                        n.bound.clone().expect("bound"),
                        self_.cloned().expect("self"),
                    ];
                    v.extend_from_slice(args.pos);
                    (n.func)(
                        vm,
                        Args {
                            pos: &v,
                            kwnames: args.kwnames,
                            kwvalues: args.kwvalues,
                        },
                    )
                }
                None => (n.func)(vm, args),
            }
        }
        Payload::BoundMethod(m) => {
            let (func, s) = (m.0.clone(), m.1.clone());
            match self_ {
                None => call_args(vm, &func, Some(&s), args),
                Some(extra) => {
                    let mut v = Vec::with_capacity(args.pos.len() + 1);
                    v.push(extra.clone());
                    v.extend_from_slice(args.pos);
                    call_args(
                        vm,
                        &func,
                        Some(&s),
                        Args {
                            pos: &v,
                            kwnames: args.kwnames,
                            kwvalues: args.kwvalues,
                        },
                    )
                }
            }
        }
        Payload::Type(_) => with_self(self_, args, |a| crate::types::class::call_type(vm, o, a)),
        _ => {
            let ty = vm.type_of_obj(o);
            if type_data(&ty).heap_type
                || matches!(
                    o.payload(),
                    Payload::StaticMethod(_)
                        | Payload::ClassMethod(_)
                        | Payload::WeakRef(_)
                        | Payload::Ext(_)
                )
            {
                if let Some(f) = lookup_str(vm, &ty, "__call__") {
                    return with_self(self_, args, |a| call_args(vm, &f, Some(callable), a));
                }
            }
            Err(not_callable(vm, callable))
        }
    }
}

fn with_self<T>(self_: Option<&Value>, args: Args, f: impl FnOnce(Args) -> T) -> T {
    match self_ {
        None => f(args),
        Some(s) => {
            let mut v = Vec::with_capacity(args.pos.len() + 1);
            v.push(s.clone());
            v.extend_from_slice(args.pos);
            f(Args {
                pos: &v,
                kwnames: args.kwnames,
                kwvalues: args.kwvalues,
            })
        }
    }
}

pub fn not_callable(vm: &Vm, v: &Value) -> crate::PyErr {
    vm.type_error(format!("'{}' object is not callable", vm.type_name(v)))
}

/// Call `func` (found on a type) as a method of `self_`: descriptors that bind are called
/// with `self_` first; staticmethods without it.
pub fn call_method_value(vm: &Vm, func: &Value, self_: &Value, args: &[Value]) -> PyResult<Value> {
    if let Value::Obj(o) = func {
        match o.payload() {
            Payload::Function(_) => {
                return crate::eval::call_function(vm, o, Some(self_), Args::new(args))
            }
            Payload::Native(n) if n.bound.is_none() && !n.is_classmethod => {
                let mut v = Vec::with_capacity(args.len() + 1);
                v.push(self_.clone());
                v.extend_from_slice(args);
                return (n.func)(vm, Args::new(&v));
            }
            _ => {}
        }
    }
    let ty = vm.type_of(self_);
    let bound = crate::protocol::attr::descr_get(vm, func.clone(), Some(self_), &ty)?;
    call(vm, &bound, args)
}

/// `obj.name(*args)`.
pub fn call_method(vm: &Vm, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let (f, unbound) = crate::protocol::attr::load_method(vm, obj, &vm.intern(name))?;
    if unbound {
        call_args(vm, &f, Some(obj), Args::new(args))
    } else {
        call(vm, &f, args)
    }
}

/// `callable(obj)`.
pub fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Obj(o) => match o.payload() {
            Payload::Function(_)
            | Payload::Native(_)
            | Payload::BoundMethod(_)
            | Payload::Type(_) => true,
            _ => lookup_str(vm, &vm.type_of_obj(o), "__call__").is_some(),
        },
        _ => false,
    }
}

/// Parse natives' keyword arguments: `names` lists the accepted parameter names in order;
/// returns one slot per name filled from positionals then keywords, with CPython's errors.
pub fn parse_args(
    vm: &Vm,
    fname: &str,
    args: Args,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    if args.pos.len() > names.len() {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {} argument{} ({} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            args.pos.len()
        )));
    }
    for (i, v) in args.pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in args.kwnames.iter().zip(args.kwvalues) {
        let k = crate::vm::as_str(k).unwrap_or("");
        match names.iter().position(|n| *n == k) {
            Some(i) => {
                if out[i].is_some() {
                    return Err(vm.type_error(format!(
                        "argument for {fname}() given by name ('{k}') and position ({})",
                        i + 1
                    )));
                }
                out[i] = Some(v.clone());
            }
            None => {
                return Err(vm.type_error(format!(
                    "{fname}() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    for (i, slot) in out.iter().enumerate().take(required) {
        if slot.is_none() {
            return Err(vm.type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    Ok(out)
}

/// Reject keyword arguments for a native that takes none.
pub fn no_kwargs(vm: &Vm, fname: &str, args: &Args) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{fname}() takes no keyword arguments")));
    }
    Ok(())
}

/// Check a positional argument count for a native.
pub fn check_arity(vm: &Vm, fname: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.pos.len();
    if n < min || n > max {
        let msg = if min == max {
            match min {
                0 => format!("{fname}() takes no arguments ({n} given)"),
                1 => format!("{fname}() takes exactly one argument ({n} given)"),
                _ => format!("{fname}() takes exactly {min} arguments ({n} given)"),
            }
        } else if n < min {
            format!(
                "{fname} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{fname} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}
