//! The refcounting heap: object headers, `ObjRef`, the allocation choke point and
//! trashcan deallocation (CPython: `Include/object.h`, `Objects/object.c`).
//!
//! Every heap object is one `Box<Obj>`: a header (refcount, type, optional instance dict)
//! followed by its payload. `ObjRef` is a counted pointer: `clone` is `Py_INCREF`, `drop`
//! is `Py_DECREF`, and reaching zero frees the object at once.
//!
//! Freeing is iterative. Dropping a payload decrefs its children, which may free them in
//! turn; done recursively, a million-deep list chain would overflow the Rust stack. So
//! [`dealloc`] works like CPython's *trashcan*: while one deallocation is in progress,
//! further objects whose count reaches zero are queued on a per-thread work list instead
//! of being freed recursively, and the outermost `dealloc` drains the list.
//!
//! Thread safety: refcounts are plain `Cell`s. Objects are only touched by the thread that
//! holds the interpreter's GIL (see DESIGN.md §3), which is what makes `ObjRef: Send` sound.

use crate::object::Payload;
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

/// The header every heap object starts with, followed by its payload.
pub struct Obj {
    refcnt: Cell<usize>,
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

// SAFETY: an ObjRef is only dereferenced or cloned by the thread holding the owning
// interpreter's GIL, so its non-atomic refcount is never touched by two threads at once.
unsafe impl Send for ObjRef {}
// SAFETY: as above: shared access happens only under the GIL.
unsafe impl Sync for ObjRef {}

thread_local! {
    /// Objects waiting to be freed while an outer deallocation is in progress (the trashcan).
    static TRASH: RefCell<Vec<NonNull<Obj>>> = const { RefCell::new(Vec::new()) };
    static DEALLOCATING: Cell<bool> = const { Cell::new(false) };
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
        let boxed = Box::new(Obj {
            refcnt: Cell::new(1),
            ty,
            dict: RefCell::new(None),
            payload,
        });
        LIVE.with(|l| l.set(l.get() + 1));
        ObjRef(NonNull::from(Box::leak(boxed)))
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

/// Free an object whose count reached zero, iteratively (the trashcan; see module docs).
#[cold]
fn dealloc(ptr: NonNull<Obj>) {
    if DEALLOCATING.with(|d| d.replace(true)) {
        TRASH.with(|t| t.borrow_mut().push(ptr));
        return;
    }
    let mut next = Some(ptr);
    while let Some(p) = next {
        // SAFETY: the count reached zero, so this is the last reference; the pointer came
        // from Box::leak in ObjRef::new and is freed exactly once here.
        drop(unsafe { Box::from_raw(p.as_ptr()) });
        LIVE.with(|l| l.set(l.get() - 1));
        next = TRASH.with(|t| t.borrow_mut().pop());
    }
    DEALLOCATING.with(|d| d.set(false));
}

/// Number of live heap objects allocated by this thread.
pub fn live_objects() -> isize {
    LIVE.with(|l| l.get())
}
