//! The `itertools` module, ported from CPython 3.11's `Modules/itertoolsmodule.c`: every
//! iterator is a native type whose objects carry an `Ext` payload, with CPython's
//! constructors (argument checks and their exact messages), iteration semantics
//! (including the corner cases: `groupby` groups invalidated by advancing the outer
//! iterator, `tee` objects sharing a chunked buffer, `islice` dropping its source on the
//! first error) and reprs.
//!
//! Conventions shared by all types:
//! - each state struct implements `ItertoolsIter::step` (CPython's `tp_iternext`,
//!   `Ok(None)` meaning exhausted), used by both `__next__` and the `ExtPayload::next`
//!   fast path, so the two always agree;
//! - references live in `Slot`s or short-lived `RefCell` borrows: no borrow is held
//!   while Python code runs (a nested `next()`, a key function, a comparison) or while a
//!   reference is dropped (a finalizer may re-enter), so re-entrant use never panics;
//! - `traverse` visits every held value once, in the layout CPython's `tp_traverse`
//!   uses (`tee`'s shared buffer is its own object, `_tee_dataobject`, as in CPython).
//!
//! Differences from CPython, all due to the VM (see `new_type`): the types are flagged
//! as heap types, and their `__name__` is the plain name, so messages the VM formats
//! from a type's name say `'count'` where CPython says `'itertools.count'`.
//! Pickling (`__reduce__`/`__setstate__`) is not implemented: `__reduce__` raises
//! TypeError, so `copy.copy` fails loudly instead of returning a fresh iterator
//! (`_tee` keeps its `__copy__`).

use crate::module::ModuleBuilder;
use ferropy_bytecode::opcode::binop;
use ferropy_vm::dict::Dict;
use ferropy_vm::heap::ObjRef;
use ferropy_vm::object::{
    ext_ref, Args, ExtPayload, Layout, NativeFn, NativeFunction, Payload, Slots, TypeData,
};
use ferropy_vm::protocol::{attr, call, compare, iter, number, repr};
use ferropy_vm::types::int::as_int;
use ferropy_vm::types::{self, type_data, type_name};
use ferropy_vm::vm::as_str;
use ferropy_vm::{PyErr, PyResult, Value, Vm};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Create the `itertools` module (its types are created once per interpreter and shared
/// by every import, like CPython's single-phase module).
pub fn init(vm: &Vm) -> PyResult<ObjRef> {
    let t = types_of(vm);
    let m = ModuleBuilder::new(vm, "itertools");
    m.value("__doc__", vm.new_str(MODULE_DOC));
    for ty in t.exported() {
        m.value(&short_name(type_name(ty)), Value::Obj(ty.clone()));
    }
    let tee_fn = ObjRef::new(
        Some(vm.t.builtin_function.clone()),
        Payload::Native(Box::new(NativeFunction {
            name: "tee",
            func: tee,
            bound: None,
            owner: None,
            is_classmethod: false,
            doc: Some("Returns a tuple of n independent iterators."),
            needs_caller: false,
        })),
    );
    m.value("tee", Value::Obj(tee_fn));
    Ok(m.module.clone())
}

const MODULE_DOC: &str = "Functional tools for creating and using iterators.

Infinite iterators:
count(start=0, step=1) --> start, start+step, start+2*step, ...
cycle(p) --> p0, p1, ... plast, p0, p1, ...
repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times

Iterators terminating on the shortest input sequence:
accumulate(p[, func]) --> p0, p0+p1, p0+p1+p2
chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...
chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...
compress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...
dropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails
groupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)
filterfalse(pred, seq) --> elements of seq where pred(elem) is False
islice(seq, [start,] stop [, step]) --> elements from
       seq[start:stop:step]
pairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...
starmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...
tee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n
takewhile(pred, seq) --> seq[0], seq[1], until pred fails
zip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...

Combinatoric generators:
product(p, q, ... [repeat=1]) --> cartesian product
permutations(p[, r])
combinations(p, r)
combinations_with_replacement(p, r)
";

// ----- the type objects ---------------------------------------------------------------------

/// The type objects of one interpreter's `itertools`.
struct Types {
    accumulate: ObjRef,
    chain: ObjRef,
    combinations: ObjRef,
    cwr: ObjRef,
    compress: ObjRef,
    count: ObjRef,
    cycle: ObjRef,
    dropwhile: ObjRef,
    filterfalse: ObjRef,
    groupby: ObjRef,
    grouper: ObjRef,
    islice: ObjRef,
    pairwise: ObjRef,
    permutations: ObjRef,
    product: ObjRef,
    repeat: ObjRef,
    starmap: ObjRef,
    takewhile: ObjRef,
    tee: ObjRef,
    tee_data: ObjRef,
    zip_longest: ObjRef,
}

/// This interpreter's itertools types (the module's per-interpreter state, shared by
/// all its threads), created on first use.
fn types_of(vm: &Vm) -> Rc<Types> {
    vm.ext_state("itertools", || Types::new(vm))
}

impl Types {
    fn new(vm: &Vm) -> Types {
        let chain = iter_type::<Chain>(vm, CHAIN_DOC, chain_new);
        add_classmethod(
            vm,
            &chain,
            "from_iterable",
            chain_from_iterable,
            FROM_ITERABLE_DOC,
        );
        add_classmethod(
            vm,
            &chain,
            "__class_getitem__",
            chain_class_getitem,
            "See PEP 585",
        );
        let count = iter_type::<Count>(vm, COUNT_DOC, count_new);
        add_method::<Count>(vm, &count, "__repr__", count_repr, REPR_DOC);
        let repeat = iter_type::<Repeat>(vm, REPEAT_DOC, repeat_new);
        add_method::<Repeat>(vm, &repeat, "__repr__", repeat_repr, REPR_DOC);
        add_method::<Repeat>(vm, &repeat, "__length_hint__", repeat_length_hint, HINT_DOC);
        let groupby = type_with_next::<GroupBy>(vm, GROUPBY_DOC, groupby_new, groupby_next);
        let tee = iter_type::<Tee>(vm, TEE_DOC, tee_new);
        add_method::<Tee>(vm, &tee, "__copy__", tee_copy_method, COPY_DOC);
        let tee_data = new_type(vm, "_tee_dataobject", TEE_DATA_DOC);
        types::add_new(vm, &tee_data, tee_data_new);
        Types {
            accumulate: iter_type::<Accumulate>(vm, ACCUMULATE_DOC, accumulate_new),
            chain,
            combinations: iter_type::<Combinations>(vm, COMBINATIONS_DOC, combinations_new),
            cwr: iter_type::<Cwr>(vm, CWR_DOC, cwr_new),
            compress: iter_type::<Compress>(vm, COMPRESS_DOC, compress_new),
            count,
            cycle: iter_type::<Cycle>(vm, CYCLE_DOC, cycle_new),
            dropwhile: iter_type::<DropWhile>(vm, DROPWHILE_DOC, dropwhile_new),
            filterfalse: iter_type::<FilterFalse>(vm, FILTERFALSE_DOC, filterfalse_new),
            groupby,
            grouper: iter_type::<Grouper>(vm, None, grouper_new),
            islice: iter_type::<Islice>(vm, ISLICE_DOC, islice_new),
            pairwise: iter_type::<Pairwise>(vm, PAIRWISE_DOC, pairwise_new),
            permutations: iter_type::<Permutations>(vm, PERMUTATIONS_DOC, permutations_new),
            product: iter_type::<Product>(vm, PRODUCT_DOC, product_new),
            repeat,
            starmap: iter_type::<Starmap>(vm, STARMAP_DOC, starmap_new),
            takewhile: iter_type::<TakeWhile>(vm, TAKEWHILE_DOC, takewhile_new),
            tee,
            tee_data,
            zip_longest: iter_type::<ZipLongest>(vm, ZIP_LONGEST_DOC, zip_longest_new),
        }
    }

    /// The types the module exposes (all of them, as CPython's module dict does).
    fn exported(&self) -> [&ObjRef; 21] {
        [
            &self.grouper,
            &self.tee,
            &self.tee_data,
            &self.accumulate,
            &self.chain,
            &self.combinations,
            &self.cwr,
            &self.compress,
            &self.count,
            &self.cycle,
            &self.dropwhile,
            &self.filterfalse,
            &self.groupby,
            &self.islice,
            &self.pairwise,
            &self.permutations,
            &self.product,
            &self.repeat,
            &self.starmap,
            &self.takewhile,
            &self.zip_longest,
        ]
    }
}

/// A builtin type object named `itertools.<name>` (CPython's dotted `tp_name`: the VM
/// derives `__name__` and `__module__` from it) deriving from `object`, without instance
/// dicts. Its instances carry `Payload::Ext`, whose dunders the VM dispatches through the
/// type dict, and iterate through `ExtPayload::next` without a method lookup.
fn new_type(vm: &Vm, name: &str, doc: Option<&str>) -> ObjRef {
    let ty = ObjRef::new(
        Some(vm.t.type_.clone()),
        Payload::Type(Box::new(TypeData {
            name: RefCell::new(format!("itertools.{name}")),
            qualname: RefCell::new(format!("itertools.{name}")),
            bases: RefCell::new(vec![vm.t.object.clone()]),
            mro: RefCell::new(Vec::new()),
            dict: RefCell::new(Dict::new()),
            layout: Layout::Other,
            heap_type: false,
            has_instance_dict: false,
            slots: Cell::new(Slots::default()),
            subclasses: RefCell::new(Vec::new()),
            nslots: 0,
            instance_names: Default::default(),
            ctor_cache: RefCell::new(None),
        })),
    );
    *type_data(&ty).mro.borrow_mut() = vec![ty.clone(), vm.t.object.clone()];
    types::type_set(vm, &ty, "__module__", vm.new_str("itertools"));
    let doc = doc.map_or(Value::None, |d| vm.new_str(d));
    types::type_set(vm, &ty, "__doc__", doc);
    ty
}

const ITER_DOC: &str = "Implement iter(self).";
const NEXT_DOC: &str = "Implement next(self).";
const REPR_DOC: &str = "Return repr(self).";
const HINT_DOC: &str = "Private method returning an estimate of len(list(it)).";
const COPY_DOC: &str = "Returns an independent iterator.";
const TEE_DOC: Option<&str> = Some("Iterator wrapped to make it copyable.");
const FROM_ITERABLE_DOC: &str =
    "Alternative chain() constructor taking a single iterable argument that evaluates lazily.";

/// A type whose objects carry a `T`, with `__new__`, `__iter__`, `__next__` (one `step`)
/// and `__reduce__`.
fn iter_type<T: ItertoolsIter>(vm: &Vm, doc: Option<&str>, new: NativeFn) -> ObjRef {
    type_with_next::<T>(vm, doc, new, next_method::<T>)
}

/// A type whose objects carry a `T`, with the given `__new__` and `__next__`.
fn type_with_next<T: ItertoolsType>(
    vm: &Vm,
    doc: Option<&str>,
    new: NativeFn,
    next: NativeFn,
) -> ObjRef {
    let ty = new_type(vm, T::NAME, doc);
    types::add_new(vm, &ty, new);
    add_method::<T>(vm, &ty, "__iter__", iter_self::<T>, ITER_DOC);
    add_method::<T>(vm, &ty, "__next__", next, NEXT_DOC);
    add_method::<T>(vm, &ty, "__reduce__", reduce_unsupported::<T>, REDUCE_DOC);
    ty
}

/// Register a classmethod of `chain`.
fn add_classmethod(vm: &Vm, ty: &ObjRef, name: &'static str, func: NativeFn, doc: &'static str) {
    add_native(vm, ty, name, Chain::NAME, func, Some(doc), true);
}

/// Register a documented method of `T`'s type.
fn add_method<T: ItertoolsType>(
    vm: &Vm,
    ty: &ObjRef,
    name: &'static str,
    func: NativeFn,
    doc: &'static str,
) {
    add_native(vm, ty, name, T::NAME, func, Some(doc), false);
}

/// Register a native method (or classmethod) with its docstring, which
/// `types::add_method` cannot attach.
fn add_native(
    vm: &Vm,
    ty: &ObjRef,
    name: &'static str,
    owner: &'static str,
    func: NativeFn,
    doc: Option<&'static str>,
    is_classmethod: bool,
) {
    let f = ObjRef::new(
        Some(vm.t.builtin_function.clone()),
        Payload::Native(Box::new(NativeFunction {
            name,
            func,
            bound: None,
            owner: Some(owner),
            is_classmethod,
            doc,
            needs_caller: false,
        })),
    );
    types::type_set(vm, ty, name, Value::Obj(f));
}

/// Allocate an object of class `cls` carrying `state`.
fn new_object(cls: &ObjRef, state: impl ExtPayload) -> Value {
    Value::Obj(ObjRef::new(
        Some(cls.clone()),
        Payload::Ext(Box::new(state)),
    ))
}

// ----- shared machinery -----------------------------------------------------------------------

/// The state of an itertools object (its `Ext` payload).
trait ItertoolsType: ExtPayload + Sized {
    /// The type's name within the module (CPython's `tp_name` is `itertools.<NAME>`).
    const NAME: &'static str;
}

/// The state of an itertools iterator whose next item depends on that state alone.
trait ItertoolsIter: ItertoolsType {
    /// Produce the next item (CPython's `tp_iternext`): `Ok(None)` when exhausted.
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>>;
}

/// One reference an object holds, possibly absent (CPython's nullable `PyObject *`
/// field). A `Cell`, so reading, replacing and clearing it can never conflict with a
/// re-entrant use; a replaced value is dropped only after the slot is updated.
#[derive(Default)]
struct Slot(Cell<Option<Value>>);

impl Slot {
    fn new(v: Value) -> Slot {
        Slot(Cell::new(Some(v)))
    }

    /// A new reference to the value, if any.
    fn get(&self) -> Option<Value> {
        let v = self.0.take();
        let copy = v.clone();
        self.0.set(v);
        copy
    }

    /// Replace the value (CPython's `Py_XSETREF`).
    fn set(&self, v: Option<Value>) {
        drop(self.0.replace(v));
    }

    fn take(&self) -> Option<Value> {
        self.0.take()
    }

    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        let v = self.0.take();
        if let Some(x) = &v {
            visit(x);
        }
        self.0.set(v);
    }
}

/// Visit the values of a vector not currently being modified.
fn visit_all(values: &RefCell<Vec<Value>>, visit: &mut dyn FnMut(&Value)) {
    if let Ok(values) = values.try_borrow() {
        values.iter().for_each(visit);
    }
}

/// Empty a vector of values, dropping them after the borrow ends.
fn clear_all(values: &RefCell<Vec<Value>>) {
    let old = values.try_borrow_mut().map(|mut v| std::mem::take(&mut *v));
    drop(old);
}

/// `self` of a slot wrapper (`__next__`, `__iter__`, `__repr__`), with CPython's errors
/// for a missing or foreign `self`.
fn this<'a, T: ItertoolsType>(vm: &Vm, args: &Args<'a>, method: &str) -> PyResult<&'a T> {
    let Some(v) = args.pos.first() else {
        return Err(vm.type_error(format!(
            "descriptor '{method}' of 'itertools.{}' object needs an argument",
            T::NAME
        )));
    };
    v.as_obj().and_then(ext_ref::<T>).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{method}' requires a 'itertools.{}' object but received a '{}'",
            T::NAME,
            vm.type_name(v)
        ))
    })
}

/// `self` of a plain method (`__length_hint__`, `__copy__`), with CPython's errors.
fn this_method<'a, T: ItertoolsType>(vm: &Vm, args: &Args<'a>, method: &str) -> PyResult<&'a T> {
    let Some(v) = args.pos.first() else {
        return Err(vm.type_error(format!(
            "unbound method {}.{method}() needs an argument",
            T::NAME
        )));
    };
    v.as_obj().and_then(ext_ref::<T>).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{method}' for 'itertools.{}' objects doesn't apply to a '{}' object",
            T::NAME,
            vm.type_name(v)
        ))
    })
}

/// `__iter__`: the iterator itself.
fn iter_self<T: ItertoolsType>(vm: &Vm, args: Args) -> PyResult<Value> {
    this::<T>(vm, &args, "__iter__")?;
    Ok(args.pos[0].clone())
}

/// `__next__`: one `step`, StopIteration when exhausted.
fn next_method<T: ItertoolsIter>(vm: &Vm, args: Args) -> PyResult<Value> {
    let s = this::<T>(vm, &args, "__next__")?;
    s.step(vm)?.ok_or_else(|| vm.stop_iteration(Value::None))
}

const REDUCE_DOC: &str =
    "Not supported: raises TypeError (pickling itertools objects is not implemented).";

/// `__reduce__`: pickling is not implemented. Without this method, `copy.copy` would
/// fall back to `cls.__new__(cls)` and silently return a fresh iterator (CPython 3.11
/// pickles the state; 3.14 dropped that and raises like this).
fn reduce_unsupported<T: ItertoolsType>(vm: &Vm, args: Args) -> PyResult<Value> {
    this_method::<T>(vm, &args, "__reduce__")?;
    Err(vm.type_error(format!("cannot pickle 'itertools.{}' object", T::NAME)))
}

/// The class argument of `__new__` (checked to be `base` or a subclass of it, with the
/// errors of CPython's `tp_new` wrapper) and the arguments after it.
fn new_args<'a>(vm: &Vm, args: Args<'a>, base: &ObjRef) -> PyResult<(ObjRef, Args<'a>)> {
    let full = type_name(base);
    let Some(first) = args.pos.first() else {
        return Err(vm.type_error(format!("{full}.__new__(): not enough arguments")));
    };
    let Some(cls) = types::as_type(first) else {
        return Err(vm.type_error(format!(
            "{full}.__new__(X): X is not a type object ({})",
            vm.type_name(first)
        )));
    };
    if !vm.is_subtype(cls, base) {
        let name = type_name(cls);
        return Err(vm.type_error(format!(
            "{full}.__new__({name}): {name} is not a subtype of {full}"
        )));
    }
    let rest = Args {
        pos: &args.pos[1..],
        kwnames: args.kwnames,
        kwvalues: args.kwvalues,
    };
    Ok((cls.clone(), rest))
}

/// Reject keyword arguments as a positional-only constructor does: only when `cls` is the
/// type itself or a subclass that does not define its own `__init__` (CPython's
/// `type == &X_type || type->tp_init == X_type.tp_init` guard).
fn no_keywords(vm: &Vm, name: &str, cls: &ObjRef, base: &ObjRef, args: &Args) -> PyResult<()> {
    if !args.has_kwargs() {
        return Ok(());
    }
    let own_init = !cls.is(base) && {
        let mine = types::lookup_str(vm, cls, "__init__");
        let base_init = types::lookup_str(vm, base, "__init__");
        !matches!((mine, base_init), (Some(a), Some(b)) if a.is(&b))
    };
    if own_init {
        return Ok(());
    }
    Err(vm.type_error(format!("{name}() takes no keyword arguments")))
}

/// CPython's `_PyArg_CheckPositional`.
pub(crate) fn check_positional(
    vm: &Vm,
    name: &str,
    n: usize,
    min: usize,
    max: usize,
) -> PyResult<()> {
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        let at_least = if min == max { "" } else { "at least " };
        return Err(vm.type_error(format!(
            "{name} expected {at_least}{min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        let at_most = if min == max { "" } else { "at most " };
        return Err(vm.type_error(format!(
            "{name} expected {at_most}{max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(())
}

/// Argument Clinic's keyword parser (`_PyArg_UnpackKeywords`): `names` are the parameters
/// in order, the first `maxpos` may be passed by position and the first `required` must
/// be given. One entry per name, `None` where not given.
fn parse_kw(
    vm: &Vm,
    fname: &str,
    args: &Args,
    names: &[&str],
    required: usize,
    maxpos: usize,
) -> PyResult<Vec<Option<Value>>> {
    let nargs = args.pos.len();
    let nkw = args.kwnames.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if nargs + nkw > names.len() {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {} {}argument{} ({} given)",
            names.len(),
            if nargs == 0 { "keyword " } else { "" },
            plural(names.len()),
            nargs + nkw
        )));
    }
    if nargs > maxpos {
        return Err(vm.type_error(format!(
            "{fname}() takes {} {maxpos} positional argument{} ({nargs} given)",
            if required.min(maxpos) < maxpos {
                "at most"
            } else {
                "exactly"
            },
            plural(maxpos)
        )));
    }
    let keyword = |name: &str| {
        args.kwnames
            .iter()
            .position(|k| as_str(k) == Some(name))
            .map(|i| args.kwvalues[i].clone())
    };
    let mut out = Vec::with_capacity(names.len());
    let mut used = 0;
    for (i, name) in names.iter().enumerate() {
        let v = if i < nargs {
            Some(args.pos[i].clone())
        } else {
            let v = keyword(name);
            used += v.is_some() as usize;
            v
        };
        if v.is_none() && i < required {
            return Err(vm.type_error(format!(
                "{fname}() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
        out.push(v);
    }
    if used < nkw {
        for (i, name) in names.iter().enumerate().take(nargs) {
            if keyword(name).is_some() {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
        }
        for k in args.kwnames {
            let k = as_str(k).unwrap_or("");
            if !names.contains(&k) {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )));
            }
        }
    }
    Ok(out)
}

/// Argument Clinic's `Py_ssize_t` converter (`PyNumber_AsSsize_t(v, OverflowError)`).
fn as_ssize(vm: &Vm, v: &Value) -> PyResult<i64> {
    let i = number::index(vm, v)?;
    as_int(&i)
        .and_then(|i| i.to_i64())
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))
}

/// `PySequence_Tuple(v)`: `v` itself if it is exactly a tuple.
fn to_tuple(vm: &Vm, v: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        if matches!(o.payload(), Payload::Tuple(_)) && vm.type_of_obj(o).is(&vm.t.tuple) {
            return Ok(v.clone());
        }
    }
    Ok(vm.new_tuple(iter::collect(vm, v)?))
}

/// The items of a tuple (empty for anything else).
fn tuple_items(v: &Value) -> &[Value] {
    match v {
        Value::Obj(o) => match o.payload() {
            Payload::Tuple(items) => items,
            _ => &[],
        },
        _ => &[],
    }
}

/// `MemoryError()`, as CPython's `PyErr_NoMemory`.
fn no_memory(vm: &Vm) -> PyErr {
    vm.new_error_noargs(&vm.exc.memory_error.clone())
}

/// A vector with room for `n` indices, or MemoryError where CPython's `PyMem_New` fails.
fn alloc_indices(vm: &Vm, n: i64) -> PyResult<Vec<usize>> {
    let n = usize::try_from(n).map_err(|_| no_memory(vm))?;
    if n > isize::MAX as usize / std::mem::size_of::<usize>() {
        return Err(no_memory(vm));
    }
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| no_memory(vm))?;
    Ok(v)
}

/// `PyNumber_Check`: ints, floats, complex numbers and anything with `__index__`,
/// `__int__` or `__float__`.
fn is_number(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) => true,
        Value::None | Value::Null => false,
        Value::Obj(o) => {
            if matches!(
                o.payload(),
                Payload::BigInt(_) | Payload::Float(_) | Payload::Complex(..)
            ) {
                return true;
            }
            let ty = vm.type_of_obj(o);
            ["__index__", "__int__", "__float__"]
                .iter()
                .any(|m| types::lookup_str(vm, &ty, m).is_some())
        }
    }
}

/// The truth value of `func(item)` (a predicate call).
fn call_truthy(vm: &Vm, func: &Value, item: &Value) -> PyResult<bool> {
    let r = call::call(vm, func, std::slice::from_ref(item))?;
    number::truthy(vm, &r)
}

/// `iter::next` on an optional iterator (absent after `clear`: exhausted).
fn next_of(vm: &Vm, it: &Option<Value>) -> PyResult<Option<Value>> {
    match it {
        Some(it) => iter::next(vm, it),
        None => Ok(None),
    }
}

/// The repr name of `obj`'s class (CPython's `_PyType_Name(Py_TYPE(obj))`).
fn class_name(vm: &Vm, obj: &Value) -> String {
    short_name(vm.type_name(obj))
}

/// A type's `__name__` from its full name (`itertools.count` -> `count`).
fn short_name(full: String) -> String {
    match full.rfind('.') {
        Some(i) => full[i + 1..].to_string(),
        None => full,
    }
}

/// A `step` result for `ExtPayload::next`: a StopIteration raised inside (say, by the
/// function `starmap` calls) ends the iteration, as a NULL `tp_iternext` result with
/// StopIteration set does in CPython.
fn fast_next(vm: &Vm, r: PyResult<Option<Value>>) -> PyResult<Option<Value>> {
    match r {
        Err(e) if vm.err_matches(&e, &vm.exc.stop_iteration) => Ok(None),
        r => r,
    }
}

/// Declare `$t` as the state of the itertools type `$name`: implement `ItertoolsType`
/// and `ExtPayload` (`as_any`, the given `traverse`/`clear` bodies, and the `next` fast
/// path through `ItertoolsIter::step`).
macro_rules! ext_payload {
    ($t:ty, $name:literal, |$s:ident, $visit:ident| $traverse:block, |$c:ident| $clear:block) => {
        impl ItertoolsType for $t {
            const NAME: &'static str = $name;
        }

        impl ExtPayload for $t {
            fn as_any(&self) -> &dyn std::any::Any {
                self
            }
            fn traverse(&self, $visit: &mut dyn FnMut(&Value)) {
                let $s = self;
                $traverse
            }
            fn clear(&self) {
                let $c = self;
                $clear
            }
            fn next(&self, vm: &Vm) -> Option<PyResult<Option<Value>>> {
                Some(fast_next(vm, self.step(vm)))
            }
        }
    };
}

// ----- count ------------------------------------------------------------------------------

const COUNT_DOC: Option<&str> = Some(
    "Return a count object whose .__next__() method returns consecutive values.

Equivalent to:
    def count(firstval=0, step=1):
        x = firstval
        while 1:
            yield x
            x += step",
);

/// `cnt` value meaning "slow mode": the count is the Python number in `long_cnt`.
const SLOW: i64 = i64::MAX;

/// `count(start=0, step=1)`. Like CPython, it counts in a machine integer while the step
/// is 1 and the count fits ("fast mode"), and with Python addition otherwise.
struct Count {
    /// The next value in fast mode, or `SLOW`.
    cnt: Cell<i64>,
    /// The next value in slow mode; absent right after fast mode reached `sys.maxsize`
    /// (then the next value is `sys.maxsize`, and the repr shows `<NULL>` as CPython's).
    long_cnt: Slot,
    step: Slot,
}

impl ItertoolsIter for Count {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let cnt = self.cnt.get();
        if cnt != SLOW {
            self.cnt.set(cnt + 1);
            return Ok(Some(Value::Int(cnt)));
        }
        let cur = self.long_cnt.get().unwrap_or(Value::Int(SLOW));
        let step = self.step.get().unwrap_or(Value::None);
        let next = number::binary_op(vm, &cur, &step, binop::ADD)?;
        self.long_cnt.set(Some(next));
        Ok(Some(cur))
    }
}

ext_payload!(
    Count,
    "count",
    |s, visit| {
        s.long_cnt.visit(visit);
        s.step.visit(visit);
    },
    |s| {
        s.long_cnt.set(None);
        s.step.set(None);
    }
);

fn count_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let (cls, args) = new_args(vm, args, &types_of(vm).count)?;
    let a = parse_kw(vm, "count", &args, &["start", "step"], 0, 2)?;
    let (start, step) = (a[0].clone(), a[1].clone());
    if start.iter().chain(step.iter()).any(|v| !is_number(vm, v)) {
        return Err(vm.type_error("a number is required"));
    }
    let mut fast = start.iter().chain(step.iter()).all(|v| as_int(v).is_some());
    let mut cnt = 0;
    if let Some(s) = &start {
        if fast {
            match as_int(s).and_then(|i| i.to_i64()) {
                Some(n) => cnt = n,
                None => fast = false,
            }
        }
    }
    let step = step.unwrap_or(Value::Int(1));
    if fast && as_int(&step).and_then(|i| i.to_i64()) != Some(1) {
        fast = false;
    }
    let long_cnt = if fast {
        Slot::default()
    } else {
        cnt = SLOW;
        Slot::new(start.unwrap_or(Value::Int(0)))
    };
    Ok(new_object(
        &cls,
        Count {
            cnt: Cell::new(cnt),
            long_cnt,
            step: Slot::new(step),
        },
    ))
}

fn count_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let c = this::<Count>(vm, &args, "__repr__")?;
    let name = class_name(vm, &args.pos[0]);
    let cnt = c.cnt.get();
    if cnt != SLOW {
        return Ok(vm.new_string(format!("{name}({cnt})")));
    }
    let cnt = match c.long_cnt.get() {
        Some(v) => repr::repr(vm, &v)?,
        None => "<NULL>".to_string(),
    };
    let step = c.step.get().unwrap_or(Value::None);
    if as_int(&step).and_then(|i| i.to_i64()) == Some(1) {
        return Ok(vm.new_string(format!("{name}({cnt})")));
    }
    Ok(vm.new_string(format!("{name}({cnt}, {})", repr::repr(vm, &step)?)))
}

// ----- cycle ------------------------------------------------------------------------------

const CYCLE_DOC: Option<&str> = Some(
    "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.",
);

/// `cycle(iterable)`: the first pass saves the items, later passes replay them.
struct Cycle {
    /// The source, until it is exhausted.
    it: Slot,
    saved: RefCell<Vec<Value>>,
    index: Cell<usize>,
}

impl ItertoolsIter for Cycle {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        if let Some(it) = self.it.get() {
            match iter::next(vm, &it)? {
                Some(item) => {
                    self.saved.borrow_mut().push(item.clone());
                    return Ok(Some(item));
                }
                None => self.it.set(None),
            }
        }
        let saved = self.saved.borrow();
        let i = self.index.get();
        let Some(item) = saved.get(i).or_else(|| saved.first()).cloned() else {
            return Ok(None);
        };
        self.index.set(if i + 1 >= saved.len() { 0 } else { i + 1 });
        Ok(Some(item))
    }
}

ext_payload!(
    Cycle,
    "cycle",
    |s, visit| {
        s.it.visit(visit);
        visit_all(&s.saved, visit);
    },
    |s| {
        s.it.set(None);
        clear_all(&s.saved);
    }
);

fn cycle_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let base = types_of(vm).cycle.clone();
    let (cls, args) = new_args(vm, args, &base)?;
    no_keywords(vm, "cycle", &cls, &base, &args)?;
    check_positional(vm, "cycle", args.pos.len(), 1, 1)?;
    let it = iter::get_iter(vm, &args.pos[0])?;
    Ok(new_object(
        &cls,
        Cycle {
            it: Slot::new(it),
            saved: RefCell::new(Vec::new()),
            index: Cell::new(0),
        },
    ))
}

// ----- repeat -----------------------------------------------------------------------------

const REPEAT_DOC: Option<&str> = Some(
    "repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly.",
);

/// `repeat(object[, times])`.
struct Repeat {
    element: Slot,
    /// Repetitions left; -1 for endless.
    cnt: Cell<i64>,
}

impl ItertoolsIter for Repeat {
    fn step(&self, _vm: &Vm) -> PyResult<Option<Value>> {
        let cnt = self.cnt.get();
        if cnt == 0 {
            return Ok(None);
        }
        if cnt > 0 {
            self.cnt.set(cnt - 1);
        }
        Ok(self.element.get())
    }
}

ext_payload!(
    Repeat,
    "repeat",
    |s, visit| {
        s.element.visit(visit);
    },
    |s| {
        s.element.set(None);
    }
);

fn repeat_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let (cls, args) = new_args(vm, args, &types_of(vm).repeat)?;
    let a = parse_kw(vm, "repeat", &args, &["object", "times"], 1, 2)?;
    let element = a[0].clone().unwrap_or(Value::None);
    let cnt = match &a[1] {
        // A given negative count means zero repetitions; only an absent one is endless.
        Some(times) => as_ssize(vm, times)?.max(0),
        None => -1,
    };
    Ok(new_object(
        &cls,
        Repeat {
            element: Slot::new(element),
            cnt: Cell::new(cnt),
        },
    ))
}

fn repeat_repr(vm: &Vm, args: Args) -> PyResult<Value> {
    let r = this::<Repeat>(vm, &args, "__repr__")?;
    let name = class_name(vm, &args.pos[0]);
    let element = repr::repr(vm, &r.element.get().unwrap_or(Value::None))?;
    Ok(vm.new_string(match r.cnt.get() {
        -1 => format!("{name}({element})"),
        n => format!("{name}({element}, {n})"),
    }))
}

fn repeat_length_hint(vm: &Vm, args: Args) -> PyResult<Value> {
    let r = this_method::<Repeat>(vm, &args, "__length_hint__")?;
    match r.cnt.get() {
        -1 => Err(vm.type_error("len() of unsized object")),
        n => Ok(Value::Int(n)),
    }
}

// ----- accumulate -------------------------------------------------------------------------

const ACCUMULATE_DOC: Option<&str> =
    Some("Return series of accumulated sums (or other binary function results).");

/// `accumulate(iterable, func=None, *, initial=None)`.
struct Accumulate {
    it: Slot,
    /// The binary function; absent for `+`.
    binop: Slot,
    /// The running total; absent before the first item.
    total: Slot,
    /// The initial value, until it has been produced.
    initial: Slot,
}

impl ItertoolsIter for Accumulate {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        if let Some(initial) = self.initial.take() {
            self.total.set(Some(initial.clone()));
            return Ok(Some(initial));
        }
        let Some(val) = next_of(vm, &self.it.get())? else {
            return Ok(None);
        };
        let Some(total) = self.total.get() else {
            self.total.set(Some(val.clone()));
            return Ok(Some(val));
        };
        let new = match self.binop.get() {
            None => number::binary_op(vm, &total, &val, binop::ADD)?,
            Some(f) => call::call(vm, &f, &[total, val])?,
        };
        self.total.set(Some(new.clone()));
        Ok(Some(new))
    }
}

ext_payload!(
    Accumulate,
    "accumulate",
    |s, visit| {
        s.it.visit(visit);
        s.binop.visit(visit);
        s.total.visit(visit);
        s.initial.visit(visit);
    },
    |s| {
        s.it.set(None);
        s.binop.set(None);
        s.total.set(None);
        s.initial.set(None);
    }
);

fn accumulate_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let (cls, args) = new_args(vm, args, &types_of(vm).accumulate)?;
    let a = parse_kw(
        vm,
        "accumulate",
        &args,
        &["iterable", "func", "initial"],
        1,
        2,
    )?;
    let it = iter::get_iter(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let not_none = |v: &Option<Value>| v.clone().filter(|v| !v.is_none());
    Ok(new_object(
        &cls,
        Accumulate {
            it: Slot::new(it),
            binop: Slot(Cell::new(not_none(&a[1]))),
            total: Slot::default(),
            initial: Slot(Cell::new(not_none(&a[2]))),
        },
    ))
}

// ----- chain ------------------------------------------------------------------------------

const CHAIN_DOC: Option<&str> = Some(
    "chain(*iterables) --> chain object

Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted.",
);

/// `chain(*iterables)` and `chain.from_iterable(iterables)`.
struct Chain {
    /// Iterator over the iterables; dropped once it is exhausted or fails.
    source: Slot,
    /// Iterator over the current iterable.
    active: Slot,
}

impl ItertoolsIter for Chain {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        loop {
            let Some(source) = self.source.get() else {
                return Ok(None);
            };
            let active = match self.active.get() {
                Some(a) => a,
                None => {
                    let iterable = match iter::next(vm, &source) {
                        Ok(Some(x)) => x,
                        Ok(None) => {
                            self.source.set(None);
                            return Ok(None);
                        }
                        Err(e) => {
                            self.source.set(None);
                            return Err(e);
                        }
                    };
                    match iter::get_iter(vm, &iterable) {
                        Ok(a) => {
                            self.active.set(Some(a.clone()));
                            a
                        }
                        Err(e) => {
                            self.source.set(None);
                            return Err(e);
                        }
                    }
                }
            };
            if let Some(item) = iter::next(vm, &active)? {
                return Ok(Some(item));
            }
            self.active.set(None);
        }
    }
}

ext_payload!(
    Chain,
    "chain",
    |s, visit| {
        s.source.visit(visit);
        s.active.visit(visit);
    },
    |s| {
        s.source.set(None);
        s.active.set(None);
    }
);

fn chain_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let base = types_of(vm).chain.clone();
    let (cls, args) = new_args(vm, args, &base)?;
    no_keywords(vm, "chain", &cls, &base, &args)?;
    let source = iter::get_iter(vm, &vm.new_tuple(args.pos.to_vec()))?;
    Ok(new_chain(&cls, source))
}

fn new_chain(cls: &ObjRef, source: Value) -> Value {
    new_object(
        cls,
        Chain {
            source: Slot::new(source),
            active: Slot::default(),
        },
    )
}

/// The class a classmethod of `chain` was called on, checked like CPython's descriptor.
fn chain_cls<'a>(vm: &Vm, args: &Args<'a>, method: &str) -> PyResult<&'a ObjRef> {
    let base = types_of(vm).chain.clone();
    args.pos
        .first()
        .and_then(types::as_type)
        .filter(|c| vm.is_subtype(c, &base))
        .ok_or_else(|| {
            let got =
                args.pos
                    .first()
                    .map_or("NoneType".to_string(), |v| match types::as_type(v) {
                        Some(t) => type_name(t),
                        None => vm.type_name(v),
                    });
            vm.type_error(format!(
                "descriptor '{method}' requires a subtype of 'itertools.chain' but received '{got}'"
            ))
        })
}

/// `chain.from_iterable(iterable)`.
fn chain_from_iterable(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = chain_cls(vm, &args, "from_iterable")?;
    call::no_kwargs(vm, "chain.from_iterable", &args)?;
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "chain.from_iterable() takes exactly one argument ({} given)",
            args.pos.len() - 1
        )));
    }
    let source = iter::get_iter(vm, &args.pos[1])?;
    Ok(new_chain(cls, source))
}

/// `chain[T]`: a `types.GenericAlias`.
fn chain_class_getitem(vm: &Vm, args: Args) -> PyResult<Value> {
    let cls = chain_cls(vm, &args, "__class_getitem__")?;
    call::no_kwargs(vm, "chain.__class_getitem__", &args)?;
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "chain.__class_getitem__() takes exactly one argument ({} given)",
            args.pos.len() - 1
        )));
    }
    Ok(types::class::generic_alias(vm, cls, &args.pos[1]))
}

// ----- compress ---------------------------------------------------------------------------

const COMPRESS_DOC: Option<&str> = Some(
    "Return data elements corresponding to true selector elements.

Forms a shorter iterator from selected data elements using the selectors to
choose the data elements.",
);

/// `compress(data, selectors)`.
struct Compress {
    data: Slot,
    selectors: Slot,
}

impl ItertoolsIter for Compress {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        loop {
            let Some(datum) = next_of(vm, &self.data.get())? else {
                return Ok(None);
            };
            let Some(selector) = next_of(vm, &self.selectors.get())? else {
                return Ok(None);
            };
            if number::truthy(vm, &selector)? {
                return Ok(Some(datum));
            }
        }
    }
}

ext_payload!(
    Compress,
    "compress",
    |s, visit| {
        s.data.visit(visit);
        s.selectors.visit(visit);
    },
    |s| {
        s.data.set(None);
        s.selectors.set(None);
    }
);

fn compress_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let (cls, args) = new_args(vm, args, &types_of(vm).compress)?;
    let a = parse_kw(vm, "compress", &args, &["data", "selectors"], 2, 2)?;
    let data = iter::get_iter(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let selectors = iter::get_iter(vm, a[1].as_ref().unwrap_or(&Value::None))?;
    Ok(new_object(
        &cls,
        Compress {
            data: Slot::new(data),
            selectors: Slot::new(selectors),
        },
    ))
}

// ----- dropwhile, takewhile, filterfalse, starmap -------------------------------------------

const DROPWHILE_DOC: Option<&str> = Some(
    "Drop items from the iterable while predicate(item) is true.

Afterwards, return every element until the iterable is exhausted.",
);
const TAKEWHILE_DOC: Option<&str> = Some(
    "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.",
);
const FILTERFALSE_DOC: Option<&str> = Some(
    "Return those items of iterable for which function(item) is false.

If function is None, return the items that are false.",
);
const STARMAP_DOC: Option<&str> = Some(
    "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.",
);

/// The two references of `dropwhile`, `takewhile`, `filterfalse` and `starmap`.
struct FuncIter {
    func: Slot,
    it: Slot,
}

impl FuncIter {
    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        self.func.visit(visit);
        self.it.visit(visit);
    }

    fn clear(&self) {
        self.func.set(None);
        self.it.set(None);
    }

    fn func(&self) -> Value {
        self.func.get().unwrap_or(Value::None)
    }
}

/// Parse `(function, iterable)` for a positional-only constructor and build `T`.
fn func_iter_new<T: ItertoolsIter>(
    vm: &Vm,
    args: Args,
    base: &ObjRef,
    make: impl FnOnce(FuncIter) -> T,
) -> PyResult<Value> {
    let (cls, args) = new_args(vm, args, base)?;
    no_keywords(vm, T::NAME, &cls, base, &args)?;
    check_positional(vm, T::NAME, args.pos.len(), 2, 2)?;
    let it = iter::get_iter(vm, &args.pos[1])?;
    let f = FuncIter {
        func: Slot::new(args.pos[0].clone()),
        it: Slot::new(it),
    };
    Ok(new_object(&cls, make(f)))
}

/// `dropwhile(predicate, iterable)`.
struct DropWhile {
    f: FuncIter,
    /// The predicate has failed once: pass everything through.
    started: Cell<bool>,
}

impl ItertoolsIter for DropWhile {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let it = self.f.it.get();
        loop {
            let Some(item) = next_of(vm, &it)? else {
                return Ok(None);
            };
            if self.started.get() {
                return Ok(Some(item));
            }
            if !call_truthy(vm, &self.f.func(), &item)? {
                self.started.set(true);
                return Ok(Some(item));
            }
        }
    }
}

ext_payload!(
    DropWhile,
    "dropwhile",
    |s, visit| { s.f.visit(visit) },
    |s| { s.f.clear() }
);

fn dropwhile_new(vm: &Vm, args: Args) -> PyResult<Value> {
    func_iter_new(vm, args, &types_of(vm).dropwhile, |f| DropWhile {
        f,
        started: Cell::new(false),
    })
}

/// `takewhile(predicate, iterable)`.
struct TakeWhile {
    f: FuncIter,
    /// The predicate has failed: exhausted for good.
    stopped: Cell<bool>,
}

impl ItertoolsIter for TakeWhile {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        if self.stopped.get() {
            return Ok(None);
        }
        let Some(item) = next_of(vm, &self.f.it.get())? else {
            return Ok(None);
        };
        if call_truthy(vm, &self.f.func(), &item)? {
            return Ok(Some(item));
        }
        self.stopped.set(true);
        Ok(None)
    }
}

ext_payload!(
    TakeWhile,
    "takewhile",
    |s, visit| { s.f.visit(visit) },
    |s| { s.f.clear() }
);

fn takewhile_new(vm: &Vm, args: Args) -> PyResult<Value> {
    func_iter_new(vm, args, &types_of(vm).takewhile, |f| TakeWhile {
        f,
        stopped: Cell::new(false),
    })
}

/// `filterfalse(function or None, iterable)`.
struct FilterFalse {
    f: FuncIter,
}

impl ItertoolsIter for FilterFalse {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let it = self.f.it.get();
        let func = self.f.func();
        let plain = func.is_none() || func.as_obj().is_some_and(|f| f.is(&vm.t.bool));
        loop {
            let Some(item) = next_of(vm, &it)? else {
                return Ok(None);
            };
            let ok = if plain {
                number::truthy(vm, &item)?
            } else {
                call_truthy(vm, &func, &item)?
            };
            if !ok {
                return Ok(Some(item));
            }
        }
    }
}

ext_payload!(
    FilterFalse,
    "filterfalse",
    |s, visit| { s.f.visit(visit) },
    |s| { s.f.clear() }
);

fn filterfalse_new(vm: &Vm, args: Args) -> PyResult<Value> {
    func_iter_new(vm, args, &types_of(vm).filterfalse, |f| FilterFalse { f })
}

/// `starmap(function, iterable)`.
struct Starmap {
    f: FuncIter,
}

impl ItertoolsIter for Starmap {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let Some(args) = next_of(vm, &self.f.it.get())? else {
            return Ok(None);
        };
        let args = to_tuple(vm, &args)?;
        call::call(vm, &self.f.func(), tuple_items(&args)).map(Some)
    }
}

ext_payload!(Starmap, "starmap", |s, visit| { s.f.visit(visit) }, |s| {
    s.f.clear()
});

fn starmap_new(vm: &Vm, args: Args) -> PyResult<Value> {
    func_iter_new(vm, args, &types_of(vm).starmap, |f| Starmap { f })
}

// ----- groupby and _grouper -----------------------------------------------------------------

const GROUPBY_DOC: Option<&str> = Some(
    "make an iterator that returns consecutive keys and groups from the iterable

  iterable
    Elements to divide into groups according to the key function.
  key
    A function for computing the group category for each element.
    If the key function is not specified or is None, the element itself
    is used for grouping.",
);

/// `groupby(iterable, key=None)`. The groups (`_grouper` objects) read the shared
/// `currkey`/`currvalue`; only the most recent group is live (`currgrouper`), so
/// advancing the groupby empties the groups handed out before.
struct GroupBy {
    it: Slot,
    /// The key function; None for identity.
    keyfunc: Slot,
    /// The key of the current group.
    tgtkey: Slot,
    /// The key and value of the item read ahead.
    currkey: Slot,
    currvalue: Slot,
    /// The id of the live `_grouper` (0: none). CPython compares a borrowed pointer.
    currgrouper: Cell<u64>,
    /// The last id handed out.
    last_id: Cell<u64>,
}

impl GroupBy {
    /// Read the next item and its key into `currvalue`/`currkey` (CPython's
    /// `groupby_step`); false when the source is exhausted.
    fn advance(&self, vm: &Vm) -> PyResult<bool> {
        let Some(value) = next_of(vm, &self.it.get())? else {
            return Ok(false);
        };
        let key = match self.keyfunc.get() {
            None | Some(Value::None) => value.clone(),
            Some(f) => call::call(vm, &f, std::slice::from_ref(&value))?,
        };
        self.currvalue.set(Some(value));
        self.currkey.set(Some(key));
        Ok(true)
    }

    fn slots(&self) -> [&Slot; 5] {
        let s = self;
        [&s.it, &s.keyfunc, &s.tgtkey, &s.currkey, &s.currvalue]
    }

    /// A new live group for key `tgtkey`.
    fn new_grouper(&self, vm: &Vm, this: &Value, tgtkey: Value) -> Value {
        let id = self.last_id.get().wrapping_add(1).max(1);
        self.last_id.set(id);
        self.currgrouper.set(id);
        new_object(
            &types_of(vm).grouper,
            Grouper {
                parent: Slot::new(this.clone()),
                tgtkey: Slot::new(tgtkey),
                id,
            },
        )
    }
}

impl ItertoolsType for GroupBy {
    const NAME: &'static str = "groupby";
}

impl ExtPayload for GroupBy {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.slots().iter().for_each(|s| s.visit(visit));
    }

    fn clear(&self) {
        self.slots().iter().for_each(|s| s.set(None));
    }

    // No `next` fast path: `ExtPayload::next` does not receive the object, which each
    // group must reference; `__next__` is used instead.
}

fn groupby_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let (cls, args) = new_args(vm, args, &types_of(vm).groupby)?;
    let a = parse_kw(vm, "groupby", &args, &["iterable", "key"], 1, 2)?;
    let keyfunc = a[1].clone().unwrap_or(Value::None);
    let it = iter::get_iter(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    Ok(new_object(
        &cls,
        GroupBy {
            it: Slot::new(it),
            keyfunc: Slot::new(keyfunc),
            tgtkey: Slot::default(),
            currkey: Slot::default(),
            currvalue: Slot::default(),
            currgrouper: Cell::new(0),
            last_id: Cell::new(0),
        },
    ))
}

/// `groupby.__next__`: skip the rest of the current group, then return
/// `(key, group)` for the next one.
fn groupby_next(vm: &Vm, args: Args) -> PyResult<Value> {
    let gb = this::<GroupBy>(vm, &args, "__next__")?;
    gb.currgrouper.set(0);
    loop {
        if let Some(currkey) = gb.currkey.get() {
            match gb.tgtkey.get() {
                None => break,
                Some(tgtkey) => {
                    if !compare::eq(vm, &tgtkey, &currkey)? {
                        break;
                    }
                }
            }
        }
        if !gb.advance(vm)? {
            return Err(vm.stop_iteration(Value::None));
        }
    }
    let key = gb
        .currkey
        .get()
        .ok_or_else(|| vm.stop_iteration(Value::None))?;
    gb.tgtkey.set(Some(key.clone()));
    let group = gb.new_grouper(vm, &args.pos[0], key.clone());
    Ok(vm.new_tuple(vec![key, group]))
}

/// `_grouper`: one group of a `groupby`.
struct Grouper {
    parent: Slot,
    tgtkey: Slot,
    /// Live while the parent's `currgrouper` is this id.
    id: u64,
}

impl ItertoolsIter for Grouper {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let Some(parent) = self.parent.get() else {
            return Ok(None);
        };
        let Some(gb) = parent.as_obj().and_then(ext_ref::<GroupBy>) else {
            return Ok(None);
        };
        if gb.currgrouper.get() != self.id {
            return Ok(None);
        }
        if gb.currvalue.get().is_none() && !gb.advance(vm)? {
            return Ok(None);
        }
        let (Some(tgtkey), Some(currkey)) = (self.tgtkey.get(), gb.currkey.get()) else {
            return Ok(None);
        };
        if !compare::eq(vm, &tgtkey, &currkey)? {
            return Ok(None);
        }
        let value = gb.currvalue.take();
        gb.currkey.set(None);
        Ok(value)
    }
}

ext_payload!(
    Grouper,
    "_grouper",
    |s, visit| {
        s.parent.visit(visit);
        s.tgtkey.visit(visit);
    },
    |s| {
        s.parent.set(None);
        s.tgtkey.set(None);
    }
);

/// `_grouper(parent, tgtkey)`: a new live group of `parent`.
fn grouper_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let t = types_of(vm);
    let (cls, args) = new_args(vm, args, &t.grouper)?;
    no_keywords(vm, "_grouper", &cls, &t.grouper, &args)?;
    check_positional(vm, "_grouper", args.pos.len(), 2, 2)?;
    let parent = &args.pos[0];
    let gb = parent
        .as_obj()
        .filter(|_| vm.is_instance(parent, &t.groupby))
        .and_then(ext_ref::<GroupBy>)
        .ok_or_else(|| {
            vm.type_error(format!(
                "_grouper() argument 1 must be itertools.groupby, not {}",
                vm.type_name(parent)
            ))
        })?;
    Ok(gb.new_grouper(vm, parent, args.pos[1].clone()))
}

// ----- islice -----------------------------------------------------------------------------

const ISLICE_DOC: Option<&str> = Some(
    "islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object

Return an iterator whose next() method returns selected values from an
iterable.  If start is specified, will skip all preceding elements;
otherwise, start defaults to zero.  Step defaults to one.  If
specified as another value, step determines how many values are
skipped between successive calls.  Works like a slice() on a list
but returns an iterator.",
);

const ISLICE_STOP_ERR: &str =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const ISLICE_INDEX_ERR: &str =
    "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const ISLICE_STEP_ERR: &str = "Step for islice() must be a positive integer or None.";

/// `islice(iterable, [start,] stop[, step])`.
struct Islice {
    /// The source; dropped on exhaustion or error.
    it: Slot,
    /// Index of the next item to produce.
    next: Cell<i64>,
    /// -1 for no stop.
    stop: i64,
    step: i64,
    /// Items consumed so far.
    cnt: Cell<i64>,
}

impl Islice {
    /// Pull one item; the source is dropped when it ends or fails (CPython's `empty:`).
    fn pull(&self, vm: &Vm, it: &Value) -> PyResult<Option<Value>> {
        match iter::next(vm, it) {
            Ok(Some(v)) => {
                self.cnt.set(self.cnt.get().saturating_add(1));
                Ok(Some(v))
            }
            Ok(None) => {
                self.it.set(None);
                Ok(None)
            }
            Err(e) => {
                self.it.set(None);
                Err(e)
            }
        }
    }
}

impl ItertoolsIter for Islice {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let Some(it) = self.it.get() else {
            return Ok(None);
        };
        while self.cnt.get() < self.next.get() {
            if self.pull(vm, &it)?.is_none() {
                return Ok(None);
            }
        }
        if self.stop != -1 && self.cnt.get() >= self.stop {
            self.it.set(None);
            return Ok(None);
        }
        let Some(item) = self.pull(vm, &it)? else {
            return Ok(None);
        };
        let next = match self.next.get().checked_add(self.step) {
            Some(n) if self.stop == -1 || n <= self.stop => n,
            _ => self.stop,
        };
        self.next.set(next);
        Ok(Some(item))
    }
}

ext_payload!(Islice, "islice", |s, visit| { s.it.visit(visit) }, |s| {
    s.it.set(None)
});

/// An islice index: its `Py_ssize_t` value, or -1 when it is not an integer or does not
/// fit (CPython clears the error and reports a ValueError instead).
fn islice_index(vm: &Vm, v: &Value) -> i64 {
    as_ssize(vm, v).unwrap_or(-1)
}

fn islice_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let base = types_of(vm).islice.clone();
    let (cls, args) = new_args(vm, args, &base)?;
    no_keywords(vm, "islice", &cls, &base, &args)?;
    let a = args.pos;
    check_positional(vm, "islice", a.len(), 2, 4)?;
    let (mut start, mut stop, mut step) = (0, -1, 1);
    if a.len() == 2 {
        if !a[1].is_none() {
            stop = islice_index(vm, &a[1]);
            if stop == -1 {
                return Err(vm.value_error(ISLICE_STOP_ERR));
            }
        }
    } else {
        if !a[1].is_none() {
            start = islice_index(vm, &a[1]);
        }
        if !a[2].is_none() {
            stop = islice_index(vm, &a[2]);
            if stop == -1 {
                return Err(vm.value_error(ISLICE_STOP_ERR));
            }
        }
    }
    if start < 0 || stop < -1 {
        return Err(vm.value_error(ISLICE_INDEX_ERR));
    }
    if let Some(s) = a.get(3).filter(|s| !s.is_none()) {
        step = islice_index(vm, s);
    }
    if step < 1 {
        return Err(vm.value_error(ISLICE_STEP_ERR));
    }
    let it = iter::get_iter(vm, &a[0])?;
    Ok(new_object(
        &cls,
        Islice {
            it: Slot::new(it),
            next: Cell::new(start),
            stop,
            step,
            cnt: Cell::new(0),
        },
    ))
}

// ----- pairwise ---------------------------------------------------------------------------

const PAIRWISE_DOC: Option<&str> = Some(
    "Return an iterator of overlapping pairs taken from the input iterator.

    s -> (s0,s1), (s1,s2), (s2, s3), ...",
);

/// `pairwise(iterable)`.
struct Pairwise {
    /// The source; dropped once exhausted.
    it: Slot,
    /// The previous item.
    old: Slot,
}

impl ItertoolsIter for Pairwise {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let Some(it) = self.it.get() else {
            return Ok(None);
        };
        // The source is dropped when it ends or fails, as in CPython.
        let old = match self.old.get() {
            Some(old) => old,
            None => match iter::next(vm, &it) {
                Ok(Some(old)) => {
                    self.old.set(Some(old.clone()));
                    old
                }
                r => {
                    self.it.set(None);
                    return r;
                }
            },
        };
        let new = match iter::next(vm, &it) {
            Ok(Some(new)) => new,
            r => {
                self.it.set(None);
                self.old.set(None);
                return r;
            }
        };
        self.old.set(Some(new.clone()));
        Ok(Some(vm.new_tuple(vec![old, new])))
    }
}

ext_payload!(
    Pairwise,
    "pairwise",
    |s, visit| {
        s.it.visit(visit);
        s.old.visit(visit);
    },
    |s| {
        s.it.set(None);
        s.old.set(None);
    }
);

fn pairwise_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let base = types_of(vm).pairwise.clone();
    let (cls, args) = new_args(vm, args, &base)?;
    no_keywords(vm, "pairwise", &cls, &base, &args)?;
    check_positional(vm, "pairwise", args.pos.len(), 1, 1)?;
    let it = iter::get_iter(vm, &args.pos[0])?;
    Ok(new_object(
        &cls,
        Pairwise {
            it: Slot::new(it),
            old: Slot::default(),
        },
    ))
}

// ----- tee, _tee and _tee_dataobject ----------------------------------------------------------

const TEE_DATA_DOC: Option<&str> = Some(
    "teedataobject(iterable, values, next, /)
--

Data container common to multiple tee objects.",
);

/// Items per `_tee_dataobject` chunk (CPython's `LINKCELLS`).
const LINKCELLS: usize = 57;

/// `_tee_dataobject`: one chunk of the buffer the `tee` copies of an iterator share. The
/// copies walk the chain of chunks; a chunk is freed once every copy has moved past it.
struct TeeData {
    /// The shared source.
    it: Slot,
    /// The items read so far (at most `LINKCELLS`).
    values: RefCell<Vec<Value>>,
    /// The next chunk, once some copy has read past this one.
    nextlink: Slot,
    /// A copy is reading from the source (guards against re-entrant reads).
    running: Cell<bool>,
}

impl TeeData {
    fn new(it: Option<Value>) -> TeeData {
        TeeData {
            it: Slot(Cell::new(it)),
            values: RefCell::new(Vec::new()),
            nextlink: Slot::default(),
            running: Cell::new(false),
        }
    }

    /// Item `i` of this chunk, read from the source if no copy has read it yet
    /// (CPython's `teedataobject_getitem`).
    fn get_item(&self, vm: &Vm, i: usize) -> PyResult<Option<Value>> {
        let known = {
            let values = self.values.borrow();
            if i < values.len() {
                return Ok(Some(values[i].clone()));
            }
            values.len()
        };
        if i != known {
            return Ok(None);
        }
        if self.running.get() {
            return Err(vm.runtime_error("cannot re-enter the tee iterator"));
        }
        let it = self.it.get();
        self.running.set(true);
        let r = next_of(vm, &it);
        self.running.set(false);
        let Some(value) = r? else {
            return Ok(None);
        };
        self.values.borrow_mut().push(value.clone());
        Ok(Some(value))
    }
}

impl ExtPayload for TeeData {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.it.visit(visit);
        visit_all(&self.values, visit);
        self.nextlink.visit(visit);
    }

    fn clear(&self) {
        self.it.set(None);
        clear_all(&self.values);
        self.nextlink.set(None);
    }
}

/// The chunk after `data` (of type `ty`), created on first use (CPython's
/// `teedataobject_jumplink`).
fn tee_data_next(data: &ObjRef) -> Value {
    let Some(d) = ext_ref::<TeeData>(data) else {
        return Value::None;
    };
    if let Some(next) = d.nextlink.get() {
        return next;
    }
    let ty = data.raw_type().cloned();
    let next = Value::Obj(ObjRef::new(
        ty,
        Payload::Ext(Box::new(TeeData::new(d.it.get()))),
    ));
    d.nextlink.set(Some(next.clone()));
    next
}

/// `_tee_dataobject(iterable, values, next)` (what unpickling a tee uses): a chunk holding
/// `values`, followed by chunk `next`, reading more from `iterable` as is.
fn tee_data_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let t = types_of(vm);
    let (cls, args) = new_args(vm, args, &t.tee_data)?;
    no_keywords(vm, "teedataobject", &cls, &t.tee_data, &args)?;
    check_positional(vm, "teedataobject", args.pos.len(), 3, 3)?;
    let (it, values, next) = (&args.pos[0], &args.pos[1], &args.pos[2]);
    let items = match values.as_obj().map(|o| o.payload()) {
        Some(Payload::List(l)) => l.borrow().clone(),
        _ => {
            return Err(vm.type_error(format!(
                "teedataobject() argument 2 must be list, not {}",
                vm.type_name(values)
            )))
        }
    };
    let next_ok = if items.len() == LINKCELLS {
        next.is_none()
            || next
                .as_obj()
                .is_some_and(|n| vm.type_of_obj(n).is(&t.tee_data))
    } else {
        next.is_none()
    };
    if items.len() > LINKCELLS || !next_ok {
        return Err(vm.value_error("Invalid arguments"));
    }
    let data = TeeData::new(Some(it.clone()));
    *data.values.borrow_mut() = items;
    data.nextlink
        .set(Some(next.clone()).filter(|n| !n.is_none()));
    Ok(new_object(&cls, data))
}

/// `_tee`: one of the independent iterators `tee()` returns.
struct Tee {
    /// The current chunk.
    data: Slot,
    /// Position in the current chunk.
    index: Cell<usize>,
}

impl ItertoolsIter for Tee {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let Some(Value::Obj(mut data)) = self.data.get() else {
            return Ok(None);
        };
        if self.index.get() >= LINKCELLS {
            let Value::Obj(next) = tee_data_next(&data) else {
                return Ok(None);
            };
            self.data.set(Some(Value::Obj(next.clone())));
            self.index.set(0);
            data = next;
        }
        let Some(d) = ext_ref::<TeeData>(&data) else {
            return Ok(None);
        };
        let value = d.get_item(vm, self.index.get())?;
        if value.is_some() {
            self.index.set(self.index.get() + 1);
        }
        Ok(value)
    }
}

ext_payload!(Tee, "_tee", |s, visit| { s.data.visit(visit) }, |s| {
    s.data.set(None)
});

/// A new `_tee` at the same position as `t` (of class `cls`).
fn tee_copy(cls: &ObjRef, t: &Tee) -> Value {
    new_object(
        cls,
        Tee {
            data: Slot(Cell::new(t.data.get())),
            index: Cell::new(t.index.get()),
        },
    )
}

/// `tee_fromiterable`: a copy of `iterable` if it already is a `_tee`, else a `_tee`
/// over a fresh buffer.
fn tee_from_iterable(vm: &Vm, iterable: &Value) -> PyResult<Value> {
    let it = iter::get_iter(vm, iterable)?;
    let t = types_of(vm);
    if let Some(existing) = it.as_obj().and_then(ext_ref::<Tee>) {
        return Ok(tee_copy(&t.tee, existing));
    }
    let data = new_object(&t.tee_data, TeeData::new(Some(it)));
    Ok(new_object(
        &t.tee,
        Tee {
            data: Slot::new(data),
            index: Cell::new(0),
        },
    ))
}

/// `_tee(iterable)`.
fn tee_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let base = types_of(vm).tee.clone();
    let (cls, args) = new_args(vm, args, &base)?;
    no_keywords(vm, "_tee", &cls, &base, &args)?;
    check_positional(vm, "_tee", args.pos.len(), 1, 1)?;
    tee_from_iterable(vm, &args.pos[0])
}

/// `_tee.__copy__()`.
fn tee_copy_method(vm: &Vm, args: Args) -> PyResult<Value> {
    let t = this_method::<Tee>(vm, &args, "__copy__")?;
    Ok(tee_copy(&vm.type_of(&args.pos[0]), t))
}

/// `tee(iterable, n=2)`: n independent iterators; an iterator with a `__copy__` method
/// is copied with it, anything else is wrapped in a `_tee` first.
fn tee(vm: &Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(vm.type_error("itertools.tee() takes no keyword arguments"));
    }
    check_positional(vm, "tee", args.pos.len(), 1, 2)?;
    let n = match args.pos.get(1) {
        Some(n) => as_ssize(vm, n)?,
        None => 2,
    };
    if n < 0 {
        return Err(vm.value_error("n must be >= 0"));
    }
    let mut result = Vec::new();
    let n = usize::try_from(n).map_err(|_| no_memory(vm))?;
    result.try_reserve_exact(n).map_err(|_| no_memory(vm))?;
    if n == 0 {
        return Ok(vm.new_tuple(result));
    }
    let it = iter::get_iter(vm, &args.pos[0])?;
    let copy_name = vm.intern("__copy__");
    let get_copy = |obj: &Value| match attr::get_attr(vm, obj, &copy_name) {
        Ok(f) => Ok(Some(f)),
        Err(e) if vm.err_matches(&e, &vm.exc.attribute_error) => Ok(None),
        Err(e) => Err(e),
    };
    let (first, copy) = match get_copy(&it)? {
        Some(f) => (it, f),
        None => {
            let first = tee_from_iterable(vm, &it)?;
            let copy = attr::get_attr(vm, &first, &copy_name)?;
            (first, copy)
        }
    };
    result.push(first);
    for _ in 1..n {
        result.push(call::call(vm, &copy, &[])?);
    }
    Ok(vm.new_tuple(result))
}

// ----- zip_longest ------------------------------------------------------------------------

const ZIP_LONGEST_DOC: Option<&str> = Some(
    "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object

Return a zip_longest object whose .__next__() method returns a tuple where
the i-th element comes from the i-th iterable argument.  The .__next__()
method continues until the longest iterable in the argument sequence
is exhausted and then it raises StopIteration.  When the shorter iterables
are exhausted, the fillvalue is substituted in their place.  The fillvalue
defaults to None or can be specified by a keyword argument.
",
);

/// `zip_longest(*iterables, fillvalue=None)`.
struct ZipLongest {
    /// The sources; an exhausted one is replaced by None (then `fillvalue` is used).
    iters: RefCell<Vec<Option<Value>>>,
    /// Sources not yet exhausted; 0 ends the iteration (also after an error).
    active: Cell<usize>,
    fillvalue: Slot,
}

impl ItertoolsIter for ZipLongest {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let n = self.iters.borrow().len();
        if n == 0 || self.active.get() == 0 {
            return Ok(None);
        }
        let fill = self.fillvalue.get().unwrap_or(Value::None);
        let mut items = Vec::with_capacity(n);
        for i in 0..n {
            let it = self.iters.borrow().get(i).cloned().flatten();
            let Some(it) = it else {
                items.push(fill.clone());
                continue;
            };
            match iter::next(vm, &it) {
                Ok(Some(v)) => items.push(v),
                Ok(None) => {
                    let active = self.active.get().saturating_sub(1);
                    self.active.set(active);
                    if active == 0 {
                        return Ok(None);
                    }
                    let old = self.iters.borrow_mut().get_mut(i).and_then(Option::take);
                    drop(old);
                    items.push(fill.clone());
                }
                Err(e) => {
                    self.active.set(0);
                    return Err(e);
                }
            }
        }
        Ok(Some(vm.new_tuple(items)))
    }
}

ext_payload!(
    ZipLongest,
    "zip_longest",
    |s, visit| {
        if let Ok(iters) = s.iters.try_borrow() {
            iters.iter().flatten().for_each(&mut *visit);
        }
        s.fillvalue.visit(visit);
    },
    |s| {
        let old = s
            .iters
            .try_borrow_mut()
            .map(|mut v| std::mem::take(&mut *v));
        drop(old);
        s.fillvalue.set(None);
    }
);

fn zip_longest_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let (cls, args) = new_args(vm, args, &types_of(vm).zip_longest)?;
    let mut fillvalue = Value::None;
    if args.has_kwargs() {
        match (args.kwnames, args.kwvalues) {
            ([name], [v]) if as_str(name) == Some("fillvalue") => fillvalue = v.clone(),
            _ => return Err(vm.type_error("zip_longest() got an unexpected keyword argument")),
        }
    }
    let iters = args
        .pos
        .iter()
        .map(|a| iter::get_iter(vm, a).map(Some))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(new_object(
        &cls,
        ZipLongest {
            active: Cell::new(iters.len()),
            iters: RefCell::new(iters),
            fillvalue: Slot::new(fillvalue),
        },
    ))
}

// ----- product ----------------------------------------------------------------------------

const PRODUCT_DOC: Option<&str> = Some(
    "product(*iterables, repeat=1) --> product object

Cartesian product of input iterables.  Equivalent to nested for-loops.

For example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).
The leftmost iterators are in the outermost for-loop, so the output tuples
cycle in a manner similar to an odometer (with the rightmost element changing
on every iteration).

To compute the product of an iterable with itself, specify the number
of repetitions with the optional repeat keyword argument. For example,
product(A, repeat=4) means the same as product(A, A, A, A).

product('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)
product((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ...",
);

/// `product(*iterables, repeat=1)`: an odometer of indices over the pools (tuples).
struct Product {
    /// One tuple per position (repeated pools are the same tuple, as in CPython).
    pools: RefCell<Vec<Value>>,
    indices: RefCell<Vec<usize>>,
    started: Cell<bool>,
    stopped: Cell<bool>,
}

impl ItertoolsIter for Product {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        if self.stopped.get() {
            return Ok(None);
        }
        let items = {
            let pools = self.pools.borrow();
            let mut indices = self.indices.borrow_mut();
            if !self.started.get() {
                self.started.set(true);
                if pools.iter().any(|p| tuple_items(p).is_empty()) {
                    None
                } else {
                    Some(pools.iter().map(|p| tuple_items(p)[0].clone()).collect())
                }
            } else {
                // Advance the rightmost index, carrying leftwards on roll-over.
                let mut advanced = false;
                for (i, pool) in pools.iter().enumerate().rev() {
                    let Some(index) = indices.get_mut(i) else {
                        break;
                    };
                    *index += 1;
                    if *index < tuple_items(pool).len() {
                        advanced = true;
                        break;
                    }
                    *index = 0;
                }
                advanced.then(|| {
                    pools
                        .iter()
                        .zip(indices.iter())
                        .filter_map(|(p, &i)| tuple_items(p).get(i).cloned())
                        .collect()
                })
            }
        };
        match items {
            Some(items) => Ok(Some(vm.new_tuple(items))),
            None => {
                self.stopped.set(true);
                Ok(None)
            }
        }
    }
}

ext_payload!(
    Product,
    "product",
    |s, visit| { visit_all(&s.pools, visit) },
    |s| {
        s.stopped.set(true);
        clear_all(&s.pools);
    }
);

fn product_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let (cls, args) = new_args(vm, args, &types_of(vm).product)?;
    let mut repeat = 1;
    if args.has_kwargs() {
        let kw = Args {
            pos: &[],
            kwnames: args.kwnames,
            kwvalues: args.kwvalues,
        };
        let a = parse_kw(vm, "product", &kw, &["repeat"], 0, 0)?;
        if let Some(r) = &a[0] {
            repeat = as_ssize(vm, r)?;
        }
        if repeat < 0 {
            return Err(vm.value_error("repeat argument cannot be negative"));
        }
    }
    let nargs = if repeat == 0 { 0 } else { args.pos.len() };
    let max_pools = isize::MAX as usize / std::mem::size_of::<usize>();
    if repeat != 0 && nargs > max_pools / repeat as usize {
        return Err(vm.overflow_error("repeat argument too large"));
    }
    let npools = nargs * repeat as usize;
    let mut indices = alloc_indices(vm, npools as i64)?;
    indices.resize(npools, 0);
    let mut pools = Vec::new();
    pools.try_reserve_exact(npools).map_err(|_| no_memory(vm))?;
    for a in &args.pos[..nargs] {
        pools.push(to_tuple(vm, a)?);
    }
    for i in nargs..npools {
        pools.push(pools[i - nargs].clone());
    }
    Ok(new_object(
        &cls,
        Product {
            pools: RefCell::new(pools),
            indices: RefCell::new(indices),
            started: Cell::new(false),
            stopped: Cell::new(false),
        },
    ))
}

// ----- combinations, combinations_with_replacement, permutations ------------------------------

const COMBINATIONS_DOC: Option<&str> = Some(
    "Return successive r-length combinations of elements in the iterable.

combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)",
);
const CWR_DOC: Option<&str> = Some(
    "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.

combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')",
);
const PERMUTATIONS_DOC: Option<&str> = Some(
    "Return successive r-length permutations of elements in the iterable.

permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)",
);

/// What the three combinatoric iterators share: the pool (a tuple), the index state and
/// whether the first tuple has been produced / the last one passed.
struct Combinatoric {
    pool: Slot,
    indices: RefCell<Vec<usize>>,
    started: Cell<bool>,
    stopped: Cell<bool>,
}

impl Combinatoric {
    fn new(pool: Value, indices: Vec<usize>, stopped: bool) -> Combinatoric {
        Combinatoric {
            pool: Slot::new(pool),
            indices: RefCell::new(indices),
            started: Cell::new(false),
            stopped: Cell::new(stopped),
        }
    }

    /// One step: on the first call the tuple for the initial indices; later, `advance`
    /// moves the indices (given the pool size), returning false after the last tuple.
    /// The tuple is `pool[i] for i in indices[..r]`.
    fn step(
        &self,
        vm: &Vm,
        r: usize,
        advance: impl FnOnce(&mut [usize], usize) -> bool,
    ) -> PyResult<Option<Value>> {
        if self.stopped.get() {
            return Ok(None);
        }
        let pool = self.pool.get().unwrap_or(Value::None);
        let items = tuple_items(&pool);
        let mut indices = self.indices.borrow_mut();
        let proceed = if self.started.get() {
            advance(&mut indices[..], items.len())
        } else {
            self.started.set(true);
            true
        };
        let result: Option<Vec<Value>> = if proceed {
            indices
                .iter()
                .take(r)
                .map(|&i| items.get(i).cloned())
                .collect()
        } else {
            None
        };
        drop(indices);
        match result {
            Some(result) if result.len() == r => Ok(Some(vm.new_tuple(result))),
            _ => {
                self.stopped.set(true);
                Ok(None)
            }
        }
    }

    fn clear(&self) {
        self.stopped.set(true);
        self.pool.set(None);
    }
}

/// Parse `(iterable, r)` for `combinations` and `combinations_with_replacement`: the
/// pool tuple and r (converted before the pool is built, as Argument Clinic does).
fn combinations_args(vm: &Vm, name: &str, args: &Args) -> PyResult<(Value, i64)> {
    let a = parse_kw(vm, name, args, &["iterable", "r"], 2, 2)?;
    let r = as_ssize(vm, a[1].as_ref().unwrap_or(&Value::None))?;
    let pool = to_tuple(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    Ok((pool, r))
}

/// `combinations(iterable, r)`.
struct Combinations {
    c: Combinatoric,
}

impl ItertoolsIter for Combinations {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let r = self.c.indices.borrow().len();
        self.c.step(vm, r, |indices, n| {
            // The rightmost index not at its maximum (i + n - r) moves up; the ones to
            // its right follow it in order.
            if r > n {
                return false;
            }
            let Some(i) = (0..r).rev().find(|&i| indices[i] != i + n - r) else {
                return false;
            };
            indices[i] += 1;
            for j in i + 1..r {
                indices[j] = indices[j - 1] + 1;
            }
            true
        })
    }
}

ext_payload!(
    Combinations,
    "combinations",
    |s, visit| { s.c.pool.visit(visit) },
    |s| { s.c.clear() }
);

fn combinations_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let (cls, args) = new_args(vm, args, &types_of(vm).combinations)?;
    let (pool, r) = combinations_args(vm, "combinations", &args)?;
    let n = tuple_items(&pool).len();
    let mut indices = alloc_indices(vm, r)?;
    let stopped = r as usize > n;
    if !stopped {
        indices.extend(0..r as usize);
    }
    Ok(new_object(
        &cls,
        Combinations {
            c: Combinatoric::new(pool, indices, stopped),
        },
    ))
}

/// `combinations_with_replacement(iterable, r)`.
struct Cwr {
    c: Combinatoric,
}

impl ItertoolsIter for Cwr {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let r = self.c.indices.borrow().len();
        self.c.step(vm, r, |indices, n| {
            // The rightmost index below n - 1 moves up; all to its right copy it.
            if n == 0 {
                return false;
            }
            let Some(i) = (0..r).rev().find(|&i| indices[i] != n - 1) else {
                return false;
            };
            let index = indices[i] + 1;
            indices[i..].iter_mut().for_each(|x| *x = index);
            true
        })
    }
}

ext_payload!(
    Cwr,
    "combinations_with_replacement",
    |s, visit| { s.c.pool.visit(visit) },
    |s| { s.c.clear() }
);

fn cwr_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let (cls, args) = new_args(vm, args, &types_of(vm).cwr)?;
    let (pool, r) = combinations_args(vm, "combinations_with_replacement", &args)?;
    let n = tuple_items(&pool).len();
    let mut indices = alloc_indices(vm, r)?;
    let stopped = n == 0 && r > 0;
    if !stopped {
        indices.resize(r as usize, 0);
    }
    Ok(new_object(
        &cls,
        Cwr {
            c: Combinatoric::new(pool, indices, stopped),
        },
    ))
}

/// `permutations(iterable, r=None)`: CPython's cycles algorithm (the indices are a
/// permutation of `0..n`; the first r form the current tuple).
struct Permutations {
    c: Combinatoric,
    cycles: RefCell<Vec<usize>>,
    r: usize,
}

impl ItertoolsIter for Permutations {
    fn step(&self, vm: &Vm) -> PyResult<Option<Value>> {
        let r = self.r;
        let mut cycles = self.cycles.borrow_mut();
        self.c.step(vm, r, |indices, n| {
            if n == 0 || indices.len() != n || cycles.len() != r {
                return false;
            }
            for i in (0..r).rev() {
                cycles[i] -= 1;
                if cycles[i] == 0 {
                    indices[i..].rotate_left(1);
                    cycles[i] = n - i;
                } else {
                    let j = cycles[i];
                    indices.swap(i, n - j);
                    return true;
                }
            }
            false
        })
    }
}

ext_payload!(
    Permutations,
    "permutations",
    |s, visit| { s.c.pool.visit(visit) },
    |s| { s.c.clear() }
);

fn permutations_new(vm: &Vm, args: Args) -> PyResult<Value> {
    let (cls, args) = new_args(vm, args, &types_of(vm).permutations)?;
    let a = parse_kw(vm, "permutations", &args, &["iterable", "r"], 1, 2)?;
    let pool = to_tuple(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let n = tuple_items(&pool).len();
    let r = match a[1].as_ref().filter(|r| !r.is_none()) {
        None => n as i64,
        Some(r) => {
            let r = as_int(r).ok_or_else(|| vm.type_error("Expected int as r"))?;
            r.to_i64()
                .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))?
        }
    };
    if r < 0 {
        return Err(vm.value_error("r must be non-negative"));
    }
    let mut indices = alloc_indices(vm, n as i64)?;
    indices.extend(0..n);
    let mut cycles = alloc_indices(vm, r)?;
    let r = r as usize;
    let stopped = r > n;
    if !stopped {
        cycles.extend((0..r).map(|i| n - i));
    }
    Ok(new_object(
        &cls,
        Permutations {
            c: Combinatoric::new(pool, indices, stopped),
            cycles: RefCell::new(cycles),
            r,
        },
    ))
}
