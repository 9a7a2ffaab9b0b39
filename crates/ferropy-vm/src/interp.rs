//! Sub-interpreters: the "processes" of `multiprocessing` (DESIGN.md §3 "Processes").
//!
//! A child process is a whole second interpreter — its own heap, GIL, modules and
//! simulated pid — running on its own OS thread in this process. Interpreters share no
//! objects: what crosses between them is bytes (pickles) in the shared primitives below,
//! which live outside every heap and are reached by a process-wide id, the way CPython's
//! processes reach a pipe or a semaphore by file descriptor or name.
//!
//! The VM cannot build an interpreter itself (the compiler and the standard library sit
//! above it), so the facade installs a [`SpawnHook`] that does.

use parking_lot::{Condvar, Mutex};
use std::any::Any;
use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, Weak};
use std::time::Instant;

/// What a child interpreter runs.
#[derive(Clone, Debug, Default)]
pub struct ChildSpec {
    /// `sys.argv` of the child (the parent's, as with spawn).
    pub argv: Vec<String>,
    /// The parent's main script, re-run in the child as `__mp_main__` (spawn semantics).
    pub main_path: Option<String>,
    /// The parent's `sys.path`.
    pub sys_path: Vec<String>,
    /// The pickled process object whose `_bootstrap()` the child runs.
    pub payload: Vec<u8>,
    pub pid: u32,
    pub ppid: u32,
}

/// A child's exit status, set once when its interpreter finishes.
#[derive(Clone, Default)]
pub struct ChildExit(Arc<(Mutex<Option<i32>>, Condvar)>);

impl ChildExit {
    pub fn new() -> ChildExit {
        ChildExit::default()
    }

    pub fn set(&self, code: i32) {
        *self.0 .0.lock() = Some(code);
        self.0 .1.notify_all();
    }

    pub fn get(&self) -> Option<i32> {
        *self.0 .0.lock()
    }

    /// Wait for the exit status (without the GIL) until `deadline`.
    pub fn wait(&self, deadline: Option<Instant>) -> Option<i32> {
        let mut g = self.0 .0.lock();
        while g.is_none() {
            match deadline {
                Some(d) => {
                    if self.0 .1.wait_until(&mut g, d).timed_out() {
                        break;
                    }
                }
                None => self.0 .1.wait(&mut g),
            }
        }
        *g
    }
}

/// Starts a child interpreter on a new OS thread; installed by the facade.
pub type SpawnHook = Arc<dyn Fn(ChildSpec, ChildExit) -> std::io::Result<()> + Send + Sync>;

static NEXT_PID: AtomicU32 = AtomicU32::new(0);

/// A fresh simulated pid for a child interpreter (distinct from the real pid and from
/// every other child's).
pub fn next_pid() -> u32 {
    let n = NEXT_PID.fetch_add(1, Ordering::Relaxed) + 1;
    std::process::id().wrapping_add(n)
}

// ----- shared primitives ----------------------------------------------------------------------

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

/// Every shared primitive, by id, for as long as some interpreter holds it: pickling one
/// sends its id, and unpickling in another interpreter finds it here.
static REGISTRY: Mutex<Option<HashMap<u64, Weak<dyn Any + Send + Sync>>>> = Mutex::new(None);

/// Register `obj` and return its id.
pub fn share<T: Any + Send + Sync>(obj: &Arc<T>) -> u64 {
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    let any: Arc<dyn Any + Send + Sync> = obj.clone();
    let mut reg = REGISTRY.lock();
    let map = reg.get_or_insert_with(HashMap::new);
    map.retain(|_, w| w.strong_count() > 0);
    map.insert(id, Arc::downgrade(&any));
    id
}

/// The live shared primitive `id`, if it is a `T`.
pub fn lookup<T: Any + Send + Sync>(id: u64) -> Option<Arc<T>> {
    let reg = REGISTRY.lock();
    let any = reg.as_ref()?.get(&id)?.upgrade()?;
    any.downcast::<T>().ok()
}

/// A queue of byte messages between interpreters (under `multiprocessing.Queue`, `Pipe`
/// and the pool's task and result queues).
#[derive(Default)]
pub struct Channel {
    q: Mutex<VecDeque<Vec<u8>>>,
    cv: Condvar,
}

impl Channel {
    pub fn put(&self, msg: Vec<u8>) {
        self.q.lock().push_back(msg);
        self.cv.notify_one();
    }

    /// Take the next message, waiting (without the GIL) until `deadline`.
    pub fn get(&self, deadline: Option<Instant>) -> Option<Vec<u8>> {
        let mut q = self.q.lock();
        loop {
            if let Some(m) = q.pop_front() {
                return Some(m);
            }
            match deadline {
                Some(d) => {
                    if self.cv.wait_until(&mut q, d).timed_out() {
                        return q.pop_front();
                    }
                }
                None => self.cv.wait(&mut q),
            }
        }
    }

    pub fn try_get(&self) -> Option<Vec<u8>> {
        self.q.lock().pop_front()
    }

    pub fn len(&self) -> usize {
        self.q.lock().len()
    }

    pub fn is_empty(&self) -> bool {
        self.q.lock().is_empty()
    }
}

/// A counting semaphore shared between interpreters (CPython's `SemLock`): the base of
/// `multiprocessing`'s Lock, RLock, Semaphore, Condition, Event and Barrier.
pub struct SemLock {
    count: Mutex<i64>,
    cv: Condvar,
    pub maxvalue: i64,
    /// 0 = semaphore, 1 = recursive mutex (CPython's SEMAPHORE / RECURSIVE_MUTEX).
    pub kind: u8,
}

impl SemLock {
    pub fn new(kind: u8, value: i64, maxvalue: i64) -> SemLock {
        SemLock {
            count: Mutex::new(value),
            cv: Condvar::new(),
            maxvalue,
            kind,
        }
    }

    pub fn try_acquire(&self) -> bool {
        let mut c = self.count.lock();
        if *c > 0 {
            *c -= 1;
            true
        } else {
            false
        }
    }

    /// Decrement, waiting (without the GIL) until the count is positive or `deadline`.
    pub fn acquire_until(&self, deadline: Option<Instant>) -> bool {
        let mut c = self.count.lock();
        while *c <= 0 {
            match deadline {
                Some(d) => {
                    if self.cv.wait_until(&mut c, d).timed_out() && *c <= 0 {
                        return false;
                    }
                }
                None => self.cv.wait(&mut c),
            }
        }
        *c -= 1;
        true
    }

    /// Increment; false if that would pass `maxvalue`.
    pub fn release(&self) -> bool {
        let mut c = self.count.lock();
        if *c >= self.maxvalue {
            return false;
        }
        *c += 1;
        self.cv.notify_one();
        true
    }

    pub fn value(&self) -> i64 {
        *self.count.lock()
    }
}

/// Bytes shared between interpreters (`multiprocessing.Value`/`Array` keep pickles here).
#[derive(Default)]
pub struct SharedCell {
    pub data: Mutex<Vec<u8>>,
}
