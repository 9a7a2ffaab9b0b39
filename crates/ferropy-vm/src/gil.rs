//! The global interpreter lock (CPython `Python/ceval_gil.c`).
//!
//! # The hand-off protocol
//!
//! Python threads are real OS threads, but only the thread holding the GIL may touch
//! objects: reference counts are plain integers, dicts and lists have no locks of their
//! own, and the collector walks every container. The GIL makes all of that safe by
//! letting one thread run bytecode at a time. The interesting part is *how the lock
//! changes hands*, because a naive mutex would let a busy thread keep it forever: it
//! releases and re-takes the lock faster than a sleeping waiter can wake up.
//!
//! CPython 3.2's "new GIL" (Antoine Pitrou's design), which this module rebuilds:
//!
//! 1. **A waiter waits with a timeout.** A thread that wants the GIL waits on a condition
//!    variable for the *switch interval* (`sys.setswitchinterval`, default 5 ms). If the
//!    interval passes and the same holder still has the lock (the `switch_number` has not
//!    moved), the waiter sets a *drop request*.
//! 2. **The holder polls one word.** The running thread never looks at the lock while it
//!    works; it only tests the *eval breaker*, an atomic word with one bit per reason to
//!    interrupt the eval loop (drop request, collection due, pending async exception,
//!    deterministic switch). The test is one relaxed load at the places CPython checks
//!    it — function entry (`RESUME`) and backward jumps — so straight-line code pays
//!    nothing and every loop iteration pays one predictable branch.
//! 3. **Forced switching.** On a drop request the holder releases the GIL *and waits until
//!    another thread has actually taken it* (the `switch_number` moves). Without this, the
//!    holder, already running, would usually win the race to re-take the lock and the
//!    waiter would starve — the convoy effect the old GIL suffered from.
//! 4. **Blocking calls let go.** `time.sleep`, lock and queue waits, joins and I/O run
//!    inside [`Vm::allow_threads`](crate::Vm::allow_threads), which releases the GIL for
//!    the duration of a closure that is `Send` — so it cannot capture an `ObjRef` or the
//!    `&Vm`, which are not — and takes it back afterwards. That is why four threads
//!    sleeping 0.2 s finish in 0.2 s while two CPU-bound threads take twice as long as one.
//!
//! # Deterministic mode
//!
//! Real scheduling depends on the OS, so a race shows up on some runs and not on others.
//! With [`GilOptions::deterministic`] the GIL becomes a baton passed by a seeded
//! scheduler instead: exactly one thread is *current*; at each switch point (every N
//! instructions with `switch_instructions`, else at eval-breaker checks once a virtual
//! switch interval has passed) the scheduler picks the next thread with a seeded
//! random choice among the runnable ones. Threads that block (locks, sleeps, joins) wait
//! in the scheduler rather than in the OS, with deadlines on a *virtual clock* that only
//! moves when instructions run or when every thread is waiting (it then jumps to the
//! earliest deadline), so `time.sleep(10)` completes instantly and identically on every
//! run. When every thread waits without a deadline the program is deadlocked, and the
//! waiting thread chosen to report it gets a `RuntimeError` instead of hanging.
//!
//! # Seeing it
//!
//! `--trace=gil` prints every hand-off with its reason; `--gil-timeline=FILE.svg`
//! records who held the GIL when and draws it (see [`Gil::timeline_svg`]).

use parking_lot::{Condvar, Mutex, MutexGuard};
use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// Bits of the eval-breaker word (CPython's `eval_breaker` and the flags behind it).
pub mod breaker {
    /// A waiting thread asks the holder to drop the GIL (the switch interval passed).
    pub const GIL_DROP_REQUEST: u32 = 1;
    /// The cycle collector's generation 0 passed its threshold.
    pub const GC_PENDING: u32 = 2;
    /// `_thread.interrupt_main()`: raise KeyboardInterrupt in the main thread.
    pub const ASYNC_EXC: u32 = 4;
    /// Deterministic mode: the virtual switch interval passed; switch at this safe point.
    pub const DET_SWITCH: u32 = 8;
    /// A host limit was hit or the run was cancelled (see `limits.rs`): raise the abort
    /// exception. Stays set until the host clears it.
    pub const ABORT: u32 = 16;
}

/// Nanoseconds of virtual time one instruction takes in deterministic mode (about what a
/// simple bytecode instruction costs in CPython).
pub const VIRTUAL_NS_PER_INSTRUCTION: u64 = 10;

/// Why the GIL changed hands (shown by `--trace=gil`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The holder was asked to drop it after the switch interval (forced switching).
    IntervalExpired,
    /// The holder entered a blocking call (`time.sleep`, a lock wait, a join, I/O).
    Blocking(&'static str),
    /// The holder's thread finished.
    ThreadExit,
    /// Deterministic mode: the scheduler's seeded choice at a switch point.
    Scheduled,
}

impl Reason {
    pub fn describe(&self) -> String {
        match self {
            Reason::IntervalExpired => "switch interval expired".into(),
            Reason::Blocking(what) => format!("blocking call: {what}"),
            Reason::ThreadExit => "thread exit".into(),
            Reason::Scheduled => "scheduler switch".into(),
        }
    }
}

/// How an interpreter schedules its threads; set before any thread starts.
#[derive(Clone, Debug, Default)]
pub struct GilOptions {
    /// Run threads under the seeded deterministic scheduler with a virtual clock.
    pub deterministic: Option<u64>,
    /// With `deterministic`: switch after every N instructions, at any instruction
    /// boundary (so races inside `counter += 1` show up).
    pub switch_instructions: Option<u64>,
    /// Print every hand-off on stderr.
    pub trace: bool,
    /// Record holding spans for [`Gil::timeline_svg`].
    pub timeline: bool,
}

/// A thread asked for a lock or a wait that can never be satisfied: every thread is
/// waiting and none has a deadline (deterministic mode only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadlock;

/// One interpreter's GIL; shared (`Arc`) by every thread of the interpreter, and the only
/// interpreter object a thread may touch without holding it.
pub struct Gil {
    /// The eval-breaker word (see [`breaker`]).
    breaker: AtomicU32,
    /// The switch interval in nanoseconds.
    interval_ns: AtomicU64,
    /// Deterministic mode is on (read without the state lock by the notify fast path).
    det: AtomicBool,
    state: Mutex<State>,
    /// Signalled when the GIL is released (waiters wait here).
    cond: Condvar,
    /// Signalled when a thread takes the GIL (forced switching waits here).
    switch_cond: Condvar,
    /// Serial numbers for thread idents (`threading.get_ident()`).
    next_ident: AtomicU64,
    /// Threads started and not yet finished (`_thread._count()`).
    pub running_threads: AtomicU64,
    /// When the interpreter started: the origin of trace times.
    origin: Instant,
    /// `FERROPY_SWITCH_STRESS=1`: waiters ask for the GIL after 1 µs whatever the switch
    /// interval says (the test suite's stress run; `sys.getswitchinterval` is unchanged).
    stress: bool,
    /// Host limits: which one stopped the current run (see `limits.rs`).
    pub abort: crate::limits::AbortFlag,
}

struct State {
    locked: bool,
    holder: u64,
    /// Incremented by every take: a waiter that sees it unchanged after its timed wait
    /// knows the same holder has kept the GIL for a whole interval.
    switch_number: u64,
    /// Threads waiting to take the GIL (forced switching only waits if there are some).
    waiters: usize,
    /// Why the last holder released it.
    last_reason: Reason,
    /// Set at interpreter shutdown to the finalizing thread: any other thread that tries
    /// to take the GIL parks forever (CPython's daemon threads at exit).
    finalizing: Option<u64>,
    sched: Option<Sched>,
    rec: Option<Recorder>,
}

/// The deterministic scheduler's state (guarded by the GIL's state lock).
struct Sched {
    rng: u64,
    /// Virtual time, in nanoseconds since the interpreter started.
    now: u64,
    /// Bumped whenever something a waiter may wait for happens (a lock released, a thread
    /// finished): a waiting thread is worth re-checking only if the epoch moved since it
    /// last looked, or its deadline has come.
    epoch: u64,
    threads: BTreeMap<u64, Slot>,
    /// The thread allowed to run.
    current: u64,
    /// Instructions per quantum (the `--switch-instructions` N, or the virtual interval).
    quantum: u64,
    /// Switch at any instruction boundary (`--switch-instructions`), not just at safe points.
    any_boundary: bool,
    /// A waiting thread picked to report a deadlock.
    deadlock_victim: Option<u64>,
    /// Virtual CPU time (instructions run × the instruction cost), per thread and in all.
    cpu: HashMap<u64, u64>,
    cpu_total: u64,
}

#[derive(Clone, Copy, Debug)]
enum Slot {
    Ready,
    Waiting {
        seen_epoch: u64,
        deadline: Option<u64>,
    },
}

/// What `--trace=gil` and `--gil-timeline` record.
struct Recorder {
    trace: bool,
    timeline: bool,
    names: HashMap<u64, String>,
    /// When the current holder took the GIL.
    took_at: u64,
    /// (thread, from, to) holding spans in nanoseconds.
    spans: Vec<(u64, u64, u64)>,
    /// Thread order of first appearance (timeline rows).
    order: Vec<u64>,
    end: u64,
}

impl Default for Gil {
    fn default() -> Self {
        Gil::new()
    }
}

impl Gil {
    /// A GIL held by the thread creating the interpreter, whose ident is 1.
    pub fn new() -> Gil {
        Gil {
            breaker: AtomicU32::new(0),
            interval_ns: AtomicU64::new(5_000_000),
            det: AtomicBool::new(false),
            state: Mutex::new(State {
                locked: true,
                holder: MAIN_IDENT,
                switch_number: 0,
                waiters: 0,
                last_reason: Reason::Scheduled,
                finalizing: None,
                sched: None,
                rec: None,
            }),
            cond: Condvar::new(),
            switch_cond: Condvar::new(),
            next_ident: AtomicU64::new(MAIN_IDENT + 1),
            running_threads: AtomicU64::new(0),
            origin: Instant::now(),
            stress: std::env::var_os("FERROPY_SWITCH_STRESS").is_some_and(|v| v != "0"),
            abort: Default::default(),
        }
    }

    /// Apply `opts` (before the first thread starts).
    pub fn configure(&self, opts: &GilOptions) {
        let mut st = self.state.lock();
        if let Some(seed) = opts.deterministic {
            let quantum = match opts.switch_instructions {
                Some(n) => n.max(1),
                None => {
                    (self.interval_ns.load(Ordering::Relaxed) / VIRTUAL_NS_PER_INSTRUCTION).max(1)
                }
            };
            let mut threads = BTreeMap::new();
            threads.insert(st.holder, Slot::Ready);
            st.sched = Some(Sched {
                rng: seed ^ 0x9e37_79b9_7f4a_7c15,
                now: 0,
                epoch: 0,
                threads,
                current: st.holder,
                quantum,
                any_boundary: opts.switch_instructions.is_some(),
                deadlock_victim: None,
                cpu: HashMap::new(),
                cpu_total: 0,
            });
            self.det.store(true, Ordering::Relaxed);
        }
        if opts.trace || opts.timeline {
            let mut names = HashMap::new();
            names.insert(MAIN_IDENT, "MainThread".to_string());
            st.rec = Some(Recorder {
                trace: opts.trace,
                timeline: opts.timeline,
                names,
                took_at: 0,
                spans: Vec::new(),
                order: vec![MAIN_IDENT],
                end: 0,
            });
        }
    }

    // ----- the eval breaker ---------------------------------------------------------------

    /// Is any eval-breaker bit set? (The one check the eval loop makes.)
    #[inline(always)]
    pub fn breaker_set(&self) -> bool {
        self.breaker.load(Ordering::Relaxed) != 0
    }

    #[inline]
    pub fn breaker_bits(&self) -> u32 {
        self.breaker.load(Ordering::Relaxed)
    }

    #[inline]
    pub fn set_breaker(&self, bit: u32) {
        self.breaker.fetch_or(bit, Ordering::Relaxed);
    }

    #[inline]
    pub fn clear_breaker(&self, bit: u32) {
        self.breaker.fetch_and(!bit, Ordering::Relaxed);
    }

    // ----- switch interval ---------------------------------------------------------------

    pub fn switch_interval(&self) -> f64 {
        self.interval_ns.load(Ordering::Relaxed) as f64 / 1e9
    }

    /// `sys.setswitchinterval`: CPython stores whole microseconds (so 1e-9 reads back as
    /// 0.0) and waits at least one.
    pub fn set_switch_interval(&self, secs: f64) {
        let us = (secs * 1e6) as u64;
        self.interval_ns.store(us * 1000, Ordering::Relaxed);
        let mut st = self.state.lock();
        if let Some(s) = st.sched.as_mut() {
            if !s.any_boundary {
                s.quantum = (us.max(1) * 1000 / VIRTUAL_NS_PER_INSTRUCTION).max(1);
            }
        }
    }

    // ----- thread identities ---------------------------------------------------------------

    /// A fresh ident for a thread about to start; in deterministic mode the thread joins
    /// the scheduler as runnable (but runs only when picked).
    pub fn new_thread_ident(&self) -> u64 {
        let ident = self.next_ident.fetch_add(1, Ordering::Relaxed);
        let mut st = self.state.lock();
        if let Some(s) = st.sched.as_mut() {
            s.threads.insert(ident, Slot::Ready);
        }
        if let Some(r) = st.rec.as_mut() {
            r.names
                .entry(ident)
                .or_insert_with(|| format!("thread-{ident}"));
        }
        ident
    }

    /// Name a thread in traces and timelines (`threading` calls this as a thread starts).
    pub fn set_thread_name(&self, ident: u64, name: &str) {
        let mut st = self.state.lock();
        if let Some(r) = st.rec.as_mut() {
            r.names.insert(ident, name.to_string());
        }
    }

    pub fn is_deterministic(&self) -> bool {
        self.det.load(Ordering::Relaxed)
    }

    /// Instructions per quantum in deterministic mode, and whether switches may happen at
    /// any instruction boundary.
    pub fn quantum(&self) -> Option<(u64, bool)> {
        let st = self.state.lock();
        st.sched.as_ref().map(|s| (s.quantum, s.any_boundary))
    }

    /// Nanoseconds since the interpreter started: virtual in deterministic mode.
    pub fn now_ns(&self) -> u64 {
        let st = self.state.lock();
        self.now_locked(&st)
    }

    fn now_locked(&self, st: &State) -> u64 {
        match &st.sched {
            Some(s) => s.now,
            None => self.origin.elapsed().as_nanos() as u64,
        }
    }

    // ----- taking and dropping -----------------------------------------------------------

    /// Take the GIL for thread `me` (CPython's `take_gil`). Never returns if the
    /// interpreter is finalizing and `me` is not the finalizing thread.
    pub(crate) fn take(&self, me: u64) {
        let mut st = self.state.lock();
        if st.sched.is_some() {
            self.det_wait_turn(&mut st, me);
            return;
        }
        if st.locked {
            st.waiters += 1;
            while st.locked {
                self.park_if_finalizing(&mut st, me);
                let saved = st.switch_number;
                let ns = if self.stress {
                    1000
                } else {
                    self.interval_ns.load(Ordering::Relaxed).max(1000)
                };
                let interval = Duration::from_nanos(ns);
                let timed_out = self.cond.wait_for(&mut st, interval).timed_out();
                if timed_out && st.locked && st.switch_number == saved {
                    self.set_breaker(breaker::GIL_DROP_REQUEST);
                }
            }
            st.waiters -= 1;
        }
        self.park_if_finalizing(&mut st, me);
        st.locked = true;
        let from = st.holder;
        st.holder = me;
        st.switch_number += 1;
        // The request was for the previous holder; a waiter still waiting will make a new
        // one after its own interval.
        self.clear_breaker(breaker::GIL_DROP_REQUEST);
        self.switch_cond.notify_all();
        self.record_take(&mut st, from, me);
    }

    /// Release the GIL held by `me` (CPython's `drop_gil`). With `Reason::IntervalExpired`
    /// the caller waits until another thread has taken it (forced switching).
    pub(crate) fn drop_gil(&self, me: u64, reason: Reason) {
        let mut st = self.state.lock();
        self.record_release(&mut st, me);
        if st.sched.is_some() {
            // Deterministic mode never releases the baton without choosing a successor;
            // `allow_threads` keeps it, and waits go through `det_block`.
            return;
        }
        st.locked = false;
        st.last_reason = reason;
        self.cond.notify_one();
        if reason == Reason::IntervalExpired {
            let saved = st.switch_number;
            while st.switch_number == saved && st.waiters > 0 {
                self.switch_cond.wait(&mut st);
            }
        }
    }

    fn park_if_finalizing(&self, st: &mut MutexGuard<'_, State>, me: u64) {
        if st.finalizing.is_some_and(|f| f != me) {
            // CPython makes daemon threads that outlive finalization hang in take_gil:
            // they must never touch the interpreter again.
            loop {
                self.cond.wait(st);
            }
        }
    }

    /// Interpreter shutdown: from now on only `me` may take the GIL.
    pub fn set_finalizing(&self, me: u64) {
        let mut st = self.state.lock();
        st.finalizing = Some(me);
        let now = self.now_locked(&st);
        if let Some(r) = st.rec.as_mut() {
            r.end = now;
        }
    }

    // ----- deterministic scheduling ------------------------------------------------------

    fn det_wait_turn(&self, st: &mut MutexGuard<'_, State>, me: u64) {
        loop {
            let s = st.sched.as_ref().expect("deterministic");
            if s.current == me && st.finalizing.is_none_or(|f| f == me) {
                break;
            }
            self.cond.wait(st);
        }
        st.holder = me;
    }

    /// Something a waiting thread may be waiting for happened (a lock was released, a
    /// thread finished): let waiters re-check. A no-op outside deterministic mode.
    #[inline]
    pub fn notify_event(&self) {
        if self.det.load(Ordering::Relaxed) {
            let mut st = self.state.lock();
            if let Some(s) = st.sched.as_mut() {
                s.epoch += 1;
            }
        }
    }

    /// A switch point in deterministic mode: `executed` instructions ran since the
    /// thread was last scheduled; pick the next thread (possibly `me` again) and wait for
    /// `me`'s turn.
    pub(crate) fn det_preempt(&self, me: u64, executed: u64) {
        let mut st = self.state.lock();
        if st.finalizing.is_some() {
            return;
        }
        self.det_advance(&mut st, me, executed);
        let _ = self.det_switch(&mut st, me, Slot::Ready, Reason::Scheduled);
    }

    /// Deterministic mode: wait until `ready()` holds or the virtual clock reaches
    /// `deadline` (ns); `Ok(false)` on timeout. `ready` runs with the baton held.
    pub(crate) fn det_block(
        &self,
        me: u64,
        executed: u64,
        deadline: Option<u64>,
        what: &'static str,
        mut ready: impl FnMut() -> bool,
    ) -> Result<bool, Deadlock> {
        let mut executed = executed;
        loop {
            if ready() {
                return Ok(true);
            }
            let mut st = self.state.lock();
            self.det_advance(&mut st, me, executed);
            executed = 0;
            let s = st.sched.as_ref().expect("deterministic");
            if deadline.is_some_and(|d| s.now >= d) {
                return Ok(false);
            }
            let slot = Slot::Waiting {
                seen_epoch: s.epoch,
                deadline,
            };
            self.det_switch(&mut st, me, slot, Reason::Blocking(what))?;
        }
    }

    /// Deterministic mode: thread `me` finished; hand the baton on.
    pub(crate) fn det_exit(&self, me: u64, executed: u64) {
        let mut st = self.state.lock();
        self.det_advance(&mut st, me, executed);
        self.record_release(&mut st, me);
        let s = st.sched.as_mut().expect("deterministic");
        s.threads.remove(&me);
        s.epoch += 1;
        if let Some(next) = self.det_pick(&mut st) {
            let s = st.sched.as_mut().expect("deterministic");
            s.current = next;
            st.last_reason = Reason::ThreadExit;
            self.record_take(&mut st, me, next);
            self.cond.notify_all();
        }
    }

    fn det_advance(&self, st: &mut State, me: u64, executed: u64) {
        if let Some(s) = st.sched.as_mut() {
            let ns = executed * VIRTUAL_NS_PER_INSTRUCTION;
            s.now += ns;
            *s.cpu.entry(me).or_insert(0) += ns;
            s.cpu_total += ns;
        }
    }

    /// Deterministic mode's CPU clocks: virtual ns of instructions run by `thread` (or
    /// by every thread), not counting the running quantum.
    pub fn virtual_cpu_ns(&self, thread: Option<u64>) -> u64 {
        let st = self.state.lock();
        match (&st.sched, thread) {
            (Some(s), Some(t)) => s.cpu.get(&t).copied().unwrap_or(0),
            (Some(s), None) => s.cpu_total,
            (None, _) => 0,
        }
    }

    /// Mark `me` with `slot`, pick the next thread and wait until it is `me`'s turn again.
    fn det_switch(
        &self,
        st: &mut MutexGuard<'_, State>,
        me: u64,
        slot: Slot,
        reason: Reason,
    ) -> Result<(), Deadlock> {
        st.sched
            .as_mut()
            .expect("deterministic")
            .threads
            .insert(me, slot);
        let next = match self.det_pick(st) {
            Some(n) => n,
            None => return Err(Deadlock),
        };
        if next != me {
            st.sched.as_mut().expect("deterministic").current = next;
            st.last_reason = reason;
            self.record_release(st, me);
            self.record_take(st, me, next);
            self.cond.notify_all();
            loop {
                let s = st.sched.as_ref().expect("deterministic");
                if s.current == me && st.finalizing.is_none_or(|f| f == me) {
                    break;
                }
                self.cond.wait(st);
            }
            st.holder = me;
        }
        let s = st.sched.as_mut().expect("deterministic");
        s.threads.insert(me, Slot::Ready);
        if s.deadlock_victim == Some(me) {
            s.deadlock_victim = None;
            return Err(Deadlock);
        }
        Ok(())
    }

    /// The seeded choice of the next thread to run, advancing the virtual clock when
    /// every thread waits on a deadline. `None` only if there is no thread at all.
    fn det_pick(&self, st: &mut State) -> Option<u64> {
        let s = st.sched.as_mut().expect("deterministic");
        loop {
            let now = s.now;
            let epoch = s.epoch;
            let eligible: Vec<u64> = s
                .threads
                .iter()
                .filter(|(_, slot)| match slot {
                    Slot::Ready => true,
                    Slot::Waiting {
                        seen_epoch,
                        deadline,
                    } => *seen_epoch < epoch || deadline.is_some_and(|d| d <= now),
                })
                .map(|(id, _)| *id)
                .collect();
            if eligible.len() == 1 {
                // No choice to make: do not consume the seed's sequence, so what a program
                // does before its threads start cannot shift the schedule after.
                return Some(eligible[0]);
            }
            if !eligible.is_empty() {
                let r = splitmix(&mut s.rng);
                return Some(eligible[(r % eligible.len() as u64) as usize]);
            }
            let earliest = s
                .threads
                .values()
                .filter_map(|slot| match slot {
                    Slot::Waiting { deadline, .. } => *deadline,
                    Slot::Ready => None,
                })
                .min();
            match earliest {
                Some(d) => s.now = s.now.max(d),
                None => {
                    // Deadlock: wake the lowest waiting thread to report it.
                    let victim = *s.threads.keys().next()?;
                    s.deadlock_victim = Some(victim);
                    return Some(victim);
                }
            }
        }
    }

    // ----- recording ------------------------------------------------------------------------

    fn record_take(&self, st: &mut State, from: u64, to: u64) {
        let now = self.now_locked(st);
        let reason = st.last_reason;
        let Some(r) = st.rec.as_mut() else { return };
        r.took_at = now;
        if !r.order.contains(&to) {
            r.order.push(to);
        }
        if r.trace && from != to {
            let name = |id: u64| {
                r.names
                    .get(&id)
                    .cloned()
                    .unwrap_or_else(|| format!("thread-{id}"))
            };
            // Not eprintln!: a closed stderr must not panic while the GIL's lock is held.
            use std::io::Write;
            let _ = writeln!(
                std::io::stderr(),
                "[gil {:>10.3} ms] {} -> {}: {}",
                now as f64 / 1e6,
                name(from),
                name(to),
                reason.describe()
            );
        }
    }

    fn record_release(&self, st: &mut State, me: u64) {
        let now = self.now_locked(st);
        let Some(r) = st.rec.as_mut() else { return };
        if r.timeline && now > r.took_at {
            r.spans.push((me, r.took_at, now));
        }
        r.took_at = now;
    }

    /// The recorded timeline as an SVG picture: one row per thread, a bar where it held
    /// the GIL. `None` unless recording was configured.
    pub fn timeline_svg(&self) -> Option<String> {
        let mut st = self.state.lock();
        let now = self.now_locked(&st);
        let holder = st.holder;
        let r = st.rec.as_mut()?;
        if !r.timeline {
            return None;
        }
        let end = if r.end > 0 { r.end } else { now };
        if end > r.took_at {
            r.spans.push((holder, r.took_at, end));
            r.took_at = end;
        }
        Some(render_svg(r, end))
    }
}

/// The ident of the thread that created the interpreter.
pub const MAIN_IDENT: u64 = 1;

fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn render_svg(r: &Recorder, end: u64) -> String {
    use std::fmt::Write;
    let (label_w, plot_w, row_h, top) = (160.0, 900.0, 28.0, 40.0);
    let rows = r.order.len().max(1);
    let height = top + rows as f64 * row_h + 40.0;
    let width = label_w + plot_w + 20.0;
    let span = end.max(1) as f64;
    let x = |t: u64| label_w + t as f64 / span * plot_w;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
         font-family=\"monospace\" font-size=\"12\">"
    );
    let _ = writeln!(
        out,
        "<text x=\"10\" y=\"20\">GIL timeline: a bar is a thread holding the GIL \
         ({:.3} ms in all)</text>",
        end as f64 / 1e6
    );
    let palette = [
        "#4878d0", "#ee854a", "#6acc64", "#d65f5f", "#956cb4", "#8c613c",
    ];
    for (i, id) in r.order.iter().enumerate() {
        let y = top + i as f64 * row_h;
        let name = r
            .names
            .get(id)
            .cloned()
            .unwrap_or_else(|| format!("thread-{id}"));
        let _ = writeln!(
            out,
            "<text x=\"10\" y=\"{:.1}\">{}</text>",
            y + row_h * 0.65,
            xml_escape(&name)
        );
        let _ = writeln!(
            out,
            "<line x1=\"{label_w}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#ccc\"/>",
            y + row_h / 2.0,
            label_w + plot_w,
            y + row_h / 2.0
        );
        let color = palette[i % palette.len()];
        for &(t, a, b) in &r.spans {
            if t != *id {
                continue;
            }
            let w = (x(b) - x(a)).max(0.5);
            let _ = writeln!(
                out,
                "<rect x=\"{:.2}\" y=\"{:.1}\" width=\"{w:.2}\" height=\"{:.1}\" fill=\"{color}\"/>",
                x(a),
                y + 4.0,
                row_h - 8.0
            );
        }
    }
    let axis_y = top + rows as f64 * row_h + 15.0;
    for k in 0..=4 {
        let t = end / 4 * k;
        let _ = writeln!(
            out,
            "<text x=\"{:.1}\" y=\"{axis_y:.1}\" text-anchor=\"middle\">{:.1} ms</text>",
            x(t),
            t as f64 / 1e6
        );
    }
    out.push_str("</svg>\n");
    out
}
