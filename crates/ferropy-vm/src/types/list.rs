//! `list` (CPython `Objects/listobject.c`).

use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::object::{Args, Payload};
use crate::protocol::{compare, iter, sequence};
use crate::types::add_method;
use crate::value::Value;
use crate::Vm;
use std::cell::RefCell;

pub fn items(o: &ObjRef) -> &RefCell<Vec<Value>> {
    match o.payload() {
        Payload::List(l) => l,
        _ => panic!("not a list"),
    }
}

fn this<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a ObjRef> {
    match args.pos.first() {
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::List(_)) => Ok(o),
        Some(other) => Err(vm.type_error(format!(
            "descriptor '{name}' for 'list' objects doesn't apply to a '{}' object",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error(format!("unbound method list.{name}() needs an argument"))),
    }
}

/// `lst.extend(iterable)`.
pub fn extend(vm: &Vm, o: &ObjRef, it: &Value) -> PyResult<()> {
    let new = iter::collect(vm, it)?;
    let cap = items(o).borrow().capacity();
    items(o).borrow_mut().extend(new);
    if items(o).borrow().capacity() != cap {
        o.recharge();
    }
    Ok(())
}

/// A vector of `cap` values is about to double: abort first if that would pass the
/// host's heap limit (see `limits.rs`).
#[inline]
pub fn precheck_growth(vm: &Vm, cap: usize) -> PyResult<()> {
    vm.precheck_alloc((cap.max(4) * std::mem::size_of::<Value>()) as u128)
}

/// Append `v` to the list `o` whose items are `l`, charging a grown buffer against the
/// heap limit.
#[inline]
pub fn push(vm: &Vm, o: &ObjRef, l: &std::cell::RefCell<Vec<Value>>, v: Value) -> PyResult<()> {
    let mut items = l.borrow_mut();
    if items.len() == items.capacity() {
        precheck_growth(vm, items.capacity())?;
        items.push(v);
        drop(items);
        o.recharge();
    } else {
        items.push(v);
    }
    Ok(())
}

/// Release items last to first, as CPython's `list_ass_slice` and `_list_clear` do (the
/// order of their `__del__` calls).
fn release_reversed(items: Vec<Value>) {
    for v in items.into_iter().rev() {
        drop(v);
    }
}

pub fn inplace_repeat(vm: &Vm, o: &ObjRef, n: i64) -> PyResult<()> {
    let cur = items(o).borrow().clone();
    let k = sequence::check_repeat(vm, cur.len(), n, std::mem::size_of::<Value>())?;
    let mut v = Vec::with_capacity(cur.len() * k);
    for _ in 0..k {
        v.extend(cur.iter().cloned());
    }
    let old = std::mem::replace(&mut *items(o).borrow_mut(), v);
    drop(cur);
    release_reversed(old);
    o.recharge();
    Ok(())
}

/// `lst[key] = value` / `del lst[key]` including slices.
pub fn set_item(vm: &Vm, o: &ObjRef, key: &Value, value: Option<Value>) -> PyResult<()> {
    if let Value::Obj(k) = key {
        if let Payload::Slice(s) = k.payload() {
            let len = items(o).borrow().len();
            let (start, stop, step) = sequence::slice_indices(vm, s, len)?;
            return match value {
                None => {
                    let positions: Vec<usize> =
                        sequence::slice_positions(start, stop, step).collect();
                    let mut l = items(o).borrow_mut();
                    let mut keep = vec![true; l.len()];
                    for p in positions {
                        keep[p] = false;
                    }
                    let mut i = 0;
                    let old: Vec<Value> = std::mem::take(&mut *l);
                    let (kept, removed): (Vec<_>, Vec<_>) = old.into_iter().partition(|_| {
                        let r = keep[i];
                        i += 1;
                        r
                    });
                    *l = kept;
                    drop(l);
                    if step == 1 {
                        release_reversed(removed);
                    } else {
                        drop(removed);
                    }
                    Ok(())
                }
                Some(v) => {
                    let new = if matches!(&v, Value::Obj(vo) if vo.is(o)) {
                        items(o).borrow().clone()
                    } else {
                        iter::collect(vm, &v)
                            .map_err(|_| vm.type_error("can only assign an iterable"))?
                    };
                    if step == 1 {
                        let stop = stop.max(start);
                        let mut l = items(o).borrow_mut();
                        let removed: Vec<Value> =
                            l.splice(start as usize..stop as usize, new).collect();
                        drop(l);
                        release_reversed(removed);
                        Ok(())
                    } else {
                        let positions: Vec<usize> =
                            sequence::slice_positions(start, stop, step).collect();
                        if positions.len() != new.len() {
                            return Err(vm.value_error(format!(
                                "attempt to assign sequence of size {} to extended slice of size {}",
                                new.len(),
                                positions.len()
                            )));
                        }
                        let mut l = items(o).borrow_mut();
                        let mut old = Vec::new();
                        for (p, v) in positions.into_iter().zip(new) {
                            old.push(std::mem::replace(&mut l[p], v));
                        }
                        drop(l);
                        drop(old);
                        Ok(())
                    }
                }
            };
        }
    }
    let i = sequence::index_of(vm, key, "list")?;
    let mut l = items(o).borrow_mut();
    let n = l.len();
    match sequence::norm_index(i, n) {
        Some(i) => {
            let old = match value {
                Some(v) => std::mem::replace(&mut l[i], v),
                None => l.remove(i),
            };
            drop(l);
            drop(old);
            Ok(())
        }
        None => Err(vm.index_error("list assignment index out of range")),
    }
}

fn list_append(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args, "append")?;
    crate::protocol::call::check_arity(vm, "list.append", &Args::new(&args.pos[1..]), 1, 1)?;
    push(vm, o, items(o), args.pos[1].clone())?;
    Ok(Value::None)
}

fn list_extend(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args, "extend")?;
    crate::protocol::call::check_arity(vm, "list.extend", &Args::new(&args.pos[1..]), 1, 1)?;
    extend(vm, o, &args.pos[1])?;
    Ok(Value::None)
}

fn list_pop(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args, "pop")?;
    let mut l = items(o).borrow_mut();
    if l.is_empty() {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = match args.pos.get(1) {
        Some(k) => {
            let n = l.len();
            drop(l);
            let i = sequence::index_of(vm, k, "list")?;
            l = items(o).borrow_mut();
            match sequence::norm_index(i, n) {
                Some(i) => i,
                None => return Err(vm.index_error("pop index out of range")),
            }
        }
        None => l.len() - 1,
    };
    Ok(l.remove(i))
}

fn list_insert(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args, "insert")?;
    crate::protocol::call::check_arity(vm, "insert", &Args::new(&args.pos[1..]), 2, 2)?;
    let i = sequence::index_of(vm, &args.pos[1], "list")?;
    let mut l = items(o).borrow_mut();
    let n = l.len() as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    l.insert(i, args.pos[2].clone());
    Ok(Value::None)
}

fn find(vm: &Vm, o: &ObjRef, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        let item = match items(o).borrow().get(i) {
            Some(v) if i < stop => v.clone(),
            _ => return Ok(None),
        };
        if compare::eq(vm, &item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn list_remove(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args, "remove")?;
    let x = args
        .pos
        .get(1)
        .ok_or_else(|| vm.type_error("list.remove() takes exactly one argument (0 given)"))?;
    match find(vm, o, x, 0, usize::MAX)? {
        Some(i) => {
            let old = items(o).borrow_mut().remove(i);
            drop(old);
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn clamp_range(vm: &Vm, args: &Args, first: usize, len: usize) -> PyResult<(usize, usize)> {
    let get = |i: usize, default: i64| -> PyResult<i64> {
        match args.pos.get(i) {
            Some(v) if !v.is_none() => sequence::index_of(vm, v, "slice"),
            _ => Ok(default),
        }
    };
    let n = len as i64;
    let adj = |x: i64| if x < 0 { (x + n).max(0) } else { x.min(n) } as usize;
    Ok((adj(get(first, 0)?), adj(get(first + 1, n)?)))
}

fn list_index(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args, "index")?;
    let x = args
        .pos
        .get(1)
        .ok_or_else(|| vm.type_error("index expected at least 1 argument, got 0"))?;
    let (start, stop) = clamp_range(vm, &args, 2, items(o).borrow().len())?;
    match find(vm, o, x, start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error(format!(
            "{} is not in list",
            crate::protocol::repr::repr(vm, x)?
        ))),
    }
}

fn list_count(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args, "count")?;
    let x = args
        .pos
        .get(1)
        .ok_or_else(|| vm.type_error("list.count() takes exactly one argument (0 given)"))?;
    let snapshot = items(o).borrow().clone();
    let mut n = 0;
    for v in &snapshot {
        if compare::eq(vm, v, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn list_clear(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args, "clear")?;
    let old = std::mem::take(&mut *items(o).borrow_mut());
    // Released last to first, like CPython's `_list_clear` (the order of `__del__` calls).
    for v in old.into_iter().rev() {
        drop(v);
    }
    Ok(Value::None)
}

fn list_copy(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args, "copy")?;
    Ok(vm.new_list(items(o).borrow().clone()))
}

fn list_reverse(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args, "reverse")?;
    items(o).borrow_mut().reverse();
    Ok(Value::None)
}

/// `list.sort(key=None, reverse=False)`: a stable merge sort whose comparisons may raise;
/// the list is emptied during the sort so mutation from a key function is detected, as
/// CPython does.
fn list_sort(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args, "sort")?;
    if args.pos.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let mut key = Value::None;
    let mut reverse = false;
    for (k, v) in args.kwnames.iter().zip(args.kwvalues) {
        match crate::vm::as_str(k) {
            Some("key") => key = v.clone(),
            Some("reverse") => reverse = crate::protocol::number::truthy(vm, v)?,
            Some(other) => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for sort()"
                )))
            }
            None => {}
        }
    }
    let data = std::mem::take(&mut *items(o).borrow_mut());
    let r = sort_values(vm, data, &key, reverse);
    let modified = !items(o).borrow().is_empty();
    match r {
        Ok(sorted) => {
            let old = std::mem::replace(&mut *items(o).borrow_mut(), sorted);
            drop(old);
            if modified {
                return Err(vm.value_error("list modified during sort"));
            }
            Ok(Value::None)
        }
        Err((e, original)) => {
            let old = std::mem::replace(&mut *items(o).borrow_mut(), original);
            drop(old);
            Err(e)
        }
    }
}

/// Sort values (with an optional key function), stable; on error returns the original
/// values in some order so nothing is lost.
pub fn sort_values(
    vm: &Vm,
    data: Vec<Value>,
    key: &Value,
    reverse: bool,
) -> Result<Vec<Value>, (crate::PyErr, Vec<Value>)> {
    let keys: Vec<Value> = if key.is_none() {
        data.clone()
    } else {
        let mut ks = Vec::with_capacity(data.len());
        for v in &data {
            match crate::protocol::call::call(vm, key, std::slice::from_ref(v)) {
                Ok(k) => ks.push(k),
                Err(e) => return Err((e, data)),
            }
        }
        ks
    };
    let mut idx: Vec<usize> = (0..data.len()).collect();
    if reverse {
        idx.reverse();
    }
    // Fast paths for homogeneous ints and strs never call Python.
    let all_int = keys.iter().all(|k| matches!(k, Value::Int(_)));
    let all_str = !all_int && keys.iter().all(|k| matches!(k, Value::Obj(o) if matches!(o.payload(), Payload::Str(_)) && o.raw_type().is_some_and(|t| t.is(&vm.t.str))));
    let all_float = !all_int
        && !all_str
        && keys
            .iter()
            .all(|k| matches!(k, Value::Float(f) if !f.is_nan()));
    if all_int {
        idx.sort_by_key(|&i| if let Value::Int(x) = keys[i] { x } else { 0 });
    } else if all_str {
        idx.sort_by(|&a, &b| crate::vm::as_str(&keys[a]).cmp(&crate::vm::as_str(&keys[b])));
    } else if all_float {
        idx.sort_by(|&a, &b| {
            let (Value::Float(x), Value::Float(y)) = (&keys[a], &keys[b]) else {
                return std::cmp::Ordering::Equal;
            };
            x.partial_cmp(y).unwrap_or(std::cmp::Ordering::Equal)
        });
    } else {
        // CPython's timsort, comparing exactly the pairs CPython compares: `lt(a, b)` is
        // `keys[a] < keys[b]` (`a.__lt__(b)` first), as `ISLT(a, b)` in listobject.c,
        // through the compare function CPython's pre-sort check would pick.
        let how = presort_check(vm, &keys);
        let r = crate::prims::timsort::sort(&mut idx, &mut |&a: &usize, &b: &usize| {
            key_lt(vm, how, &keys[a], &keys[b])
        });
        if let Err(e) = r {
            // Like CPython, a failed sort leaves the values in the partially sorted
            // order reached so far (reversed back for `reverse=True`).
            if reverse {
                idx.reverse();
            }
            let mut slots: Vec<Option<Value>> = data.into_iter().map(Some).collect();
            let partial = idx
                .into_iter()
                .map(|i| slots[i].take().expect("each index once"))
                .collect();
            return Err((e, partial));
        }
    }
    if reverse {
        idx.reverse();
    }
    let mut slots: Vec<Option<Value>> = data.into_iter().map(Some).collect();
    Ok(idx
        .into_iter()
        .map(|i| slots[i].take().expect("each index once"))
        .collect())
}

/// The key comparison `list_sort_impl`'s pre-sort check selects (CPython's
/// `ms.key_compare`). Only the choices that can run user code differently are kept:
/// the int/str/float specialisations compare exactly like the generic path here.
#[derive(Clone, Copy)]
enum KeyCompare {
    /// `safe_object_compare`: plain `PyObject_RichCompareBool(v, w, Py_LT)`.
    Safe,
    /// `unsafe_object_compare`: all keys have the same class, whose `__lt__` is called
    /// directly; only if it returns NotImplemented does the full comparison (which calls
    /// `__lt__` again, then the reflected `__gt__`) run.
    Object,
    /// `unsafe_tuple_compare`: all keys are non-empty exact tuples; items are compared
    /// with `==` up to the first difference, which is compared with `<` — for the first
    /// items with [`KeyCompare::Object`]'s call if all first items share a class.
    Tuple { first_object: bool },
}

/// Mirrors the pre-sort check of CPython's `list_sort_impl`: are all keys of one type
/// (or all non-empty exact tuples whose first items are of one type)?
fn presort_check(vm: &Vm, keys: &[Value]) -> KeyCompare {
    let nonempty_tuple = |k: &Value| {
        matches!(k, Value::Obj(o) if matches!(o.payload(), Payload::Tuple(t) if !t.is_empty())
            && o.raw_type().is_some_and(|t| t.is(&vm.t.tuple)))
    };
    let first = |k: &Value| match k {
        Value::Obj(o) => match o.payload() {
            Payload::Tuple(t) => t[0].clone(),
            _ => k.clone(),
        },
        _ => k.clone(),
    };
    if keys.len() < 2 {
        return KeyCompare::Safe;
    }
    let mut in_tuples = nonempty_tuple(&keys[0]);
    // The representative: the first key, or its first item for tuples.
    let rep = if in_tuples {
        first(&keys[0])
    } else {
        keys[0].clone()
    };
    let key_type = vm.type_of(&rep);
    let mut same_type = true;
    for k in keys {
        if in_tuples && !nonempty_tuple(k) {
            in_tuples = false;
            same_type = false;
            break;
        }
        let item = if in_tuples { first(k) } else { k.clone() };
        if !vm.type_of(&item).is(&key_type) {
            same_type = false;
            if !in_tuples {
                break;
            }
        }
    }
    // Only for classes defining dunders is the direct `__lt__` call observable (builtin
    // types' specialised compares behave like the generic one).
    let object = same_type
        && matches!(&rep, Value::Obj(o) if crate::types::dispatches_dunders(&key_type, o));
    if in_tuples {
        KeyCompare::Tuple {
            first_object: object,
        }
    } else if object {
        KeyCompare::Object
    } else {
        KeyCompare::Safe
    }
}

/// `v < w` for the sort, as CPython's selected `ms.key_compare` computes it.
fn key_lt(vm: &Vm, how: KeyCompare, v: &Value, w: &Value) -> PyResult<bool> {
    use ferropy_bytecode::opcode::cmpop::LT;
    match how {
        KeyCompare::Safe => compare::compare_bool(vm, v, w, LT),
        KeyCompare::Object => object_lt(vm, v, w),
        KeyCompare::Tuple { first_object } => {
            // CPython's `unsafe_tuple_compare` (tuplerichcompare specialised to `<`).
            let items = |t: &Value| match t {
                Value::Obj(o) => match o.payload() {
                    Payload::Tuple(t) => t.to_vec(),
                    _ => Vec::new(),
                },
                _ => Vec::new(),
            };
            let (x, y) = (items(v), items(w));
            let mut i = 0;
            while i < x.len() && i < y.len() {
                if !vm.with_recursion(" in comparison", || compare::eq(vm, &x[i], &y[i]))? {
                    break;
                }
                i += 1;
            }
            if i >= x.len() || i >= y.len() {
                return Ok(x.len() < y.len());
            }
            if i == 0 && first_object {
                object_lt(vm, &x[0], &y[0])
            } else {
                vm.with_recursion(" in comparison", || {
                    compare::compare_bool(vm, &x[i], &y[i], LT)
                })
            }
        }
    }
}

/// CPython's `unsafe_object_compare` for a class: its `tp_richcompare` slot
/// (`slot_tp_richcompare`) calls `type(v).__lt__(v, w)` directly; a NotImplemented result
/// falls back to the full `PyObject_RichCompareBool`, so `__lt__` is called twice.
fn object_lt(vm: &Vm, v: &Value, w: &Value) -> PyResult<bool> {
    use ferropy_bytecode::opcode::cmpop::LT;
    if let Value::Obj(o) = v {
        let ty = vm.type_of_obj(o);
        if crate::types::dispatches_dunders(&ty, o) {
            let default = crate::types::lookup_str(vm, &vm.t.object, "__lt__");
            if let Some(f) = crate::types::lookup_str(vm, &ty, "__lt__") {
                if !default.is_some_and(|d| d.is(&f)) {
                    let r = crate::protocol::call::call_method_value(
                        vm,
                        &f,
                        v,
                        std::slice::from_ref(w),
                    )?;
                    if !vm.is_not_implemented(&r) {
                        return match r {
                            Value::Bool(b) => Ok(b),
                            other => crate::protocol::number::truthy(vm, &other),
                        };
                    }
                }
            }
        }
    }
    compare::compare_bool(vm, v, w, LT)
}

fn list_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args, "__init__")?;
    crate::protocol::call::no_kwargs(vm, "list", &args)?;
    if args.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "list expected at most 1 argument, got {}",
            args.pos.len() - 1
        )));
    }
    let new = match args.pos.get(1) {
        Some(it) => iter::collect(vm, it)?,
        None => Vec::new(),
    };
    let old = std::mem::replace(&mut *items(o).borrow_mut(), new);
    drop(old);
    Ok(Value::None)
}

fn list_len(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(
        items(this(vm, &args, "__len__")?).borrow().len() as i64,
    ))
}

fn list_getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args, "__getitem__")?;
    let plain = Value::Obj(ObjRef::new(
        Some(vm.t.list.clone()),
        Payload::List(RefCell::new(items(o).borrow().clone())),
    ));
    sequence::get_item(vm, &plain, &args.pos[1])
}

fn list_setitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args, "__setitem__")?;
    set_item(vm, o, &args.pos[1], Some(args.pos[2].clone()))?;
    Ok(Value::None)
}

fn list_delitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args, "__delitem__")?;
    set_item(vm, o, &args.pos[1], None)?;
    Ok(Value::None)
}

fn list_contains(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args, "__contains__")?;
    Ok(Value::Bool(
        find(vm, o, &args.pos[1], 0, usize::MAX)?.is_some(),
    ))
}

fn list_iter(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args, "__iter__")?;
    Ok(iter::new_iter(
        vm,
        &vm.t.list_iterator.clone(),
        crate::object::IterState::Seq {
            seq: Value::Obj(o.clone()),
            index: 0,
        },
    ))
}

fn list_reversed(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = this(vm, &args, "__reversed__")?;
    reversed_iter(vm, o)
}

/// `reversed(l)`: a `list_reverseiterator` starting at the current last element.
pub fn reversed_iter(vm: &Vm, o: &ObjRef) -> PyResult<Value> {
    let n = items(o).borrow().len() as isize;
    Ok(iter::new_iter(
        vm,
        &vm.t.list_reverseiterator.clone(),
        crate::object::IterState::Reversed {
            seq: Value::Obj(o.clone()),
            index: n - 1,
        },
    ))
}

pub fn init(vm: &Vm) {
    let t = vm.t.list.clone();
    add_method(vm, &t, "append", list_append);
    add_method(vm, &t, "extend", list_extend);
    add_method(vm, &t, "pop", list_pop);
    add_method(vm, &t, "insert", list_insert);
    add_method(vm, &t, "remove", list_remove);
    add_method(vm, &t, "index", list_index);
    add_method(vm, &t, "count", list_count);
    add_method(vm, &t, "clear", list_clear);
    add_method(vm, &t, "copy", list_copy);
    add_method(vm, &t, "reverse", list_reverse);
    add_method(vm, &t, "sort", list_sort);
    add_method(vm, &t, "__init__", list_init);
    add_method(vm, &t, "__len__", list_len);
    add_method(vm, &t, "__getitem__", list_getitem);
    add_method(vm, &t, "__setitem__", list_setitem);
    add_method(vm, &t, "__delitem__", list_delitem);
    add_method(vm, &t, "__contains__", list_contains);
    add_method(vm, &t, "__iter__", list_iter);
    add_method(vm, &t, "__reversed__", list_reversed);
}
