//! `range` (CPython `Objects/rangeobject.c`) and the methods of `slice` objects
//! (`Objects/sliceobject.c`), the two halves of the "range_slice" area.
//!
//! A range whose bounds, step and length all fit in i64 is stored as [`Range::Small`] and
//! iterates without allocating; any other is a [`Range::Big`] of Python ints, as CPython
//! stores every range. Lengths that do not fit a `Py_ssize_t` make `len()` raise
//! OverflowError, but indexing, slicing and membership keep working.

use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::object::{Args, BigRange, IterState, Payload, Range};
use crate::protocol::{compare, iter};
use crate::types::int::{as_int, from_bigint, to_bigint};
use crate::types::{add_getset, add_method};
use crate::value::Value;
use crate::Vm;
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// CPython's message whenever a length or index does not fit a `Py_ssize_t`.
const SSIZE_OVERFLOW: &str = "Python int too large to convert to C ssize_t";

/// `len(range(start, stop, step))` for a non-zero step (CPython's `compute_range_length`).
fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, step) = if step.is_positive() {
        (start, stop, step.clone())
    } else {
        (stop, start, -step)
    };
    if lo >= hi {
        BigInt::zero()
    } else {
        (hi - lo - 1u32) / step + 1u32
    }
}

impl Range {
    /// The range with these bounds; `step` must not be zero.
    pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> Range {
        let len = big_len(&start, &stop, &step);
        match (start.to_i64(), stop.to_i64(), step.to_i64(), len.to_i64()) {
            (Some(start), Some(stop), Some(step), Some(_)) => Range::Small { start, stop, step },
            _ => Range::Big(Box::new(BigRange {
                start,
                stop,
                step,
                len,
            })),
        }
    }

    /// The length if it fits in i64.
    pub fn len_i64(&self) -> Option<i64> {
        match self {
            Range::Small { start, stop, step } => {
                let (lo, hi, step) = (*start as i128, *stop as i128, *step as i128);
                let n = if step > 0 && lo < hi {
                    (hi - lo - 1) / step + 1
                } else if step < 0 && lo > hi {
                    (lo - hi - 1) / (-step) + 1
                } else {
                    0
                };
                Some(n as i64)
            }
            Range::Big(b) => b.len.to_i64(),
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            Range::Small { .. } => self.len_i64() == Some(0),
            Range::Big(b) => b.len.is_zero(),
        }
    }

    pub fn start_big(&self) -> BigInt {
        match self {
            Range::Small { start, .. } => BigInt::from(*start),
            Range::Big(b) => b.start.clone(),
        }
    }
    pub fn stop_big(&self) -> BigInt {
        match self {
            Range::Small { stop, .. } => BigInt::from(*stop),
            Range::Big(b) => b.stop.clone(),
        }
    }
    pub fn step_big(&self) -> BigInt {
        match self {
            Range::Small { step, .. } => BigInt::from(*step),
            Range::Big(b) => b.step.clone(),
        }
    }
    pub fn len_big(&self) -> BigInt {
        match self {
            Range::Small { .. } => BigInt::from(self.len_i64().unwrap_or(0)),
            Range::Big(b) => b.len.clone(),
        }
    }

    /// Element `i` (`0 <= i < len`), CPython's `compute_item`.
    pub fn item(&self, i: &BigInt) -> BigInt {
        self.start_big() + i * self.step_big()
    }
}

pub fn new_range_from(vm: &Vm, r: Range) -> Value {
    Value::Obj(ObjRef::new(Some(vm.t.range.clone()), Payload::Range(r)))
}

pub fn new_range(vm: &Vm, start: i64, stop: i64, step: i64) -> Value {
    new_range_from(vm, Range::new(start.into(), stop.into(), step.into()))
}

fn arg_int(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    let iv = crate::protocol::number::index(vm, v)?;
    Ok(to_bigint(&iv).expect("__index__ returns an int"))
}

/// `range(stop)`, `range(start, stop[, step])`.
pub fn construct(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::protocol::call::no_kwargs(vm, "range", &args)?;
    let (start, stop, step) = match args.pos.len() {
        1 => (BigInt::zero(), arg_int(vm, &args.pos[0])?, BigInt::one()),
        2 => (
            arg_int(vm, &args.pos[0])?,
            arg_int(vm, &args.pos[1])?,
            BigInt::one(),
        ),
        3 => (
            arg_int(vm, &args.pos[0])?,
            arg_int(vm, &args.pos[1])?,
            arg_int(vm, &args.pos[2])?,
        ),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(new_range_from(vm, Range::new(start, stop, step)))
}

fn range_of(o: &ObjRef) -> Option<&Range> {
    match o.payload() {
        Payload::Range(r) => Some(r),
        _ => None,
    }
}

fn this<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Range> {
    match v {
        Value::Obj(o) => {
            range_of(o).ok_or_else(|| vm.type_error("descriptor requires a 'range' object"))
        }
        _ => Err(vm.type_error("descriptor requires a 'range' object")),
    }
}

/// `len(r)`, with CPython's OverflowError for lengths beyond `Py_ssize_t`.
pub fn len(vm: &Vm, r: &Range) -> PyResult<usize> {
    r.len_i64()
        .map(|n| n as usize)
        .ok_or_else(|| vm.overflow_error(SSIZE_OVERFLOW))
}

/// `repr(r)`: the step is shown only when it is not 1.
pub fn repr(r: &Range) -> String {
    let (start, stop, step) = (r.start_big(), r.stop_big(), r.step_big());
    if step.is_one() {
        format!("range({start}, {stop})")
    } else {
        format!("range({start}, {stop}, {step})")
    }
}

/// `r0 == r1`: ranges are equal when they describe the same sequence (`range_equals`).
pub fn eq(a: &Range, b: &Range) -> bool {
    let len = a.len_big();
    if len != b.len_big() {
        return false;
    }
    if len.is_zero() {
        return true;
    }
    if a.start_big() != b.start_big() {
        return false;
    }
    len.is_one() || a.step_big() == b.step_big()
}

/// `hash(r)`: the hash of `(len, start, step)` with the same normalisation as `eq`.
pub fn hash(vm: &Vm, r: &Range) -> PyResult<i64> {
    let len = r.len_big();
    let items = if len.is_zero() {
        vec![Value::Int(0), Value::None, Value::None]
    } else if len.is_one() {
        vec![Value::Int(1), from_bigint(vm, r.start_big()), Value::None]
    } else {
        vec![
            from_bigint(vm, len),
            from_bigint(vm, r.start_big()),
            from_bigint(vm, r.step_big()),
        ]
    };
    crate::protocol::hash::hash(vm, &vm.new_tuple(items))
}

/// `iter(r)`: small ranges count in i64; big ones index the range object.
pub fn iterate(vm: &Vm, o: &ObjRef) -> Value {
    let (state, ty) = match range_of(o) {
        Some(Range::Small { start, stop, step }) => (
            IterState::Range {
                next: *start,
                stop: *stop,
                step: *step,
            },
            &vm.t.range_iterator,
        ),
        _ => (
            IterState::Seq {
                seq: Value::Obj(o.clone()),
                index: 0,
            },
            &vm.t.longrange_iterator,
        ),
    };
    iter::new_iter(vm, &ty.clone(), state)
}

/// `reversed(r)`: iterate `range(last, start - step, -step)`.
pub fn reversed(vm: &Vm, o: &ObjRef) -> Value {
    let r = range_of(o).expect("range");
    let len = r.len_big();
    let (start, step) = (r.start_big(), r.step_big());
    let last = &start + (&len - 1u32) * &step;
    let rev = if len.is_zero() {
        Range::new(BigInt::zero(), BigInt::zero(), BigInt::one())
    } else {
        Range::new(last, &start - &step, -step)
    };
    let state = match rev {
        Range::Small { start, stop, step } => IterState::Range {
            next: start,
            stop,
            step,
        },
        big => IterState::Seq {
            seq: new_range_from(vm, big),
            index: 0,
        },
    };
    iter::new_iter(vm, &vm.t.range_iterator.clone(), state)
}

/// Element `i` for the big-range iterator; None past the end.
pub fn iter_item(vm: &Vm, r: &Range, i: usize) -> Option<Value> {
    let i = BigInt::from(i);
    (i < r.len_big()).then(|| from_bigint(vm, r.item(&i)))
}

/// Whether the int `x` is an element (`range_contains_long`).
fn contains_int(r: &Range, x: &BigInt) -> bool {
    let (start, stop, step) = (r.start_big(), r.stop_big(), r.step_big());
    let inside = if step.is_positive() {
        &start <= x && x < &stop
    } else {
        &stop < x && x <= &start
    };
    inside && ((x - &start) % &step).is_zero()
}

/// Exact ints and bools are tested arithmetically; anything else by iterating and `==`,
/// as CPython's `range_contains` does.
fn exact_int(vm: &Vm, v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(_) | Value::Bool(_) => to_bigint(v),
        Value::Obj(o) if vm.type_of_obj(o).is(&vm.t.int) => to_bigint(v),
        _ => None,
    }
}

/// `x in r`.
pub fn contains(vm: &Vm, o: &ObjRef, x: &Value) -> PyResult<bool> {
    let r = range_of(o).expect("range");
    if let Some(i) = exact_int(vm, x) {
        return Ok(contains_int(r, &i));
    }
    let it = iterate(vm, o);
    while let Some(v) = iter::next(vm, &it)? {
        if compare::eq(vm, &v, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `r[key]` for an int or a slice.
pub fn getitem(vm: &Vm, o: &ObjRef, key: &Value) -> PyResult<Value> {
    let r = range_of(o).expect("range");
    if let Value::Obj(k) = key {
        if let Payload::Slice(s) = k.payload() {
            // `compute_slice`: the sub-range's bounds are the items at the slice's indices.
            let (a, b, c) = slice_indices_big(vm, s, &r.len_big())?;
            let step = r.step_big() * c;
            return Ok(new_range_from(vm, Range::new(r.item(&a), r.item(&b), step)));
        }
    }
    let i = match as_int(key) {
        Some(i) => i.to_bigint(),
        None => {
            if crate::types::lookup_str(vm, &vm.type_of(key), "__index__").is_none() {
                return Err(vm.type_error(format!(
                    "range indices must be integers or slices, not {}",
                    vm.type_name(key)
                )));
            }
            arg_int(vm, key)?
        }
    };
    let len = r.len_big();
    let i = if i.is_negative() { i + &len } else { i };
    if i.is_negative() || i >= len {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(from_bigint(vm, r.item(&i)))
}

fn get_start(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(from_bigint(vm, this(vm, v)?.start_big()))
}
fn get_stop(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(from_bigint(vm, this(vm, v)?.stop_big()))
}
fn get_step(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(from_bigint(vm, this(vm, v)?.step_big()))
}

fn range_index(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::protocol::call::check_arity(vm, "index", &Args::new(&args.pos[1..]), 1, 1)?;
    let r = this(vm, &args.pos[0])?;
    let x = &args.pos[1];
    match exact_int(vm, x) {
        Some(i) => {
            if contains_int(r, &i) {
                return Ok(from_bigint(vm, (i - r.start_big()) / r.step_big()));
            }
            Err(vm.value_error(format!(
                "{} is not in range",
                crate::protocol::repr::repr(vm, x)?
            )))
        }
        None => {
            // Non-int: a linear search with `==` (`_PySequence_IterSearch`).
            let it = iter::get_iter(vm, &args.pos[0])?;
            let mut n = 0i64;
            while let Some(v) = iter::next(vm, &it)? {
                if compare::eq(vm, &v, x)? {
                    return Ok(Value::Int(n));
                }
                n += 1;
            }
            Err(vm.value_error("sequence.index(x): x not in sequence"))
        }
    }
}

fn range_count(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::protocol::call::check_arity(vm, "count", &Args::new(&args.pos[1..]), 1, 1)?;
    let r = this(vm, &args.pos[0])?;
    let x = &args.pos[1];
    if let Some(i) = exact_int(vm, x) {
        return Ok(Value::Int(contains_int(r, &i) as i64));
    }
    let it = iter::get_iter(vm, &args.pos[0])?;
    let mut n = 0i64;
    while let Some(v) = iter::next(vm, &it)? {
        if compare::eq(vm, &v, x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn range_len_m(vm: &Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(len(vm, this(vm, &args.pos[0])?)? as i64))
}

fn range_contains_m(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::protocol::call::check_arity(vm, "__contains__", &Args::new(&args.pos[1..]), 1, 1)?;
    this(vm, &args.pos[0])?;
    Ok(Value::Bool(contains(
        vm,
        args.pos[0].as_obj().expect("range"),
        &args.pos[1],
    )?))
}

fn range_getitem_m(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::protocol::call::check_arity(vm, "__getitem__", &Args::new(&args.pos[1..]), 1, 1)?;
    this(vm, &args.pos[0])?;
    getitem(vm, args.pos[0].as_obj().expect("range"), &args.pos[1])
}

// ----- slice -------------------------------------------------------------------------

/// `slice.indices` with Python ints (`_PySlice_GetLongIndices`): start, stop and step
/// clamped to a sequence of length `len`.
pub fn slice_indices_big(
    vm: &Vm,
    s: &[Value; 3],
    len: &BigInt,
) -> PyResult<(BigInt, BigInt, BigInt)> {
    let as_index = |v: &Value| -> PyResult<BigInt> {
        let iv = crate::protocol::number::index(vm, v).map_err(|e| {
            if vm.err_matches(&e, &vm.exc.type_error) {
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            } else {
                e
            }
        })?;
        Ok(to_bigint(&iv).expect("__index__ returns an int"))
    };
    let step = if s[2].is_none() {
        BigInt::one()
    } else {
        as_index(&s[2])?
    };
    if step.is_zero() {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let negative = step.is_negative();
    let (lower, upper) = if negative {
        (BigInt::from(-1), len - 1u32)
    } else {
        (BigInt::zero(), len.clone())
    };
    let clamp = |v: &Value, default: &BigInt| -> PyResult<BigInt> {
        if v.is_none() {
            return Ok(default.clone());
        }
        let mut i = as_index(v)?;
        if i.is_negative() {
            i += len;
            if i < lower {
                i = lower.clone();
            }
        } else if i > upper {
            i = upper.clone();
        }
        Ok(i)
    };
    let start = clamp(&s[0], if negative { &upper } else { &lower })?;
    let stop = clamp(&s[1], if negative { &lower } else { &upper })?;
    Ok((start, stop, step))
}

fn slice_parts<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a [Value; 3]> {
    match v {
        Value::Obj(o) => match o.payload() {
            Payload::Slice(s) => Ok(s),
            _ => Err(vm.type_error("descriptor requires a 'slice' object")),
        },
        _ => Err(vm.type_error("descriptor requires a 'slice' object")),
    }
}

fn slice_start(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(slice_parts(vm, v)?[0].clone())
}
fn slice_stop(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(slice_parts(vm, v)?[1].clone())
}
fn slice_step(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(slice_parts(vm, v)?[2].clone())
}

/// `slice.indices(length)`.
fn slice_indices_m(vm: &Vm, args: Args) -> PyResult<Value> {
    crate::protocol::call::check_arity(vm, "indices", &Args::new(&args.pos[1..]), 1, 1)?;
    let s = slice_parts(vm, &args.pos[0])?;
    let len = arg_int(vm, &args.pos[1])?;
    if len.is_negative() {
        return Err(vm.value_error("length should not be negative"));
    }
    let (a, b, c) = slice_indices_big(vm, s, &len)?;
    Ok(vm.new_tuple(vec![
        from_bigint(vm, a),
        from_bigint(vm, b),
        from_bigint(vm, c),
    ]))
}

pub fn init(vm: &Vm) {
    let t = vm.t.range.clone();
    add_getset(vm, &t, "start", get_start, None);
    add_getset(vm, &t, "stop", get_stop, None);
    add_getset(vm, &t, "step", get_step, None);
    add_method(vm, &t, "index", range_index);
    add_method(vm, &t, "count", range_count);
    add_method(vm, &t, "__len__", range_len_m);
    add_method(vm, &t, "__contains__", range_contains_m);
    add_method(vm, &t, "__getitem__", range_getitem_m);
    let s = vm.t.slice.clone();
    add_getset(vm, &s, "start", slice_start, None);
    add_getset(vm, &s, "stop", slice_stop, None);
    add_getset(vm, &s, "step", slice_step, None);
    add_method(vm, &s, "indices", slice_indices_m);
}
