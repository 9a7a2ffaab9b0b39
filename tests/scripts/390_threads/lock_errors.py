# Error messages of _thread lock operations.
import _thread

lock = _thread.allocate_lock()

def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("release unlocked", lock.release)
attempt("acquire(False, 1)", lambda: lock.acquire(False, 1))
attempt("acquire(blocking=False, timeout=0.5)", lambda: lock.acquire(blocking=False, timeout=0.5))
attempt("acquire(timeout=-2)", lambda: lock.acquire(timeout=-2))
attempt("acquire(timeout=-0.5)", lambda: lock.acquire(timeout=-0.5))
attempt("acquire(timeout=1e300)", lambda: lock.acquire(timeout=1e300))
attempt("acquire(timeout=TIMEOUT_MAX*2)", lambda: lock.acquire(timeout=_thread.TIMEOUT_MAX * 2))
attempt("acquire(True, 'x')", lambda: lock.acquire(True, "x"))
print("locked after all that:", lock.locked())
attempt("error is RuntimeError", lambda: _thread.error is RuntimeError)
try:
    lock.release()
except _thread.error as e:
    print("caught as _thread.error:", e)

rl = _thread.RLock()
attempt("RLock release unowned", rl.release)
