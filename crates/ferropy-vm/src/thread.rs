//! Threads of one interpreter: per-thread state, starting threads, blocking waits and the
//! lock primitive under `_thread.lock` (CPython `Python/pystate.c` and
//! `Modules/_threadmodule.c`).
//!
//! **Thread state.** The interpreter keeps the running thread's state — recursion depth,
//! the exception being handled, the caller facts of frame-aware builtins — in plain
//! fields of [`Vm`], where the eval loop reads them at no cost. Whenever the GIL changes
//! hands those fields are swapped with the [`ThreadState`] the outgoing thread keeps on
//! its own stack (CPython's `PyThreadState_Swap`), so each thread sees its own values.
//! Every hand-off goes through `Vm::release_gil` / `Vm::acquire_gil`, which do the
//! swap, so no other code needs to know threads exist.
//!
//! **Blocking.** A thread about to block (sleep, lock wait, join) calls
//! [`Vm::allow_threads`] with a `Send` closure: neither `&Vm` nor `ObjRef` is `Send`, so
//! the closure provably cannot touch the heap while the GIL is released. In deterministic
//! mode waits go through the scheduler instead ([`Vm::wait_until`]).

use crate::error::PyResult;
use crate::gil::{breaker, Reason};
use crate::value::Value;
use crate::Vm;
use parking_lot::{Condvar, Mutex};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The per-thread part of the interpreter state, parked here while another thread runs.
pub struct ThreadState {
    ident: u64,
    depth: u32,
    native_depth: u32,
    handled_exc: Value,
    exc_chain: Vec<Value>,
    throwing: bool,
    caller: Option<crate::builtins::CallerInfo>,
    /// Locks released when the thread ends (`_thread._set_sentinel`).
    sentinels: Vec<Arc<RawLock>>,
}

impl ThreadState {
    /// The state of a thread that has not run yet.
    fn fresh(ident: u64) -> ThreadState {
        ThreadState {
            ident,
            depth: 0,
            native_depth: 0,
            handled_exc: Value::None,
            exc_chain: Vec::new(),
            throwing: false,
            caller: None,
            sentinels: Vec::new(),
        }
    }
}

/// Instructions a thread runs between deterministic switch points, counted down by the
/// eval loop in step mode.
#[derive(Default)]
pub struct StepCounter {
    pub countdown: std::cell::Cell<u64>,
    pub quantum: std::cell::Cell<u64>,
    pub any_boundary: std::cell::Cell<bool>,
}

impl StepCounter {
    /// Instructions run in this quantum (all of it once it ran out: the countdown is then
    /// parked at `u64::MAX` until the next safe point).
    pub fn executed(&self) -> u64 {
        let (q, c) = (self.quantum.get(), self.countdown.get());
        if c > q {
            q
        } else {
            q - c
        }
    }

    fn restart(&self) {
        self.countdown.set(self.quantum.get());
    }
}

impl Vm {
    /// The current thread's ident (`threading.get_ident()`).
    pub fn thread_ident(&self) -> u64 {
        self.thread_ident.get()
    }

    /// Swap the interpreter's per-thread fields with `ts` (see the module docs).
    fn swap_thread_state(&self, ts: &mut ThreadState) {
        ts.ident = self.thread_ident.replace(ts.ident);
        ts.depth = self.depth.replace(ts.depth);
        ts.native_depth = self.native_depth.replace(ts.native_depth);
        std::mem::swap(&mut *self.handled_exc.borrow_mut(), &mut ts.handled_exc);
        std::mem::swap(&mut *self.exc_chain.borrow_mut(), &mut ts.exc_chain);
        ts.throwing = self.throwing.replace(ts.throwing);
        std::mem::swap(&mut *self.caller.borrow_mut(), &mut ts.caller);
        std::mem::swap(&mut *self.sentinels.borrow_mut(), &mut ts.sentinels);
    }

    /// Park this thread's state and release the GIL. The returned state must be handed
    /// to [`Vm::acquire_gil`] by the same thread, with the returned GIL handle: taking the
    /// GIL back must not read the `Vm`, which a finalizing interpreter may have left
    /// behind (the thread then parks inside `take` for good).
    fn release_gil(&self, reason: Reason) -> (ThreadState, Arc<crate::gil::Gil>) {
        let gil = self.gil.clone();
        let mut ts = ThreadState::fresh(0);
        self.swap_thread_state(&mut ts);
        gil.drop_gil(ts.ident, reason);
        (ts, gil)
    }

    /// Take the GIL back and restore the state `release_gil` parked.
    fn acquire_gil(&self, (mut ts, gil): (ThreadState, Arc<crate::gil::Gil>)) {
        gil.take(ts.ident);
        self.swap_thread_state(&mut ts);
    }

    /// Run `f` with the GIL released (CPython's `Py_BEGIN_ALLOW_THREADS`): for blocking
    /// calls. `f` is `Send`, so it cannot capture `&Vm`, an `ObjRef` or a `Value`: it
    /// cannot touch the heap while other threads run. In deterministic mode the GIL is
    /// kept (the scheduler, not the OS, decides who runs), so `f` must not wait for
    /// another Python thread there — such waits use [`Vm::wait_until`].
    ///
    /// The compiler enforces the rule: capturing an object does not compile.
    ///
    /// ```compile_fail
    /// fn sleep_with(vm: &ferropy_vm::Vm, obj: ferropy_vm::ObjRef) {
    ///     vm.allow_threads("sleep", move || drop(obj));
    /// }
    /// ```
    ///
    /// ```compile_fail
    /// fn sleep_with(vm: &ferropy_vm::Vm, v: ferropy_vm::Value) {
    ///     vm.allow_threads("sleep", move || drop(v));
    /// }
    /// ```
    ///
    /// ```compile_fail
    /// fn sleep_with(vm: &ferropy_vm::Vm) {
    ///     vm.allow_threads("sleep", || vm.flush_stdout());
    /// }
    /// ```
    pub fn allow_threads<R, F: FnOnce() -> R + Send>(&self, what: &'static str, f: F) -> R {
        if self.gil.is_deterministic() {
            return f();
        }
        let ts = self.release_gil(Reason::Blocking(what));
        let r = f();
        self.acquire_gil(ts);
        r
    }

    /// An embedding host thread enters the interpreter as its main thread (see
    /// `embed.rs`): take the GIL with a fresh main-thread state. Deterministic mode
    /// keeps the baton with the host between calls, so there is nothing to take.
    pub(crate) fn host_acquire(&self) {
        if self.gil.is_deterministic() {
            return;
        }
        let ts = ThreadState::fresh(crate::gil::MAIN_IDENT);
        self.acquire_gil((ts, self.gil.clone()));
    }

    /// The host thread leaves: release the GIL so the script's threads run meanwhile.
    pub(crate) fn host_release(&self) {
        if self.gil.is_deterministic() {
            return;
        }
        // Between host calls the main thread handles no exception; drop what a failed
        // call left here while the GIL is still held.
        let handled = std::mem::replace(&mut *self.handled_exc.borrow_mut(), Value::None);
        drop(handled);
        let chain = std::mem::take(&mut *self.exc_chain.borrow_mut());
        drop(chain);
        let caller = self.caller.borrow_mut().take();
        drop(caller);
        let (ts, _gil) = self.release_gil(Reason::Blocking("host"));
        drop(ts);
    }

    /// A forced switch: the eval loop saw a drop request.
    #[cold]
    pub(crate) fn yield_gil(&self) {
        let ts = self.release_gil(Reason::IntervalExpired);
        self.acquire_gil(ts);
    }

    /// A deterministic switch point: let the scheduler pick who runs next.
    #[cold]
    pub(crate) fn det_switch_point(&self) {
        self.gil.clear_breaker(breaker::DET_SWITCH);
        let executed = self.step.executed();
        self.charge_budget(executed);
        let mut ts = ThreadState::fresh(0);
        self.swap_thread_state(&mut ts);
        self.gil.det_preempt(ts.ident, executed);
        self.swap_thread_state(&mut ts);
        self.step.restart();
    }

    /// The eval loop's step counter ran out (deterministic mode).
    #[cold]
    pub(crate) fn step_expired(&self) {
        if !self.gil.is_deterministic() {
            self.budget_chunk_expired();
        } else if self.step.any_boundary.get() {
            self.det_switch_point();
        } else {
            // Switch at the next safe point, like CPython's time-based switching.
            self.gil.set_breaker(breaker::DET_SWITCH);
            self.step.countdown.set(u64::MAX);
        }
    }

    /// Turn on the instruction-counting eval loop (deterministic mode).
    pub fn enable_step_mode(&self) {
        if let Some((quantum, any)) = self.gil.quantum() {
            self.step.quantum.set(quantum);
            self.step.any_boundary.set(any);
            self.step.restart();
            self.step_mode.set(true);
        }
    }

    /// Wait until `ready()` holds (it runs with the GIL held, and should take what it
    /// waits for, like a lock's try-acquire) or `timeout` passes; `Ok(false)` on timeout.
    /// Outside deterministic mode `block` does the real waiting with the GIL released,
    /// and must itself return `ready()`'s verdict.
    pub fn wait_until<B>(
        &self,
        what: &'static str,
        timeout: Option<Duration>,
        ready: impl FnMut() -> bool,
        block: B,
    ) -> PyResult<bool>
    where
        B: Fn(Option<Instant>) -> bool + Send + Sync,
    {
        if self.gil.is_deterministic() {
            let executed = self.step.executed();
            let deadline = timeout.map(|t| self.gil.now_ns().saturating_add(t.as_nanos() as u64));
            let mut ts = ThreadState::fresh(0);
            self.swap_thread_state(&mut ts);
            let r = self
                .gil
                .det_block(ts.ident, executed, deadline, what, ready);
            self.swap_thread_state(&mut ts);
            self.step.restart();
            return r.map_err(|_| {
                self.runtime_error(
                    "deadlock: every thread is waiting and none can wake the others \
                     (deterministic mode)",
                )
            });
        }
        let deadline = timeout.map(|t| Instant::now() + t);
        if !self.gil.abort.is_armed() {
            return Ok(self.allow_threads(what, move || block(deadline)));
        }
        // A host deadline or cancellation may stop the run: wait in slices, checking.
        loop {
            if self.aborting() {
                return Err(self.abort_error());
            }
            let slice = Instant::now() + crate::limits::WAIT_SLICE;
            let d = deadline.map_or(slice, |d| d.min(slice));
            let block = &block;
            if self.allow_threads(what, move || block(Some(d))) {
                return Ok(true);
            }
            if deadline.is_some_and(|d| Instant::now() >= d) {
                return Ok(false);
            }
        }
    }

    /// Wait for something outside this interpreter (another interpreter's message, a
    /// child's exit): `poll(deadline)` blocks without the GIL until it has the thing or
    /// `deadline` passes. In deterministic mode nothing local can wake the waiter, so
    /// it alternates between giving this interpreter's other threads their turns and
    /// polling for a millisecond -- interleaving with other interpreters is real time
    /// there, not virtual.
    pub fn wait_external<T, P>(
        &self,
        what: &'static str,
        deadline: Option<Instant>,
        poll: P,
    ) -> Option<T>
    where
        P: Fn(Option<Instant>) -> Option<T> + Send,
        T: Send,
    {
        if !self.gil.is_deterministic() {
            return self.allow_threads(what, move || poll(deadline));
        }
        loop {
            self.det_switch_point();
            let slice = Instant::now() + Duration::from_millis(1);
            let d = deadline.map_or(slice, |d| d.min(slice));
            if let Some(v) = poll(Some(d)) {
                return Some(v);
            }
            if deadline.is_some_and(|d| Instant::now() >= d) {
                return None;
            }
        }
    }

    /// `time.sleep`: release the GIL (or, deterministically, wait on the virtual clock).
    pub fn sleep(&self, d: Duration) -> PyResult<()> {
        if self.gil.is_deterministic() && d.is_zero() {
            self.det_switch_point();
            return Ok(());
        }
        self.wait_until(
            "time.sleep",
            Some(d),
            || false,
            |until| {
                if let Some(until) = until {
                    std::thread::sleep(until.saturating_duration_since(Instant::now()));
                }
                false
            },
        )?;
        Ok(())
    }

    /// Acquire `lock`, waiting at most `timeout` (forever when None) with the GIL
    /// released. `Ok(false)` on timeout.
    pub fn acquire_lock(&self, lock: &Arc<RawLock>, timeout: Option<Duration>) -> PyResult<bool> {
        if lock.try_acquire() {
            return Ok(true);
        }
        if timeout == Some(Duration::ZERO) {
            return Ok(false);
        }
        let l = lock.clone();
        self.wait_until(
            "lock.acquire",
            timeout,
            || lock.try_acquire(),
            move |deadline| l.acquire_until(deadline),
        )
    }

    /// Release `lock`; false if it was not locked.
    pub fn release_lock(&self, lock: &RawLock) -> bool {
        let was = lock.release();
        self.gil.notify_event();
        was
    }

    /// `_thread._set_sentinel()`: a lock released when the current thread ends.
    pub fn add_thread_sentinel(&self, lock: Arc<RawLock>) {
        self.sentinels.borrow_mut().push(lock);
    }

    /// `_thread.interrupt_main()`: KeyboardInterrupt in the main thread at its next
    /// eval-breaker check.
    pub fn interrupt_main(&self) {
        self.gil.set_breaker(breaker::ASYNC_EXC);
    }

    /// Start a Python thread running `run` (which calls the thread's function and
    /// reports its errors). Returns the new thread's ident.
    pub fn start_thread(&self, run: Box<dyn FnOnce(&Vm)>, stack_size: usize) -> PyResult<u64> {
        let ident = self.gil.new_thread_ident();
        if self.step_mode.get() {
            // Deterministic mode: the schedule starts with the first other thread, whatever
            // ran before it (start-up, imports) -- so the same program section gives the
            // same interleaving, however the code before it changes.
            self.step.restart();
        }
        let job = ThreadJob {
            vm: self as *const Vm,
            run,
        };
        let gil = self.gil.clone();
        gil.running_threads
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let mut builder = std::thread::Builder::new();
        builder = builder.stack_size(if stack_size == 0 {
            DEFAULT_STACK
        } else {
            stack_size
        });
        let spawned = builder.spawn(move || thread_main(job, gil, ident));
        match spawned {
            Ok(_) => Ok(ident),
            Err(_) => {
                self.gil
                    .running_threads
                    .fetch_sub(1, std::sync::atomic::Ordering::Relaxed);
                Err(self.runtime_error("can't start new thread"))
            }
        }
    }
}

/// Stack reserved for Python threads (virtual memory: only touched pages are used). Python
/// frames never recurse on it, but native re-entry (nested reprs, comparisons) does.
const DEFAULT_STACK: usize = 64 << 20;

/// What a new OS thread receives.
struct ThreadJob {
    vm: *const Vm,
    run: Box<dyn FnOnce(&Vm)>,
}

// SAFETY: a ThreadJob is created with the GIL held and only opened by the new thread after
// it has taken the GIL (see `thread_main`); the references it carries are never touched
// without the GIL. The interpreter outlives its threads: at shutdown the finalizing thread
// keeps the GIL for good (`Gil::set_finalizing`), so a thread still running parks in
// `take` before it could touch a dropped `Vm`.
unsafe impl Send for ThreadJob {}

fn thread_main(job: ThreadJob, gil: Arc<crate::gil::Gil>, ident: u64) {
    gil.take(ident);
    // SAFETY: the GIL is held (taken just above), and the interpreter is alive: see
    // `ThreadJob`'s Send impl.
    let vm: &Vm = unsafe { &*job.vm };
    let ThreadJob { run, .. } = job;
    vm.gc.install();
    {
        let _guard = crate::heap::VmGuard::enter(vm);
        let mut ts = ThreadState::fresh(ident);
        vm.swap_thread_state(&mut ts);
        vm.step.restart();
        // A Rust panic here is an interpreter bug; unwinding out of this thread would
        // leave the GIL held forever and hang every other thread, so stop the process.
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(vm)));
        if r.is_err() {
            vm.flush_stdout();
            vm.write_stderr("ferropy: internal error in a thread\n");
            std::process::exit(70);
        }
        // The thread's last acts, with the GIL still held: wake joiners, then drop its
        // state (the exception it was handling, any parked caller facts).
        let sentinels = std::mem::take(&mut *vm.sentinels.borrow_mut());
        for s in &sentinels {
            s.release();
        }
        vm.swap_thread_state(&mut ts);
        drop(ts);
    }
    gil.running_threads
        .fetch_sub(1, std::sync::atomic::Ordering::Relaxed);
    if gil.is_deterministic() {
        gil.det_exit(ident, vm.step.executed());
    } else {
        gil.notify_event();
        gil.drop_gil(ident, Reason::ThreadExit);
    }
}

/// A plain lock (CPython's `PyThread_type_lock`): not owned by a thread, so any thread
/// may release it. Its own mutex is only held for a moment; waiting happens on the
/// condition variable with the GIL released.
#[derive(Default)]
pub struct RawLock {
    locked: Mutex<bool>,
    cv: Condvar,
}

impl RawLock {
    pub fn new() -> RawLock {
        RawLock::default()
    }

    /// Take the lock if it is free.
    pub fn try_acquire(&self) -> bool {
        let mut l = self.locked.lock();
        if *l {
            false
        } else {
            *l = true;
            true
        }
    }

    /// Block (without the GIL) until the lock is free or `deadline` passes.
    pub fn acquire_until(&self, deadline: Option<Instant>) -> bool {
        let mut l = self.locked.lock();
        while *l {
            match deadline {
                Some(d) => {
                    if self.cv.wait_until(&mut l, d).timed_out() && *l {
                        return false;
                    }
                }
                None => self.cv.wait(&mut l),
            }
        }
        *l = true;
        true
    }

    /// Unlock; false if it was not locked.
    pub fn release(&self) -> bool {
        let mut l = self.locked.lock();
        if !*l {
            return false;
        }
        *l = false;
        self.cv.notify_one();
        true
    }

    pub fn is_locked(&self) -> bool {
        *self.locked.lock()
    }
}

/// The OS thread id of the calling thread (`threading.get_native_id()`).
pub fn native_thread_id() -> u64 {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: gettid has no preconditions and cannot fail.
        unsafe { libc::gettid() as u64 }
    }
    #[cfg(not(target_os = "linux"))]
    {
        std::process::id() as u64
    }
}
