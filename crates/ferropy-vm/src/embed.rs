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
        let home = Arc::new(Home {
            pending: Mutex::new(Vec::new()),
            alive: AtomicBool::new(true),
        });
        let slot =
            vm.ext_state::<RefCell<Option<Arc<Home>>>>("ferropy.embed.home", Default::default);
        *slot.borrow_mut() = Some(home.clone());
        drop(slot);
        vm.host_release();
        HostVm {
            vm: Some(vm),
            host: ReentrantMutex::new(Cell::new(0)),
            home,
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
            // Handles dropped from now on leak; those already queued are released.
            self.home.alive.store(false, Ordering::Release);
            self.drain();
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

// ----- handles by interpreter ---------------------------------------------------------------

/// The handle home of the interpreter `vm` belongs to, if a host owns it.
fn home_of(vm: &Vm) -> Option<Arc<Home>> {
    let slot = vm.ext_state::<RefCell<Option<Arc<Home>>>>("ferropy.embed.home", Default::default);
    let h = slot.borrow().clone();
    h
}

/// Turn `o` into a handle that can leave the GIL; None if no host owns `vm`.
pub fn to_send(vm: &Vm, o: ObjRef) -> Option<SendRef> {
    let home = home_of(vm)?;
    Some(SendRef {
        ptr: o.into_raw(),
        home,
    })
}

/// The object behind `r` (a new reference), if `r` belongs to `vm`'s interpreter.
pub fn from_send(vm: &Vm, r: &SendRef) -> Option<ObjRef> {
    let home = home_of(vm)?;
    if !Arc::ptr_eq(&r.home, &home) {
        return None;
    }
    // SAFETY: `r` holds a reference, so the object is alive; the caller has `&Vm`, so it
    // holds the GIL.
    Some(unsafe { ObjRef::from_raw_incref(r.ptr) })
}

// ----- host functions ---------------------------------------------------------------------

/// The Rust side of a host function: what a registered closure becomes.
pub type HostCallable = Box<dyn Fn(&Vm, crate::object::Args<'_>) -> crate::PyResult<crate::Value>>;

/// The state of a host function: the closure, carried by the `builtin_function_or_method`
/// as its bound `self` (like a C extension function's module `m_self`).
pub struct HostFn {
    f: HostCallable,
    /// Bind to the instance when found on a class (a host class's method).
    pub is_method: bool,
}

impl crate::object::ExtPayload for HostFn {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// A host function's closure capsule, if `v` is one.
pub fn host_fn(v: &crate::Value) -> Option<&HostFn> {
    v.as_obj().and_then(crate::object::ext_ref::<HostFn>)
}

/// Whether the builtin `n` is a host class's method (bound to instances on lookup).
pub fn is_host_method(n: &crate::object::NativeFunction) -> bool {
    n.bound
        .as_ref()
        .and_then(host_fn)
        .is_some_and(|h| h.is_method)
}

/// Names of host functions live as long as the process (builtins' names are `'static`);
/// each distinct name is stored once.
fn static_name(name: &str) -> &'static str {
    static NAMES: Mutex<Vec<&'static str>> = parking_lot::const_mutex(Vec::new());
    let mut names = NAMES.lock();
    if let Some(n) = names.iter().find(|n| **n == name) {
        return n;
    }
    let n: &'static str = Box::leak(name.to_string().into_boxed_str());
    names.push(n);
    n
}

fn host_trampoline(vm: &Vm, args: crate::object::Args<'_>) -> crate::PyResult<crate::Value> {
    let Some(h) = args.pos.first().and_then(host_fn) else {
        return Err(vm.system_error("host function called without its state"));
    };
    (h.f)(
        vm,
        crate::object::Args {
            pos: &args.pos[1..],
            kwnames: args.kwnames,
            kwvalues: args.kwvalues,
        },
    )
}

/// A Python function object that calls `f` (a `builtin_function_or_method`). With
/// `is_method`, looking it up on an instance binds the instance as the first argument.
pub fn new_host_function(vm: &Vm, name: &str, is_method: bool, f: HostCallable) -> crate::Value {
    let capsule_type = vm.lazy_type_or("ferropy.host_function_state", || {
        crate::types::native_type(vm, "ferropy", "host_function_state", "", false)
    });
    let capsule = ObjRef::new(
        Some(capsule_type),
        crate::object::Payload::Ext(Box::new(HostFn { f, is_method })),
    );
    crate::Value::Obj(ObjRef::new(
        Some(vm.t.builtin_function.clone()),
        crate::object::Payload::Native(Box::new(crate::object::NativeFunction {
            name: static_name(name),
            func: host_trampoline,
            bound: Some(crate::Value::Obj(capsule)),
            owner: None,
            is_classmethod: false,
            doc: None,
            needs_caller: false,
        })),
    ))
}
