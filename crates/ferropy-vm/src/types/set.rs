//! `set` and `frozenset` (CPython `Objects/setobject.c`).
//!
//! Both live in a [`SetTable`], CPython's open-addressing layout, so iteration order (and
//! hence `print({...})`) matches CPython. The operations below follow setobject.c's
//! algorithms step by step — which operand is iterated, which table is copied first, when
//! the table is presized — because each of those choices decides the resulting order.
//!
//! Key equality may run Python `__eq__`, which may mutate the very set being searched, so
//! lookups go through [`SetTable::lookup_reentrant`] with no borrow held across the call,
//! and loops over another set's entries iterate a snapshot.

use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::object::{Args, Payload};
use crate::prims::set_table::SetTable;
use crate::protocol::compare::{self, fast_eq};
use crate::protocol::{hash, iter};
use crate::types::add_method;
use crate::value::Value;
use crate::Vm;
use ferropy_bytecode::opcode::{binop, cmpop};
use std::cell::RefCell;

/// The table a set or frozenset object owns. A frozenset's is only mutated while it is
/// being built, before anyone else can see it.
pub type SetCell = RefCell<SetTable<Value>>;

/// The table of a set/frozenset (or subclass instance), if `o` is one.
pub fn table(o: &ObjRef) -> Option<&SetCell> {
    match o.payload() {
        Payload::Set(t) | Payload::FrozenSet(t) => Some(t),
        _ => None,
    }
}

fn is_anyset(v: &Value) -> Option<&ObjRef> {
    match v {
        Value::Obj(o) if table(o).is_some() => Some(o),
        _ => None,
    }
}

fn is_frozen(s: &ObjRef) -> bool {
    matches!(s.payload(), Payload::FrozenSet(_))
}

/// `len(s)`.
pub fn len(o: &ObjRef) -> usize {
    table(o).map_or(0, |t| t.borrow().len())
}

pub fn new_set(vm: &Vm, frozen: bool) -> ObjRef {
    new_of_base(vm, frozen)
}

fn new_of_base(vm: &Vm, frozen: bool) -> ObjRef {
    if frozen {
        ObjRef::new(
            Some(vm.t.frozenset.clone()),
            Payload::FrozenSet(Box::new(RefCell::new(SetTable::new()))),
        )
    } else {
        ObjRef::new(
            Some(vm.t.set.clone()),
            Payload::Set(Box::new(RefCell::new(SetTable::new()))),
        )
    }
}

/// An empty set of class `ty` (whose layout is set or frozenset).
fn new_of_type(ty: ObjRef, frozen: bool) -> ObjRef {
    let t = RefCell::new(SetTable::new());
    ObjRef::new(
        Some(ty),
        if frozen {
            Payload::FrozenSet(Box::new(t))
        } else {
            Payload::Set(Box::new(t))
        },
    )
}

/// A snapshot of the `(hash, key)` entries in table order.
fn entries(o: &ObjRef) -> Vec<(i64, Value)> {
    table(o).map_or_else(Vec::new, |t| {
        t.borrow().iter().map(|(h, k)| (h, k.clone())).collect()
    })
}

/// The keys in iteration order.
pub fn items(s: &ObjRef) -> Vec<Value> {
    table(s).map_or_else(Vec::new, |t| {
        t.borrow().iter().map(|(_, k)| k.clone()).collect()
    })
}

// ----- entry-level primitives (set_lookkey, set_add_entry, set_discard_entry) -----

/// The slot holding a key equal to `key`, comparing with Python `__eq__` where needed.
fn lookup(vm: &Vm, cell: &SetCell, key: &Value, h: i64) -> PyResult<Option<usize>> {
    SetTable::lookup_reentrant(
        || cell.borrow(),
        h,
        |k: &Value| k.is(key),
        |k: Value| match fast_eq(&k, key) {
            Some(r) => Ok(r),
            None => compare::eq(vm, &k, key),
        },
    )
}

fn add_entry(vm: &Vm, cell: &SetCell, key: Value, h: i64) -> PyResult<()> {
    if lookup(vm, cell, &key, h)?.is_none() {
        let n = cell.borrow().len();
        if n >= 1024 && n.is_power_of_two() {
            // The table is about to grow: a set filled from a huge iterable must not
            // outgrow the host's heap limit (entries, hashes and the index table).
            vm.precheck_alloc(n as u128 * 128)?;
        }
        cell.borrow_mut().insert_new(h, key);
    }
    Ok(())
}

/// Remove `key` if present; true if it was.
fn discard_entry(vm: &Vm, cell: &SetCell, key: &Value, h: i64) -> PyResult<bool> {
    match lookup(vm, cell, key, h)? {
        Some(pos) => {
            let old = cell.borrow_mut().remove_at(pos);
            drop(old);
            Ok(true)
        }
        None => Ok(false),
    }
}

/// Empty the table. The old keys are moved out and dropped after the borrow ends, and the
/// swap counts as a rebuild so lookups in flight restart.
fn clear_table(cell: &SetCell) {
    let mut old = SetTable::new();
    cell.borrow_mut().swap_bodies(&mut old);
    drop(old);
}

fn contains_entry(vm: &Vm, s: &ObjRef, key: &Value, h: i64) -> PyResult<bool> {
    match table(s) {
        Some(cell) => Ok(lookup(vm, cell, key, h)?.is_some()),
        None => Ok(false),
    }
}

/// Hash `key`, except that an unhashable `set` is looked up as the equal frozenset
/// (CPython's `set_contains`/`set_remove`/`set_discard` retry).
fn hash_key_or_frozen(vm: &Vm, key: &Value) -> PyResult<(Value, i64)> {
    match hash::hash(vm, key) {
        Ok(h) => Ok((key.clone(), h)),
        Err(e) => {
            if let Value::Obj(o) = key {
                if matches!(o.payload(), Payload::Set(_)) && vm.err_matches(&e, &vm.exc.type_error)
                {
                    let fz = new_of_base(vm, true);
                    merge(vm, &fz, o)?;
                    let fz = Value::Obj(fz);
                    let h = hash::hash(vm, &fz)?;
                    return Ok((fz, h));
                }
            }
            Err(e)
        }
    }
}

/// `key in s`.
pub fn contains(vm: &Vm, s: &ObjRef, item: &Value) -> PyResult<bool> {
    let (key, h) = hash_key_or_frozen(vm, item)?;
    contains_entry(vm, s, &key, h)
}

/// `s.add(item)`.
pub fn add(vm: &Vm, s: &ObjRef, item: Value) -> PyResult<()> {
    let h = hash::hash(vm, &item)?;
    match table(s) {
        Some(cell) => add_entry(vm, cell, item, h),
        None => Ok(()),
    }
}

/// Add while building a frozenset (only before it is shared).
pub fn add_frozen(vm: &Vm, s: &ObjRef, item: Value) -> PyResult<()> {
    add(vm, s, item)
}

// ----- bulk operations --------------------------------------------------------

/// `set_merge`: add every key of the set `src` to `dst`.
fn merge(vm: &Vm, dst: &ObjRef, src: &ObjRef) -> PyResult<()> {
    if dst.is(src) {
        return Ok(());
    }
    let (Some(d), Some(s)) = (table(dst), table(src)) else {
        return Ok(());
    };
    if d.borrow().fill() == 0 {
        // An empty target cannot hold duplicates, so the table's own copy paths apply
        // and never compare keys.
        let src_table = s.borrow();
        return d
            .borrow_mut()
            .merge::<()>(&src_table, &mut |_, _| Ok(false))
            .map_err(|_| vm.runtime_error("set merge failed"));
    }
    let other = entries(src);
    d.borrow_mut().reserve_for_merge(other.len());
    for (h, k) in other {
        add_entry(vm, d, k, h)?;
    }
    Ok(())
}

fn is_exact_dict(vm: &Vm, v: &Value) -> Option<ObjRef> {
    match v {
        Value::Obj(o)
            if matches!(o.payload(), Payload::Dict(_)) && vm.type_of_obj(o).is(&vm.t.dict) =>
        {
            Some(o.clone())
        }
        _ => None,
    }
}

/// `set_update_internal`: add the elements of any iterable.
pub fn update_internal(vm: &Vm, s: &ObjRef, other: &Value) -> PyResult<()> {
    if let Some(o) = is_anyset(other) {
        return merge(vm, s, o);
    }
    let cell = table(s).expect("set");
    if let Some(d) = is_exact_dict(vm, other) {
        let pairs: Vec<(i64, Value)> = crate::types::dict::table(&d)
            .borrow()
            .iter()
            .map(|e| (e.hash, e.key.clone()))
            .collect();
        cell.borrow_mut().reserve_for_dict(pairs.len());
        for (h, k) in pairs {
            add_entry(vm, cell, k, h)?;
        }
        return Ok(());
    }
    let it = iter::get_iter(vm, other)?;
    while let Some(k) = iter::next(vm, &it)? {
        add(vm, s, k)?;
    }
    Ok(())
}

/// `make_new_set_basetype`: a new set or frozenset (never a subclass) like `like`.
fn new_like(vm: &Vm, like: &ObjRef, iterable: Option<&Value>) -> PyResult<ObjRef> {
    let r = new_of_base(vm, is_frozen(like));
    if let Some(v) = iterable {
        update_internal(vm, &r, v)?;
    }
    Ok(r)
}

fn copy_of(vm: &Vm, s: &ObjRef) -> PyResult<ObjRef> {
    new_like(vm, s, Some(&Value::Obj(s.clone())))
}

/// Build a set or frozenset from values, in order.
pub fn build(vm: &Vm, values: Vec<Value>, frozen: bool, ty: Option<ObjRef>) -> PyResult<ObjRef> {
    let ty = ty.unwrap_or_else(|| {
        if frozen {
            vm.t.frozenset.clone()
        } else {
            vm.t.set.clone()
        }
    });
    let s = new_of_type(ty, frozen);
    for v in values {
        add(vm, &s, v)?;
    }
    Ok(s)
}

pub fn set_from_iterable(vm: &Vm, v: &Value) -> PyResult<ObjRef> {
    let s = new_of_base(vm, false);
    update_internal(vm, &s, v)?;
    Ok(s)
}

/// `frozenset.__new__(cls, iterable=())`: an exact frozenset argument is returned as is.
pub fn frozenset_new(vm: &Vm, cls: ObjRef, arg: Option<&Value>) -> PyResult<Value> {
    let exact = cls.is(&vm.t.frozenset);
    if let (true, Some(Value::Obj(o))) = (exact, arg) {
        if vm.type_of_obj(o).is(&vm.t.frozenset) {
            return Ok(Value::Obj(o.clone()));
        }
    }
    let s = new_of_type(cls, true);
    if let Some(v) = arg {
        update_internal(vm, &s, v)?;
    }
    Ok(Value::Obj(s))
}

/// `set.__init__(self, iterable=())`: empties the set, then fills it.
pub fn init_from(vm: &Vm, s: &ObjRef, arg: Option<&Value>) -> PyResult<()> {
    if let Some(cell) = table(s) {
        if !cell.borrow().is_empty() {
            clear_table(cell);
        }
    }
    match arg {
        Some(v) => update_internal(vm, s, v),
        None => Ok(()),
    }
}

/// `set_intersection(so, other)`: iterate the smaller set, probing the larger; the keys
/// kept are those of the set iterated.
fn intersection(vm: &Vm, so: &ObjRef, other: &Value) -> PyResult<ObjRef> {
    if let Value::Obj(o) = other {
        if o.is(so) {
            return copy_of(vm, so);
        }
    }
    let result = new_like(vm, so, None)?;
    let rcell = table(&result).expect("set");
    if let Some(o) = is_anyset(other) {
        let (big, small) = if len(o) > len(so) { (o, so) } else { (so, o) };
        for (h, k) in entries(small) {
            if contains_entry(vm, big, &k, h)? {
                add_entry(vm, rcell, k, h)?;
            }
        }
        return Ok(result);
    }
    let it = iter::get_iter(vm, other)?;
    while let Some(k) = iter::next(vm, &it)? {
        let h = hash::hash(vm, &k)?;
        if contains_entry(vm, so, &k, h)? {
            add_entry(vm, rcell, k, h)?;
        }
    }
    Ok(result)
}

fn intersection_multi(vm: &Vm, so: &ObjRef, others: &[Value]) -> PyResult<ObjRef> {
    if others.is_empty() {
        return copy_of(vm, so);
    }
    let mut result = so.clone();
    for other in others {
        result = intersection(vm, &result, other)?;
    }
    Ok(result)
}

/// `set_difference_update_internal`.
fn difference_update_internal(vm: &Vm, so: &ObjRef, other: &Value) -> PyResult<()> {
    let cell = table(so).expect("set");
    if let Value::Obj(o) = other {
        if o.is(so) {
            clear_table(cell);
            return Ok(());
        }
    }
    if let Some(o) = is_anyset(other) {
        for (h, k) in entries(o) {
            discard_entry(vm, cell, &k, h)?;
        }
    } else {
        let it = iter::get_iter(vm, other)?;
        while let Some(k) = iter::next(vm, &it)? {
            let (k, h) = hash_key_or_frozen(vm, &k)?;
            discard_entry(vm, cell, &k, h)?;
        }
    }
    cell.borrow_mut().compact_after_discards();
    Ok(())
}

/// `set_difference(so, other)`.
fn difference(vm: &Vm, so: &ObjRef, other: &Value) -> PyResult<ObjRef> {
    let dict = is_exact_dict(vm, other);
    let other_size = match (is_anyset(other), &dict) {
        (Some(o), _) => len(o),
        (None, Some(d)) => crate::types::dict::dict_len(d),
        _ => usize::MAX,
    };
    // Much larger than `other` (or `other` not a set/dict): copy, then remove.
    if other_size == usize::MAX || (len(so) >> 2) > other_size {
        let result = copy_of(vm, so)?;
        difference_update_internal(vm, &result, other)?;
        return Ok(result);
    }
    let result = new_like(vm, so, None)?;
    let rcell = table(&result).expect("set");
    for (h, k) in entries(so) {
        let present = match (&dict, is_anyset(other)) {
            (Some(d), _) => crate::types::dict::get_item(vm, d, &k)?.is_some(),
            (None, Some(o)) => contains_entry(vm, o, &k, h)?,
            _ => false,
        };
        if !present {
            add_entry(vm, rcell, k, h)?;
        }
    }
    Ok(result)
}

/// `set_symmetric_difference_update(so, other)`.
fn symmetric_difference_update(vm: &Vm, so: &ObjRef, other: &Value) -> PyResult<()> {
    let cell = table(so).expect("set");
    if let Value::Obj(o) = other {
        if o.is(so) {
            clear_table(cell);
            return Ok(());
        }
    }
    let pairs: Vec<(i64, Value)> = if let Some(d) = is_exact_dict(vm, other) {
        crate::types::dict::table(&d)
            .borrow()
            .iter()
            .map(|e| (e.hash, e.key.clone()))
            .collect()
    } else if let Some(o) = is_anyset(other) {
        entries(o)
    } else {
        entries(&new_like(vm, so, Some(other))?)
    };
    for (h, k) in pairs {
        if !discard_entry(vm, cell, &k, h)? {
            add_entry(vm, cell, k, h)?;
        }
    }
    Ok(())
}

/// `set_symmetric_difference(so, other)`: a copy of `other`, updated with `so`.
fn symmetric_difference(vm: &Vm, so: &ObjRef, other: &Value) -> PyResult<ObjRef> {
    let result = new_like(vm, so, Some(other))?;
    symmetric_difference_update(vm, &result, &Value::Obj(so.clone()))?;
    Ok(result)
}

/// `set_issubset` for two sets.
fn issubset(vm: &Vm, so: &ObjRef, other: &ObjRef) -> PyResult<bool> {
    if len(so) > len(other) {
        return Ok(false);
    }
    for (h, k) in entries(so) {
        if !contains_entry(vm, other, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for two sets; the result has `a`'s base type.
pub fn binop(vm: &Vm, a: &ObjRef, b: &ObjRef, op: u32) -> PyResult<Value> {
    let bv = Value::Obj(b.clone());
    let r = match op {
        binop::OR => {
            let r = copy_of(vm, a)?;
            if !a.is(b) {
                update_internal(vm, &r, &bv)?;
            }
            r
        }
        binop::AND => intersection(vm, a, &bv)?,
        binop::SUBTRACT => difference(vm, a, &bv)?,
        _ => symmetric_difference(vm, a, &bv)?,
    };
    Ok(Value::Obj(r))
}

/// `a |= b` and friends on a mutable set; `Ok(None)` when `b` is not a set.
pub fn inplace_op(vm: &Vm, a: &ObjRef, b: &Value, op: u32) -> PyResult<Option<Value>> {
    if is_anyset(b).is_none() {
        return Ok(None);
    }
    match op {
        binop::OR => update_internal(vm, a, b)?,
        binop::AND => intersection_update(vm, a, std::slice::from_ref(b))?,
        binop::SUBTRACT => difference_update_internal(vm, a, b)?,
        _ => symmetric_difference_update(vm, a, b)?,
    }
    Ok(Some(Value::Obj(a.clone())))
}

/// `so &= others`: compute the intersection, then swap it into `so`.
fn intersection_update(vm: &Vm, so: &ObjRef, others: &[Value]) -> PyResult<()> {
    let tmp = intersection_multi(vm, so, others)?;
    if tmp.is(so) {
        return Ok(());
    }
    let (Some(a), Some(b)) = (table(so), table(&tmp)) else {
        return Ok(());
    };
    a.borrow_mut().swap_bodies(&mut b.borrow_mut());
    Ok(())
}

/// Rich comparison of two sets (`set_richcompare`): subset/superset order.
pub fn compare(vm: &Vm, a: &ObjRef, b: &ObjRef, op: u32) -> PyResult<bool> {
    let (la, lb) = (len(a), len(b));
    Ok(match op {
        cmpop::EQ => la == lb && issubset(vm, a, b)?,
        cmpop::NE => !(la == lb && issubset(vm, a, b)?),
        cmpop::LE => issubset(vm, a, b)?,
        cmpop::LT => la < lb && issubset(vm, a, b)?,
        cmpop::GE => issubset(vm, b, a)?,
        _ => la > lb && issubset(vm, b, a)?,
    })
}

// ----- methods -------------------------------------------------------------------

fn this<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a ObjRef> {
    match args.pos.first() {
        Some(Value::Obj(o)) if table(o).is_some() => Ok(o),
        Some(other) => Err(vm.type_error(format!(
            "descriptor '{name}' for 'set' objects doesn't apply to a '{}' object",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error(format!("unbound method set.{name}() needs an argument"))),
    }
}

fn one_arg<'a>(vm: &Vm, args: &'a Args, name: &str) -> PyResult<&'a Value> {
    crate::protocol::call::no_kwargs(vm, name, args)?;
    match args.pos.len() {
        2 => Ok(&args.pos[1]),
        n => Err(vm.type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            n.saturating_sub(1)
        ))),
    }
}

fn set_add(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "add")?;
    let item = one_arg(vm, &args, "set.add")?;
    add(vm, s, item.clone())?;
    Ok(Value::None)
}

/// Remove `item` (retrying an unhashable set as a frozenset); true if it was present.
fn remove_item(vm: &Vm, s: &ObjRef, item: &Value) -> PyResult<bool> {
    let (key, h) = hash_key_or_frozen(vm, item)?;
    discard_entry(vm, table(s).expect("set"), &key, h)
}

fn set_remove(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "remove")?;
    let item = one_arg(vm, &args, "set.remove")?;
    if !remove_item(vm, s, item)? {
        return Err(vm.key_error(item.clone()));
    }
    Ok(Value::None)
}

fn set_discard(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "discard")?;
    let item = one_arg(vm, &args, "set.discard")?;
    remove_item(vm, s, item)?;
    Ok(Value::None)
}

fn set_pop(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "pop")?;
    let popped = table(s).expect("set").borrow_mut().pop();
    popped.ok_or_else(|| vm.key_error_msg("pop from an empty set"))
}

fn set_clear(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "clear")?;
    clear_table(table(s).expect("set"));
    Ok(Value::None)
}

fn set_copy(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "copy")?;
    // `frozenset.copy()` of an exact frozenset is the frozenset itself.
    if is_frozen(s) && vm.type_of_obj(s).is(&vm.t.frozenset) {
        return Ok(Value::Obj(s.clone()));
    }
    Ok(Value::Obj(copy_of(vm, s)?))
}

fn set_union(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "union")?;
    let r = copy_of(vm, s)?;
    for other in &args.pos[1..] {
        if !matches!(other, Value::Obj(o) if o.is(s)) {
            update_internal(vm, &r, other)?;
        }
    }
    Ok(Value::Obj(r))
}

fn set_intersection(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "intersection")?;
    Ok(Value::Obj(intersection_multi(vm, s, &args.pos[1..])?))
}

fn set_difference(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "difference")?;
    let others = &args.pos[1..];
    if others.is_empty() {
        return Ok(Value::Obj(copy_of(vm, s)?));
    }
    let r = difference(vm, s, &others[0])?;
    for other in &others[1..] {
        difference_update_internal(vm, &r, other)?;
    }
    Ok(Value::Obj(r))
}

fn set_symmetric_difference(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "symmetric_difference")?;
    let other = one_arg(vm, &args, "symmetric_difference")?;
    Ok(Value::Obj(symmetric_difference(vm, s, other)?))
}

fn set_update(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "update")?;
    for other in &args.pos[1..] {
        update_internal(vm, s, other)?;
    }
    Ok(Value::None)
}

fn set_intersection_update(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "intersection_update")?;
    intersection_update(vm, s, &args.pos[1..])?;
    Ok(Value::None)
}

fn set_difference_update(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "difference_update")?;
    for other in &args.pos[1..] {
        difference_update_internal(vm, s, other)?;
    }
    Ok(Value::None)
}

fn set_symmetric_difference_update(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "symmetric_difference_update")?;
    let other = one_arg(vm, &args, "symmetric_difference_update")?;
    symmetric_difference_update(vm, s, other)?;
    Ok(Value::None)
}

fn set_issubset(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "issubset")?;
    let other = one_arg(vm, &args, "issubset")?;
    let o = match is_anyset(other) {
        Some(o) => o.clone(),
        None => set_from_iterable(vm, other)?,
    };
    Ok(Value::Bool(issubset(vm, s, &o)?))
}

fn set_issuperset(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "issuperset")?;
    let other = one_arg(vm, &args, "issuperset")?;
    if let Some(o) = is_anyset(other) {
        return Ok(Value::Bool(issubset(vm, o, s)?));
    }
    let it = iter::get_iter(vm, other)?;
    while let Some(k) = iter::next(vm, &it)? {
        if !contains(vm, s, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_isdisjoint(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "isdisjoint")?;
    let other = one_arg(vm, &args, "isdisjoint")?;
    if let Some(o) = is_anyset(other) {
        if o.is(s) {
            return Ok(Value::Bool(len(s) == 0));
        }
        // Iterate the smaller set, probing the larger.
        let (big, small) = if len(o) > len(s) { (o, s) } else { (s, o) };
        for (h, k) in entries(small) {
            if contains_entry(vm, big, &k, h)? {
                return Ok(Value::Bool(false));
            }
        }
        return Ok(Value::Bool(true));
    }
    let it = iter::get_iter(vm, other)?;
    while let Some(k) = iter::next(vm, &it)? {
        let h = hash::hash(vm, &k)?;
        if contains_entry(vm, s, &k, h)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_contains_m(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__contains__")?;
    let item = one_arg(vm, &args, "__contains__")?;
    Ok(Value::Bool(contains(vm, s, item)?))
}

fn set_len_m(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__len__")?;
    Ok(Value::Int(len(s) as i64))
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
        add_method(vm, &t, "__contains__", set_contains_m);
        add_method(vm, &t, "__len__", set_len_m);
        if mutable {
            add_method(vm, &t, "add", set_add);
            add_method(vm, &t, "remove", set_remove);
            add_method(vm, &t, "discard", set_discard);
            add_method(vm, &t, "pop", set_pop);
            add_method(vm, &t, "clear", set_clear);
            add_method(vm, &t, "update", set_update);
            add_method(vm, &t, "intersection_update", set_intersection_update);
            add_method(vm, &t, "difference_update", set_difference_update);
            add_method(
                vm,
                &t,
                "symmetric_difference_update",
                set_symmetric_difference_update,
            );
        }
    }
}
