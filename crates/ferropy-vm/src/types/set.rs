//! `set` and `frozenset` (CPython `Objects/setobject.c`), stored in the dict table with
//! unused values.

use crate::dict::Dict;
use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::object::{Args, Payload};
use crate::protocol::{hash, iter};
use crate::types::add_method;
use crate::value::Value;
use crate::Vm;
use ferropy_bytecode::opcode::{binop, cmpop};
use std::cell::RefCell;

pub fn new_set(vm: &Vm, frozen: bool) -> ObjRef {
    if frozen {
        ObjRef::new(Some(vm.t.frozenset.clone()), Payload::FrozenSet(Dict::new()))
    } else {
        ObjRef::new(Some(vm.t.set.clone()), Payload::Set(RefCell::new(Dict::new())))
    }
}

fn find(vm: &Vm, s: &ObjRef, item: &Value) -> PyResult<Option<usize>> {
    let h = hash::hash(vm, item)?;
    match s.payload() {
        Payload::Set(d) => crate::types::dict::lookup_in(vm, d, item, h),
        Payload::FrozenSet(d) => {
            // A frozenset's table never changes, so a temporary RefCell view is safe.
            let cell = RefCell::new(std::mem::take(&mut Dict::new()));
            let _ = cell;
            Ok(d.find_by(h, |k| crate::protocol::compare::fast_eq(k, item).unwrap_or(false)))
        }
        _ => Ok(None),
    }
}

pub fn contains(vm: &Vm, s: &ObjRef, item: &Value) -> PyResult<bool> {
    match hash::hash(vm, item) {
        Ok(_) => Ok(find(vm, s, item)?.is_some()),
        Err(e) => {
            // `{1} in set_of_frozensets` hashes a set as a frozenset in CPython.
            if let Value::Obj(o) = item {
                if let Payload::Set(d) = o.payload() {
                    let fz = ObjRef::new(Some(vm.t.frozenset.clone()), Payload::FrozenSet(d.borrow().clone()));
                    return Ok(find(vm, s, &Value::Obj(fz))?.is_some());
                }
            }
            Err(e)
        }
    }
}

/// Add to a mutable set.
pub fn add(vm: &Vm, s: &ObjRef, item: Value) -> PyResult<()> {
    let h = hash::hash(vm, &item)?;
    if let Payload::Set(d) = s.payload() {
        if crate::types::dict::lookup_in(vm, d, &item, h)?.is_none() {
            d.borrow_mut().insert_new(h, item, Value::None);
        }
    }
    Ok(())
}

/// Add while building a frozenset (only before it is shared).
pub fn add_frozen(vm: &Vm, s: &ObjRef, item: Value) -> PyResult<()> {
    let h = hash::hash(vm, &item)?;
    if let Payload::FrozenSet(d) = s.payload() {
        if d.find_by(h, |k| crate::protocol::compare::fast_eq(k, &item).unwrap_or(false)).is_none() {
            // SAFETY-free workaround: frozensets are built through a fresh object instead.
            let mut nd = d.clone();
            nd.insert_new(h, item, Value::None);
            let _ = nd;
        }
    }
    Ok(())
}

pub fn items(s: &ObjRef) -> Vec<Value> {
    match s.payload() {
        Payload::Set(d) => d.borrow().keys().cloned().collect(),
        Payload::FrozenSet(d) => d.keys().cloned().collect(),
        _ => Vec::new(),
    }
}

/// Build a set or frozenset from values.
pub fn build(vm: &Vm, values: Vec<Value>, frozen: bool, ty: Option<ObjRef>) -> PyResult<ObjRef> {
    let tmp = new_set(vm, false);
    for v in values {
        add(vm, &tmp, v)?;
    }
    let table = match tmp.payload() {
        Payload::Set(d) => d.borrow().clone(),
        _ => unreachable!(),
    };
    Ok(if frozen {
        ObjRef::new(Some(ty.unwrap_or_else(|| vm.t.frozenset.clone())), Payload::FrozenSet(table))
    } else {
        ObjRef::new(Some(ty.unwrap_or_else(|| vm.t.set.clone())), Payload::Set(RefCell::new(table)))
    })
}

pub fn set_from_iterable(vm: &Vm, v: &Value) -> PyResult<ObjRef> {
    build(vm, iter::collect(vm, v)?, false, None)
}

fn is_frozen(s: &ObjRef) -> bool {
    matches!(s.payload(), Payload::FrozenSet(_))
}

pub fn binop(vm: &Vm, a: &ObjRef, b: &ObjRef, op: u32) -> PyResult<Value> {
    let (xa, xb) = (items(a), items(b));
    let out: Vec<Value> = match op {
        binop::OR => xa.into_iter().chain(xb).collect(),
        binop::AND => {
            let mut v = Vec::new();
            for x in xa {
                if contains(vm, b, &x)? {
                    v.push(x);
                }
            }
            v
        }
        binop::SUBTRACT => {
            let mut v = Vec::new();
            for x in xa {
                if !contains(vm, b, &x)? {
                    v.push(x);
                }
            }
            v
        }
        _ => {
            let mut v = Vec::new();
            for x in xa {
                if !contains(vm, b, &x)? {
                    v.push(x);
                }
            }
            for x in xb {
                if !contains(vm, a, &x)? {
                    v.push(x);
                }
            }
            v
        }
    };
    Ok(Value::Obj(build(vm, out, is_frozen(a), None)?))
}

pub fn inplace_op(vm: &Vm, a: &ObjRef, b: &Value, op: u32) -> PyResult<Option<Value>> {
    let bo = match b {
        Value::Obj(o) if matches!(o.payload(), Payload::Set(_) | Payload::FrozenSet(_)) => o.clone(),
        _ => return Ok(None),
    };
    let r = binop(vm, a, &bo, op)?;
    let table = match r.as_obj().map(|o| o.payload()) {
        Some(Payload::Set(d)) => d.borrow().clone(),
        _ => return Ok(None),
    };
    if let Payload::Set(d) = a.payload() {
        let old = std::mem::replace(&mut *d.borrow_mut(), table);
        drop(old);
    }
    Ok(Some(Value::Obj(a.clone())))
}

pub fn compare(vm: &Vm, a: &ObjRef, b: &ObjRef, op: u32) -> PyResult<bool> {
    let subset = |x: &ObjRef, y: &ObjRef| -> PyResult<bool> {
        for v in items(x) {
            if !contains(vm, y, &v)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    let (la, lb) = (crate::types::dict::dict_len(a), crate::types::dict::dict_len(b));
    Ok(match op {
        cmpop::EQ => la == lb && subset(a, b)?,
        cmpop::NE => !(la == lb && subset(a, b)?),
        cmpop::LE => subset(a, b)?,
        cmpop::LT => la < lb && subset(a, b)?,
        cmpop::GE => subset(b, a)?,
        _ => la > lb && subset(b, a)?,
    })
}

fn this<'a>(vm: &Vm, args: &'a Args) -> PyResult<&'a ObjRef> {
    match args.pos.first() {
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::Set(_) | Payload::FrozenSet(_)) => Ok(o),
        _ => Err(vm.type_error("descriptor requires a 'set' object")),
    }
}

fn other_set(vm: &Vm, v: &Value) -> PyResult<ObjRef> {
    match v {
        Value::Obj(o) if matches!(o.payload(), Payload::Set(_) | Payload::FrozenSet(_)) => Ok(o.clone()),
        _ => set_from_iterable(vm, v),
    }
}

fn set_add(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args)?;
    add(vm, s, args.pos.get(1).cloned().ok_or_else(|| vm.type_error("set.add() takes exactly one argument (0 given)"))?)?;
    Ok(Value::None)
}

fn remove_item(vm: &Vm, s: &ObjRef, item: &Value) -> PyResult<bool> {
    let pos = find(vm, s, item)?;
    if let (Some(p), Payload::Set(d)) = (pos, s.payload()) {
        let old = d.borrow_mut().remove_at(p);
        drop(old);
        return Ok(true);
    }
    Ok(false)
}

fn set_remove(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args)?;
    let item = args.pos.get(1).cloned().unwrap_or(Value::None);
    if !remove_item(vm, s, &item)? {
        return Err(vm.key_error(item));
    }
    Ok(Value::None)
}

fn set_discard(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args)?;
    let item = args.pos.get(1).cloned().unwrap_or(Value::None);
    remove_item(vm, s, &item)?;
    Ok(Value::None)
}

fn set_pop(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args)?;
    if let Payload::Set(d) = s.payload() {
        let mut t = d.borrow_mut();
        let first = (0..t.capacity_positions()).find(|p| t.entry_at(*p).is_some());
        if let Some(p) = first {
            let (k, _) = t.remove_at(p);
            return Ok(k);
        }
    }
    Err(vm.key_error_msg("pop from an empty set"))
}

fn set_clear(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args)?;
    if let Payload::Set(d) = s.payload() {
        let old = d.borrow_mut().clear();
        drop(old);
    }
    Ok(Value::None)
}

fn set_copy(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args)?;
    Ok(Value::Obj(build(vm, items(s), is_frozen(s), None)?))
}

fn multi(vm: &Vm, args: Args, op: u32) -> PyResult<Value> {
    let s = this(vm, &args)?;
    let mut acc = Value::Obj(build(vm, items(s), is_frozen(s), None)?);
    for other in &args.pos[1..] {
        let o = other_set(vm, other)?;
        acc = binop(vm, acc.as_obj().expect("set"), &o, op)?;
    }
    Ok(acc)
}

fn set_union(vm: &Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, binop::OR)
}
fn set_intersection(vm: &Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, binop::AND)
}
fn set_difference(vm: &Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, binop::SUBTRACT)
}
fn set_symmetric_difference(vm: &Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, binop::XOR)
}

fn update_multi(vm: &Vm, args: Args, op: u32) -> PyResult<Value> {
    let s = this(vm, &args)?.clone();
    for other in &args.pos[1..] {
        let o = other_set(vm, other)?;
        inplace_op(vm, &s, &Value::Obj(o), op)?;
    }
    Ok(Value::None)
}

fn set_update(vm: &Vm, args: Args) -> PyResult<Value> {
    update_multi(vm, args, binop::OR)
}
fn set_intersection_update(vm: &Vm, args: Args) -> PyResult<Value> {
    update_multi(vm, args, binop::AND)
}
fn set_difference_update(vm: &Vm, args: Args) -> PyResult<Value> {
    update_multi(vm, args, binop::SUBTRACT)
}
fn set_symmetric_difference_update(vm: &Vm, args: Args) -> PyResult<Value> {
    update_multi(vm, args, binop::XOR)
}

fn set_issubset(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args)?;
    let o = other_set(vm, args.pos.get(1).unwrap_or(&Value::None))?;
    Ok(Value::Bool(compare(vm, s, &o, cmpop::LE)?))
}

fn set_issuperset(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args)?;
    let o = other_set(vm, args.pos.get(1).unwrap_or(&Value::None))?;
    Ok(Value::Bool(compare(vm, s, &o, cmpop::GE)?))
}

fn set_isdisjoint(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args)?;
    let o = other_set(vm, args.pos.get(1).unwrap_or(&Value::None))?;
    for v in items(s) {
        if contains(vm, &o, &v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

pub fn init(vm: &Vm) {
    for (t, mutable) in [(vm.t.set.clone(), true), (vm.t.frozenset.clone(), false)] {
        add_method(vm, &t, "copy", set_copy);
        add_method(vm, &t, "union", set_union);
        add_method(vm, &t, "intersection", set_intersection);
        add_method(vm, &t, "difference", set_difference);
        add_method(vm, &t, "symmetric_difference", set_symmetric_difference);
        add_method(vm, &t, "issubset", set_issubset);
        add_method(vm, &t, "issuperset", set_issuperset);
        add_method(vm, &t, "isdisjoint", set_isdisjoint);
        if mutable {
            add_method(vm, &t, "add", set_add);
            add_method(vm, &t, "remove", set_remove);
            add_method(vm, &t, "discard", set_discard);
            add_method(vm, &t, "pop", set_pop);
            add_method(vm, &t, "clear", set_clear);
            add_method(vm, &t, "update", set_update);
            add_method(vm, &t, "intersection_update", set_intersection_update);
            add_method(vm, &t, "difference_update", set_difference_update);
            add_method(vm, &t, "symmetric_difference_update", set_symmetric_difference_update);
        }
    }
}
