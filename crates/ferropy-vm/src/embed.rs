//! What an embedding host needs from the VM that only the VM can make safe: sharing one
//! interpreter between host threads, and holding Python objects outside the interpreter
//! (CPython's `PyGILState_Ensure`/`Release` and a strong `PyObject*` kept by a C host).
//!
//! **Entering.** A [`HostVm`] owns a boxed [`Vm`] and is `Send + Sync`. Every use goes
//! through [`HostVm::enter`], which serialises host threads on a re-entrant lock and then
//! takes the GIL as the interpreter's main thread; leaving releases the GIL again, so the
//! Python threads a script started run while the host is busy elsewhere. (In
//! deterministic mode the baton never leaves the host between calls: its threads then
//! pause until the next call.) Entering is re-entrant: a host function called from
//! Python may use the interpreter again without deadlocking.
//!
//! **Handles.** A [`SendRef`] is a strong reference that may be kept anywhere and dropped
//! on any thread. Dropping one without the GIL only queues the decref; the queue is
//! drained the next time a host thread enters. A handle that outlives its interpreter
//! is leaked on drop, never freed into a heap that is gone.

use crate::heap::{Obj, ObjRef, VmGuard};
use crate::Vm;
use parking_lot::{Mutex, ReentrantMutex, ReentrantMutexGuard};
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// One interpreter's handle bookkeeping, shared with its [`SendRef`]s.
struct Home {
    /// Objects whose handles were dropped on threads that did not hold the GIL.
    pending: Mutex<Vec<SendPtr>>,
    /// False once the interpreter is gone: late drops leak.
    alive: AtomicBool,
}

/// An object pointer in transit to the thread that will decref it.
struct SendPtr(NonNull<Obj>);

// SAFETY: the pointer is only dereferenced (decref'd) by a thread that holds the
// interpreter's GIL (in `HostVm::drain`), never by the thread that queues it.
unsafe impl Send for SendPtr {}

thread_local! {
    /// Interpreters (by `Home` address) this thread has entered and not yet left.
    static ENTERED: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

fn home_id(h: &Arc<Home>) -> usize {
    Arc::as_ptr(h) as usize
}

fn entered_here(id: usize) -> bool {
    ENTERED.with(|e| e.borrow().contains(&id))
}

/// An interpreter a host can share between its threads.
pub struct HostVm {
    /// `None` only while being dropped.
    vm: Option<Box<Vm>>,
    /// Host threads take turns here before taking the GIL; the count is the calling
    /// thread's nesting depth.
    host: ReentrantMutex<Cell<u32>>,
    home: Arc<Home>,
}

// SAFETY: the `Vm` is only touched through `enter`, which serialises host threads on the
// `host` lock and then holds the GIL (or, deterministically, the scheduler's baton) for
// as long as the returned guard lives, so no two threads use the `Vm` at once; the
// interpreter's own Python threads follow the same GIL discipline (`thread.rs`).
unsafe impl Send for HostVm {}
// SAFETY: as above: shared access goes through `enter` only.
unsafe impl Sync for HostVm {}

/// A host thread inside the interpreter: the GIL is held while this lives.
pub struct Entered<'a> {
    host: &'a HostVm,
    _turn: ReentrantMutexGuard<'a, Cell<u32>>,
    _guard: VmGuard<'a>,
}

impl HostVm {
    /// Take ownership of `vm`, which the calling thread created (so it holds the GIL).
    /// The GIL is released: from now on it is held only inside [`HostVm::enter`].
    pub fn new(vm: Box<Vm>) -> HostVm {
        vm.host_release();
        HostVm {
            vm: Some(vm),
            host: ReentrantMutex::new(Cell::new(0)),
            home: Arc::new(Home {
                pending: Mutex::new(Vec::new()),
                alive: AtomicBool::new(true),
            }),
        }
    }

    fn vm(&self) -> &Vm {
        self.vm.as_deref().expect("interpreter alive")
    }

    /// Enter the interpreter on this thread: wait for other host threads, take the GIL.
    pub fn enter(&self) -> Entered<'_> {
        let turn = self.host.lock();
        let depth = turn.get();
        let vm = self.vm();
        if depth == 0 {
            vm.host_acquire();
            ENTERED.with(|e| e.borrow_mut().push(home_id(&self.home)));
        }
        turn.set(depth + 1);
        let guard = VmGuard::enter(vm);
        if depth == 0 {
            self.drain();
        }
        Entered {
            host: self,
            _turn: turn,
            _guard: guard,
        }
    }

    /// Decref the objects whose handles were dropped elsewhere (GIL held).
    fn drain(&self) {
        let pending = std::mem::take(&mut *self.home.pending.lock());
        for p in pending {
            // SAFETY: the handle owned one reference to this live object (see `SendRef`),
            // and the GIL is held by this thread (we are inside `enter`).
            drop(unsafe { ObjRef::from_raw_owned(p.0) });
        }
    }

    /// Whether the calling thread is inside this interpreter.
    pub fn is_entered(&self) -> bool {
        entered_here(home_id(&self.home))
    }

    /// Turn `o` into a handle that can leave the GIL (`self` must be entered).
    pub fn to_send(&self, o: ObjRef) -> SendRef {
        SendRef {
            ptr: o.into_raw(),
            home: self.home.clone(),
        }
    }

    /// The object behind `r`, if `r` belongs to this interpreter (`self` must be entered).
    pub fn from_send(&self, r: &SendRef) -> Option<ObjRef> {
        if !Arc::ptr_eq(&r.home, &self.home) {
            return None;
        }
        // SAFETY: `r` holds a reference, so the object is alive; the GIL is held.
        Some(unsafe { ObjRef::from_raw_incref(r.ptr) })
    }

    /// Finalize: the caller has run the interpreter's shutdown. Threads still running
    /// park for good; with any alive the `Vm` is leaked rather than freed under them.
    fn finish(&mut self) {
        let Some(vm) = self.vm.take() else { return };
        {
            let turn = self.host.lock();
            if turn.get() == 0 {
                vm.host_acquire();
            }
            let _guard = VmGuard::enter(&vm);
            self.home.alive.store(false, Ordering::Release);
            let pending = std::mem::take(&mut *self.home.pending.lock());
            for p in pending {
                // SAFETY: as in `drain`: one owned reference each; the GIL is held.
                drop(unsafe { ObjRef::from_raw_owned(p.0) });
            }
            vm.gil.set_finalizing(vm.thread_ident());
        }
        if vm
            .gil
            .running_threads
            .load(std::sync::atomic::Ordering::Relaxed)
            > 0
        {
            // Daemon threads still hold references into it (parked, never to run again):
            // leak the interpreter rather than free memory they point at, as CPython
            // leaves daemon threads' state alone at exit.
            std::mem::forget(vm);
        } else {
            // The heap's thread-locals must name this interpreter's collector while its
            // objects are freed (its Drop clears the pointer again).
            vm.gc.install();
            drop(vm);
        }
    }
}

impl Drop for HostVm {
    fn drop(&mut self) {
        self.finish();
    }
}

impl std::ops::Deref for Entered<'_> {
    type Target = Vm;
    fn deref(&self) -> &Vm {
        self.host.vm()
    }
}

impl Drop for Entered<'_> {
    fn drop(&mut self) {
        let depth = self._turn.get() - 1;
        self._turn.set(depth);
        if depth == 0 {
            self.host.drain();
            ENTERED.with(|e| {
                let mut e = e.borrow_mut();
                let id = home_id(&self.host.home);
                if let Some(i) = e.iter().rposition(|x| *x == id) {
                    e.remove(i);
                }
            });
            self.host.vm().host_release();
        }
    }
}

/// A strong reference to a Python object that may be kept outside the interpreter and
/// dropped on any thread (see the module docs).
pub struct SendRef {
    ptr: NonNull<Obj>,
    home: Arc<Home>,
}

// SAFETY: the object is only touched through `HostVm::from_send` (GIL held) or by the
// decref in `Drop`, which happens directly only on a thread inside the interpreter and
// is queued otherwise.
unsafe impl Send for SendRef {}
// SAFETY: as above: a shared `&SendRef` gives no access to the object without the GIL.
unsafe impl Sync for SendRef {}

impl Drop for SendRef {
    fn drop(&mut self) {
        if !self.home.alive.load(Ordering::Acquire) {
            return; // the interpreter is gone: leak
        }
        if entered_here(home_id(&self.home)) {
            // SAFETY: this thread holds the GIL of the handle's interpreter (it entered
            // it and has not left), and the handle owns one reference.
            drop(unsafe { ObjRef::from_raw_owned(self.ptr) });
        } else {
            self.home.pending.lock().push(SendPtr(self.ptr));
        }
    }
}

impl std::fmt::Debug for SendRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<python object at {:#x}>", self.ptr.as_ptr() as usize)
    }
}
