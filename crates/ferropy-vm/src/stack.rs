//! A guard for the native (Rust) stack. Python→Python calls never use it, but native
//! re-entry does — resuming a chain of generators (`yield from` delegates), `repr` and
//! `==` of nested containers, calls through builtins — and the thread running the
//! interpreter may be a host's with a small stack. CPython 3.11 relies on the recursion
//! limit alone (and can crash when it is raised too far); here a nearly full stack is a
//! `RecursionError` whatever the limit says.

use std::cell::Cell;

/// Room kept free below the guard, for the work done between checks.
const MARGIN: usize = 256 << 10;

thread_local! {
    /// The lowest usable address of this thread's stack (0: not looked up yet; 1: unknown,
    /// never reported as exhausted).
    static STACK_LOW: Cell<usize> = const { Cell::new(0) };
}

/// Is this thread's stack within `MARGIN` of its end?
#[inline]
pub fn exhausted() -> bool {
    let marker = 0u8;
    let here = std::ptr::addr_of!(marker) as usize;
    let low = STACK_LOW.with(|c| match c.get() {
        0 => {
            let l = stack_low().unwrap_or(1);
            c.set(l);
            l
        }
        l => l,
    });
    low > 1 && here < low.saturating_add(MARGIN)
}

#[cfg(target_os = "linux")]
fn stack_low() -> Option<usize> {
    let mut attr = std::mem::MaybeUninit::<libc::pthread_attr_t>::uninit();
    let mut addr: *mut libc::c_void = std::ptr::null_mut();
    let mut size: libc::size_t = 0;
    // SAFETY: `pthread_getattr_np` initialises `attr` for the calling thread when it
    // returns 0; only then is it read and destroyed. The out-pointers are valid locals.
    unsafe {
        if libc::pthread_getattr_np(libc::pthread_self(), attr.as_mut_ptr()) != 0 {
            return None;
        }
        let ok = libc::pthread_attr_getstack(attr.as_ptr(), &mut addr, &mut size) == 0;
        libc::pthread_attr_destroy(attr.as_mut_ptr());
        if ok && !addr.is_null() {
            Some(addr as usize)
        } else {
            None
        }
    }
}

#[cfg(not(target_os = "linux"))]
fn stack_low() -> Option<usize> {
    None
}
