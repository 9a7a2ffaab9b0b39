# _thread.RLock: recursion, ownership, release by a non-owner.
import _thread

r = _thread.RLock()
print(type(r).__name__)
print("owned:", r._is_owned())
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
print("owned:", r._is_owned())
r.release()
r.release()
print("still owned after 2 of 3 releases:", r._is_owned())
r.release()
print("owned after all releases:", r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

with r:
    with r:
        print("nested with, owned:", r._is_owned())
print("after with:", r._is_owned())

# another thread cannot acquire without blocking and cannot release it
r.acquire()
out = []
done = _thread.allocate_lock()
done.acquire()
def other():
    out.append(("other acquire(False)", r.acquire(False)))
    out.append(("other acquire(timeout=0.01)", r.acquire(timeout=0.01)))
    out.append(("other _is_owned", r._is_owned()))
    try:
        r.release()
    except RuntimeError as e:
        out.append(("other release", "RuntimeError: " + str(e)))
    done.release()
_thread.start_new_thread(other, ())
done.acquire()
for item in out:
    print(*item)
r.release()

# once released, the other thread may take it
done2 = _thread.allocate_lock()
done2.acquire()
def taker():
    out.append(r.acquire(False))
    out.append(r._is_owned())
    r.release()
    done2.release()
_thread.start_new_thread(taker, ())
done2.acquire()
print(out[-2:])

# error messages with timeouts mirror Lock
for f in [lambda: r.acquire(False, 1), lambda: r.acquire(timeout=-2)]:
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
