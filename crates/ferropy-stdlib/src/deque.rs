//! `collections.deque`, ported from CPython 3.11's `Modules/_collectionsmodule.c`: a
//! native type whose objects carry a ring buffer (`VecDeque`) in an `Ext` payload.
//!
//! CPython's deque is C because queues sit on hot paths (asyncio's ready queue and
//! `asyncio.Queue` are deques): every `append`, `popleft` and truth test of a
//! Python-source deque cost two or three Python calls. Here they are one native call.
//!
//! Conventions (as in `itertools`): no `RefCell` borrow is held while Python code runs
//! (an item's `__eq__`, an iterable's `__next__`) or while a value is dropped (a
//! finalizer may touch the deque), so re-entrant use never panics; instead every
//! mutation bumps `state`, and the loops that call out (`count`, `index`, `remove`,
//! `in`, iteration) raise CPython's "deque mutated during iteration" when it changed.

use crate::module::ModuleBuilder;
use ferropy_vm::heap::ObjRef;
use ferropy_vm::object::{ext_ref, Args, ExtPayload, NativeFn, Payload};
use ferropy_vm::protocol::{compare, iter, number, repr};
use ferropy_vm::types::int::{as_int, IntRef};
use ferropy_vm::types::{self, type_data};
use ferropy_vm::{PyResult, Value, Vm};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

/// A deque's state: the items, `maxlen` (None: unbounded) and the mutation counter.
pub struct Deque {
    items: RefCell<VecDeque<Value>>,
    maxlen: Cell<Option<usize>>,
    /// Bumped by every mutation (CPython's `deque->state`), so iterators and searches
    /// that ran Python code can tell the deque changed under them.
    state: Cell<u64>,
}

impl ExtPayload for Deque {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(items) = self.items.try_borrow() {
            items.iter().for_each(visit);
        }
    }

    fn clear(&self) {
        let old = self
            .items
            .try_borrow_mut()
            .map(|mut v| std::mem::take(&mut *v));
        drop(old);
    }
}

impl Deque {
    fn new(maxlen: Option<usize>) -> Deque {
        Deque {
            items: RefCell::new(VecDeque::new()),
            maxlen: Cell::new(maxlen),
            state: Cell::new(0),
        }
    }

    fn len(&self) -> usize {
        self.items.borrow().len()
    }

    fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    /// Append on the right, dropping from the left past `maxlen` (the dropped value is
    /// released after the borrow ends).
    fn push_back(&self, v: Value) {
        self.bump();
        let trimmed = {
            let mut items = self.items.borrow_mut();
            items.push_back(v);
            match self.maxlen.get() {
                Some(m) if items.len() > m => items.pop_front(),
                _ => None,
            }
        };
        drop(trimmed);
    }

    fn push_front(&self, v: Value) {
        self.bump();
        let trimmed = {
            let mut items = self.items.borrow_mut();
            items.push_front(v);
            match self.maxlen.get() {
                Some(m) if items.len() > m => items.pop_back(),
                _ => None,
            }
        };
        drop(trimmed);
    }

    /// A snapshot of the items, left to right.
    fn to_vec(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }

    /// Item `i`, if the deque still has one there.
    fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    /// Empty the deque; the items are released after the borrow ends.
    fn clear_items(&self) {
        self.bump();
        let old = std::mem::take(&mut *self.items.borrow_mut());
        drop(old);
    }
}

/// The type objects of one interpreter's deque.
struct Types {
    deque: ObjRef,
    iter: ObjRef,
    reverse_iter: ObjRef,
}

fn types_of(vm: &Vm) -> std::rc::Rc<Types> {
    vm.ext_state("_collections.deque", || Types::new(vm))
}

const DEQUE_DOC: &str = "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.";

impl Types {
    fn new(vm: &Vm) -> Types {
        let deque = types::native_type(vm, "collections", "deque", DEQUE_DOC, false);
        types::add_new(vm, &deque, deque_new);
        let methods: &[(&'static str, NativeFn, &'static str)] = &[
            ("__init__", deque_init, "Initialize self.  See help(type(self)) for accurate signature."),
            ("append", append, "Add an element to the right side of the deque."),
            ("appendleft", appendleft, "Add an element to the left side of the deque."),
            ("pop", pop, "Remove and return the rightmost element."),
            ("popleft", popleft, "Remove and return the leftmost element."),
            ("extend", extend, "Extend the right side of the deque with elements from the iterable"),
            ("extendleft", extendleft, "Extend the left side of the deque with elements from the iterable"),
            ("clear", clear, "Remove all elements from the deque."),
            ("copy", copy, "Return a shallow copy of a deque."),
            ("__copy__", copy, "Return a shallow copy of a deque."),
            ("count", count, "D.count(value) -- return number of occurrences of value"),
            ("index", index, "D.index(value, [start, [stop]]) -- return first index of value.\nRaises ValueError if the value is not present."),
            ("insert", insert, "D.insert(index, object) -- insert object before index"),
            ("remove", remove, "D.remove(value) -- remove first occurrence of value."),
            ("reverse", reverse, "D.reverse() -- reverse *IN PLACE*"),
            ("rotate", rotate, "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."),
            ("__len__", len, "Return len(self)."),
            ("__getitem__", getitem, "Return self[key]."),
            ("__setitem__", setitem, "Set self[key] to value."),
            ("__delitem__", delitem, "Delete self[key]."),
            ("__contains__", contains, "Return key in self."),
            ("__iter__", deque_iter, "Implement iter(self)."),
            ("__reversed__", deque_reversed, "D.__reversed__() -- return a reverse iterator over the deque"),
            ("__repr__", deque_repr, "Return repr(self)."),
            ("__reduce__", reduce, "Return state information for pickling."),
            ("__add__", add, "Return self+value."),
            ("__iadd__", iadd, "Implement self+=value."),
            ("__mul__", mul, "Return self*value."),
            ("__rmul__", mul, "Return value*self."),
            ("__imul__", imul, "Implement self*=value."),
            ("__eq__", cmp_eq, "Return self==value."),
            ("__ne__", cmp_ne, "Return self!=value."),
            ("__lt__", cmp_lt, "Return self<value."),
            ("__le__", cmp_le, "Return self<=value."),
            ("__gt__", cmp_gt, "Return self>value."),
            ("__ge__", cmp_ge, "Return self>=value."),
        ];
        for (name, f, doc) in methods {
            add_native(vm, &deque, name, *f, doc, false);
        }
        add_native(
            vm,
            &deque,
            "__class_getitem__",
            crate::module::class_getitem,
            "See PEP 585",
            true,
        );
        types::type_set(vm, &deque, "__hash__", Value::None);
        types::add_getset(vm, &deque, "maxlen", maxlen_get, None);

        let iter = iterator_type(vm, "_deque_iterator");
        let reverse_iter = iterator_type(vm, "_deque_reverse_iterator");
        Types {
            deque,
            iter,
            reverse_iter,
        }
    }
}

fn iterator_type(vm: &Vm, name: &str) -> ObjRef {
    let ty = types::native_type(vm, "_collections", name, "", false);
    types::type_set(vm, &ty, "__doc__", Value::None);
    add_native(
        vm,
        &ty,
        "__iter__",
        iter_self,
        "Implement iter(self).",
        false,
    );
    add_native(
        vm,
        &ty,
        "__next__",
        iter_next,
        "Implement next(self).",
        false,
    );
    add_native(
        vm,
        &ty,
        "__length_hint__",
        iter_length_hint,
        "Private method returning an estimate of len(list(it)).",
        false,
    );
    add_native(
        vm,
        &ty,
        "__reduce__",
        iter_reduce,
        "Return state information for pickling.",
        false,
    );
    ty
}

fn add_native(
    vm: &Vm,
    ty: &ObjRef,
    name: &'static str,
    func: NativeFn,
    doc: &'static str,
    is_classmethod: bool,
) {
    crate::module::add_documented(vm, ty, "deque", name, func, doc, is_classmethod);
}

/// The `_deque` module: the deque type (re-exported by `_collections`).
pub fn init(vm: &Vm) -> PyResult<ObjRef> {
    let t = types_of(vm);
    let m = ModuleBuilder::new(vm, "_deque");
    m.value("deque", Value::Obj(t.deque.clone()));
    m.value("_deque_iterator", Value::Obj(t.iter.clone()));
    m.value(
        "_deque_reverse_iterator",
        Value::Obj(t.reverse_iter.clone()),
    );
    Ok(m.module.clone())
}

// ----- argument helpers -----------------------------------------------------------------------

/// `self` of a deque method, with CPython's errors for a missing or foreign `self`.
fn this<'a>(vm: &Vm, args: &Args<'a>, method: &str) -> PyResult<&'a Deque> {
    let Some(v) = args.pos.first() else {
        return Err(vm.type_error(format!("unbound method deque.{method}() needs an argument")));
    };
    v.as_obj().and_then(ext_ref::<Deque>).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{method}' for 'collections.deque' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))
    })
}

/// `self` of a slot wrapper (`__len__`, `__getitem__`, ...), with CPython's errors.
fn this_slot<'a>(vm: &Vm, args: &Args<'a>, method: &str) -> PyResult<&'a Deque> {
    let Some(v) = args.pos.first() else {
        return Err(vm.type_error(format!(
            "descriptor '{method}' of 'collections.deque' object needs an argument"
        )));
    };
    v.as_obj().and_then(ext_ref::<Deque>).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{method}' requires a 'collections.deque' object but received a '{}'",
            vm.type_name(v)
        ))
    })
}

/// A method's arguments after `self`: exactly `n` positional and no keywords, with
/// CPython's METH_O / METH_NOARGS messages.
fn exact<'a>(vm: &Vm, args: &Args<'a>, method: &str, n: usize) -> PyResult<&'a [Value]> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("deque.{method}() takes no keyword arguments")));
    }
    let rest = &args.pos[1..];
    if rest.len() != n {
        return Err(vm.type_error(match n {
            0 => format!("deque.{method}() takes no arguments ({} given)", rest.len()),
            _ => format!(
                "deque.{method}() takes exactly one argument ({} given)",
                rest.len()
            ),
        }));
    }
    Ok(rest)
}

/// `min..=max` positional arguments after `self` (CPython's `_PyArg_CheckPositional`).
fn between<'a>(
    vm: &Vm,
    args: &Args<'a>,
    method: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("deque.{method}() takes no keyword arguments")));
    }
    let rest = &args.pos[1..];
    crate::itertools::check_positional(vm, method, rest.len(), min, max)?;
    Ok(rest)
}

/// `PyNumber_AsSsize_t(v, OverflowError)`: an index-able value as a machine integer.
fn ssize(vm: &Vm, v: &Value) -> PyResult<i64> {
    let i = number::index(vm, v)?;
    match as_int(&i) {
        Some(IntRef::Small(n)) => Ok(n),
        Some(r) => r
            .to_i64()
            .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t")),
        None => unreachable!("index() returns an int"),
    }
}

/// `_PyEval_SliceIndexNotNone`: an index-able value clamped to the machine range.
fn slice_index(vm: &Vm, v: &Value) -> PyResult<i64> {
    let i = number::index(vm, v)?;
    Ok(match as_int(&i) {
        Some(IntRef::Small(n)) => n,
        Some(r) => r
            .to_i64()
            .unwrap_or(if r.is_negative() { i64::MIN } else { i64::MAX }),
        None => unreachable!("index() returns an int"),
    })
}

fn mutated(vm: &Vm) -> ferropy_vm::PyErr {
    vm.runtime_error("deque mutated during iteration")
}

/// A new deque of class `cls` holding `items`.
fn new_deque(cls: &ObjRef, items: VecDeque<Value>, maxlen: Option<usize>) -> Value {
    let d = Deque::new(maxlen);
    *d.items.borrow_mut() = items;
    Value::Obj(ObjRef::new(Some(cls.clone()), Payload::Ext(Box::new(d))))
}

// ----- construction ---------------------------------------------------------------------------

fn deque_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let Some(first) = args.pos.first() else {
        return Err(vm.type_error("deque.__new__(): not enough arguments"));
    };
    let Some(cls) = types::as_type(first) else {
        return Err(vm.type_error(format!(
            "deque.__new__(X): X is not a type object ({})",
            vm.type_name(first)
        )));
    };
    let base = &types_of(vm).deque;
    if !vm.is_subtype(cls, base) {
        let name = types::type_name(cls);
        return Err(vm.type_error(format!(
            "deque.__new__({name}): {name} is not a subtype of collections.deque"
        )));
    }
    Ok(new_deque(cls, VecDeque::new(), None))
}

/// `deque.__init__(self, iterable=(), maxlen=None)`.
fn deque_init(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this_slot(vm, &args, "__init__")?;
    let pos = &args.pos[1..];
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "deque() takes at most 2 arguments ({} given)",
            pos.len() + args.kwnames.len()
        )));
    }
    let mut iterable = pos.first().cloned();
    let mut maxlen = pos.get(1).cloned();
    for (k, v) in args.kwnames.iter().zip(args.kwvalues) {
        let name = ferropy_vm::vm::as_str(k).unwrap_or("");
        let slot = match name {
            "iterable" => &mut iterable,
            "maxlen" => &mut maxlen,
            _ => {
                return Err(vm.type_error(format!(
                    "'{name}' is an invalid keyword argument for deque()"
                )))
            }
        };
        if slot.is_some() {
            let n = if name == "iterable" { 1 } else { 2 };
            return Err(vm.type_error(format!(
                "argument for deque() given by name ('{name}') and position ({n})"
            )));
        }
        *slot = Some(v.clone());
    }
    let maxlen = match maxlen {
        None | Some(Value::None) => None,
        Some(m) => {
            let Some(n) = as_int(&m) else {
                return Err(vm.type_error("an integer is required"));
            };
            let n = n
                .to_i64()
                .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))?;
            if n < 0 {
                return Err(vm.value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
    };
    d.maxlen.set(maxlen);
    if d.len() > 0 {
        d.clear_items();
    }
    if let Some(it) = iterable {
        extend_right(vm, d, &args.pos[0], &it)?;
    }
    Ok(Value::None)
}

// ----- the ends -------------------------------------------------------------------------------

fn append(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "append")?;
    let v = exact(vm, &args, "append", 1)?;
    d.push_back(v[0].clone());
    Ok(Value::None)
}

fn appendleft(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "appendleft")?;
    let v = exact(vm, &args, "appendleft", 1)?;
    d.push_front(v[0].clone());
    Ok(Value::None)
}

fn pop(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "pop")?;
    exact(vm, &args, "pop", 0)?;
    d.bump();
    let v = d.items.borrow_mut().pop_back();
    v.ok_or_else(|| vm.index_error("pop from an empty deque"))
}

fn popleft(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "popleft")?;
    exact(vm, &args, "popleft", 0)?;
    d.bump();
    let v = d.items.borrow_mut().pop_front();
    v.ok_or_else(|| vm.index_error("pop from an empty deque"))
}

/// The items of `iterable` for an extend: a snapshot when it is the deque itself.
fn extend_items(
    vm: &Vm,
    d: &Deque,
    this_obj: &Value,
    iterable: &Value,
    mut push: impl FnMut(Value),
) -> PyResult<()> {
    if iterable.is(this_obj) {
        for v in d.to_vec() {
            push(v);
        }
        return Ok(());
    }
    let it = iter::get_iter(vm, iterable)?;
    while let Some(v) = iter::next(vm, &it)? {
        push(v);
    }
    Ok(())
}

fn extend_right(vm: &Vm, d: &Deque, this_obj: &Value, iterable: &Value) -> PyResult<()> {
    extend_items(vm, d, this_obj, iterable, |v| d.push_back(v))
}

fn extend(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "extend")?;
    let v = exact(vm, &args, "extend", 1)?;
    extend_right(vm, d, &args.pos[0], &v[0])?;
    Ok(Value::None)
}

fn extendleft(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "extendleft")?;
    let v = exact(vm, &args, "extendleft", 1)?;
    extend_items(vm, d, &args.pos[0], &v[0], |x| d.push_front(x))?;
    Ok(Value::None)
}

fn clear(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "clear")?;
    exact(vm, &args, "clear", 0)?;
    d.clear_items();
    Ok(Value::None)
}

/// `copy()` / `__copy__()`: an exact deque copies itself; a subclass is called as
/// `type(d)(d)` or `type(d)(d, maxlen)` (CPython's `deque_copy`).
fn copy_of(vm: &Vm, obj: &Value, d: &Deque) -> PyResult<Value> {
    let o = obj.as_obj().expect("a deque is an object");
    let cls = o.raw_type().expect("a deque has a type").clone();
    if cls.is(&types_of(vm).deque) {
        return Ok(new_deque(&cls, d.to_vec().into(), d.maxlen.get()));
    }
    let mut call_args = vec![obj.clone()];
    if let Some(m) = d.maxlen.get() {
        call_args.push(Value::Int(m as i64));
    }
    ferropy_vm::protocol::call::call(vm, &Value::Obj(cls), &call_args)
}

fn copy(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "copy")?;
    exact(vm, &args, "copy", 0)?;
    copy_of(vm, &args.pos[0], d)
}

// ----- searching ------------------------------------------------------------------------------

/// Compare each item from `start` with `value` until `found` says stop: the index where
/// it stopped. Raises if the deque changes while an item's `__eq__` runs.
fn find(vm: &Vm, d: &Deque, value: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let state = d.state.get();
    let mut i = start;
    while i < stop {
        let Some(item) = d.get(i) else { break };
        let eq = compare::eq(vm, &item, value)?;
        if d.state.get() != state {
            return Err(mutated(vm));
        }
        if eq {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn count(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "count")?;
    let v = exact(vm, &args, "count", 1)?;
    let state = d.state.get();
    let mut n = 0;
    let mut i = 0;
    while let Some(item) = d.get(i) {
        if compare::eq(vm, &item, &v[0])? {
            n += 1;
        }
        if d.state.get() != state {
            return Err(mutated(vm));
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn index(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "index")?;
    let rest = between(vm, &args, "index", 1, 3)?;
    let n = d.len() as i64;
    let norm = |i: i64| -> usize {
        if i < 0 {
            (i + n).max(0) as usize
        } else {
            i.min(n) as usize
        }
    };
    let start = match rest.get(1) {
        Some(v) => norm(slice_index(vm, v)?),
        None => 0,
    };
    let stop = match rest.get(2) {
        Some(v) => norm(slice_index(vm, v)?),
        None => n as usize,
    };
    match find(vm, d, &rest[0], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error(format!("{} is not in deque", repr::repr(vm, &rest[0])?))),
    }
}

fn contains(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this_slot(vm, &args, "__contains__")?;
    let v = exact(vm, &args, "__contains__", 1)?;
    Ok(Value::Bool(find(vm, d, &v[0], 0, usize::MAX)?.is_some()))
}

fn remove(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "remove")?;
    let v = exact(vm, &args, "remove", 1)?;
    let state = d.state.get();
    let found = find(vm, d, &v[0], 0, usize::MAX);
    // CPython's deque_remove reports the change as an IndexError.
    if d.state.get() != state {
        return Err(vm.index_error("deque mutated during iteration"));
    }
    match found? {
        Some(i) => {
            d.bump();
            let old = d.items.borrow_mut().remove(i);
            drop(old);
            Ok(Value::None)
        }
        None => Err(vm.value_error(format!("{} is not in deque", repr::repr(vm, &v[0])?))),
    }
}

// ----- rearranging ----------------------------------------------------------------------------

fn insert(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "insert")?;
    let rest = between(vm, &args, "insert", 2, 2)?;
    let i = ssize(vm, &rest[0])?;
    let n = d.len();
    if d.maxlen.get() == Some(n) {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    let at = if i < 0 {
        (i + n as i64).max(0) as usize
    } else {
        (i as usize).min(n)
    };
    d.bump();
    d.items.borrow_mut().insert(at, rest[1].clone());
    Ok(Value::None)
}

fn reverse(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "reverse")?;
    exact(vm, &args, "reverse", 0)?;
    d.bump();
    d.items.borrow_mut().make_contiguous().reverse();
    Ok(Value::None)
}

fn rotate(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "rotate")?;
    let rest = between(vm, &args, "rotate", 0, 1)?;
    let n = match rest.first() {
        Some(v) => ssize(vm, v)?,
        None => 1,
    };
    let len = d.len() as i64;
    if len <= 1 {
        return Ok(Value::None);
    }
    d.bump();
    let k = n.rem_euclid(len) as usize;
    d.items.borrow_mut().rotate_right(k);
    Ok(Value::None)
}

// ----- the sequence protocol ------------------------------------------------------------------

fn len(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this_slot(vm, &args, "__len__")?;
    exact(vm, &args, "__len__", 0)?;
    Ok(Value::Int(d.len() as i64))
}

/// The position `key` names (CPython's `sq_item` path: an index-able key, negative
/// counting from the right).
fn position(vm: &Vm, d: &Deque, key: &Value) -> PyResult<usize> {
    let ty = vm.type_of(key);
    if as_int(key).is_none() && types::lookup_str(vm, &ty, "__index__").is_none() {
        return Err(vm.type_error(format!(
            "sequence index must be integer, not '{}'",
            vm.type_name(key)
        )));
    }
    let i = number::index(vm, key)?;
    let i = as_int(&i)
        .and_then(|r| r.to_i64())
        .ok_or_else(|| vm.index_error("cannot fit 'int' into an index-sized integer"))?;
    let n = d.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this_slot(vm, &args, "__getitem__")?;
    let k = exact(vm, &args, "__getitem__", 1)?;
    let i = position(vm, d, &k[0])?;
    d.get(i)
        .ok_or_else(|| vm.index_error("deque index out of range"))
}

fn setitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this_slot(vm, &args, "__setitem__")?;
    let kv = exact(vm, &args, "__setitem__", 2)?;
    let i = position(vm, d, &kv[0])?;
    let old = {
        let mut items = d.items.borrow_mut();
        match items.get_mut(i) {
            Some(slot) => std::mem::replace(slot, kv[1].clone()),
            None => return Err(vm.index_error("deque index out of range")),
        }
    };
    drop(old);
    Ok(Value::None)
}

fn delitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this_slot(vm, &args, "__delitem__")?;
    let k = exact(vm, &args, "__delitem__", 1)?;
    let i = position(vm, d, &k[0])?;
    d.bump();
    let old = d.items.borrow_mut().remove(i);
    drop(old);
    Ok(Value::None)
}

// ----- iteration ------------------------------------------------------------------------------

/// A deque iterator's state (CPython's `dequeiterobject`).
pub struct DequeIter {
    deque: RefCell<Option<Value>>,
    /// Items still to produce.
    counter: Cell<usize>,
    /// The next position (from the left, or from the right when `reverse`).
    index: Cell<usize>,
    state: u64,
    reverse: bool,
}

impl ExtPayload for DequeIter {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(d) = self.deque.try_borrow() {
            if let Some(d) = &*d {
                visit(d);
            }
        }
    }

    fn clear(&self) {
        let old = self.deque.try_borrow_mut().map(|mut d| d.take());
        drop(old);
    }

    fn next(&self, vm: &Vm) -> Option<PyResult<Option<Value>>> {
        Some(self.step(vm))
    }
}

impl DequeIter {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let dv = self.deque.borrow().clone();
        let Some(dv) = dv else { return Ok(None) };
        let d = dv
            .as_obj()
            .and_then(ext_ref::<Deque>)
            .expect("a deque iterator holds a deque");
        if d.state.get() != self.state {
            self.counter.set(0);
            return Err(mutated(vm));
        }
        if self.counter.get() == 0 {
            return Ok(None);
        }
        let n = d.len();
        let i = self.index.get();
        let at = if self.reverse { n - 1 - i } else { i };
        let v = d.get(at);
        self.index.set(i + 1);
        self.counter.set(self.counter.get() - 1);
        Ok(v)
    }
}

fn make_iter(vm: &Vm, obj: &Value, d: &Deque, reverse: bool, index: usize) -> Value {
    let t = types_of(vm);
    let ty = if reverse { &t.reverse_iter } else { &t.iter };
    let n = d.len();
    let state = DequeIter {
        deque: RefCell::new(Some(obj.clone())),
        counter: Cell::new(n.saturating_sub(index)),
        index: Cell::new(index.min(n)),
        state: d.state.get(),
        reverse,
    };
    Value::Obj(ObjRef::new(Some(ty.clone()), Payload::Ext(Box::new(state))))
}

fn deque_iter(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this_slot(vm, &args, "__iter__")?;
    exact(vm, &args, "__iter__", 0)?;
    Ok(make_iter(vm, &args.pos[0], d, false, 0))
}

fn deque_reversed(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__reversed__")?;
    exact(vm, &args, "__reversed__", 0)?;
    Ok(make_iter(vm, &args.pos[0], d, true, 0))
}

fn this_iter<'a>(vm: &Vm, args: &Args<'a>, method: &str) -> PyResult<&'a DequeIter> {
    let v = args.pos.first();
    v.and_then(|v| v.as_obj())
        .and_then(ext_ref::<DequeIter>)
        .ok_or_else(|| {
            vm.type_error(format!(
                "descriptor '{method}' requires a '_collections._deque_iterator' object but received a '{}'",
                v.map_or("NoneType".to_string(), |v| vm.type_name(v))
            ))
        })
}

fn iter_self(vm: &Vm, args: Args) -> PyResult<Value> {
    this_iter(vm, &args, "__iter__")?;
    Ok(args.pos[0].clone())
}

fn iter_next(vm: &Vm, args: Args) -> PyResult<Value> {
    let it = this_iter(vm, &args, "__next__")?;
    it.step(vm)?.ok_or_else(|| vm.stop_iteration(Value::None))
}

fn iter_length_hint(vm: &Vm, args: Args) -> PyResult<Value> {
    let it = this_iter(vm, &args, "__length_hint__")?;
    Ok(Value::Int(it.counter.get() as i64))
}

/// `(type(it), (deque, consumed))`, as CPython pickles a deque iterator.
fn iter_reduce(vm: &Vm, args: Args) -> PyResult<Value> {
    let it = this_iter(vm, &args, "__reduce__")?;
    let ty = vm.type_of(&args.pos[0]);
    let d = it.deque.borrow().clone().unwrap_or(Value::None);
    let n = d.as_obj().and_then(ext_ref::<Deque>).map_or(0, |d| d.len());
    let consumed = n.saturating_sub(it.counter.get());
    Ok(vm.new_tuple(vec![
        Value::Obj(ty),
        vm.new_tuple(vec![d, Value::Int(consumed as i64)]),
    ]))
}

// ----- repr, pickling, operators --------------------------------------------------------------

fn deque_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this_slot(vm, &args, "__repr__")?;
    let o = args.pos[0].as_obj().expect("a deque is an object");
    if !repr::repr_enter(o) {
        return Ok(vm.new_str("[...]"));
    }
    let items = vm.new_list(d.to_vec());
    let r = repr::repr(vm, &items);
    repr::repr_leave(o);
    let inner = r?;
    let name = type_data(o.raw_type().expect("typed"))
        .qualname
        .borrow()
        .clone();
    let name = name.rsplit('.').next().unwrap_or(&name).to_string();
    Ok(vm.new_string(match d.maxlen.get() {
        Some(m) => format!("{name}({inner}, maxlen={m})"),
        None => format!("{name}({inner})"),
    }))
}

fn reduce(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__reduce__")?;
    exact(vm, &args, "__reduce__", 0)?;
    let o = args.pos[0].as_obj().expect("a deque is an object");
    let ty = vm.type_of(&args.pos[0]);
    let state = match &*o.dict_cell().borrow() {
        Some(dict) if ferropy_vm::types::dict::dict_len(dict) > 0 => Value::Obj(dict.clone()),
        _ => Value::None,
    };
    let ctor_args = match d.maxlen.get() {
        Some(m) => vm.new_tuple(vec![vm.new_tuple(vec![]), Value::Int(m as i64)]),
        None => vm.new_tuple(vec![]),
    };
    let it = make_iter(vm, &args.pos[0], d, false, 0);
    Ok(vm.new_tuple(vec![Value::Obj(ty), ctor_args, state, it]))
}

fn is_deque(v: &Value) -> Option<&Deque> {
    v.as_obj().and_then(ext_ref::<Deque>)
}

fn add(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this_slot(vm, &args, "__add__")?;
    let other = exact(vm, &args, "__add__", 1)?;
    if is_deque(&other[0]).is_none() {
        return Err(vm.type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            vm.type_name(&other[0])
        )));
    }
    let new = copy_of(vm, &args.pos[0], d)?;
    let nd = is_deque(&new).ok_or_else(|| vm.type_error("copy() did not return a deque"))?;
    extend_right(vm, nd, &new, &other[0])?;
    Ok(new)
}

fn iadd(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this_slot(vm, &args, "__iadd__")?;
    let other = exact(vm, &args, "__iadd__", 1)?;
    extend_right(vm, d, &args.pos[0], &other[0])?;
    Ok(args.pos[0].clone())
}

/// The repeat count of `deque * n`: `Ok(None)` when `n` may still handle it (a class
/// with `__rmul__`, tried before a sequence's repeat as CPython's `binary_op1` does),
/// else the count or CPython's `sq_repeat` error.
fn repeat_count(vm: &Vm, n: &Value) -> PyResult<Option<Value>> {
    if as_int(n).is_some() {
        return Ok(Some(n.clone()));
    }
    let ty = vm.type_of(n);
    if types::lookup_str(vm, &ty, "__index__").is_some() {
        return number::index(vm, n).map(Some);
    }
    if type_data(&ty).heap_type && types::lookup_str(vm, &ty, "__rmul__").is_some() {
        return Ok(None);
    }
    Err(vm.type_error(format!(
        "can't multiply sequence by non-int of type '{}'",
        vm.type_name(n)
    )))
}

/// Repeat the deque's items in place `n` times, keeping only the last `maxlen`.
fn repeat_in_place(vm: &Vm, d: &Deque, n: &Value) -> PyResult<()> {
    let Some(n) = as_int(n) else {
        unreachable!("repeat_count gives an int");
    };
    let n = n
        .to_i64()
        .ok_or_else(|| vm.overflow_error("cannot fit 'int' into an index-sized integer"))?;
    let items = d.to_vec();
    if n <= 0 || items.is_empty() {
        d.clear_items();
        return Ok(());
    }
    let total = (items.len() as u128) * (n as u128);
    let keep = d.maxlen.get().map_or(total, |m| total.min(m as u128));
    if keep > (isize::MAX as u128) / 16 {
        return Err(vm.memory_error(""));
    }
    vm.precheck_alloc(keep * 16)?;
    let keep = keep as usize;
    let len = items.len();
    let total = total as usize;
    let mut out = VecDeque::with_capacity(keep);
    for k in (total - keep)..total {
        out.push_back(items[k % len].clone());
    }
    d.bump();
    let old = std::mem::replace(&mut *d.items.borrow_mut(), out);
    drop(old);
    Ok(())
}

fn mul(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this_slot(vm, &args, "__mul__")?;
    let n = exact(vm, &args, "__mul__", 1)?;
    let Some(n) = repeat_count(vm, &n[0])? else {
        return Ok(vm.not_implemented());
    };
    let new = copy_of(vm, &args.pos[0], d)?;
    let nd = is_deque(&new).ok_or_else(|| vm.type_error("copy() did not return a deque"))?;
    repeat_in_place(vm, nd, &n)?;
    Ok(new)
}

fn imul(vm: &Vm, args: Args) -> PyResult<Value> {
    let d = this_slot(vm, &args, "__imul__")?;
    let n = exact(vm, &args, "__imul__", 1)?;
    let Some(n) = repeat_count(vm, &n[0])? else {
        return Ok(vm.not_implemented());
    };
    repeat_in_place(vm, d, &n)?;
    Ok(args.pos[0].clone())
}

/// Rich comparison: deques compare like lists of their items; anything else is
/// NotImplemented.
fn rich(vm: &Vm, args: Args, name: &str, op: u32) -> PyResult<Value> {
    let d = this_slot(vm, &args, name)?;
    let other = exact(vm, &args, name, 1)?;
    let Some(o) = is_deque(&other[0]) else {
        return Ok(vm.not_implemented());
    };
    let a = vm.new_list(d.to_vec());
    let b = vm.new_list(o.to_vec());
    compare::rich_compare(vm, &a, &b, op)
}

fn cmp_eq(vm: &Vm, args: Args) -> PyResult<Value> {
    rich(vm, args, "__eq__", ferropy_bytecode::opcode::cmpop::EQ)
}
fn cmp_ne(vm: &Vm, args: Args) -> PyResult<Value> {
    rich(vm, args, "__ne__", ferropy_bytecode::opcode::cmpop::NE)
}
fn cmp_lt(vm: &Vm, args: Args) -> PyResult<Value> {
    rich(vm, args, "__lt__", ferropy_bytecode::opcode::cmpop::LT)
}
fn cmp_le(vm: &Vm, args: Args) -> PyResult<Value> {
    rich(vm, args, "__le__", ferropy_bytecode::opcode::cmpop::LE)
}
fn cmp_gt(vm: &Vm, args: Args) -> PyResult<Value> {
    rich(vm, args, "__gt__", ferropy_bytecode::opcode::cmpop::GT)
}
fn cmp_ge(vm: &Vm, args: Args) -> PyResult<Value> {
    rich(vm, args, "__ge__", ferropy_bytecode::opcode::cmpop::GE)
}

fn maxlen_get(vm: &Vm, v: &Value) -> PyResult<Value> {
    let d = is_deque(v).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor 'maxlen' for 'collections.deque' objects doesn't apply to a '{}' object",
            vm.type_name(v)
        ))
    })?;
    Ok(d.maxlen.get().map_or(Value::None, |m| Value::Int(m as i64)))
}
