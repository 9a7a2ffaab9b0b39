//! The refcounting heap: object headers, `ObjRef`, the allocation choke point and
//! trashcan deallocation (CPython: `Include/object.h`, `Objects/object.c`).
//!
//! Every heap object is one `Box<Obj>`: a header (refcount, type, optional instance dict)
//! followed by its payload. `ObjRef` is a counted pointer: `clone` is `Py_INCREF`, `drop`
//! is `Py_DECREF`, and reaching zero frees the object at once.
//!
//! Freeing recurses like CPython's: dropping a payload decrefs its children, which frees
//! them at once, depth first, so finalizers (`__del__`) run in CPython's order. Done without
//! limit, a million-deep list chain would overflow the Rust stack, so `dealloc` has
//! CPython's *trashcan*: past `TRASHCAN_DEPTH` nested deallocations, objects whose count
//! reaches zero are queued on a per-thread work list, and the outermost `dealloc` drains it.
//!
//! Finalizers: an object whose type has one (`__del__`, an unfinished generator) is
//! resurrected with a count of one while [`crate::finalize`] runs it, then released again;
//! if the finalizer stored a new reference the object survives (PEP 442). Each object is
//! finalized at most once (the `FINALIZED` header flag).
//!
//! Containers (objects that can be part of a reference cycle) are also *tracked* by the
//! cycle collector: their header carries the links of CPython's `PyGC_Head`, and
//! [`ObjRef::new`] links them into the youngest generation of the running interpreter's
//! [`crate::gc::GcState`]. See `gc.rs` and docs/gc.md.
//!
//! Thread safety: refcounts are plain `Cell`s. Objects are only touched by the thread that
//! holds the interpreter's GIL (see DESIGN.md §3), which is what makes `ObjRef: Send` sound.

use crate::object::Payload;
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

/// The doubly linked list node of a tracked object (CPython's `PyGC_Head`); null links
/// when untracked. It is the first field of [`Obj`], so a node pointer is an object pointer.
#[repr(C)]
pub struct GcLinks {
    pub(crate) prev: Cell<*const GcLinks>,
    pub(crate) next: Cell<*const GcLinks>,
}

impl GcLinks {
    pub(crate) const fn unlinked() -> GcLinks {
        GcLinks {
            prev: Cell::new(std::ptr::null()),
            next: Cell::new(std::ptr::null()),
        }
    }
}

/// The header every heap object starts with, followed by its payload.
#[repr(C)]
pub struct Obj {
    /// Generation list links (see `gc.rs`); must stay the first field.
    pub(crate) gc: GcLinks,
    refcnt: Cell<usize>,
    /// Scratch count of references from outside the generation being collected
    /// (CPython's `gc_refs`); only meaningful during a collection.
    pub(crate) gc_refs: Cell<isize>,
    /// Header flags: [`FINALIZED`], [`TRACKED`], and the collector's marks.
    pub(crate) flags: Cell<u8>,
    /// Bytes charged against the host's heap limit (see `limits.rs`), refunded on free;
    /// it sits in what would otherwise be padding.
    charge: Cell<u32>,
    /// `ob_type`. A type object's own `ty` is its metaclass; `type`'s is itself, which is
    /// stored as `None` to avoid a self-reference that could never be freed.
    ty: Option<ObjRef>,
    /// The instance `__dict__` for objects whose type gives them one (CPython's managed
    /// dict), created lazily on first attribute store.
    pub dict: RefCell<Option<ObjRef>>,
    pub payload: Payload,
}

/// A counted reference to a heap object.
pub struct ObjRef(NonNull<Obj>);

// ObjRef is deliberately neither Send nor Sync (its NonNull makes it so): a closure that
// runs without the GIL (`Vm::allow_threads`) must be Send, so it cannot capture one.

/// The object's finalizer has run (CPython's `_PyGC_FINALIZED`); it never runs twice.
pub(crate) const FINALIZED: u8 = 1;
/// The object is in one of the collector's generation lists.
pub(crate) const TRACKED: u8 = 2;
/// The object belongs to the generation being collected (CPython's `PREV_MASK_COLLECTING`).
pub(crate) const COLLECTING: u8 = 4;
/// The collector has tentatively found the object unreachable.
pub(crate) const UNREACHABLE: u8 = 8;
/// Weak references to the object may exist (see `weakref.rs`).
pub(crate) const HAS_WEAKREFS: u8 = 16;
/// The instance dict was handed out as an object (`obj.__dict__`, `vars(obj)`); CPython
/// 3.11 then has a real dict instead of inline attribute values (see `gc::reported_count`).
pub(crate) const DICT_MATERIALIZED: u8 = 32;
/// The object was tracked when its count reached zero (see `dealloc`).
const WAS_TRACKED: u8 = 64;

/// Nesting of deallocations past which objects are queued rather than freed recursively
/// (CPython's `_PyTrash_UNWIND_LEVEL` is 50).
const TRASHCAN_DEPTH: u32 = 50;

thread_local! {
    /// Objects waiting to be freed because deallocation was nested too deeply (the trashcan).
    static TRASH: RefCell<Vec<NonNull<Obj>>> = const { RefCell::new(Vec::new()) };
    /// Current nesting of `dealloc` calls on this thread.
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    /// The interpreter running Python code on this thread, for finalizers (see [`VmGuard`]).
    static CURRENT_VM: Cell<*const crate::Vm> = const { Cell::new(std::ptr::null()) };
    /// Live heap objects allocated by this thread (for `sys` statistics and leak tests).
    static LIVE: Cell<isize> = const { Cell::new(0) };
}

impl ObjRef {
    /// The allocation choke point: every heap object is created here, so counting for the
    /// GC thresholds and memory limits has one home.
    pub fn new(ty: Option<ObjRef>, payload: Payload) -> ObjRef {
        if matches!(payload, Payload::Type(_)) {
            // A new type may reuse a freed type's address: forget cached lookups.
            crate::types::bump_type_version();
        }
        let track = crate::gc::should_track(&payload, ty.as_ref());
        let charge = crate::gc::charge_new(&payload);
        // Allocated first and filled in place, so the object is not built on the stack
        // and then copied into the allocation.
        let mem = Box::<Obj>::new_uninit();
        let boxed = Box::write(
            mem,
            Obj {
                gc: GcLinks::unlinked(),
                refcnt: Cell::new(1),
                gc_refs: Cell::new(0),
                flags: Cell::new(0),
                charge: Cell::new(charge),
                ty,
                dict: RefCell::new(None),
                payload,
            },
        );
        LIVE.with(|l| l.set(l.get() + 1));
        let ptr = NonNull::from(Box::leak(boxed));
        if track {
            crate::gc::track_new(ptr);
        }
        ObjRef(ptr)
    }

    /// The raw object pointer (for the collector's lists).
    #[inline]
    pub(crate) fn as_ptr(&self) -> NonNull<Obj> {
        self.0
    }

    /// A new reference to the live object at `ptr`.
    ///
    /// # Safety
    /// `ptr` must point to a live object (count >= 1, or 0 while the collector or a
    /// finalizer holds it), and the caller must hold the GIL.
    #[inline]
    pub(crate) unsafe fn from_raw_incref(ptr: NonNull<Obj>) -> ObjRef {
        // SAFETY: the caller's contract: `ptr` is a live object.
        let obj = unsafe { ptr.as_ref() };
        obj.refcnt.set(obj.refcnt.get() + 1);
        ObjRef(ptr)
    }

    /// Give up this reference without decrementing: the pointer now owns it.
    pub(crate) fn into_raw(self) -> NonNull<Obj> {
        let p = self.0;
        std::mem::forget(self);
        p
    }

    /// Take back a reference given up by [`ObjRef::into_raw`].
    ///
    /// # Safety
    /// `ptr` must come from `into_raw` (it owns one reference), be used once, and the
    /// caller must hold the GIL.
    pub(crate) unsafe fn from_raw_owned(ptr: NonNull<Obj>) -> ObjRef {
        ObjRef(ptr)
    }

    #[inline]
    fn obj(&self) -> &Obj {
        // SAFETY: an ObjRef holds a reference, so the object is alive (refcount >= 1).
        unsafe { self.0.as_ref() }
    }

    #[inline]
    pub fn payload(&self) -> &Payload {
        &self.obj().payload
    }

    /// The object's type, or None for `type` itself.
    #[inline]
    pub fn raw_type(&self) -> Option<&ObjRef> {
        self.obj().ty.as_ref()
    }

    #[inline]
    pub fn dict_cell(&self) -> &RefCell<Option<ObjRef>> {
        &self.obj().dict
    }

    /// A container's buffer may have grown: bring its heap-limit charge up to date
    /// (nothing to do unless a limit is set; see `limits.rs`).
    #[inline]
    pub fn recharge(&self) {
        let o = self.obj();
        o.charge
            .set(crate::gc::recharge(&o.payload, o.charge.get()));
    }

    /// The current reference count (what `sys.getrefcount` reports).
    #[inline]
    pub fn refcount(&self) -> usize {
        self.obj().refcnt.get()
    }

    /// Identity: the address, as `id()` reports it.
    #[inline]
    pub fn addr(&self) -> usize {
        self.0.as_ptr() as usize
    }

    #[inline]
    pub fn is(&self, other: &ObjRef) -> bool {
        self.0 == other.0
    }
}

impl Clone for ObjRef {
    #[inline]
    fn clone(&self) -> ObjRef {
        let rc = &self.obj().refcnt;
        rc.set(rc.get() + 1);
        ObjRef(self.0)
    }
}

impl Drop for ObjRef {
    #[inline]
    fn drop(&mut self) {
        let rc = &self.obj().refcnt;
        let n = rc.get() - 1;
        rc.set(n);
        if n == 0 {
            dealloc(self.0);
        }
    }
}

impl PartialEq for ObjRef {
    fn eq(&self, other: &ObjRef) -> bool {
        self.is(other)
    }
}

impl std::fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "ObjRef({:#x}, {})",
            self.addr(),
            self.payload().kind_name()
        )
    }
}

/// Free an object whose count reached zero: run its finalizer if it has one, then drop
/// it, recursively up to the trashcan depth (see module docs).
#[cold]
fn dealloc(ptr: NonNull<Obj>) {
    // A dead weak reference object must leave its referent's table before anything else
    // can run: otherwise clearing that referent would revive it from the table (count
    // 0 -> 1 -> 0) and free it twice.
    // SAFETY: the count just reached zero; the object is still allocated.
    let obj = unsafe { ptr.as_ref() };
    if let Payload::WeakRef(_) = obj.payload {
        crate::gc::with_current(|gc| crate::weakref::unregister(&gc.weakrefs, obj));
    }
    // Likewise the collector must not see an object whose count is zero (it would take it
    // for garbage and free it again): untrack now, as CPython's deallocators do first
    // (a finalizer re-tracks it while it runs; see `free_one`).
    if obj.flags.get() & TRACKED != 0 {
        crate::gc::untrack_freed(obj);
        obj.flags.set(obj.flags.get() | WAS_TRACKED);
    }
    let depth = DEPTH.with(|d| d.get());
    if depth >= TRASHCAN_DEPTH {
        TRASH.with(|t| t.borrow_mut().push(ptr));
        return;
    }
    DEPTH.with(|d| d.set(depth + 1));
    free_one(ptr);
    if depth == 0 {
        while let Some(p) = TRASH.with(|t| t.borrow_mut().pop()) {
            free_one(p);
        }
    }
    DEPTH.with(|d| d.set(depth));
}

fn free_one(ptr: NonNull<Obj>) {
    // SAFETY: the count reached zero and nobody else holds the pointer; it stays valid
    // until the Box is dropped below.
    let obj = unsafe { ptr.as_ref() };
    if obj.flags.get() & FINALIZED == 0 && crate::finalize::has_finalizer(obj) {
        let vm = CURRENT_VM.with(|c| c.get());
        if !vm.is_null() {
            obj.flags.set(obj.flags.get() | FINALIZED);
            // Resurrect for the finalizer's duration (CPython's PyObject_CallFinalizerFromDealloc),
            // tracked again so a cycle it is stored into can be collected.
            obj.refcnt.set(1);
            let this = std::mem::ManuallyDrop::new(ObjRef(ptr));
            if obj.flags.get() & WAS_TRACKED != 0 {
                crate::gc::track(&this);
            }
            // SAFETY: CURRENT_VM is set only by a VmGuard that borrows the Vm for longer than
            // this call, on this thread, and is cleared when that guard drops.
            crate::finalize::run_finalizer(unsafe { &*vm }, &this);
            let n = obj.refcnt.get() - 1;
            if n > 0 {
                obj.refcnt.set(n);
                obj.flags.set(obj.flags.get() & !WAS_TRACKED);
                return; // resurrected: someone kept a reference (and it stays tracked)
            }
            // Untrack before the count is zero again (see `dealloc`).
            if obj.flags.get() & TRACKED != 0 {
                crate::gc::untrack_freed(obj);
            }
            obj.refcnt.set(0);
        }
    }
    if obj.flags.get() & HAS_WEAKREFS != 0 {
        // Clear the weak references (their callbacks run now, before the object's dict
        // and payload go, as in CPython's subtype_dealloc).
        let callbacks =
            crate::gc::with_current(|gc| crate::weakref::clear_referent(&gc.weakrefs, obj))
                .unwrap_or_default();
        if !callbacks.is_empty() {
            let vm = CURRENT_VM.with(|c| c.get());
            if !vm.is_null() {
                // SAFETY: as for finalizers above.
                crate::weakref::run_callbacks(unsafe { &*vm }, callbacks);
            }
        }
    }
    if let Payload::Type(_) = obj.payload {
        unlink_subclass(obj, ptr);
    }
    debug_assert!(obj.flags.get() & TRACKED == 0, "untracked in dealloc");
    // SAFETY: the count is zero, so this is the last reference; the pointer came from
    // Box::leak in ObjRef::new and is freed exactly once here.
    let boxed = unsafe { Box::from_raw(ptr.as_ptr()) };
    // CPython's subtype_dealloc order: the instance dict, then the payload, then the type.
    crate::gc::refund(boxed.charge.get());
    let Obj {
        dict, payload, ty, ..
    } = *boxed;
    drop(dict);
    crate::finalize::drop_payload(payload);
    drop(ty);
    LIVE.with(|l| l.set(l.get() - 1));
}

/// An uncounted link to a class from one of its bases (CPython keeps `tp_subclasses` as
/// weak references): a base's subclass list must not keep subclasses alive. A class
/// removes its links from its bases when it is freed (`unlink_subclass`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct SubclassLink(NonNull<Obj>);

impl SubclassLink {
    pub fn new(cls: &ObjRef) -> SubclassLink {
        SubclassLink(cls.0)
    }

    /// A new reference to the subclass.
    pub fn get(&self) -> ObjRef {
        // SAFETY: a class unlinks itself from every base's list before it is freed (see
        // `free_one`), so a link in a list points at a live class; the GIL is held.
        unsafe { ObjRef::from_raw_incref(self.0) }
    }

    pub fn is(&self, cls: &ObjRef) -> bool {
        self.0 == cls.0
    }
}

/// An uncounted reference held by an inline cache (CPython 3.11's `LOAD_METHOD` caches
/// hold the method borrowed the same way): it keeps nothing alive, so it may only be
/// followed while the cache entry's type version is current. Every change to a type's
/// dict bumps the version before the replaced value can be released, and so does
/// creating a type (a freed class's address cannot be mistaken for a new one), so a
/// current entry's method is still in the dict that owns it.
#[derive(Clone, Copy, Default)]
pub struct CachedRef(Option<NonNull<Obj>>);

impl CachedRef {
    pub fn new(o: &ObjRef) -> CachedRef {
        CachedRef(Some(o.0))
    }

    /// A new reference to the cached object, if one is cached.
    ///
    /// # Safety
    /// The entry holding this reference must still be valid: the type version it was
    /// recorded under is the current one, and the GIL is held.
    #[inline]
    pub unsafe fn get(&self) -> Option<ObjRef> {
        // SAFETY: the caller's contract: the object is still owned by the type dict it
        // was found in, so it is live.
        self.0.map(|p| unsafe { ObjRef::from_raw_incref(p) })
    }
}

/// A class is being freed: take it out of its bases' subclass lists.
fn unlink_subclass(obj: &Obj, ptr: NonNull<Obj>) {
    if let Payload::Type(td) = &obj.payload {
        if let Ok(bases) = td.bases.try_borrow() {
            for b in bases.iter() {
                if let Payload::Type(bd) = b.payload() {
                    if let Ok(mut subs) = bd.subclasses.try_borrow_mut() {
                        subs.retain(|s| s.0 != ptr);
                    }
                }
            }
        }
    }
}

/// Makes `vm` the interpreter whose finalizers run for objects freed on this thread while
/// the guard lives (restoring the previous one when dropped, so guards nest).
pub struct VmGuard<'a> {
    /// Whether this guard installed `vm` (false when it was already current: nested
    /// entries, such as every generator resumption, then cost one thread-local read).
    installed: bool,
    prev: *const crate::Vm,
    prev_gc: *const crate::gc::GcState,
    _vm: std::marker::PhantomData<&'a crate::Vm>,
}

impl<'a> VmGuard<'a> {
    #[inline]
    pub fn enter(vm: &'a crate::Vm) -> VmGuard<'a> {
        let me = vm as *const crate::Vm;
        let prev = CURRENT_VM.with(|c| c.get());
        if std::ptr::eq(prev, me) {
            return VmGuard {
                installed: false,
                prev,
                prev_gc: std::ptr::null(),
                _vm: std::marker::PhantomData,
            };
        }
        CURRENT_VM.with(|c| c.set(me));
        let prev_gc = vm.gc.enter();
        VmGuard {
            installed: true,
            prev,
            prev_gc,
            _vm: std::marker::PhantomData,
        }
    }
}

impl Drop for VmGuard<'_> {
    #[inline]
    fn drop(&mut self) {
        if !self.installed {
            return;
        }
        CURRENT_VM.with(|c| c.set(self.prev));
        if !self.prev_gc.is_null() {
            crate::gc::GcState::restore(self.prev_gc);
        }
    }
}

impl ObjRef {
    /// Record that the instance dict was handed out (see `DICT_MATERIALIZED`).
    pub fn mark_dict_materialized(&self) {
        let f = &self.obj().flags;
        f.set(f.get() | DICT_MATERIALIZED);
    }

    /// Mark that weak references to this object exist.
    pub(crate) fn set_has_weakrefs(&self) {
        let f = &self.obj().flags;
        f.set(f.get() | HAS_WEAKREFS);
    }

    /// Whether the cycle collector tracks this object (`gc.is_tracked`).
    pub fn is_tracked(&self) -> bool {
        self.obj().flags.get() & TRACKED != 0
    }

    /// The object's header (for the collector).
    #[inline]
    pub(crate) fn header(&self) -> &Obj {
        self.obj()
    }

    /// Whether the finalizer already ran (`gc.is_finalized`).
    pub fn is_finalized(&self) -> bool {
        self.obj().flags.get() & FINALIZED != 0
    }
}

impl Obj {
    #[inline]
    pub fn payload(&self) -> &Payload {
        &self.payload
    }

    #[inline]
    pub(crate) fn refcnt(&self) -> usize {
        self.refcnt.get()
    }

    /// The instance `__dict__` cell.
    #[inline]
    pub(crate) fn dict_cell(&self) -> &RefCell<Option<ObjRef>> {
        &self.dict
    }

    #[inline]
    pub fn raw_type(&self) -> Option<&ObjRef> {
        self.ty.as_ref()
    }
}

/// Number of live heap objects allocated by this thread.
pub fn live_objects() -> isize {
    LIVE.with(|l| l.get())
}
