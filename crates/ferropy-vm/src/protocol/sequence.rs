//! Subscription, length, membership and sequence arithmetic (CPython `PyObject_GetItem`,
//! `PySequence_*`, `PySlice_AdjustIndices`).

use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::object::Payload;
use crate::protocol::call::call_method_value;
use crate::types::int::{as_int, IntRef};
use crate::types::lookup_str;
use crate::value::Value;
use crate::Vm;
use ferropy_bytecode::opcode::binop;

fn is_heap(vm: &Vm, o: &ObjRef) -> bool {
    crate::types::dispatches_dunders(&vm.type_of_obj(o), o)
}

/// Normalise a (possibly negative) index against `len`; None when out of range.
#[inline]
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    if i >= 0 && (i as usize) < len {
        Some(i as usize)
    } else {
        None
    }
}

/// `slice.indices(len)`: (start, stop, step) clamped like `PySlice_AdjustIndices`.
pub fn slice_indices(vm: &Vm, s: &[Value; 3], len: usize) -> PyResult<(i64, i64, i64)> {
    let len = len as i64;
    let step = if s[2].is_none() {
        1
    } else {
        let v = crate::protocol::number::index(vm, &s[2]).map_err(|_| {
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        })?;
        let st = as_int(&v).and_then(|i| i.to_i64()).unwrap_or(
            if as_int(&v).is_some_and(|i| i.is_negative()) {
                -i64::MAX
            } else {
                i64::MAX
            },
        );
        if st == 0 {
            return Err(vm.value_error("slice step cannot be zero"));
        }
        st
    };
    let get = |v: &Value, default: i64| -> PyResult<i64> {
        if v.is_none() {
            return Ok(default);
        }
        let v = crate::protocol::number::index(vm, v).map_err(|_| {
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        })?;
        let i = match as_int(&v).expect("index returns int") {
            IntRef::Small(i) => i,
            IntRef::Big(b) => {
                if num_traits::Signed::is_negative(b) {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                }
            }
        };
        Ok(i)
    };
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let adjust = |i: i64| -> i64 {
        if i < 0 {
            (i + len).max(lower)
        } else {
            i.min(upper)
        }
    };
    let start = if s[0].is_none() {
        if step < 0 {
            upper
        } else {
            lower
        }
    } else {
        adjust(get(&s[0], 0)?)
    };
    let stop = if s[1].is_none() {
        if step < 0 {
            lower
        } else {
            upper
        }
    } else {
        adjust(get(&s[1], 0)?)
    };
    Ok((start, stop, step))
}

/// The positions a slice selects.
pub fn slice_positions(start: i64, stop: i64, step: i64) -> impl Iterator<Item = usize> {
    let mut i = start;
    std::iter::from_fn(move || {
        if (step > 0 && i < stop) || (step < 0 && i > stop) {
            let r = i as usize;
            i += step;
            Some(r)
        } else {
            None
        }
    })
}

pub fn slice_len(start: i64, stop: i64, step: i64) -> usize {
    if step > 0 && start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else if step < 0 && start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    }
}

fn as_slice(v: &Value) -> Option<&[Value; 3]> {
    match v {
        Value::Obj(o) => match o.payload() {
            Payload::Slice(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// `container[key]`.
pub fn get_item(vm: &Vm, container: &Value, key: &Value) -> PyResult<Value> {
    let o = match container {
        Value::Obj(o) => o,
        _ => return Err(not_subscriptable(vm, container)),
    };
    if is_heap(vm, o) {
        let ty = vm.type_of_obj(o);
        if let Some(f) = lookup_str(vm, &ty, "__getitem__") {
            return call_method_value(vm, &f, container, std::slice::from_ref(key));
        }
    }
    match o.payload() {
        Payload::List(l) => {
            if let Value::Int(i) = key {
                let l = l.borrow();
                return match norm_index(*i, l.len()) {
                    Some(i) => Ok(l[i].clone()),
                    None => Err(vm.index_error("list index out of range")),
                };
            }
            if let Some(s) = as_slice(key) {
                let items = l.borrow().clone();
                let (a, b, c) = slice_indices(vm, s, items.len())?;
                return Ok(
                    vm.new_list(slice_positions(a, b, c).map(|i| items[i].clone()).collect())
                );
            }
            let i = index_of(vm, key, "list")?;
            let l = l.borrow();
            match norm_index(i, l.len()) {
                Some(i) => Ok(l[i].clone()),
                None => Err(vm.index_error("list index out of range")),
            }
        }
        Payload::Tuple(t) => {
            if let Some(s) = as_slice(key) {
                let (a, b, c) = slice_indices(vm, s, t.len())?;
                if a == 0 && c == 1 && b as usize == t.len() && !is_heap(vm, o) {
                    return Ok(container.clone());
                }
                return Ok(vm.new_tuple(slice_positions(a, b, c).map(|i| t[i].clone()).collect()));
            }
            let i = index_of(vm, key, "tuple")?;
            match norm_index(i, t.len()) {
                Some(i) => Ok(t[i].clone()),
                None => Err(vm.index_error("tuple index out of range")),
            }
        }
        Payload::Str(_) => crate::types::str::getitem(vm, o, key),
        Payload::Bytes(_) | Payload::ByteArray(_) => crate::types::bytes::getitem(vm, o, key),
        Payload::Dict(_) => match crate::types::dict::get_item(vm, o, key)? {
            Some(v) => Ok(v),
            None => {
                if is_heap(vm, o) {
                    if let Some(f) = lookup_str(vm, &vm.type_of_obj(o), "__missing__") {
                        return call_method_value(vm, &f, container, std::slice::from_ref(key));
                    }
                }
                Err(vm.key_error(key.clone()))
            }
        },
        Payload::Range(_) => crate::types::range::getitem(vm, o, key),
        Payload::Type(_) => {
            // `list[int]` and friends: generic aliases are out of scope; return the class.
            if let Some(f) = lookup_str(vm, o, "__class_getitem__") {
                let bound = crate::protocol::attr::descr_get(vm, f, None, o)?;
                return crate::protocol::call::call(vm, &bound, std::slice::from_ref(key));
            }
            if !crate::types::type_data(o).heap_type
                && GENERIC_BUILTINS.contains(&crate::types::type_name(o).as_str())
            {
                return Ok(crate::types::class::generic_alias(vm, o, key));
            }
            Err(vm.type_error(format!(
                "type '{}' is not subscriptable",
                crate::types::type_name(o)
            )))
        }
        _ => {
            let ty = vm.type_of_obj(o);
            if let Some(f) = lookup_str(vm, &ty, "__getitem__") {
                return call_method_value(vm, &f, container, std::slice::from_ref(key));
            }
            Err(not_subscriptable(vm, container))
        }
    }
}

/// Builtin classes that support `cls[...]` (PEP 585 generic aliases).
const GENERIC_BUILTINS: &[&str] = &[
    "list",
    "dict",
    "tuple",
    "set",
    "frozenset",
    "type",
    "enumerate",
    "zip",
    "map",
    "filter",
    "reversed",
];

fn not_subscriptable(vm: &Vm, v: &Value) -> crate::PyErr {
    vm.type_error(format!("'{}' object is not subscriptable", vm.type_name(v)))
}

/// An integer index for a sequence of type `what`, with CPython's TypeError.
pub fn index_of(vm: &Vm, key: &Value, what: &str) -> PyResult<i64> {
    match as_int(key) {
        Some(IntRef::Small(i)) => Ok(i),
        Some(IntRef::Big(b)) => Ok(if num_traits::Signed::is_negative(b) {
            i64::MIN
        } else {
            i64::MAX
        }),
        None => {
            let ty = vm.type_of(key);
            if lookup_str(vm, &ty, "__index__").is_some() {
                let v = crate::protocol::number::index(vm, key)?;
                return index_of(vm, &v, what);
            }
            Err(vm.type_error(format!(
                "{what} indices must be integers or slices, not {}",
                vm.type_name(key)
            )))
        }
    }
}

/// `container[key] = value` (or `del container[key]` when value is None).
pub fn set_item(vm: &Vm, container: &Value, key: &Value, value: Option<Value>) -> PyResult<()> {
    let o = match container {
        Value::Obj(o) => o,
        _ => return Err(not_assignable(vm, container, value.is_none())),
    };
    if is_heap(vm, o) {
        let name = if value.is_some() {
            "__setitem__"
        } else {
            "__delitem__"
        };
        if let Some(f) = lookup_str(vm, &vm.type_of_obj(o), name) {
            let mut args = vec![key.clone()];
            if let Some(v) = value {
                args.push(v);
            }
            call_method_value(vm, &f, container, &args)?;
            return Ok(());
        }
    }
    match o.payload() {
        Payload::List(_) => crate::types::list::set_item(vm, o, key, value),
        Payload::Dict(_) if crate::types::class::is_mappingproxy(vm, o) => {
            Err(not_assignable(vm, container, value.is_none()))
        }
        Payload::Dict(_) => match value {
            Some(v) => crate::types::dict::set_item(vm, o, key.clone(), v),
            None => crate::types::dict::del_item(vm, o, key),
        },
        Payload::ByteArray(_) => crate::types::bytes::bytearray_setitem(vm, o, key, value),
        _ => {
            let name = if value.is_some() {
                "__setitem__"
            } else {
                "__delitem__"
            };
            if let Some(f) = lookup_str(vm, &vm.type_of_obj(o), name) {
                let mut args = vec![key.clone()];
                if let Some(v) = value {
                    args.push(v);
                }
                call_method_value(vm, &f, container, &args)?;
                return Ok(());
            }
            Err(not_assignable(vm, container, value.is_none()))
        }
    }
}

fn not_assignable(vm: &Vm, v: &Value, deleting: bool) -> crate::PyErr {
    if deleting {
        vm.type_error(format!(
            "'{}' object doesn't support item deletion",
            vm.type_name(v)
        ))
    } else {
        vm.type_error(format!(
            "'{}' object does not support item assignment",
            vm.type_name(v)
        ))
    }
}

/// `len(v)`.
pub fn len(vm: &Vm, v: &Value) -> PyResult<usize> {
    if let Value::Obj(o) = v {
        if is_heap(vm, o) {
            if let Some(f) = lookup_str(vm, &vm.type_of_obj(o), "__len__") {
                let r = call_method_value(vm, &f, v, &[])?;
                return len_result(vm, &r);
            }
        }
        let n = match o.payload() {
            Payload::Str(s) => Some(s.char_len),
            Payload::List(l) => Some(l.borrow().len()),
            Payload::Tuple(t) => Some(t.len()),
            Payload::Dict(d) => Some(d.borrow().len()),
            Payload::Set(t) | Payload::FrozenSet(t) => Some(t.borrow().len()),
            Payload::Bytes(b) => Some(b.len()),
            Payload::ByteArray(b) => Some(b.borrow().len()),
            Payload::Range(r) => Some(crate::types::range::len(vm, r)?),
            Payload::DictView(d, _) => Some(crate::types::dict::dict_len(d)),
            _ => None,
        };
        if let Some(n) = n {
            return Ok(n);
        }
        if let Some(f) = lookup_str(vm, &vm.type_of_obj(o), "__len__") {
            let r = call_method_value(vm, &f, v, &[])?;
            return len_result(vm, &r);
        }
    }
    Err(vm.type_error(format!("object of type '{}' has no len()", vm.type_name(v))))
}

/// Validate what `__len__` returned.
pub fn len_result(vm: &Vm, r: &Value) -> PyResult<usize> {
    match as_int(r) {
        Some(i) => {
            if i.is_negative() {
                return Err(vm.value_error("__len__() should return >= 0"));
            }
            i.to_i64()
                .map(|n| n as usize)
                .ok_or_else(|| vm.overflow_error("cannot fit 'int' into an index-sized integer"))
        }
        // `__len__` may return any object with `__index__` (CPython calls
        // `PyNumber_AsSsize_t`), whose own error wording applies otherwise.
        None => {
            let i = crate::protocol::number::index(vm, r)?;
            len_result(vm, &i)
        }
    }
}

/// `item in container`.
pub fn contains(vm: &Vm, container: &Value, item: &Value) -> PyResult<bool> {
    if let Value::Obj(o) = container {
        if is_heap(vm, o) {
            match lookup_str(vm, &vm.type_of_obj(o), "__contains__") {
                Some(Value::None) => {
                    return Err(vm.type_error(format!(
                        "'{}' object is not a container",
                        vm.type_name(container)
                    )))
                }
                Some(f) => {
                    let r = call_method_value(vm, &f, container, std::slice::from_ref(item))?;
                    return crate::protocol::number::truthy(vm, &r);
                }
                None => {}
            }
        }
        match o.payload() {
            Payload::Str(s) => {
                return match crate::vm::as_str(item) {
                    Some(sub) => Ok(s.s.contains(sub)),
                    None => Err(vm.type_error(format!(
                        "'in <string>' requires string as left operand, not {}",
                        vm.type_name(item)
                    ))),
                }
            }
            Payload::List(l) => {
                let mut i = 0;
                loop {
                    let x = match l.borrow().get(i) {
                        Some(x) => x.clone(),
                        None => return Ok(false),
                    };
                    if crate::protocol::compare::eq(vm, &x, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
            }
            Payload::Tuple(t) => {
                for x in t.iter() {
                    if crate::protocol::compare::eq(vm, x, item)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            Payload::Dict(_) => {
                return crate::types::dict::get_item(vm, o, item).map(|r| r.is_some())
            }
            Payload::Set(_) | Payload::FrozenSet(_) => {
                return crate::types::set::contains(vm, o, item)
            }
            Payload::Range(_) => return crate::types::range::contains(vm, o, item),
            Payload::Bytes(_) | Payload::ByteArray(_) => {
                return crate::types::bytes::contains(vm, o, item)
            }
            Payload::DictView(d, kind) if *kind == crate::object::DictViewKind::Keys => {
                return crate::types::dict::get_item(vm, d, item).map(|r| r.is_some());
            }
            _ => {}
        }
        if let Some(f) = lookup_str(vm, &vm.type_of_obj(o), "__contains__") {
            let r = call_method_value(vm, &f, container, std::slice::from_ref(item))?;
            return crate::protocol::number::truthy(vm, &r);
        }
    }
    let it = crate::protocol::iter::get_iter(vm, container).map_err(|_| {
        vm.type_error(format!(
            "argument of type '{}' is not iterable",
            vm.type_name(container)
        ))
    })?;
    while let Some(x) = crate::protocol::iter::next(vm, &it)? {
        if crate::protocol::compare::eq(vm, &x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Size check for repetition: MemoryError rather than an allocation abort.
/// `item_size` is the bytes per item, for the host's heap limit.
pub fn check_repeat(vm: &Vm, item_len: usize, n: i64, item_size: usize) -> PyResult<usize> {
    if n <= 0 || item_len == 0 {
        return Ok(0);
    }
    let total = (item_len as u128) * (n as u128);
    vm.precheck_alloc(total * item_size as u128)?;
    if total > (1u128 << 34) {
        return Err(vm.memory_error(""));
    }
    Ok(n as usize)
}

/// Concatenation and repetition for the builtin sequences; `Ok(None)` if not applicable.
pub fn sequence_binop(vm: &Vm, a: &Value, b: &Value, op: u32) -> PyResult<Option<Value>> {
    let (ao, bo) = (a.as_obj(), b.as_obj());
    match op {
        binop::ADD => {
            let (ao, bo) = match (ao, bo) {
                (Some(x), Some(y)) => (x, y),
                _ => return Ok(None),
            };
            Ok(match (ao.payload(), bo.payload()) {
                (Payload::Str(x), Payload::Str(y)) => {
                    vm.precheck_alloc((x.s.len() + y.s.len()) as u128)?;
                    let mut s = String::with_capacity(x.s.len() + y.s.len());
                    s.push_str(&x.s);
                    s.push_str(&y.s);
                    Some(vm.new_string(s))
                }
                (Payload::List(x), Payload::List(y)) => {
                    let mut v = x.borrow().clone();
                    v.extend(y.borrow().iter().cloned());
                    Some(vm.new_list(v))
                }
                (Payload::Tuple(x), Payload::Tuple(y)) => {
                    let mut v = x.to_vec();
                    v.extend(y.iter().cloned());
                    Some(vm.new_tuple(v))
                }
                (
                    Payload::Bytes(_) | Payload::ByteArray(_),
                    Payload::Bytes(_) | Payload::ByteArray(_),
                ) => crate::types::bytes::concat(vm, ao, bo),
                _ => None,
            })
        }
        binop::MULTIPLY => {
            // `seq * n` also accepts any object with `__index__` as the count.
            let is_seq = |o: Option<&ObjRef>| {
                o.is_some_and(|o| {
                    matches!(
                        o.payload(),
                        Payload::Str(_)
                            | Payload::List(_)
                            | Payload::Tuple(_)
                            | Payload::Bytes(_)
                            | Payload::ByteArray(_)
                    )
                })
            };
            let indexed;
            let (a, b) = if is_seq(ao)
                && as_int(b).is_none()
                && lookup_str(vm, &vm.type_of(b), "__index__").is_some()
            {
                indexed = crate::protocol::number::index(vm, b)?;
                (a, &indexed)
            } else if is_seq(bo)
                && as_int(a).is_none()
                && lookup_str(vm, &vm.type_of(a), "__index__").is_some()
            {
                indexed = crate::protocol::number::index(vm, a)?;
                (&indexed, b)
            } else {
                (a, b)
            };
            let (ao, bo) = (a.as_obj(), b.as_obj());
            let (seq, n) = match (ao, as_int(b), bo, as_int(a)) {
                (Some(s), Some(n), _, _) => (s, n),
                (_, _, Some(s), Some(n)) => (s, n),
                _ => return Ok(None),
            };
            let n = match n {
                IntRef::Small(n) => n,
                IntRef::Big(b) => {
                    if num_traits::Signed::is_negative(b) {
                        0
                    } else {
                        return match seq.payload() {
                            Payload::Str(_)
                            | Payload::List(_)
                            | Payload::Tuple(_)
                            | Payload::Bytes(_) => {
                                Err(vm
                                    .overflow_error("cannot fit 'int' into an index-sized integer"))
                            }
                            _ => Ok(None),
                        };
                    }
                }
            };
            Ok(match seq.payload() {
                Payload::Str(s) => {
                    let k = check_repeat(vm, s.s.len(), n, 1)?;
                    Some(vm.new_string(s.s.repeat(k)))
                }
                Payload::List(l) => {
                    let items = l.borrow().clone();
                    let k = check_repeat(vm, items.len(), n, std::mem::size_of::<Value>())?;
                    let mut v = Vec::with_capacity(items.len() * k);
                    for _ in 0..k {
                        v.extend(items.iter().cloned());
                    }
                    Some(vm.new_list(v))
                }
                Payload::Tuple(t) => {
                    let k = check_repeat(vm, t.len(), n, std::mem::size_of::<Value>())?;
                    let mut v = Vec::with_capacity(t.len() * k);
                    for _ in 0..k {
                        v.extend(t.iter().cloned());
                    }
                    Some(vm.new_tuple(v))
                }
                Payload::Bytes(_) | Payload::ByteArray(_) => {
                    crate::types::bytes::repeat(vm, seq, n)?
                }
                _ => None,
            })
        }
        binop::REMAINDER => match ao.map(|o| o.payload()) {
            Some(Payload::Str(s)) => crate::types::str::percent_format(vm, &s.s, b).map(Some),
            Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
                crate::types::bytes::percent_format(vm, ao.expect("bytes"), b).map(Some)
            }
            _ => Ok(None),
        },
        binop::OR | binop::AND | binop::SUBTRACT | binop::XOR => {
            match (ao.map(|o| o.payload()), bo.map(|o| o.payload())) {
                (
                    Some(Payload::Set(_) | Payload::FrozenSet(_)),
                    Some(Payload::Set(_) | Payload::FrozenSet(_)),
                ) => crate::types::set::binop(vm, ao.expect("set"), bo.expect("set"), op).map(Some),
                (Some(Payload::DictView(..)), _) | (_, Some(Payload::DictView(..))) => {
                    let sa = crate::types::set::set_from_iterable(vm, a)?;
                    let sb = crate::types::set::set_from_iterable(vm, b)?;
                    crate::types::set::binop(vm, &sa, &sb, op).map(Some)
                }
                (Some(Payload::Dict(_)), Some(Payload::Dict(_))) if op == binop::OR => {
                    let d = crate::types::dict::copy(vm, ao.expect("dict"))?;
                    crate::types::dict::update_from(vm, &d, b)?;
                    Ok(Some(Value::Obj(d)))
                }
                _ => Ok(None),
            }
        }
        _ => Ok(None),
    }
}
