//! The generational cycle collector (CPython `Modules/gcmodule.c`).
//!
//! Reference counting frees an object as soon as nothing refers to it, but a group of
//! objects that refer to each other in a cycle keeps every count above zero forever. The
//! collector finds such groups. It only looks at *containers* (objects that can refer to
//! other objects): they are *tracked*, linked into one of three generation lists.
//!
//! A collection of generation `g` (and the younger ones merged into it) runs CPython's
//! phases, each a function below:
//! 1. `update_refs`: copy each object's reference count into `gc_refs`;
//! 2. `subtract_refs`: for every reference from one collected object to another,
//!    subtract one from the target's `gc_refs`. What remains counts the references from
//!    *outside* the generation: from older objects, from Rust locals, from frames;
//! 3. `move_unreachable`: objects with outside references are reachable, and so is
//!    everything reachable from them; the rest is moved to the `unreachable` list;
//! 4. finalizers: `__del__` of unreachable objects (PEP 442: once per object), then a
//!    second look for objects the finalizers *resurrected* (stored somewhere reachable),
//!    which survive together with what they reach;
//! 5. `delete_garbage`: clear each remaining unreachable object (CPython's `tp_clear`):
//!    dropping its references breaks the cycles, and reference counting frees the rest.
//!
//! Survivors move to the next older generation. A collection of generation 0 starts when
//! the number of tracked allocations minus deallocations exceeds `threshold[0]` (700);
//! every `threshold[i]` collections of generation `i` trigger one of `i + 1`. The trigger
//! only sets a flag; the collection itself runs at the next safe point of the eval loop
//! (a function entry or a backward jump), where no native code is half-way through
//! changing an object.
//!
//! Every collector-visible reference lives in a payload listed in [`traverse`]; a payload
//! that holds references but is missing there would make its targets look externally
//! referenced (a leak, never a wrong free).

use crate::heap::{GcLinks, Obj, ObjRef, COLLECTING, FINALIZED, TRACKED, UNREACHABLE};
use crate::object::{IterState, Payload};
use crate::value::Value;
use crate::Vm;
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

/// Number of generations (CPython's `NUM_GENERATIONS`).
pub const NUM_GENERATIONS: usize = 3;

/// `gc.DEBUG_*` flags.
pub const DEBUG_STATS: i64 = 1;
pub const DEBUG_COLLECTABLE: i64 = 2;
pub const DEBUG_UNCOLLECTABLE: i64 = 4;
pub const DEBUG_SAVEALL: i64 = 32;
pub const DEBUG_LEAK: i64 = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

/// A circular doubly linked list of tracked objects, with a heap-allocated sentinel node
/// (so the list can move without invalidating its members' links). The sentinel is owned
/// through a raw pointer, not a `Box`: moving a `Box` would assert unique access to the
/// sentinel and invalidate the pointers the members hold to it.
pub struct GcList {
    sentinel: NonNull<GcLinks>,
}

impl GcList {
    fn new() -> GcList {
        let sentinel = NonNull::from(Box::leak(Box::new(GcLinks::unlinked())));
        let p = sentinel.as_ptr() as *const GcLinks;
        // SAFETY: just allocated, valid and not shared yet.
        unsafe {
            (*p).prev.set(p);
            (*p).next.set(p);
        }
        GcList { sentinel }
    }

    fn head(&self) -> *const GcLinks {
        self.sentinel.as_ptr()
    }

    fn sentinel_ref(&self) -> &GcLinks {
        // SAFETY: the sentinel lives as long as the list (freed in Drop).
        unsafe { self.sentinel.as_ref() }
    }

    fn is_empty(&self) -> bool {
        self.sentinel_ref().next.get() == self.head()
    }

    /// The first object, if any.
    fn first(&self) -> Option<NonNull<Obj>> {
        let n = self.sentinel_ref().next.get();
        if n == self.head() {
            None
        } else {
            // `GcLinks` is the first field of the repr(C) `Obj`: a member node is its object.
            NonNull::new(n as *mut Obj)
        }
    }

    /// Append `node` (currently unlinked) at the end.
    ///
    /// # Safety
    /// `node` is the header of a live object, not in any list; the GIL is held.
    unsafe fn push(&self, node: *const GcLinks) {
        let last = self.sentinel_ref().prev.get();
        // SAFETY: `node` is a live header (caller's contract) and `last` is a member of
        // this list or its sentinel.
        unsafe {
            (*node).prev.set(last);
            (*node).next.set(self.head());
            (*last).next.set(node);
        }
        self.sentinel_ref().prev.set(node);
    }

    /// Move every object of `self` to the end of `to`.
    fn merge_into(&self, to: &GcList) {
        if self.is_empty() {
            return;
        }
        // SAFETY: all nodes are headers of live tracked objects or the two sentinels; the
        // GIL is held, so nothing else relinks them meanwhile.
        unsafe {
            let first = self.sentinel_ref().next.get();
            let last = self.sentinel_ref().prev.get();
            let tail = to.sentinel_ref().prev.get();
            (*tail).next.set(first);
            (*first).prev.set(tail);
            (*last).next.set(to.head());
            to.sentinel_ref().prev.set(last);
        }
        self.sentinel_ref().prev.set(self.head());
        self.sentinel_ref().next.set(self.head());
    }

    /// Call `f` on every object, in list order. `f` must not unlink objects (it may
    /// append to other lists only after the walk has passed them: it reads `next` first).
    #[inline]
    fn for_each(&self, mut f: impl FnMut(&Obj)) {
        let mut n = self.sentinel_ref().next.get();
        while n != self.head() {
            // SAFETY: `n` is a member node, so a live object's header (the first field
            // of the repr(C) Obj), and the walk reads `next` before calling `f`.
            let obj = unsafe { &*(n as *const Obj) };
            n = obj.gc.next.get();
            f(obj);
        }
    }

    /// The objects, in list order (a snapshot).
    fn objects(&self) -> Vec<NonNull<Obj>> {
        let mut out = Vec::new();
        let mut n = self.sentinel_ref().next.get();
        while n != self.head() {
            out.push(NonNull::new(n as *mut Obj).expect("list node"));
            // SAFETY: `n` is a member node, so a live object's header.
            n = unsafe { (*n).next.get() };
        }
        out
    }

    fn len(&self) -> usize {
        let mut k = 0;
        let mut n = self.sentinel_ref().next.get();
        while n != self.head() {
            k += 1;
            // SAFETY: as in `objects`.
            n = unsafe { (*n).next.get() };
        }
        k
    }
}

/// Unlink `node` from whatever list it is in.
///
/// # Safety
/// `node` is linked into a list whose other nodes are alive; the GIL is held.
unsafe fn unlink(node: *const GcLinks) {
    // SAFETY: `node` and its neighbours are live headers or sentinels (caller's contract).
    unsafe {
        let p = (*node).prev.get();
        let n = (*node).next.get();
        (*p).next.set(n);
        (*n).prev.set(p);
        (*node).prev.set(std::ptr::null());
        (*node).next.set(std::ptr::null());
    }
}

/// Move the linked `obj` to the end of `to`.
///
/// # Safety
/// As for [`unlink`].
unsafe fn move_to(obj: NonNull<Obj>, to: &GcList) {
    let node = obj.as_ptr() as *const GcLinks;
    // SAFETY: the caller's contract.
    unsafe {
        unlink(node);
        to.push(node);
    }
}

/// Collection statistics of one generation (`gc.get_stats()`).
#[derive(Clone, Copy, Default)]
pub struct GenStats {
    pub collections: usize,
    pub collected: usize,
    pub uncollectable: usize,
}

/// One interpreter's collector state (CPython's `struct _gc_runtime_state`).
pub struct GcState {
    generations: [GcList; NUM_GENERATIONS],
    /// `gc.freeze()`: objects the collector ignores.
    permanent: GcList,
    /// Per generation: allocations (gen 0) or collections of the younger one since its
    /// last collection.
    pub counts: [Cell<isize>; NUM_GENERATIONS],
    pub thresholds: [Cell<isize>; NUM_GENERATIONS],
    pub enabled: Cell<bool>,
    /// A collection is due; run at the next safe point of the eval loop (mirrored in the
    /// GIL's eval-breaker word, which is what the loop tests).
    pub pending: Cell<bool>,
    /// The interpreter's GIL, whose eval breaker announces pending collections.
    pub gil: std::sync::Arc<crate::gil::Gil>,
    collecting: Cell<bool>,
    pub debug: Cell<i64>,
    /// Objects in generation 2 after the last full collection, and survivors added since
    /// (the full-collection damping of CPython's `gc_collect_generations`).
    long_lived_total: Cell<usize>,
    long_lived_pending: Cell<usize>,
    pub stats: RefCell<[GenStats; NUM_GENERATIONS]>,
    /// `gc.garbage` and `gc.callbacks` (lists, created with the `gc` module).
    pub garbage: RefCell<Option<ObjRef>>,
    pub callbacks: RefCell<Option<ObjRef>>,
    /// Weak references by referent (see `weakref.rs`).
    pub weakrefs: crate::weakref::WeakTable,
    /// Bytes charged to live objects while a heap limit is set (see `limits.rs`).
    heap_bytes: Cell<usize>,
    /// The host's heap limit; `usize::MAX` when there is none (then nothing is charged).
    heap_limit: Cell<usize>,
}

thread_local! {
    /// The collector state of the interpreter running on this thread.
    static CURRENT: Cell<*const GcState> = const { Cell::new(std::ptr::null()) };
}

impl GcState {
    /// A new collector state, installed as this thread's current one.
    #[allow(clippy::new_ret_no_self)]
    pub fn new(gil: std::sync::Arc<crate::gil::Gil>) -> GcHandle {
        let stress = std::env::var_os("FERROPY_GC_STRESS").is_some_and(|v| v != "0");
        let gc = Box::new(GcState {
            generations: [GcList::new(), GcList::new(), GcList::new()],
            permanent: GcList::new(),
            counts: Default::default(),
            thresholds: [
                Cell::new(if stress { 1 } else { 700 }),
                Cell::new(10),
                Cell::new(10),
            ],
            enabled: Cell::new(true),
            pending: Cell::new(false),
            gil,
            collecting: Cell::new(false),
            debug: Cell::new(0),
            long_lived_total: Cell::new(0),
            long_lived_pending: Cell::new(0),
            stats: RefCell::new(Default::default()),
            garbage: RefCell::new(None),
            callbacks: RefCell::new(None),
            weakrefs: Default::default(),
            heap_bytes: Cell::new(0),
            heap_limit: Cell::new(usize::MAX),
        });
        let handle = GcHandle(NonNull::from(Box::leak(gc)));
        handle.install();
        handle
    }

    /// Set the heap limit (None: unlimited).
    pub fn set_heap_limit(&self, bytes: Option<usize>) {
        self.heap_limit.set(bytes.unwrap_or(usize::MAX));
    }

    pub fn heap_bytes(&self) -> usize {
        self.heap_bytes.get()
    }

    /// Charge `bytes` to the heap; past the limit, abort the run (the allocation itself
    /// goes ahead: the abort surfaces at the next safe point).
    fn charge(&self, bytes: usize) {
        let total = self.heap_bytes.get().saturating_add(bytes);
        self.heap_bytes.set(total);
        if total > self.heap_limit.get() {
            self.gil.request_abort(crate::limits::LimitKind::Memory);
        }
    }

    /// Announce (or withdraw) a due collection to the eval loop.
    #[inline]
    pub fn set_pending(&self, due: bool) {
        self.pending.set(due);
        if due {
            self.gil.set_breaker(crate::gil::breaker::GC_PENDING);
        } else {
            self.gil.clear_breaker(crate::gil::breaker::GC_PENDING);
        }
    }

    /// Make this the state new containers on this thread are tracked in.
    pub fn install(&self) {
        CURRENT.with(|c| c.set(self as *const GcState));
    }

    pub fn is_current(&self) -> bool {
        CURRENT.with(|c| std::ptr::eq(c.get(), self))
    }

    /// Install this state, returning the one it replaces (for [`GcState::restore`]).
    pub(crate) fn enter(&self) -> *const GcState {
        CURRENT.with(|c| c.replace(self as *const GcState))
    }

    /// Put back the state `enter` replaced.
    pub(crate) fn restore(prev: *const GcState) {
        CURRENT.with(|c| c.set(prev));
    }

    /// Objects tracked in generation `g` (for `gc.get_objects`).
    pub fn generation_len(&self, g: usize) -> usize {
        self.generations[g].len()
    }

    pub fn freeze_count(&self) -> usize {
        self.permanent.len()
    }
}

impl Drop for GcList {
    fn drop(&mut self) {
        // SAFETY: allocated by Box in `new` and freed only here.
        drop(unsafe { Box::from_raw(self.sentinel.as_ptr()) });
    }
}

/// Owner of an interpreter's [`GcState`], through a raw pointer for the same reason as
/// [`GcList`]'s sentinel: the thread's current-state pointer must stay valid when the
/// owner moves.
pub struct GcHandle(NonNull<GcState>);

impl std::ops::Deref for GcHandle {
    type Target = GcState;
    fn deref(&self) -> &GcState {
        // SAFETY: allocated in `GcState::new` and freed only by this handle's Drop.
        unsafe { self.0.as_ref() }
    }
}

impl Drop for GcHandle {
    fn drop(&mut self) {
        // SAFETY: as above; this is the only owner.
        drop(unsafe { Box::from_raw(self.0.as_ptr()) });
    }
}

impl Drop for GcState {
    fn drop(&mut self) {
        // Objects that outlive the interpreter (leaked or held by the host) must not keep
        // pointers into these lists: untrack them.
        for list in self
            .generations
            .iter()
            .chain(std::iter::once(&self.permanent))
        {
            for p in list.objects() {
                // SAFETY: members of the lists are live objects; the GIL is held.
                let obj = unsafe { p.as_ref() };
                obj.gc.prev.set(std::ptr::null());
                obj.gc.next.set(std::ptr::null());
                obj.flags
                    .set(obj.flags.get() & !(TRACKED | COLLECTING | UNREACHABLE));
            }
        }
        CURRENT.with(|c| {
            if std::ptr::eq(c.get(), self) {
                c.set(std::ptr::null());
            }
        });
    }
}

/// The state for this thread, if an interpreter installed one.
pub(crate) fn with_current<R>(f: impl FnOnce(&GcState) -> R) -> Option<R> {
    let p = CURRENT.with(|c| c.get());
    if p.is_null() {
        None
    } else {
        // SAFETY: the pointer is installed by a live GcState (boxed, so it does not move)
        // and cleared by its Drop.
        Some(f(unsafe { &*p }))
    }
}

/// What a new object with `payload` is charged against the heap limit (0 when no limit
/// is set, so ordinary runs charge nothing); the charge is remembered in its header.
#[inline]
pub(crate) fn charge_new(payload: &Payload) -> u32 {
    with_current(|gc| {
        if gc.heap_limit.get() == usize::MAX {
            return 0;
        }
        let b = object_bytes(payload);
        gc.charge(b as usize);
        b
    })
    .unwrap_or(0)
}

/// Refund an object's charge when it is freed.
#[inline]
pub(crate) fn refund(charge: u32) {
    if charge != 0 {
        with_current(|gc| {
            gc.heap_bytes
                .set(gc.heap_bytes.get().saturating_sub(charge as usize))
        });
    }
}

/// Would `bytes` more push the heap past its limit?
#[inline]
pub(crate) fn would_exceed(bytes: u128) -> bool {
    with_current(|gc| {
        let limit = gc.heap_limit.get();
        limit != usize::MAX && gc.heap_bytes.get() as u128 + bytes > limit as u128
    })
    .unwrap_or(false)
}

/// An object's size for the heap limit: its header and the buffer its payload owns.
pub(crate) fn object_bytes(payload: &Payload) -> u32 {
    use std::mem::size_of;
    let value = size_of::<crate::Value>();
    let extra = match payload {
        Payload::Str(s) => s.s.len(),
        Payload::Bytes(b) => b.len(),
        Payload::ByteArray(b) => b.borrow().capacity(),
        Payload::List(l) => l.borrow().capacity() * value,
        Payload::Tuple(t) => t.len() * value,
        Payload::Dict(d) => d.borrow().heap_bytes(),
        Payload::Set(t) | Payload::FrozenSet(t) => t.borrow().len() * (2 * value),
        Payload::BigInt(b) => (b.bits() / 8) as usize,
        Payload::Function(_) | Payload::Code(_) | Payload::Type(_) => 256,
        _ => 0,
    };
    (size_of::<crate::heap::Obj>() + extra).min(u32::MAX as usize) as u32
}

/// Re-charge a container whose buffer may have grown (`charge` is its header's record):
/// returns the new record.
pub(crate) fn recharge(payload: &Payload, charge: u32) -> u32 {
    if charge == 0 && !limit_set() {
        return 0;
    }
    let now = object_bytes(payload);
    with_current(|gc| {
        if now >= charge {
            gc.charge((now - charge) as usize);
        } else {
            gc.heap_bytes
                .set(gc.heap_bytes.get().saturating_sub((charge - now) as usize));
        }
    });
    now
}

fn limit_set() -> bool {
    with_current(|gc| gc.heap_limit.get() != usize::MAX).unwrap_or(false)
}

/// Is a new object with this payload and type a container (CPython: the type has
/// `Py_TPFLAGS_HAVE_GC`)? Dicts start untracked and are tracked when they first hold a
/// container (CPython's `MAINTAIN_TRACKING`).
pub(crate) fn should_track(payload: &Payload, ty: Option<&ObjRef>) -> bool {
    match payload {
        Payload::List(_)
        | Payload::Tuple(_)
        | Payload::Set(_)
        | Payload::FrozenSet(_)
        | Payload::Slice(_)
        | Payload::Function(_)
        | Payload::BoundMethod(_)
        | Payload::Cell(_)
        | Payload::Module(_)
        | Payload::Exception(_)
        | Payload::Traceback(_)
        | Payload::Iter(_)
        | Payload::Generator(_)
        | Payload::Property(_)
        | Payload::StaticMethod(_)
        | Payload::ClassMethod(_)
        | Payload::Super(_)
        | Payload::DictView(..)
        | Payload::AsyncGenOp(_)
        | Payload::AsyncGenWrapped(_)
        | Payload::Ext(_)
        | Payload::WeakRef(_) => true,
        Payload::Native(_) => true,
        Payload::Type(td) => td.heap_type,
        _ => ty.is_some_and(|t| matches!(t.payload(), Payload::Type(td) if td.heap_type)),
    }
}

/// Track a just-allocated container in the youngest generation and count it.
pub(crate) fn track_new(ptr: NonNull<Obj>) {
    with_current(|gc| {
        // SAFETY: `ptr` was just allocated and is not in any list; the GIL is held.
        unsafe {
            let obj = ptr.as_ref();
            // The node pointer keeps the whole object's provenance (it is cast back to
            // `*const Obj` by the list walks).
            gc.generations[0].push(ptr.as_ptr() as *const GcLinks);
            obj.flags.set(obj.flags.get() | TRACKED);
        }
        let c = gc.counts[0].get() + 1;
        gc.counts[0].set(c);
        if c > gc.thresholds[0].get()
            && gc.enabled.get()
            && gc.thresholds[0].get() > 0
            && !gc.collecting.get()
        {
            gc.set_pending(true);
        }
    });
}

/// Is `o` of a container type (CPython's `PyObject_IS_GC`), tracked or not?
pub fn is_container(o: &ObjRef) -> bool {
    matches!(o.payload(), Payload::Dict(_)) || should_track(o.payload(), o.raw_type())
}

/// Start tracking an existing untracked container (a dict that now holds one).
pub fn track(o: &ObjRef) {
    let obj = o.header();
    if obj.flags.get() & TRACKED != 0 {
        return;
    }
    with_current(|gc| {
        // SAFETY: the object is alive (we hold `o`) and not in a list.
        unsafe { gc.generations[0].push(o.as_ptr().as_ptr() as *const GcLinks) };
        obj.flags.set(obj.flags.get() | TRACKED);
    });
}

/// Stop tracking (CPython's `PyObject_GC_UnTrack`).
fn untrack(obj: &Obj) {
    if obj.flags.get() & TRACKED != 0 {
        // SAFETY: a tracked object is linked into a list of live objects.
        unsafe { unlink(obj as *const Obj as *const GcLinks) };
        obj.flags
            .set(obj.flags.get() & !(TRACKED | COLLECTING | UNREACHABLE));
    }
}

/// A tracked object is being freed: unlink it and uncount its allocation.
pub(crate) fn untrack_freed(obj: &Obj) {
    untrack(obj);
    with_current(|gc| {
        let c = gc.counts[0].get();
        if c > 0 {
            gc.counts[0].set(c - 1);
        }
    });
}

/// Could `v` be part of a cycle (CPython's `_PyObject_GC_MAY_BE_TRACKED`)? Any container
/// could, even one untracked for now (a dict that holds only atoms yet), except a tuple
/// that has been untracked (its items can never change).
#[inline]
fn may_be_tracked(v: &Value) -> bool {
    match v {
        Value::Obj(o) => {
            let h = o.header();
            if h.flags.get() & TRACKED != 0 {
                return true;
            }
            matches!(o.payload(), Payload::Dict(_))
        }
        _ => false,
    }
}

/// Before storing `key: value` in dict `d`: track the dict if it will hold a container.
#[inline]
pub fn maybe_track_dict(d: &ObjRef, key: &Value, value: &Value) {
    if d.header().flags.get() & TRACKED == 0 && (may_be_tracked(value) || may_be_tracked(key)) {
        track(d);
    }
}

// ----------------------------------------------------------------------------------------
// Traversal and clearing: what each payload refers to (tp_traverse / tp_clear).
// ----------------------------------------------------------------------------------------

fn visit_value(v: &Value, visit: &mut dyn FnMut(&ObjRef)) {
    if let Value::Obj(o) = v {
        visit(o);
    }
}

fn visit_frame(f: &crate::frame::Frame, visit: &mut dyn FnMut(&ObjRef)) {
    visit(&f.code);
    if let Some(func) = &f.func {
        visit(func);
    }
    visit(&f.globals);
    visit(&f.builtins);
    if let Some(l) = &f.locals {
        visit_value(l, visit);
    }
    for v in f.fast.iter().chain(f.stack.iter()) {
        visit_value(v, visit);
    }
    if let Some(k) = &f.kwnames {
        visit_value(k, visit);
    }
}

/// Call `visit` on every object `obj` holds a reference to (CPython's `tp_traverse`),
/// including its instance dict and, for instances of classes, the class. A RefCell that
/// is borrowed elsewhere is skipped: its targets then look externally referenced, which
/// only delays their collection.
pub fn traverse(obj: &Obj, visit: &mut dyn FnMut(&ObjRef)) {
    if let Payload::Object(attrs) = obj.payload() {
        // CPython's subtype_traverse order: inline values, the dict, then the class.
        if let Ok(attrs) = attrs.try_borrow() {
            attrs.values().for_each(|v| visit_value(v, visit));
        }
        if let Ok(d) = obj.dict_cell().try_borrow() {
            if let Some(d) = &*d {
                visit(d);
            }
        }
        if let Some(t) = obj.raw_type() {
            if matches!(t.payload(), Payload::Type(td) if td.heap_type) {
                visit(t);
            }
        }
        return;
    }
    if let Some(t) = obj.raw_type() {
        if matches!(t.payload(), Payload::Type(td) if td.heap_type) {
            visit(t);
        }
    }
    if let Ok(d) = obj.dict_cell().try_borrow() {
        if let Some(d) = &*d {
            visit(d);
        }
    }
    match obj.payload() {
        Payload::List(items) => {
            if let Ok(items) = items.try_borrow() {
                items.iter().for_each(|v| visit_value(v, visit));
            }
        }
        Payload::Tuple(items) => items.iter().for_each(|v| visit_value(v, visit)),
        Payload::Dict(d) => {
            if let Ok(d) = d.try_borrow() {
                for e in d.iter() {
                    visit_value(&e.key, visit);
                    visit_value(&e.value, visit);
                }
            }
        }
        Payload::Set(t) | Payload::FrozenSet(t) => {
            if let Ok(t) = t.try_borrow() {
                t.iter().for_each(|(_, k)| visit_value(k, visit));
            }
        }
        Payload::Slice(s) => s.iter().for_each(|v| visit_value(v, visit)),
        Payload::Function(f) => {
            if let Ok(c) = f.code.try_borrow() {
                visit(&c);
            }
            visit(&f.globals);
            visit(&f.builtins);
            for cell in [
                &f.name,
                &f.qualname,
                &f.defaults,
                &f.kwdefaults,
                &f.doc,
                &f.annotations,
            ] {
                if let Ok(v) = cell.try_borrow() {
                    visit_value(&v, visit);
                }
            }
            visit_value(&f.closure, visit);
            visit_value(&f.module, visit);
        }
        Payload::Native(n) => {
            if let Some(b) = &n.bound {
                visit_value(b, visit);
            }
        }
        Payload::BoundMethod(m) => {
            visit_value(&m.0, visit);
            visit_value(&m.1, visit);
        }
        Payload::Cell(c) => {
            if let Ok(v) = c.try_borrow() {
                visit_value(&v, visit);
            }
        }
        Payload::Type(td) => {
            if let Ok(d) = td.dict.try_borrow() {
                for e in d.iter() {
                    visit_value(&e.key, visit);
                    visit_value(&e.value, visit);
                }
            }
            // Subclass links are uncounted: not references.
            for list in [&td.bases, &td.mro] {
                if let Ok(l) = list.try_borrow() {
                    l.iter().for_each(&mut *visit);
                }
            }
        }
        Payload::Module(m) => visit(&m.dict),
        Payload::Exception(e) => {
            if let Ok(e) = e.try_borrow() {
                for v in [&e.args, &e.traceback, &e.cause, &e.context] {
                    visit_value(v, visit);
                }
            }
        }
        Payload::Traceback(t) => {
            visit_value(&t.next, visit);
            visit(&t.code);
        }
        Payload::Iter(st) => {
            if let Ok(st) = st.try_borrow() {
                traverse_iter(&st, visit);
            }
        }
        Payload::Generator(g) => {
            if let Ok(f) = g.frame.try_borrow() {
                if let Some(f) = &*f {
                    visit_frame(f, visit);
                }
            }
            for cell in [&g.name, &g.qualname_v, &g.saved_exc, &g.ag_finalizer] {
                if let Ok(v) = cell.try_borrow() {
                    visit_value(&v, visit);
                }
            }
            visit(&g.code);
        }
        Payload::Property(p) => p.iter().for_each(|v| visit_value(v, visit)),
        Payload::StaticMethod(v) | Payload::ClassMethod(v) | Payload::AsyncGenWrapped(v) => {
            visit_value(v, visit)
        }
        Payload::Super(s) => {
            visit(&s.0);
            visit_value(&s.1, visit);
        }
        Payload::DictView(d, _) => visit(d),
        Payload::AsyncGenOp(op) => {
            visit_value(&op.target, visit);
            match &op.kind {
                crate::asyncgen::AgOpKind::ASend(v) => {
                    if let Ok(v) = v.try_borrow() {
                        visit_value(&v, visit);
                    }
                }
                crate::asyncgen::AgOpKind::AThrow(args) => {
                    if let Ok(a) = args.try_borrow() {
                        a.iter().for_each(|v| visit_value(v, visit));
                    }
                }
                crate::asyncgen::AgOpKind::ANextDefault(v) => visit_value(v, visit),
                _ => {}
            }
        }
        Payload::Ext(e) => e.traverse(&mut |v| visit_value(v, visit)),
        Payload::WeakRef(w) => {
            if let Ok(cb) = w.callback.try_borrow() {
                visit_value(&cb, visit);
            }
        }
        Payload::Object(_)
        | Payload::BigInt(_)
        | Payload::Float(_)
        | Payload::Complex(..)
        | Payload::Str(_)
        | Payload::Bytes(_)
        | Payload::ByteArray(_)
        | Payload::Range(_)
        | Payload::Code(_)
        | Payload::GetSet(_)
        | Payload::Singleton(_) => {}
    }
}

fn traverse_iter(st: &IterState, visit: &mut dyn FnMut(&ObjRef)) {
    match st {
        IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => visit_value(seq, visit),
        IterState::Dict { dict, .. } => visit(dict),
        IterState::Str { s, .. } => visit(s),
        IterState::Enumerate { it, count } => {
            visit_value(it, visit);
            visit_value(count, visit);
        }
        IterState::Zip { iters, .. } => iters.iter().for_each(|v| visit_value(v, visit)),
        IterState::Map { func, iters } => {
            visit_value(func, visit);
            iters.iter().for_each(|v| visit_value(v, visit));
        }
        IterState::Filter { func, it } => {
            visit_value(func, visit);
            visit_value(it, visit);
        }
        IterState::Callable { func, sentinel } => {
            visit_value(func, visit);
            visit_value(sentinel, visit);
        }
        IterState::Range { .. } | IterState::Exhausted => {}
    }
}

/// Drop the references `o` holds that can be dropped (CPython's `tp_clear`), to break the
/// cycles it is part of. Values are moved out first and released after every borrow ends,
/// since releasing them may run `__del__` methods.
fn clear(o: &ObjRef) {
    let mut dropped: Vec<Value> = Vec::new();
    if let Payload::Object(attrs) = o.payload() {
        // CPython's _PyObject_ClearInstanceAttributes: the values in order.
        if let Ok(mut attrs) = attrs.try_borrow_mut() {
            let (slots, attrs) = attrs.take_all();
            dropped.extend(slots);
            let (names, values): (Vec<_>, Vec<_>) = attrs.into_iter().unzip();
            dropped.extend(values);
            dropped.extend(names.into_iter().map(Value::Obj));
        }
    }
    if let Ok(mut d) = o.dict_cell().try_borrow_mut() {
        if let Some(d) = d.take() {
            dropped.push(Value::Obj(d));
        }
    }
    match o.payload() {
        Payload::List(items) => {
            if let Ok(mut items) = items.try_borrow_mut() {
                dropped.extend(std::mem::take(&mut *items).into_iter().rev());
            }
        }
        Payload::Dict(d) => {
            if let Ok(mut d) = d.try_borrow_mut() {
                for e in d.clear() {
                    dropped.push(e.key);
                    dropped.push(e.value);
                }
            }
        }
        Payload::Set(t) | Payload::FrozenSet(t) => {
            if let Ok(mut t) = t.try_borrow_mut() {
                let keys: Vec<Value> = t.iter().map(|(_, k)| k.clone()).collect();
                t.clear();
                dropped.extend(keys);
            }
        }
        Payload::Function(f) => {
            for cell in [&f.defaults, &f.kwdefaults, &f.doc, &f.annotations] {
                if let Ok(mut v) = cell.try_borrow_mut() {
                    dropped.push(std::mem::replace(&mut *v, Value::None));
                }
            }
        }
        Payload::Cell(c) => {
            if let Ok(mut v) = c.try_borrow_mut() {
                dropped.push(std::mem::replace(&mut *v, Value::Null));
            }
        }
        Payload::Type(td) => {
            if let Ok(mut d) = td.dict.try_borrow_mut() {
                for e in d.clear() {
                    dropped.push(e.key);
                    dropped.push(e.value);
                }
            }
            // The MRO starts with the class itself (CPython's type_clear drops tp_mro too).
            if let Ok(mut mro) = td.mro.try_borrow_mut() {
                dropped.extend(std::mem::take(&mut *mro).into_iter().map(Value::Obj));
            }
            crate::types::bump_type_version();
        }
        Payload::Exception(e) => {
            if let Ok(mut e) = e.try_borrow_mut() {
                let e = &mut *e;
                for v in [&mut e.args, &mut e.traceback, &mut e.cause, &mut e.context] {
                    dropped.push(std::mem::replace(v, Value::None));
                }
            }
        }
        Payload::Iter(st) => {
            if let Ok(mut st) = st.try_borrow_mut() {
                let old = std::mem::replace(&mut *st, IterState::Exhausted);
                drop(st);
                drop(old);
            }
        }
        Payload::Generator(g) => {
            if g.state.get() != crate::generator::GenState::Running {
                if let Ok(mut f) = g.frame.try_borrow_mut() {
                    let old = f.take();
                    g.state.set(crate::generator::GenState::Closed);
                    drop(f);
                    drop(old);
                }
            }
            for cell in [&g.saved_exc, &g.ag_finalizer] {
                if let Ok(mut v) = cell.try_borrow_mut() {
                    dropped.push(std::mem::replace(&mut *v, Value::None));
                }
            }
        }
        Payload::Ext(e) => e.clear(),
        _ => {}
    }
    drop(dropped);
}

// ----------------------------------------------------------------------------------------
// The collection phases.
// ----------------------------------------------------------------------------------------

/// Phase 1: `gc_refs = refcount` for every object of `young`, which is marked COLLECTING.
fn update_refs(young: &GcList) {
    young.for_each(|obj| {
        obj.gc_refs.set(obj.refcnt() as isize);
        obj.flags.set(obj.flags.get() | COLLECTING);
    });
}

/// Phase 2: subtract the references that come from inside `young`.
fn subtract_refs(young: &GcList) {
    young.for_each(|obj| {
        traverse(obj, &mut |child| {
            let c = child.header();
            if c.flags.get() & COLLECTING != 0 {
                c.gc_refs.set(c.gc_refs.get() - 1);
            }
        });
    });
}

/// Phase 3: split `young` into the reachable (left in `young`) and `unreachable`.
///
/// Walks `young` in order. An object with outside references (`gc_refs > 0`) is
/// reachable: its COLLECTING children are marked reachable too (`gc_refs = 1`), and any
/// already moved to `unreachable` come back to the end of `young`, to be visited in turn.
/// An object still at zero when reached is tentatively unreachable.
fn move_unreachable(young: &GcList, unreachable: &GcList) {
    // SAFETY: (the whole function) list members are live objects, the GIL is held, and
    // only this function relinks them meanwhile.
    unsafe {
        let mut n = young.sentinel_ref().next.get();
        while n != young.head() {
            let p = NonNull::new(n as *mut Obj).expect("node");
            let obj = p.as_ref();
            let next = (*n).next.get();
            if obj.gc_refs.get() > 0 {
                traverse(obj, &mut |child| {
                    let c = child.header();
                    let f = c.flags.get();
                    if f & COLLECTING == 0 {
                        return;
                    }
                    if f & UNREACHABLE != 0 {
                        c.flags.set(f & !UNREACHABLE);
                        c.gc_refs.set(1);
                        move_to(child.as_ptr(), young);
                    } else if c.gc_refs.get() == 0 {
                        c.gc_refs.set(1);
                    }
                });
                // The traversal may have appended to `young`: read `next` again.
                n = (*n).next.get();
            } else {
                obj.flags.set(obj.flags.get() | UNREACHABLE);
                move_to(p, unreachable);
                n = next;
            }
        }
    }
}

fn clear_marks(list: &GcList) {
    list.for_each(|obj| obj.flags.set(obj.flags.get() & !(COLLECTING | UNREACHABLE)));
}

/// The survivors of a collection: clear their marks and untrack tuples that hold no
/// container (CPython's `untrack_tuples`: such a tuple can never be in a cycle). Returns
/// how many objects stay tracked.
fn finish_survivors(young: &GcList) -> usize {
    let mut n = 0;
    young.for_each(|obj| {
        obj.flags.set(obj.flags.get() & !(COLLECTING | UNREACHABLE));
        if let Payload::Tuple(items) = obj.payload() {
            if !items.iter().any(may_be_tracked) {
                untrack(obj);
                return;
            }
        }
        n += 1;
    });
    n
}

/// CPython's `untrack_dicts` (full collections only).
fn untrack_dicts(young: &GcList) {
    for p in young.objects() {
        // SAFETY: members are live objects.
        let obj = unsafe { p.as_ref() };
        if let Payload::Dict(d) = obj.payload() {
            if let Ok(d) = d.try_borrow() {
                if !d
                    .iter()
                    .any(|e| may_be_tracked(&e.key) || may_be_tracked(&e.value))
                {
                    drop(d);
                    untrack(obj);
                }
            }
        }
    }
}

/// The instance dicts among the garbage that CPython 3.11 would not have as objects: it
/// keeps attributes inline for instances of ordinary classes (not for functions,
/// exceptions, modules, or subclasses of variable-size builtins such as int, str and
/// tuple) until the dict is asked for. They are not counted by `gc.collect()` and not
/// saved in `gc.garbage` (they go with their owner).
fn inline_garbage_dicts(unreachable: &GcList) -> std::collections::HashSet<usize> {
    let mut dicts = std::collections::HashSet::new();
    unreachable.for_each(|o| {
        if let Some(d) = inline_garbage_dict(o) {
            dicts.insert(d);
        }
    });
    dicts
}

/// The address of `o`'s instance dict if it is one of [`inline_garbage_dicts`].
#[inline]
fn inline_garbage_dict(o: &Obj) -> Option<usize> {
    // Most garbage has no dict object at all (plain instances keep attributes inline):
    // look at the header cell before the type.
    let cell = o.dict_cell().try_borrow().ok()?;
    let d = cell.as_ref()?;
    let inline_layout = o.flags.get() & crate::heap::DICT_MATERIALIZED == 0
        && o.raw_type()
            .is_some_and(|t| matches!(t.payload(), Payload::Type(td) if td.heap_type))
        && !matches!(
            o.payload(),
            Payload::Exception(_)
                | Payload::Function(_)
                | Payload::Module(_)
                | Payload::Type(_)
                | Payload::BigInt(_)
                | Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::Tuple(_)
        );
    if !inline_layout {
        return None;
    }
    (d.header().flags.get() & UNREACHABLE != 0).then(|| d.addr())
}

/// How many unreachable objects CPython would report (see [`inline_garbage_dicts`]).
fn reported_count(unreachable: &GcList) -> usize {
    let mut n = 0;
    unreachable.for_each(|o| {
        n += 1;
        if inline_garbage_dict(o).is_some() {
            n -= 1;
        }
    });
    n
}

/// Phase 5: clear every object still in `collectable`; survivors go to `old`.
fn delete_garbage(vm: Option<&Vm>, gc: &GcState, collectable: &GcList, old: &GcList) {
    let saveall = vm.is_some() && gc.debug.get() & DEBUG_SAVEALL != 0;
    let inline_dicts = if saveall {
        inline_garbage_dicts(collectable)
    } else {
        Default::default()
    };
    while let Some(p) = collectable.first() {
        // SAFETY: `p` is a live object in the list; holding a reference keeps it alive
        // while it is cleared.
        let o = unsafe { ObjRef::from_raw_incref(p) };
        if let (Some(vm), true) = (vm, saveall) {
            if inline_dicts.contains(&o.addr()) {
                // Kept alive by its saved owner.
            } else if let Some(g) = gc.garbage.borrow().clone() {
                let _ = crate::protocol::call::call_method(
                    vm,
                    &Value::Obj(g),
                    "append",
                    &[Value::Obj(o.clone())],
                );
            }
        } else {
            clear(&o);
        }
        drop(o);
        if collectable.first() == Some(p) {
            // Still alive (something else holds it): it may die later. (A freed object
            // would have unlinked itself, and nothing new is linked into `collectable`.)
            // SAFETY: `p` is still linked, so alive.
            let obj = unsafe { p.as_ref() };
            obj.flags.set(obj.flags.get() & !(COLLECTING | UNREACHABLE));
            // SAFETY: `p` is linked in `collectable`.
            unsafe { move_to(p, old) };
        }
    }
}

/// Collect generation `generation` (and the younger ones); returns (collected,
/// uncollectable) as `gc.collect()` reports them.
pub fn collect(vm: &Vm, generation: usize) -> (usize, usize) {
    collect_in(&vm.gc, generation, Some(vm))
}

/// The collection itself. Without an interpreter (the heap's unit tests) no finalizer,
/// debug output or `gc.garbage` is involved.
pub(crate) fn collect_in(gc: &GcState, generation: usize, vm: Option<&Vm>) -> (usize, usize) {
    if gc.collecting.get() {
        return (0, 0);
    }
    gc.collecting.set(true);
    gc.set_pending(false);
    let debug = if vm.is_some() { gc.debug.get() } else { 0 };
    let start = std::time::Instant::now();
    if let (Some(vm), true) = (vm, debug & DEBUG_STATS != 0) {
        vm.flush_stdout();
        let sizes: Vec<String> = (0..NUM_GENERATIONS)
            .map(|g| gc.generations[g].len().to_string())
            .collect();
        vm.write_stderr(&format!(
            "gc: collecting generation {generation}...\ngc: objects in each generation: {}\ngc: objects in permanent generation: {}\n",
            sizes.join(" "),
            gc.permanent.len()
        ));
    }
    // Counts: this collection is one more of the next generation's.
    if generation + 1 < NUM_GENERATIONS {
        let c = &gc.counts[generation + 1];
        c.set(c.get() + 1);
    }
    for c in &gc.counts[..=generation] {
        c.set(0);
    }
    for g in 0..generation {
        gc.generations[g].merge_into(&gc.generations[generation]);
    }
    let young = &gc.generations[generation];
    let old = if generation + 1 < NUM_GENERATIONS {
        &gc.generations[generation + 1]
    } else {
        young
    };

    // Phases 1-3.
    update_refs(young);
    subtract_refs(young);
    let unreachable = GcList::new();
    move_unreachable(young, &unreachable);
    let survivors = finish_survivors(young);
    if !std::ptr::eq(young, old) {
        if generation == NUM_GENERATIONS - 2 {
            gc.long_lived_pending
                .set(gc.long_lived_pending.get() + survivors);
        }
        young.merge_into(old);
    } else {
        untrack_dicts(young);
        gc.long_lived_pending.set(0);
        gc.long_lived_total.set(survivors);
    }

    if let (Some(vm), true) = (vm, debug & DEBUG_COLLECTABLE != 0) {
        unreachable.for_each(|o| {
            let name = o
                .raw_type()
                .map_or("type".to_string(), crate::types::type_name);
            vm.write_stderr(&format!(
                "gc: collectable <{name} {:#x}>\n",
                o as *const Obj as usize
            ));
        });
    }

    // Weak references to unreachable objects are cleared before any finalizer can see
    // them; callbacks run only for weak references that are themselves reachable
    // (CPython's handle_weakrefs).
    let mut callbacks = Vec::new();
    unreachable.for_each(|o| {
        if o.flags.get() & crate::heap::HAS_WEAKREFS != 0 {
            callbacks.extend(crate::weakref::clear_referent_if(&gc.weakrefs, o, |w| {
                w.header().flags.get() & UNREACHABLE == 0
            }));
        }
    });
    if let Some(vm) = vm {
        crate::weakref::run_callbacks(vm, callbacks);
    }

    // Phase 4: finalizers (PEP 442; CPython's finalize_garbage). Each object moves to
    // `seen` before its finalizer runs, so the walk survives objects being freed meanwhile
    // (a finalizer that breaks its cycle frees the cycle at once by reference counting).
    let mut any_finalized = false;
    if let Some(vm) = vm {
        let seen = GcList::new();
        while let Some(p) = unreachable.first() {
            // SAFETY: `p` is a live member of `unreachable`.
            unsafe { move_to(p, &seen) };
            // SAFETY: as above; it stays alive at least until the reference below is dropped.
            let obj = unsafe { p.as_ref() };
            if obj.flags.get() & FINALIZED == 0 && crate::finalize::has_finalizer(obj) {
                obj.flags.set(obj.flags.get() | FINALIZED);
                // SAFETY: live object (just checked through the list).
                let o = unsafe { ObjRef::from_raw_incref(p) };
                crate::finalize::run_finalizer(vm, &o);
                drop(o);
                any_finalized = true;
            }
        }
        seen.merge_into(&unreachable);
    }
    if any_finalized {
        // CPython's handle_resurrected_objects: what a finalizer made reachable from
        // outside survives, with everything it reaches.
        unreachable.for_each(|o| o.flags.set(o.flags.get() & !UNREACHABLE));
        update_refs(&unreachable);
        subtract_refs(&unreachable);
        let still_unreachable = GcList::new();
        move_unreachable(&unreachable, &still_unreachable);
        clear_marks(&unreachable);
        unreachable.merge_into(old);
        still_unreachable.merge_into(&unreachable);
    }

    // What is still unreachable after resurrection is what CPython counts.
    let n_unreachable = reported_count(&unreachable);

    // Phase 5.
    delete_garbage(vm, gc, &unreachable, old);

    {
        let mut stats = gc.stats.borrow_mut();
        stats[generation].collections += 1;
        stats[generation].collected += n_unreachable;
    }
    if let (Some(vm), true) = (vm, debug & DEBUG_STATS != 0) {
        vm.write_stderr(&format!(
            "gc: done, {n_unreachable} unreachable, 0 uncollectable, {:.4}s elapsed\n",
            start.elapsed().as_secs_f64()
        ));
    }
    gc.collecting.set(false);
    (n_unreachable, 0)
}

/// Run the `gc.callbacks` with `phase` ("start"/"stop") and the info dict.
fn invoke_callbacks(vm: &Vm, phase: &str, generation: usize, counts: (usize, usize)) {
    let cbs = match vm.gc.callbacks.borrow().clone() {
        Some(c) => c,
        None => return,
    };
    let list = match cbs.payload() {
        Payload::List(l) => l.borrow().clone(),
        _ => return,
    };
    if list.is_empty() {
        return;
    }
    let info = vm.new_dict();
    let _ = crate::types::dict::set_item(
        vm,
        &info,
        vm.new_str("generation"),
        Value::Int(generation as i64),
    );
    let _ = crate::types::dict::set_item(
        vm,
        &info,
        vm.new_str("collected"),
        Value::Int(counts.0 as i64),
    );
    let _ = crate::types::dict::set_item(
        vm,
        &info,
        vm.new_str("uncollectable"),
        Value::Int(counts.1 as i64),
    );
    for cb in list {
        if let Err(e) =
            crate::protocol::call::call(vm, &cb, &[vm.new_str(phase), Value::Obj(info.clone())])
        {
            crate::finalize::write_unraisable(vm, &e, &cb);
        }
    }
}

/// `gc.collect(generation)` and automatic collections: a collection with the callbacks
/// around it.
pub fn collect_with_callback(vm: &Vm, generation: usize) -> (usize, usize) {
    invoke_callbacks(vm, "start", generation, (0, 0));
    let r = collect(vm, generation);
    invoke_callbacks(vm, "stop", generation, r);
    r
}

/// Called at a safe point when `pending` is set: collect the oldest generation whose
/// count exceeds its threshold (CPython's `gc_collect_generations`).
#[cold]
pub fn collect_generations(vm: &Vm) {
    let gc = &*vm.gc;
    gc.set_pending(false);
    if !gc.enabled.get() || gc.collecting.get() {
        return;
    }
    for g in (0..NUM_GENERATIONS).rev() {
        if gc.counts[g].get() > gc.thresholds[g].get() {
            // Full collections only when enough new long-lived objects piled up.
            if g == NUM_GENERATIONS - 1
                && gc.long_lived_pending.get() < gc.long_lived_total.get() / 4
            {
                continue;
            }
            collect_with_callback(vm, g);
            break;
        }
    }
}

/// The tracked objects of `generation` (or all), for `gc.get_objects`.
pub fn objects(vm: &Vm, generation: Option<usize>) -> Vec<ObjRef> {
    let gc = &*vm.gc;
    let lists: Vec<&GcList> = match generation {
        Some(g) => vec![&gc.generations[g]],
        None => gc.generations.iter().collect(),
    };
    lists
        .into_iter()
        .flat_map(|l| l.objects())
        // SAFETY: members are live objects.
        .map(|p| unsafe { ObjRef::from_raw_incref(p) })
        .collect()
}

/// The objects `o` refers to (`gc.get_referents`).
pub fn referents(o: &ObjRef) -> Vec<ObjRef> {
    let mut out = Vec::new();
    traverse(o.header(), &mut |c| out.push(c.clone()));
    out
}

/// The values `o` refers to, atoms included (`gc.get_referents`: ints and None are objects
/// in CPython). Containers list their items; other objects their object references.
pub fn referent_values(o: &ObjRef) -> Vec<Value> {
    match o.payload() {
        Payload::List(items) => items.borrow().clone(),
        Payload::Tuple(items) => items.to_vec(),
        // CPython's dict_traverse: a dict whose keys are all str visits only its values;
        // otherwise each value, then its key.
        Payload::Dict(d) => {
            let d = d.borrow();
            let all_str = d
                .iter()
                .all(|e| matches!(&e.key, Value::Obj(k) if matches!(k.payload(), Payload::Str(_))));
            if all_str {
                d.iter().map(|e| e.value.clone()).collect()
            } else {
                d.iter()
                    .flat_map(|e| [e.value.clone(), e.key.clone()])
                    .collect()
            }
        }
        Payload::Set(t) | Payload::FrozenSet(t) => {
            t.borrow().iter().map(|(_, k)| k.clone()).collect()
        }
        // The order of `traverse`, with the inline values' atoms included.
        Payload::Object(attrs) => {
            let mut out: Vec<Value> = attrs.borrow().values().cloned().collect();
            if let Some(d) = o.dict_cell().borrow().as_ref() {
                out.push(Value::Obj(d.clone()));
            }
            if let Some(t) = o.raw_type() {
                if matches!(t.payload(), Payload::Type(td) if td.heap_type) {
                    out.push(Value::Obj(t.clone()));
                }
            }
            out
        }
        _ => referents(o).into_iter().map(Value::Obj).collect(),
    }
}

/// `gc.freeze()`: move everything into the permanent generation.
pub fn freeze(vm: &Vm) {
    let gc = &*vm.gc;
    for g in &gc.generations {
        g.merge_into(&gc.permanent);
    }
    gc.counts[0].set(0);
}

/// `gc.unfreeze()`: back into the oldest generation.
pub fn unfreeze(vm: &Vm) {
    let gc = &*vm.gc;
    gc.permanent
        .merge_into(&gc.generations[NUM_GENERATIONS - 1]);
}

#[cfg(test)]
#[path = "gc_tests.rs"]
mod tests;
