//! Limits a host puts on the code it runs (DESIGN.md §4): an instruction budget, a
//! wall-clock deadline, cancellation from another thread, heap bytes, recursion depth and
//! integer size. CPython has no equivalent; the nearest thing is `PyErr_SetInterrupt`
//! plus a `sys.settrace` hook, which a script can catch or undo.
//!
//! **Aborting.** Hitting a limit *aborts* the interpreter's current run: the kind is
//! stored in the GIL's [`AbortFlag`] (shared with every thread, and with cancellation
//! handles on other OS threads) and the `ABORT` bit is set in the eval-breaker word, so
//! every thread raises at its next safe point. The exception raised is an instance of a
//! hidden `BaseException` subclass, and while the flag is set no handler runs — not
//! `except BaseException`, not `finally`, not `__exit__` — so frames unwind straight to
//! the host, dropping their references on the way (normal decrefs, so memory comes back).
//! The flag stays set until the host clears it at the end of the run, which makes the
//! abort sticky: native code that swallows the exception only gets as far as the next
//! safe point. Finalizers that run during the unwinding raise at once and are not reported.
//!
//! **Accounting.** The heap limit is checked at the allocation choke point
//! (`ObjRef::new`), where each object is charged its header plus its payload's buffer
//! and the charge is remembered in the header, so freeing it refunds exactly what was
//! charged; containers that grow (lists, dicts, sets, bytearrays) re-charge when their
//! buffers grow; and operations that would make one huge object (`[0] * n`, `'a' * n`,
//! `2 ** n`, joins) check the size *before* allocating ([`Vm::precheck_alloc`]). Charging
//! only happens while a limit is set, so ordinary runs pay one comparison per allocation.
//!
//! Blocking waits (`time.sleep`, lock and queue waits, joins) wait in slices of
//! [`WAIT_SLICE`] once limits are armed, so a deadline or a cancellation also stops a
//! sleeping script promptly.

use crate::error::PyErr;
use crate::Vm;
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, Weak};
use std::time::{Duration, Instant};

/// Which limit stopped a run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LimitKind {
    /// The instruction budget ran out.
    Instructions,
    /// The wall-clock deadline passed.
    Deadline,
    /// A cancellation handle was used.
    Cancelled,
    /// The heap grew (or would have grown) past its limit.
    Memory,
    /// Python calls nested deeper than the host allows.
    RecursionDepth,
    /// An int would have more digits than the host allows.
    IntDigits,
}

impl LimitKind {
    const ALL: [LimitKind; 6] = [
        LimitKind::Instructions,
        LimitKind::Deadline,
        LimitKind::Cancelled,
        LimitKind::Memory,
        LimitKind::RecursionDepth,
        LimitKind::IntDigits,
    ];

    fn code(self) -> u32 {
        LimitKind::ALL
            .iter()
            .position(|k| *k == self)
            .expect("listed") as u32
            + 1
    }

    fn from_code(c: u32) -> Option<LimitKind> {
        LimitKind::ALL.get((c as usize).checked_sub(1)?).copied()
    }

    /// A short description, used as the hidden exception's message.
    pub fn describe(self) -> &'static str {
        match self {
            LimitKind::Instructions => "instruction budget exhausted",
            LimitKind::Deadline => "time limit exceeded",
            LimitKind::Cancelled => "cancelled by the host",
            LimitKind::Memory => "heap limit exceeded",
            LimitKind::RecursionDepth => "recursion depth limit exceeded",
            LimitKind::IntDigits => "integer digit limit exceeded",
        }
    }
}

/// How long a blocking wait sleeps between checks of the abort flag once limits are armed.
pub const WAIT_SLICE: Duration = Duration::from_millis(5);

/// The abort state of one interpreter, shared by its threads and its host (it lives in
/// the [`Gil`](crate::gil::Gil), the one object other OS threads may touch).
#[derive(Default)]
pub struct AbortFlag {
    kind: AtomicU32,
    /// Waits are sliced (see the module docs).
    armed: AtomicBool,
    /// Bumped when a run ends: deadlines armed for earlier runs no longer fire.
    epoch: AtomicU64,
}

impl AbortFlag {
    /// The limit that stopped the current run, if one did.
    #[inline]
    pub fn kind(&self) -> Option<LimitKind> {
        LimitKind::from_code(self.kind.load(Ordering::Relaxed))
    }

    #[inline]
    pub fn is_set(&self) -> bool {
        self.kind.load(Ordering::Relaxed) != 0
    }

    pub fn is_armed(&self) -> bool {
        self.armed.load(Ordering::Relaxed)
    }

    /// Make blocking waits check the flag (a deadline or cancellation handle exists).
    pub fn arm(&self) {
        self.armed.store(true, Ordering::Relaxed);
    }

    pub fn epoch(&self) -> u64 {
        self.epoch.load(Ordering::Relaxed)
    }

    /// Record `kind` (the first limit hit wins); true if this call set it.
    fn set(&self, kind: LimitKind) -> bool {
        self.kind
            .compare_exchange(0, kind.code(), Ordering::Relaxed, Ordering::Relaxed)
            .is_ok()
    }

    fn clear(&self) {
        self.kind.store(0, Ordering::Relaxed);
        self.epoch.fetch_add(1, Ordering::Relaxed);
    }
}

impl crate::gil::Gil {
    /// Stop the interpreter's current run (callable from any thread): every thread raises
    /// the abort exception at its next safe point.
    pub fn request_abort(&self, kind: LimitKind) {
        self.abort.set(kind);
        self.set_breaker(crate::gil::breaker::ABORT);
    }

    /// As [`Gil::request_abort`], but only if the run that armed `epoch` is still going.
    fn request_abort_in(&self, epoch: u64, kind: LimitKind) {
        if self.abort.epoch() == epoch {
            self.request_abort(kind);
        }
    }

    /// The host's run is over: forget the abort, so the interpreter runs normally again.
    pub fn clear_abort(&self) {
        self.abort.clear();
        self.clear_breaker(crate::gil::breaker::ABORT);
    }
}

/// Per-interpreter limit settings read on the interpreter's own thread (the heap limit
/// lives in the collector state, next to the allocation counters).
#[derive(Default)]
pub struct VmLimits {
    /// Instructions left in the budget, when there is one.
    pub budget: Cell<Option<u64>>,
    /// The host's maximum Python call depth.
    pub recursion: Cell<Option<u32>>,
    /// The depth limit `sys.setrecursionlimit` asked for (the effective one is the
    /// smaller of this and the host's).
    pub user_recursion: Cell<u32>,
    /// The largest int, in bits, the host allows.
    pub int_bits: Cell<Option<u64>>,
    /// Under a heap limit, the call depth whose frames would fill it (frames are not heap
    /// objects, so they are bounded by depth instead; see `FRAME_BYTES`).
    pub frame_depth: Cell<Option<u32>>,
}

/// What one Python call level costs in memory, for bounding recursion under a heap limit
/// (a frame, its value buffers and the interpreter's bookkeeping; measured at about
/// 5 KiB a level for a one-argument function).
const FRAME_BYTES: usize = 4096;

/// Instructions counted between two checks of the budget (the eval loop's step counter
/// counts them down; see `Vm::enable_budget`).
const BUDGET_CHUNK: u64 = 10_000;

impl Vm {
    /// The exception that unwinds an aborted run: an instance of the hidden
    /// `LimitExceeded` class, which no handler sees while the abort flag is set.
    pub fn abort_error(&self) -> PyErr {
        let kind = self.gil.abort.kind().unwrap_or(LimitKind::Cancelled);
        let cls = self.limit_exceeded_type();
        let exc = self.new_exception(&cls, vec![self.new_str(kind.describe())]);
        PyErr { exc }
    }

    /// `ferropy.LimitExceeded`, made on first use.
    pub fn limit_exceeded_type(&self) -> crate::ObjRef {
        self.lazy_type_or("LimitExceeded", || {
            let ns = self.new_dict();
            let _ = crate::types::dict::set_item(
                self,
                &ns,
                self.new_str("__module__"),
                self.new_str("ferropy"),
            );
            let bases = self.new_tuple(vec![crate::Value::Obj(self.exc.base_exception.clone())]);
            let cls = crate::protocol::call::call(
                self,
                &crate::Value::Obj(self.t.type_.clone()),
                &[self.new_str("LimitExceeded"), bases, crate::Value::Obj(ns)],
            )
            .expect("LimitExceeded class");
            cls.as_obj().expect("a class").clone()
        })
    }

    /// Abort the run for `kind` and return the exception to raise now.
    #[cold]
    pub fn trip(&self, kind: LimitKind) -> PyErr {
        self.gil.request_abort(kind);
        self.abort_error()
    }

    /// Is the current run being aborted? (No handler runs while it is.)
    #[inline]
    pub fn aborting(&self) -> bool {
        self.gil.abort.is_set()
    }

    /// Before making an object of about `bytes` bytes: abort if the heap limit would be
    /// exceeded (the caller raises the returned error instead of allocating).
    #[inline]
    pub fn precheck_alloc(&self, bytes: u128) -> crate::PyResult<()> {
        if crate::gc::would_exceed(bytes) {
            return Err(self.trip(LimitKind::Memory));
        }
        Ok(())
    }

    /// An int result of `bits` bits is about to be made: abort past the host's digit
    /// limit or the heap limit.
    pub fn precheck_int_bits(&self, bits: u64) -> crate::PyResult<()> {
        if let Some(max) = self.limits.int_bits.get() {
            if bits > max {
                return Err(self.trip(LimitKind::IntDigits));
            }
        }
        self.precheck_alloc(bits as u128 / 8)
    }

    /// Set the host's heap limit in bytes (None: unlimited), counting from what the
    /// interpreter already holds.
    pub fn set_heap_limit(&self, bytes: Option<usize>) {
        self.gc.set_heap_limit(bytes);
        self.limits
            .frame_depth
            .set(bytes.map(|b| (b / FRAME_BYTES).clamp(100, u32::MAX as usize) as u32));
        self.set_recursion_limit(self.limits.user_recursion.get());
    }

    /// Bytes charged to the heap since a limit was first set (see the module docs).
    pub fn heap_bytes(&self) -> usize {
        self.gc.heap_bytes()
    }

    /// The host's recursion limit (None: only `sys.setrecursionlimit`'s applies).
    pub fn set_host_recursion_limit(&self, depth: Option<u32>) {
        self.limits.recursion.set(depth);
        self.set_recursion_limit(self.limits.user_recursion.get());
    }

    /// `sys.setrecursionlimit`: the effective limit is the smaller of this and the host's.
    pub fn set_recursion_limit(&self, n: u32) {
        self.limits.user_recursion.set(n);
        let mut eff = n;
        for cap in [self.limits.recursion.get(), self.limits.frame_depth.get()]
            .into_iter()
            .flatten()
        {
            eff = eff.min(cap.saturating_add(1));
        }
        self.recursion_limit.set(eff);
    }

    /// `sys.getrecursionlimit()`.
    pub fn user_recursion_limit(&self) -> u32 {
        self.limits.user_recursion.get()
    }

    /// The depth check failed: a RecursionError, or an abort past the host's limit.
    #[cold]
    pub(crate) fn recursion_overflow(&self, what: &str) -> PyErr {
        if let Some(h) = self.limits.recursion.get() {
            if self.depth.get() + 1 > h {
                return self.trip(LimitKind::RecursionDepth);
            }
        }
        if let Some(h) = self.limits.frame_depth.get() {
            if self.depth.get() + 1 > h {
                return self.trip(LimitKind::Memory);
            }
        }
        self.recursion_error(format!("maximum recursion depth exceeded{what}"))
    }

    /// Start (or stop, with None) counting instructions against a budget. The
    /// instruction-counting copy of the eval loop runs while a budget is set.
    pub fn set_instruction_budget(&self, budget: Option<u64>) {
        self.limits.budget.set(budget);
        if self.gil.is_deterministic() {
            // The deterministic scheduler owns the step counter; the budget is charged
            // at its switch points (see `charge_budget`).
            return;
        }
        match budget {
            Some(b) => {
                self.step.quantum.set(b.clamp(1, BUDGET_CHUNK));
                self.step.countdown.set(b.clamp(1, BUDGET_CHUNK));
                self.step.any_boundary.set(false);
                self.step_mode.set(true);
            }
            None => self.step_mode.set(false),
        }
    }

    /// Subtract `executed` instructions from the budget; abort when it runs out.
    pub(crate) fn charge_budget(&self, executed: u64) {
        if let Some(left) = self.limits.budget.get() {
            let left = left.saturating_sub(executed);
            self.limits.budget.set(Some(left));
            if left == 0 {
                self.gil.request_abort(LimitKind::Instructions);
            }
        }
    }

    /// The step counter ran out outside deterministic mode: a budget chunk is used up.
    pub(crate) fn budget_chunk_expired(&self) {
        self.charge_budget(self.step.quantum.get());
        match self.limits.budget.get() {
            Some(left) if left > 0 => {
                self.step.quantum.set(left.min(BUDGET_CHUNK));
                self.step.countdown.set(left.min(BUDGET_CHUNK));
            }
            _ => self.step.countdown.set(u64::MAX),
        }
    }

    /// Instructions left in the budget (None without one).
    pub fn instructions_left(&self) -> Option<u64> {
        let left = self.limits.budget.get()?;
        if self.gil.is_deterministic() || !self.step_mode.get() {
            return Some(left);
        }
        Some(left.saturating_sub(self.step.executed()))
    }
}

// ----- deadlines ---------------------------------------------------------------------------

/// One armed deadline.
struct Watch {
    at: Instant,
    gil: Weak<crate::gil::Gil>,
    epoch: u64,
}

static WATCHES: parking_lot::Mutex<Vec<Watch>> = parking_lot::const_mutex(Vec::new());
static WATCH_CV: parking_lot::Condvar = parking_lot::Condvar::new();
static WATCHDOG: std::sync::Once = std::sync::Once::new();

/// Abort `gil`'s current run at `at`, unless it ends first. One process-wide watchdog
/// thread serves every interpreter's deadlines.
pub fn arm_deadline(gil: &Arc<crate::gil::Gil>, at: Instant) {
    gil.abort.arm();
    WATCHDOG.call_once(|| {
        let _ = std::thread::Builder::new()
            .name("ferropy-watchdog".into())
            .spawn(watchdog);
    });
    let mut w = WATCHES.lock();
    w.push(Watch {
        at,
        gil: Arc::downgrade(gil),
        epoch: gil.abort.epoch(),
    });
    WATCH_CV.notify_one();
}

fn watchdog() {
    let mut w = WATCHES.lock();
    loop {
        let now = Instant::now();
        w.retain(|e| {
            let Some(gil) = e.gil.upgrade() else {
                return false;
            };
            if gil.abort.epoch() != e.epoch {
                return false;
            }
            if e.at <= now {
                gil.request_abort_in(e.epoch, LimitKind::Deadline);
                return false;
            }
            true
        });
        match w.iter().map(|e| e.at).min() {
            Some(next) => {
                WATCH_CV.wait_until(&mut w, next);
            }
            None => WATCH_CV.wait(&mut w),
        }
    }
}
