//! `dict` (CPython `Objects/dictobject.c`): lookups that may run Python `__eq__` safely,
//! and the dict methods.

use crate::dict::Dict;
use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::object::{Args, DictViewKind, Payload};
use crate::protocol::compare::{self, fast_eq};
use crate::protocol::hash::{self, str_hash, str_key_eq};
use crate::types::add_method;
use crate::value::Value;
use crate::Vm;
use std::cell::RefCell;

/// The table of a dict (or dict subclass) object.
pub fn table(o: &ObjRef) -> &RefCell<Dict> {
    match o.payload() {
        Payload::Dict(d) => d,
        _ => panic!("not a dict"),
    }
}

pub fn dict_len(o: &ObjRef) -> usize {
    match o.payload() {
        Payload::Dict(d) => d.borrow().len(),
        Payload::Set(t) | Payload::FrozenSet(t) => t.borrow().len(),
        _ => 0,
    }
}

/// Find `key` (with hash `h`) in `cell`, comparing with Python `__eq__` where needed; the
/// borrow is released around every Python call and the search restarts if the table
/// changed meanwhile.
pub fn lookup_in(vm: &Vm, cell: &RefCell<Dict>, key: &Value, h: i64) -> PyResult<Option<usize>> {
    loop {
        let (cands, version) = {
            let d = cell.borrow();
            let mut undecided = false;
            let found = d.find_by(h, |k| match fast_eq(k, key) {
                Some(r) => r,
                None => {
                    undecided = true;
                    false
                }
            });
            if found.is_some() || !undecided {
                return Ok(found);
            }
            (d.candidates(h), d.version())
        };
        let mut restarted = false;
        for pos in cands {
            let k = match cell.borrow().entry_at(pos) {
                Some(e) => e.key.clone(),
                None => continue,
            };
            let equal = match fast_eq(&k, key) {
                Some(r) => r,
                None => compare::eq(vm, &k, key)?,
            };
            if cell.borrow().version() != version {
                restarted = true;
                break;
            }
            if equal {
                return Ok(Some(pos));
            }
        }
        if !restarted {
            return Ok(None);
        }
    }
}

/// `d[key]` without raising: `Ok(None)` when missing.
pub fn get_item(vm: &Vm, d: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
    if let Some(ks) = str_key(key) {
        return Ok(get_str_key(vm, d, ks));
    }
    let h = hash::hash(vm, key)?;
    let cell = table(d);
    let pos = lookup_in(vm, cell, key, h)?;
    Ok(pos.and_then(|p| cell.borrow().entry_at(p).map(|e| e.value.clone())))
}

/// A key that is an exact str object (no user `__eq__`/`__hash__`).
#[inline]
fn str_key(key: &Value) -> Option<&ObjRef> {
    match key {
        Value::Obj(o)
            if matches!(o.payload(), Payload::Str(_))
                && !o
                    .raw_type()
                    .is_some_and(|t| crate::types::type_data(t).heap_type) =>
        {
            Some(o)
        }
        _ => None,
    }
}

/// Lookup by a str object; cannot run Python code.
#[inline]
pub fn get_str_key(vm: &Vm, d: &ObjRef, name: &ObjRef) -> Option<Value> {
    let h = str_hash(vm, name);
    let t = match d.payload() {
        Payload::Dict(t) => t,
        _ => return None,
    };
    let t = t.borrow();
    let pos = t.find_by(h, |k| str_key_eq(k, name))?;
    Some(t.entry_at(pos)?.value.clone())
}

/// `d[key] = value`.
/// A dict of `len` entries may be about to double: abort first if that would pass the
/// host's heap limit (each entry costs about 64 bytes with its share of the index).
#[inline]
fn precheck_growth(vm: &Vm, len: usize) -> PyResult<()> {
    if len >= 1024 && len.is_power_of_two() {
        vm.precheck_alloc(len as u128 * 64)?;
    }
    Ok(())
}

pub fn set_item(vm: &Vm, d: &ObjRef, key: Value, value: Value) -> PyResult<()> {
    crate::gc::maybe_track_dict(d, &key, &value);
    let cell = table(d);
    if let Some(ks) = str_key(&key) {
        let h = str_hash(vm, ks);
        let mut t = cell.borrow_mut();
        match t.find_by(h, |k| str_key_eq(k, ks)) {
            Some(pos) => {
                let old = t.replace_value(pos, value);
                drop(t);
                drop(old);
            }
            None => {
                precheck_growth(vm, t.len())?;
                t.insert_new(h, key, value);
                let grown = t.len().is_power_of_two();
                drop(t);
                if grown {
                    d.recharge();
                }
            }
        }
        return Ok(());
    }
    let h = hash::hash(vm, &key)?;
    match lookup_in(vm, cell, &key, h)? {
        Some(pos) => {
            let old = cell.borrow_mut().replace_value(pos, value);
            drop(old);
        }
        None => {
            precheck_growth(vm, cell.borrow().len())?;
            cell.borrow_mut().insert_new(h, key, value);
            if cell.borrow().len().is_power_of_two() {
                d.recharge();
            }
        }
    }
    Ok(())
}

/// `del d[key]` (KeyError when missing).
pub fn del_item(vm: &Vm, d: &ObjRef, key: &Value) -> PyResult<()> {
    match pop_item(vm, d, key)? {
        Some(_) => Ok(()),
        None => Err(vm.key_error(key.clone())),
    }
}

/// Remove and return `d[key]`, or None when missing.
pub fn pop_item(vm: &Vm, d: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
    let h = hash::hash(vm, key)?;
    let cell = table(d);
    match lookup_in(vm, cell, key, h)? {
        Some(pos) => {
            let (k, v) = cell.borrow_mut().remove_at(pos);
            drop(k);
            Ok(Some(v))
        }
        None => Ok(None),
    }
}

/// A snapshot of the (key, value) pairs.
pub fn entries(d: &ObjRef) -> Vec<(Value, Value)> {
    table(d)
        .borrow()
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect()
}

pub fn copy(vm: &Vm, d: &ObjRef) -> PyResult<ObjRef> {
    let t = table(d).borrow().clone();
    let c = ObjRef::new(
        Some(vm.t.dict.clone()),
        Payload::Dict(Box::new(RefCell::new(t))),
    );
    // A copy holds what the original holds: tracked alike (CPython's dict_copy).
    if d.is_tracked() {
        crate::gc::track(&c);
    }
    Ok(c)
}

/// `d.update(other)`: a mapping (has `keys`) or an iterable of pairs.
pub fn update_from(vm: &Vm, d: &ObjRef, other: &Value) -> PyResult<()> {
    if let Value::Obj(o) = other {
        if matches!(o.payload(), Payload::Dict(_)) {
            for (k, v) in entries(o) {
                set_item(vm, d, k, v)?;
            }
            return Ok(());
        }
    }
    let ty = vm.type_of(other);
    if crate::types::lookup_str(vm, &ty, "keys").is_some() {
        for (k, v) in crate::eval::mapping_entries(vm, other)? {
            set_item(vm, d, k, v)?;
        }
        return Ok(());
    }
    let it = crate::protocol::iter::get_iter(vm, other)
        .map_err(|_| vm.type_error(format!("'{}' object is not iterable", vm.type_name(other))))?;
    let mut i = 0;
    while let Some(item) = crate::protocol::iter::next(vm, &it)? {
        let pair = crate::protocol::iter::collect(vm, &item).map_err(|_| {
            vm.type_error(format!(
                "cannot convert dictionary update sequence element #{i} to a sequence"
            ))
        })?;
        if pair.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut p = pair.into_iter();
        set_item(vm, d, p.next().expect("2"), p.next().expect("2"))?;
        i += 1;
    }
    Ok(())
}

pub fn dict_eq(vm: &Vm, a: &ObjRef, b: &ObjRef) -> PyResult<bool> {
    if dict_len(a) != dict_len(b) {
        return Ok(false);
    }
    for (k, v) in entries(a) {
        match get_item(vm, b, &k)? {
            Some(v2) => {
                if !compare::eq(vm, &v, &v2)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

fn this(vm: &Vm, args: &Args, name: &str) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::Dict(_)) => Ok(o.clone()),
        Some(other) => Err(vm.type_error(format!(
            "descriptor '{name}' for 'dict' objects doesn't apply to a '{}' object",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error(format!("unbound method dict.{name}() needs an argument"))),
    }
}

fn view(vm: &Vm, d: &ObjRef, kind: DictViewKind) -> Value {
    let ty = match kind {
        DictViewKind::Keys => vm.t.dict_keys.clone(),
        DictViewKind::Values => vm.t.dict_values.clone(),
        DictViewKind::Items => vm.t.dict_items.clone(),
    };
    Value::Obj(ObjRef::new(Some(ty), Payload::DictView(d.clone(), kind)))
}

fn dict_keys(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(view(vm, &this(vm, &args, "keys")?, DictViewKind::Keys))
}

fn dict_values(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(view(vm, &this(vm, &args, "values")?, DictViewKind::Values))
}

fn dict_items(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(view(vm, &this(vm, &args, "items")?, DictViewKind::Items))
}

fn dict_get(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "get")?;
    crate::protocol::call::check_arity(vm, "get", &Args::new(&args.pos[1..]), 1, 2)?;
    Ok(get_item(vm, &d, &args.pos[1])?
        .unwrap_or_else(|| args.pos.get(2).cloned().unwrap_or(Value::None)))
}

fn dict_setdefault(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "setdefault")?;
    let key = args
        .pos
        .get(1)
        .cloned()
        .ok_or_else(|| vm.type_error("setdefault expected at least 1 argument, got 0"))?;
    if let Some(v) = get_item(vm, &d, &key)? {
        return Ok(v);
    }
    let default = args.pos.get(2).cloned().unwrap_or(Value::None);
    set_item(vm, &d, key, default.clone())?;
    Ok(default)
}

fn dict_pop(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "pop")?;
    let key = args
        .pos
        .get(1)
        .cloned()
        .ok_or_else(|| vm.type_error("pop expected at least 1 argument, got 0"))?;
    match pop_item(vm, &d, &key)? {
        Some(v) => Ok(v),
        None => match args.pos.get(2) {
            Some(default) => Ok(default.clone()),
            None => Err(vm.key_error(key)),
        },
    }
}

fn dict_popitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "popitem")?;
    let mut t = table(&d).borrow_mut();
    match t.last_pos() {
        Some(p) => {
            let (k, v) = t.remove_at(p);
            drop(t);
            Ok(vm.new_tuple(vec![k, v]))
        }
        None => {
            drop(t);
            Err(vm.key_error_msg("popitem(): dictionary is empty"))
        }
    }
}

fn dict_update(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "update")?;
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "update expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    if let Some(other) = args.pos.get(1) {
        update_from(vm, &d, other)?;
    }
    for (k, v) in args.kwnames.iter().zip(args.kwvalues) {
        set_item(vm, &d, k.clone(), v.clone())?;
    }
    Ok(Value::None)
}

fn dict_clear(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "clear")?;
    let old = table(&d).borrow_mut().clear();
    drop(old);
    Ok(Value::None)
}

fn dict_copy(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "copy")?;
    Ok(Value::Obj(copy(vm, &d)?))
}

fn dict_fromkeys(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos[0].clone();
    let keys = args
        .pos
        .get(1)
        .cloned()
        .ok_or_else(|| vm.type_error("fromkeys expected at least 1 argument, got 0"))?;
    let value = args.pos.get(2).cloned().unwrap_or(Value::None);
    let d = crate::protocol::call::call(vm, &cls, &[])?;
    let dobj = d.as_obj().expect("dict").clone();
    for k in crate::protocol::iter::collect(vm, &keys)? {
        crate::protocol::sequence::set_item(vm, &d, &k, Some(value.clone()))?;
    }
    let _ = dobj;
    Ok(d)
}

fn dict_contains(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__contains__")?;
    Ok(Value::Bool(get_item(vm, &d, &args.pos[1])?.is_some()))
}

fn dict_getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__getitem__")?;
    crate::protocol::call::check_arity(vm, "__getitem__", &Args::new(&args.pos[1..]), 1, 1)?;
    let key = &args.pos[1];
    if let Some(v) = get_item(vm, &d, key)? {
        return Ok(v);
    }
    // `dict_subscript`: a subclass may supply the value for a missing key.
    let ty = vm.type_of_obj(&d);
    if !ty.is(&vm.t.dict) {
        if let Some(f) = crate::types::lookup_str(vm, &ty, "__missing__") {
            return crate::protocol::call::call_method_value(
                vm,
                &f,
                &args.pos[0],
                std::slice::from_ref(key),
            );
        }
    }
    Err(vm.key_error(key.clone()))
}

fn dict_setitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__setitem__")?;
    set_item(vm, &d, args.pos[1].clone(), args.pos[2].clone())?;
    Ok(Value::None)
}

fn dict_delitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__delitem__")?;
    del_item(vm, &d, &args.pos[1])?;
    Ok(Value::None)
}

fn dict_len_m(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__len__")?;
    Ok(Value::Int(dict_len(&d) as i64))
}

fn dict_iter(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__iter__")?;
    let len = dict_len(&d);
    Ok(crate::protocol::iter::new_iter(
        vm,
        &vm.t.dict_keyiterator.clone(),
        crate::object::IterState::Dict {
            dict: d,
            pos: 0,
            len,
            remaining: len,
            kind: DictViewKind::Keys,
        },
    ))
}

fn dict_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__init__")?;
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    if let Some(other) = args.pos.get(1) {
        update_from(vm, &d, other)?;
    }
    for (k, v) in args.kwnames.iter().zip(args.kwvalues) {
        set_item(vm, &d, k.clone(), v.clone())?;
    }
    Ok(Value::None)
}

/// `keys_view.isdisjoint(other)` (also on items views): true when no element of
/// `other` is in the view.
fn view_isdisjoint(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::protocol::call::check_arity(vm, "isdisjoint", &Args::new(&args.pos[1..]), 1, 1)?;
    let (view, other) = (&args.pos[0], &args.pos[1]);
    if !matches!(view, Value::Obj(o) if matches!(o.payload(), Payload::DictView(..))) {
        return Err(vm.type_error("descriptor 'isdisjoint' requires a dict view"));
    }
    if view.is(other) {
        return Ok(Value::Bool(crate::protocol::sequence::len(vm, view)? == 0));
    }
    let it = crate::protocol::iter::get_iter(vm, other)?;
    while let Some(x) = crate::protocol::iter::next(vm, &it)? {
        if crate::protocol::sequence::contains(vm, view, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn view_mapping(vm: &Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Obj(o) => match o.payload() {
            Payload::DictView(d, _) => Ok(Value::Obj(d.clone())),
            _ => Err(vm.type_error("expected a dict view")),
        },
        _ => Err(vm.type_error("expected a dict view")),
    }
}

pub fn init(vm: &Vm) {
    let t = vm.t.dict.clone();
    add_method(vm, &t, "keys", dict_keys);
    add_method(vm, &t, "values", dict_values);
    add_method(vm, &t, "items", dict_items);
    add_method(vm, &t, "get", dict_get);
    add_method(vm, &t, "setdefault", dict_setdefault);
    add_method(vm, &t, "pop", dict_pop);
    add_method(vm, &t, "popitem", dict_popitem);
    add_method(vm, &t, "update", dict_update);
    add_method(vm, &t, "clear", dict_clear);
    add_method(vm, &t, "copy", dict_copy);
    crate::types::add_classmethod(vm, &t, "fromkeys", dict_fromkeys);
    add_method(vm, &t, "__contains__", dict_contains);
    add_method(vm, &t, "__getitem__", dict_getitem);
    add_method(vm, &t, "__setitem__", dict_setitem);
    add_method(vm, &t, "__delitem__", dict_delitem);
    add_method(vm, &t, "__len__", dict_len_m);
    add_method(vm, &t, "__iter__", dict_iter);
    add_method(vm, &t, "__init__", dict_init);
    for vt in [vm.t.dict_keys.clone(), vm.t.dict_items.clone()] {
        add_method(vm, &vt, "isdisjoint", view_isdisjoint);
    }
    for vt in [
        vm.t.dict_keys.clone(),
        vm.t.dict_values.clone(),
        vm.t.dict_items.clone(),
    ] {
        crate::types::add_getset(vm, &vt, "mapping", view_mapping, None);
    }
}
