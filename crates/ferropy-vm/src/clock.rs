//! The clocks the `time` module reads (CPython `Python/pytime.c`): wall, monotonic and CPU
//! time, each virtual in deterministic mode, and the local-time offset from the C library.

use crate::Vm;
use std::time::{SystemTime, UNIX_EPOCH};

/// Which clock `time.*` asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clock {
    /// `time.time()`: seconds since the Unix epoch.
    Wall,
    /// `time.monotonic()` and `time.perf_counter()`.
    Monotonic,
    /// `time.process_time()`: CPU time of the process.
    Process,
    /// `time.thread_time()`: CPU time of the calling thread.
    Thread,
}

/// The reading of `clock` in nanoseconds. In deterministic mode every clock is the
/// scheduler's virtual clock (the wall clock starts at the real time the interpreter
/// started), so elapsed times depend only on the program and the seed.
pub fn now_ns(vm: &Vm, clock: Clock) -> i128 {
    if vm.gil.is_deterministic() {
        // The running quantum's instructions count too, so time moves between switches.
        let pending = (vm.step.executed() * crate::gil::VIRTUAL_NS_PER_INSTRUCTION) as i128;
        let v = vm.gil.now_ns() as i128 + pending;
        return match clock {
            Clock::Wall => vm.start_wall_ns + v,
            Clock::Monotonic => v,
            Clock::Process => vm.gil.virtual_cpu_ns(None) as i128 + pending,
            Clock::Thread => vm.gil.virtual_cpu_ns(Some(vm.thread_ident())) as i128 + pending,
        };
    }
    match clock {
        Clock::Wall => wall_ns(),
        // The system's monotonic clock, as CPython reads it: one origin for every
        // interpreter of the process (and every process), so times compare across them.
        Clock::Monotonic => cpu_ns(libc::CLOCK_MONOTONIC),
        Clock::Process => cpu_ns(libc::CLOCK_PROCESS_CPUTIME_ID),
        Clock::Thread => cpu_ns(libc::CLOCK_THREAD_CPUTIME_ID),
    }
}

pub fn wall_ns() -> i128 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

/// `clock_gettime(id)` in nanoseconds.
fn cpu_ns(id: libc::clockid_t) -> i128 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec; clock_gettime only writes it.
    let rc = unsafe { libc::clock_gettime(id, &mut ts) };
    if rc != 0 {
        return 0;
    }
    ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128
}

/// The local time zone at `secs` since the epoch: (UTC offset in seconds, zone name,
/// daylight saving in effect), from the C library's `localtime_r`.
pub fn local_zone(secs: i64) -> (i64, String, bool) {
    let t: libc::time_t = secs as libc::time_t;
    // SAFETY: an all-zero `tm` is a valid value for the C struct (integers and a null
    // zone pointer), which localtime_r overwrites.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are valid for the call; localtime_r is the reentrant variant.
    let r = unsafe { libc::localtime_r(&t, &mut tm) };
    if r.is_null() {
        return (0, "UTC".into(), false);
    }
    let zone = if tm.tm_zone.is_null() {
        "UTC".to_string()
    } else {
        // SAFETY: a non-null tm_zone points at a NUL-terminated string owned by the C
        // library that stays valid at least until the next time-zone call.
        unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
            .to_string_lossy()
            .into_owned()
    };
    (tm.tm_gmtoff as i64, zone, tm.tm_isdst > 0)
}
