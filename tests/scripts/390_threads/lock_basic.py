# _thread.allocate_lock / LockType: acquire return values, locked(), context manager.
import _thread

lock = _thread.allocate_lock()
print(type(lock) is _thread.LockType, type(lock).__name__)
print("locked initially:", lock.locked())
print("acquire():", lock.acquire())
print("locked:", lock.locked())
print("acquire(False):", lock.acquire(False))
print("acquire(blocking=False):", lock.acquire(blocking=False))
print("acquire(timeout=0):", lock.acquire(timeout=0))
print("acquire(True, 0.01):", lock.acquire(True, 0.01))
print("acquire(timeout=0.02):", lock.acquire(timeout=0.02))
print("release():", lock.release())
print("locked after release:", lock.locked())
print("acquire(0):", lock.acquire(0))
lock.release()
print("acquire(1, -1):", lock.acquire(1, -1))
lock.release()

# context manager
with lock as got:
    print("in with:", lock.locked(), got)
print("after with:", lock.locked())

# with releases on exception
try:
    with lock:
        raise KeyError("k")
except KeyError:
    print("released after exception:", not lock.locked())

# acquire_lock / release_lock / locked_lock aliases
print(lock.acquire_lock(), lock.locked_lock())
lock.release_lock()
print(lock.locked())

# _thread.allocate is an alias
print(type(_thread.allocate()) is _thread.LockType)

# another thread releases a lock held by the main thread (allowed for plain locks)
gate = _thread.allocate_lock()
gate.acquire()
finished = _thread.allocate_lock()
finished.acquire()
def releaser():
    gate.release()
    finished.release()
_thread.start_new_thread(releaser, ())
finished.acquire()
print("released by other thread:", not gate.locked())
