//! Iteration (CPython `PyObject_GetIter` / `PyIter_Next`): the builtin iterators over
//! lists, tuples, strings, ranges and dicts, old-style `__getitem__` iteration, and the
//! `__iter__`/`__next__` protocol for everything else.
//!
//! `next` returns `Ok(None)` at exhaustion so hot loops never allocate a StopIteration.

use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::object::{Args, DictViewKind, IterState, Payload};
use crate::protocol::call::call_method_value;
use crate::types::{add_method, lookup_str, type_data};
use crate::value::Value;
use crate::Vm;
use std::cell::RefCell;

pub fn new_iter(vm: &Vm, ty: &ObjRef, state: IterState) -> Value {
    let _ = vm;
    Value::Obj(ObjRef::new(
        Some(ty.clone()),
        Payload::Iter(RefCell::new(state)),
    ))
}

/// `iter(v)`.
pub fn get_iter(vm: &Vm, v: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        let ty = vm.type_of_obj(o);
        if type_data(&ty).heap_type {
            if let Some(f) = lookup_str(vm, &ty, "__iter__") {
                if f.is_none() {
                    return Err(not_iterable(vm, v));
                }
                let it = call_method_value(vm, &f, v, &[])?;
                check_iterator(vm, &it)?;
                return Ok(it);
            }
        }
        let t = &vm.t;
        let state_ty = match o.payload() {
            Payload::List(_) => Some((
                t.list_iterator.clone(),
                IterState::Seq {
                    seq: v.clone(),
                    index: 0,
                },
            )),
            Payload::Tuple(_) => Some((
                t.tuple_iterator.clone(),
                IterState::Seq {
                    seq: v.clone(),
                    index: 0,
                },
            )),
            Payload::Str(s) => {
                if s.is_ascii() {
                    Some((
                        t.str_iterator.clone(),
                        IterState::Seq {
                            seq: v.clone(),
                            index: 0,
                        },
                    ))
                } else {
                    Some((
                        t.str_nonascii_iterator.clone(),
                        IterState::Str {
                            s: o.clone(),
                            byte_pos: 0,
                        },
                    ))
                }
            }
            Payload::Bytes(_) => Some((
                t.bytes_iterator.clone(),
                IterState::Seq {
                    seq: v.clone(),
                    index: 0,
                },
            )),
            Payload::ByteArray(_) => Some((
                t.bytearray_iterator.clone(),
                IterState::Seq {
                    seq: v.clone(),
                    index: 0,
                },
            )),
            Payload::Range(_) => return Ok(crate::types::range::iterate(vm, o)),
            Payload::Dict(d) => {
                let len = d.borrow().len();
                Some((
                    t.dict_keyiterator.clone(),
                    IterState::Dict {
                        dict: o.clone(),
                        pos: 0,
                        len,
                        remaining: len,
                        kind: DictViewKind::Keys,
                    },
                ))
            }
            Payload::Set(st) | Payload::FrozenSet(st) => {
                let len = st.borrow().len();
                Some((
                    t.set_iterator.clone(),
                    IterState::Dict {
                        dict: o.clone(),
                        pos: 0,
                        len,
                        remaining: len,
                        kind: DictViewKind::Keys,
                    },
                ))
            }
            Payload::DictView(d, kind) => {
                let len = crate::types::dict::dict_len(d);
                let ty = match kind {
                    DictViewKind::Keys => t.dict_keyiterator.clone(),
                    DictViewKind::Values => t.dict_valueiterator.clone(),
                    DictViewKind::Items => t.dict_itemiterator.clone(),
                };
                Some((
                    ty,
                    IterState::Dict {
                        dict: d.clone(),
                        pos: 0,
                        len,
                        remaining: len,
                        kind: *kind,
                    },
                ))
            }
            Payload::Iter(_) => return Ok(v.clone()),
            Payload::Generator(g) if g.kind == crate::generator::GenKind::Generator => {
                return Ok(v.clone())
            }
            _ => None,
        };
        if let Some((ty, state)) = state_ty {
            return Ok(new_iter(vm, &ty, state));
        }
        if let Some(f) = lookup_str(vm, &ty, "__iter__") {
            let it = call_method_value(vm, &f, v, &[])?;
            check_iterator(vm, &it)?;
            return Ok(it);
        }
        if lookup_str(vm, &ty, "__getitem__").is_some() {
            return Ok(new_iter(
                vm,
                &vm.t.seq_iterator.clone(),
                IterState::Seq {
                    seq: v.clone(),
                    index: 0,
                },
            ));
        }
    }
    Err(not_iterable(vm, v))
}

fn not_iterable(vm: &Vm, v: &Value) -> crate::PyErr {
    vm.type_error(format!("'{}' object is not iterable", vm.type_name(v)))
}

fn check_iterator(vm: &Vm, it: &Value) -> PyResult<()> {
    if let Value::Obj(o) = it {
        if matches!(o.payload(), Payload::Iter(_)) || crate::generator::is_plain_generator(o) {
            return Ok(());
        }
    }
    if lookup_str(vm, &vm.type_of(it), "__next__").is_none() {
        return Err(vm.type_error(format!(
            "iter() returned non-iterator of type '{}'",
            vm.type_name(it)
        )));
    }
    Ok(())
}

/// `next(it)`: `Ok(None)` when exhausted.
pub fn next(vm: &Vm, it: &Value) -> PyResult<Option<Value>> {
    let o = match it {
        Value::Obj(o) => o,
        _ => return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it)))),
    };
    match o.payload() {
        Payload::Iter(state) => next_builtin(vm, o, state),
        Payload::Generator(g) if g.kind == crate::generator::GenKind::Generator => {
            crate::generator::next(vm, o)
        }
        Payload::Ext(e) if !crate::types::type_data(&vm.type_of_obj(o)).heap_type => {
            match e.next(vm) {
                Some(r) => r,
                None => next_by_method(vm, o, it),
            }
        }
        _ => next_by_method(vm, o, it),
    }
}

/// `next()` through the type's `__next__` (StopIteration means exhausted).
fn next_by_method(vm: &Vm, o: &ObjRef, it: &Value) -> PyResult<Option<Value>> {
    {
        {
            let ty = vm.type_of_obj(o);
            let f = lookup_str(vm, &ty, "__next__").ok_or_else(|| {
                vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it)))
            })?;
            match call_method_value(vm, &f, it, &[]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if vm.err_matches(&e, &vm.exc.stop_iteration) => Ok(None),
                Err(e) => Err(e),
            }
        }
    }
}

fn next_builtin(vm: &Vm, o: &ObjRef, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let mut st = state.borrow_mut();
    match &mut *st {
        IterState::Range { next, stop, step } => {
            let cur = *next;
            if (*step > 0 && cur < *stop) || (*step < 0 && cur > *stop) {
                *next = cur.saturating_add(*step);
                Ok(Some(Value::Int(cur)))
            } else {
                Ok(None)
            }
        }
        IterState::Seq { seq, index } => {
            let i = *index;
            let s = match seq {
                Value::Obj(s) => s.clone(),
                _ => return Ok(None),
            };
            let item = match s.payload() {
                Payload::List(l) => l.borrow().get(i).cloned(),
                Payload::Tuple(t) => t.get(i).cloned(),
                Payload::Str(ps) => {
                    ps.s.as_bytes()
                        .get(i)
                        .map(|b| crate::types::str::char_value(vm, *b as char))
                }
                Payload::Bytes(b) => b.get(i).map(|x| Value::Int(*x as i64)),
                Payload::ByteArray(b) => b.borrow().get(i).map(|x| Value::Int(*x as i64)),
                Payload::Range(r) => crate::types::range::iter_item(vm, r, i),
                _ => {
                    // Old-style iteration: call __getitem__(i) until IndexError/StopIteration.
                    let seqv = seq.clone();
                    drop(st);
                    let r = crate::protocol::sequence::get_item(vm, &seqv, &Value::Int(i as i64));
                    let mut st = state.borrow_mut();
                    return match r {
                        Ok(v) => {
                            if let IterState::Seq { index, .. } = &mut *st {
                                *index += 1;
                            }
                            Ok(Some(v))
                        }
                        Err(e)
                            if vm.err_matches(&e, &vm.exc.index_error)
                                || vm.err_matches(&e, &vm.exc.stop_iteration) =>
                        {
                            *st = IterState::Exhausted;
                            Ok(None)
                        }
                        Err(e) => Err(e),
                    };
                }
            };
            match item {
                Some(v) => {
                    *index = i + 1;
                    Ok(Some(v))
                }
                None => {
                    *st = IterState::Exhausted;
                    Ok(None)
                }
            }
        }
        IterState::Str { s, byte_pos } => {
            let text = match s.payload() {
                Payload::Str(ps) => &ps.s,
                _ => return Ok(None),
            };
            match text[*byte_pos..].chars().next() {
                Some(c) => {
                    *byte_pos += c.len_utf8();
                    Ok(Some(crate::types::str::char_value(vm, c)))
                }
                None => Ok(None),
            }
        }
        IterState::Dict {
            dict,
            pos,
            len,
            remaining,
            kind,
        } => {
            let (cur_len, entry) = match dict.payload() {
                Payload::Dict(d) => {
                    let d = d.borrow();
                    let mut p = *pos;
                    let mut found = None;
                    while p < d.capacity_positions() {
                        if let Some(e) = d.entry_at(p) {
                            found = Some((e.key.clone(), e.value.clone()));
                            p += 1;
                            break;
                        }
                        p += 1;
                    }
                    *pos = p;
                    (d.len(), found)
                }
                Payload::Set(t) | Payload::FrozenSet(t) => {
                    // Sets iterate in slot order (CPython's `setiter_iternext`).
                    let t = t.borrow();
                    let found = t.next_from(*pos).map(|(p, _, k)| {
                        *pos = p + 1;
                        (k.clone(), Value::None)
                    });
                    if found.is_none() {
                        *pos = t.capacity();
                    }
                    (t.len(), found)
                }
                _ => (0, None),
            };
            if cur_len != *len {
                let what = if matches!(dict.payload(), Payload::Dict(_)) {
                    "dictionary"
                } else {
                    "Set"
                };
                *len = usize::MAX;
                return Err(vm.runtime_error(format!("{what} changed size during iteration")));
            }
            if entry.is_some() {
                if *remaining == 0 {
                    *len = usize::MAX;
                    let what = if matches!(dict.payload(), Payload::Dict(_)) {
                        "dictionary keys"
                    } else {
                        "Set"
                    };
                    return Err(vm.runtime_error(format!("{what} changed during iteration")));
                }
                *remaining -= 1;
            }
            Ok(entry.map(|(k, v)| match kind {
                DictViewKind::Keys => k,
                DictViewKind::Values => v,
                DictViewKind::Items => vm.new_tuple(vec![k, v]),
            }))
        }
        IterState::Reversed { seq, index } => {
            if *index < 0 {
                return Ok(None);
            }
            let i = *index;
            let seqv = seq.clone();
            drop(st);
            let r = match &seqv {
                Value::Obj(s) => match s.payload() {
                    Payload::List(l) => Ok(l.borrow().get(i as usize).cloned()),
                    _ => crate::protocol::sequence::get_item(vm, &seqv, &Value::Int(i as i64))
                        .map(Some),
                },
                _ => Ok(None),
            };
            let mut st = state.borrow_mut();
            match r? {
                Some(v) => {
                    if let IterState::Reversed { index, .. } = &mut *st {
                        *index -= 1;
                    }
                    Ok(Some(v))
                }
                None => {
                    *st = IterState::Exhausted;
                    Ok(None)
                }
            }
        }
        IterState::Enumerate { it, count } => {
            let (it, c) = (it.clone(), count.clone());
            drop(st);
            match next(vm, &it)? {
                Some(v) => {
                    let nc = crate::protocol::number::binary_op(
                        vm,
                        &c,
                        &Value::Int(1),
                        ferropy_bytecode::opcode::binop::ADD,
                    )?;
                    if let IterState::Enumerate { count, .. } = &mut *state.borrow_mut() {
                        *count = nc;
                    }
                    Ok(Some(vm.new_tuple(vec![c, v])))
                }
                None => Ok(None),
            }
        }
        IterState::Zip { iters, strict } => {
            let (iters, strict) = (iters.clone(), *strict);
            drop(st);
            if iters.is_empty() {
                return Ok(None);
            }
            let mut items = Vec::with_capacity(iters.len());
            for (i, it) in iters.iter().enumerate() {
                match next(vm, it)? {
                    Some(v) => items.push(v),
                    None => {
                        if strict {
                            if i > 0 {
                                let plural = if i == 1 { " " } else { "s 1-" };
                                return Err(vm.value_error(format!(
                                    "zip() argument {} is shorter than argument{plural}{}",
                                    i + 1,
                                    i
                                )));
                            }
                            for (j, other) in iters.iter().enumerate().skip(1) {
                                if next(vm, other)?.is_some() {
                                    let plural = if j == 1 { " " } else { "s 1-" };
                                    return Err(vm.value_error(format!(
                                        "zip() argument {} is longer than argument{plural}{}",
                                        j + 1,
                                        j
                                    )));
                                }
                            }
                        }
                        *state.borrow_mut() = IterState::Exhausted;
                        return Ok(None);
                    }
                }
            }
            Ok(Some(vm.new_tuple(items)))
        }
        IterState::Map { func, iters } => {
            let (func, iters) = (func.clone(), iters.clone());
            drop(st);
            let mut items = Vec::with_capacity(iters.len());
            for it in &iters {
                match next(vm, it)? {
                    Some(v) => items.push(v),
                    None => return Ok(None),
                }
            }
            crate::protocol::call::call(vm, &func, &items).map(Some)
        }
        IterState::Filter { func, it } => {
            let (func, it) = (func.clone(), it.clone());
            drop(st);
            loop {
                let v = match next(vm, &it)? {
                    Some(v) => v,
                    None => return Ok(None),
                };
                let keep = if func.is_none() {
                    crate::protocol::number::truthy(vm, &v)?
                } else {
                    let r = crate::protocol::call::call(vm, &func, std::slice::from_ref(&v))?;
                    crate::protocol::number::truthy(vm, &r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            }
        }
        IterState::Callable { func, sentinel } => {
            let (func, sentinel) = (func.clone(), sentinel.clone());
            drop(st);
            let v = match crate::protocol::call::call(vm, &func, &[]) {
                Ok(v) => v,
                // CPython's calliter_iternext: a StopIteration from the callable ends it.
                Err(e) if vm.err_matches(&e, &vm.exc.stop_iteration) => {
                    *state.borrow_mut() = IterState::Exhausted;
                    return Ok(None);
                }
                Err(e) => return Err(e),
            };
            if crate::protocol::compare::eq(vm, &v, &sentinel)? {
                *state.borrow_mut() = IterState::Exhausted;
                return Ok(None);
            }
            Ok(Some(v))
        }
        IterState::Exhausted => {
            let _ = o;
            Ok(None)
        }
    }
}

/// Drain an iterable into a Vec (`list(v)`), with fast paths for lists and tuples.
pub fn collect(vm: &Vm, v: &Value) -> PyResult<Vec<Value>> {
    if let Value::Obj(o) = v {
        if !type_data(&vm.type_of_obj(o)).heap_type {
            match o.payload() {
                Payload::List(l) => return Ok(l.borrow().clone()),
                Payload::Tuple(t) => return Ok(t.to_vec()),
                _ => {}
            }
        }
    }
    let it = get_iter(vm, v)?;
    let mut out = Vec::new();
    while let Some(x) = next(vm, &it)? {
        if out.len() == out.capacity() {
            // An endless or huge iterator must not outgrow the host's heap limit.
            crate::types::list::precheck_growth(vm, out.capacity())?;
        }
        out.push(x);
    }
    Ok(out)
}

fn iter_self(_vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos[0].clone())
}

fn iter_next(vm: &Vm, args: Args) -> PyResult<Value> {
    match next(vm, &args.pos[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

/// `it.__length_hint__()` of the builtin iterators: how many items are left.
fn iter_length_hint(vm: &Vm, args: Args) -> PyResult<Value> {
    let o = match &args.pos[0] {
        Value::Obj(o) => o,
        _ => return Ok(vm.not_implemented()),
    };
    let Payload::Iter(state) = o.payload() else {
        return Ok(vm.not_implemented());
    };
    let seq_len = |seq: &Value| -> usize {
        match seq {
            Value::Obj(s) => match s.payload() {
                Payload::List(l) => l.borrow().len(),
                Payload::Tuple(t) => t.len(),
                Payload::Str(st) => st.char_len,
                Payload::Bytes(b) => b.len(),
                Payload::ByteArray(b) => b.borrow().len(),
                Payload::Range(r) => r.len_big().try_into().unwrap_or(usize::MAX),
                _ => 0,
            },
            _ => 0,
        }
    };
    let n: usize = match &*state.borrow() {
        IterState::Seq { seq, index } => seq_len(seq).saturating_sub(*index),
        IterState::Range { next, stop, step } => {
            let (next, stop, step) = (*next as i128, *stop as i128, *step as i128);
            if (step > 0 && next < stop) || (step < 0 && next > stop) {
                ((stop - next + step - step.signum()) / step) as usize
            } else {
                0
            }
        }
        IterState::Str { s, byte_pos } => match s.payload() {
            Payload::Str(st) => st.s[*byte_pos..].chars().count(),
            _ => 0,
        },
        IterState::Reversed { index, .. } => (*index + 1).max(0) as usize,
        IterState::Dict {
            len,
            remaining,
            dict,
            ..
        } => {
            let cur = match dict.payload() {
                Payload::Dict(d) => d.borrow().len(),
                Payload::Set(t) | Payload::FrozenSet(t) => t.borrow().len(),
                Payload::DictView(d, _) => crate::types::dict::dict_len(d),
                _ => 0,
            };
            if cur == *len {
                *remaining
            } else {
                0
            }
        }
        IterState::Exhausted => 0,
        _ => return Ok(vm.not_implemented()),
    };
    Ok(Value::Int(n as i64))
}

pub fn init(vm: &Vm) {
    let t = &vm.t;
    // Iterators over a sized container also know how many items are left.
    let sized = [
        &t.list_iterator,
        &t.list_reverseiterator,
        &t.tuple_iterator,
        &t.range_iterator,
        &t.longrange_iterator,
        &t.str_iterator,
        &t.str_nonascii_iterator,
        &t.bytes_iterator,
        &t.bytearray_iterator,
        &t.dict_reversekeyiterator,
        &t.dict_reversevalueiterator,
        &t.dict_reverseitemiterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.set_iterator,
        &t.seq_iterator,
        &t.reversed,
    ];
    let unsized_ = [
        &t.callable_iterator,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
    ];
    for ty in sized {
        add_method(vm, ty, "__length_hint__", iter_length_hint);
    }
    for ty in sized.into_iter().chain(unsized_) {
        add_method(vm, ty, "__iter__", iter_self);
        add_method(vm, ty, "__next__", iter_next);
    }
}
