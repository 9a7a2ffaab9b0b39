//! Unit tests of the heap and the cycle collector, without an interpreter: objects are
//! built from payloads directly, so these also run under Miri
//! (`cargo +nightly miri test -p ferropy-vm gc::`).

use super::*;
use crate::dict::Dict;
use crate::heap::live_objects;
use crate::object::ExcData;
use std::cell::RefCell;

fn list(items: Vec<Value>) -> ObjRef {
    ObjRef::new(None, Payload::List(RefCell::new(items)))
}

fn push(l: &ObjRef, v: Value) {
    match l.payload() {
        Payload::List(items) => items.borrow_mut().push(v),
        _ => panic!("not a list"),
    }
}

fn dict() -> ObjRef {
    ObjRef::new(None, Payload::Dict(Box::new(RefCell::new(Dict::new()))))
}

fn dict_set(d: &ObjRef, k: i64, v: Value) {
    maybe_track_dict(d, &Value::Int(k), &v);
    match d.payload() {
        Payload::Dict(t) => t.borrow_mut().insert_new(k, Value::Int(k), v),
        _ => panic!("not a dict"),
    }
}

/// A fresh collector state for this test thread.
fn state() -> GcHandle {
    let gc = GcState::new(Default::default());
    gc.thresholds[0].set(0); // no automatic trigger in these tests
    gc
}

fn full(gc: &GcState) -> usize {
    collect_in(gc, 2, None).0
}

#[test]
fn self_referencing_list_is_collected() {
    let gc = state();
    let before = live_objects();
    let l = list(vec![]);
    push(&l, Value::Obj(l.clone()));
    drop(l);
    assert_eq!(live_objects(), before + 1, "a cycle survives refcounting");
    assert_eq!(full(&gc), 1);
    assert_eq!(live_objects(), before);
}

#[test]
fn externally_referenced_cycle_survives() {
    let gc = state();
    let a = list(vec![]);
    let b = list(vec![Value::Obj(a.clone())]);
    push(&a, Value::Obj(b.clone()));
    drop(b);
    assert_eq!(full(&gc), 0);
    assert!(a.is_tracked());
    match a.payload() {
        Payload::List(items) => assert_eq!(items.borrow().len(), 1, "not cleared"),
        _ => unreachable!(),
    }
    // Break it by hand; then the pair is plain garbage for refcounting.
    drop(a);
    assert_eq!(full(&gc), 2);
}

#[test]
fn cycle_through_a_cell() {
    let gc = state();
    let before = live_objects();
    let l = list(vec![]);
    let cell = ObjRef::new(None, Payload::Cell(RefCell::new(Value::Obj(l.clone()))));
    push(&l, Value::Obj(cell));
    drop(l);
    assert_eq!(full(&gc), 2);
    assert_eq!(live_objects(), before);
}

#[test]
fn cycle_through_a_dict_value() {
    let gc = state();
    let before = live_objects();
    let d = dict();
    assert!(!d.is_tracked(), "a new dict is untracked");
    dict_set(&d, 1, Value::Int(5));
    assert!(!d.is_tracked(), "atoms do not track a dict");
    let l = list(vec![Value::Obj(d.clone())]);
    dict_set(&d, 2, Value::Obj(l));
    assert!(d.is_tracked(), "a container does");
    drop(d);
    assert_eq!(full(&gc), 2);
    assert_eq!(live_objects(), before);
}

#[test]
fn cycle_through_a_tuple() {
    // Tuples cannot be cleared; the list in the cycle is.
    let gc = state();
    let before = live_objects();
    let l = list(vec![]);
    let t = ObjRef::new(None, Payload::Tuple(Box::new([Value::Obj(l.clone())])));
    push(&l, Value::Obj(t));
    drop(l);
    assert_eq!(full(&gc), 2);
    assert_eq!(live_objects(), before);
}

#[test]
fn cycle_through_exception_fields() {
    let gc = state();
    let before = live_objects();
    let e = ObjRef::new(
        None,
        Payload::Exception(Box::new(RefCell::new(ExcData {
            args: Value::None,
            traceback: Value::None,
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
        }))),
    );
    let l = list(vec![Value::Obj(e.clone())]);
    if let Payload::Exception(d) = e.payload() {
        d.borrow_mut().context = Value::Obj(l);
    }
    drop(e);
    assert_eq!(full(&gc), 2);
    assert_eq!(live_objects(), before);
}

#[test]
fn cycle_through_a_bound_method() {
    let gc = state();
    let before = live_objects();
    let l = list(vec![]);
    let m = ObjRef::new(
        None,
        Payload::BoundMethod(Box::new((Value::None, Value::Obj(l.clone())))),
    );
    push(&l, Value::Obj(m));
    drop(l);
    assert_eq!(full(&gc), 2);
    assert_eq!(live_objects(), before);
}

#[test]
fn cycle_through_a_slice_and_property() {
    let gc = state();
    let before = live_objects();
    let l = list(vec![]);
    let s = ObjRef::new(
        None,
        Payload::Slice(Box::new([Value::Obj(l.clone()), Value::None, Value::None])),
    );
    let p = ObjRef::new(
        None,
        Payload::Property(Box::new([
            Value::Obj(s),
            Value::None,
            Value::None,
            Value::None,
        ])),
    );
    push(&l, Value::Obj(p));
    drop(l);
    assert_eq!(full(&gc), 3);
    assert_eq!(live_objects(), before);
}

#[test]
fn survivors_move_to_an_older_generation() {
    let gc = state();
    let keep = list(vec![]);
    assert_eq!(gc.generation_len(0), 1);
    collect_in(&gc, 0, None);
    assert_eq!(gc.generation_len(0), 0);
    assert_eq!(gc.generation_len(1), 1);
    collect_in(&gc, 1, None);
    assert_eq!(gc.generation_len(2), 1);
    assert_eq!(gc.counts[2].get(), 1, "one collection of generation 1");
    drop(keep);
    assert_eq!(gc.generation_len(2), 0, "freed objects leave their list");
}

#[test]
fn tuples_of_atoms_are_untracked_by_a_collection() {
    let gc = state();
    let t = ObjRef::new(None, Payload::Tuple(Box::new([Value::Int(1), Value::None])));
    assert!(t.is_tracked());
    collect_in(&gc, 0, None);
    assert!(!t.is_tracked());
}

#[test]
fn allocations_trigger_a_pending_collection() {
    let gc = GcState::new(Default::default());
    gc.thresholds[0].set(3);
    let objs: Vec<ObjRef> = (0..4).map(|_| list(vec![])).collect();
    assert!(gc.pending.get());
    drop(objs);
    assert_eq!(gc.counts[0].get(), 0, "frees uncount allocations");
}

#[test]
fn a_long_chain_frees_without_deep_recursion() {
    let gc = state();
    let before = live_objects();
    let n = if cfg!(miri) { 200 } else { 200_000 };
    let mut head = list(vec![]);
    for _ in 0..n {
        head = list(vec![Value::Obj(head)]);
    }
    drop(head);
    assert_eq!(live_objects(), before);
    assert_eq!(full(&gc), 0);
}

#[test]
fn many_small_cycles_are_all_found() {
    let gc = state();
    let before = live_objects();
    for _ in 0..50 {
        let a = list(vec![]);
        let b = list(vec![Value::Obj(a.clone())]);
        push(&a, Value::Obj(b));
    }
    assert_eq!(live_objects(), before + 100);
    assert_eq!(full(&gc), 100);
    assert_eq!(live_objects(), before);
}
