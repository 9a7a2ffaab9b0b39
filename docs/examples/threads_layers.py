# threading is Python code on top of _thread: a join is a lock the dying thread releases,
# and a Condition is a queue of plain locks.
import _thread
import threading
import time

# 1. _thread alone: start a function on a new thread, and "join" it with a lock.
done = _thread.allocate_lock()
done.acquire()


def worker(n):
    print("worker", n, "runs on its own thread:", _thread.get_ident() != main_ident)
    done.release()  # a plain lock has no owner: any thread may release it


main_ident = _thread.get_ident()
_thread.start_new_thread(worker, (1,))
done.acquire()  # blocks (without the GIL) until worker releases it
print("joined by hand")

# 2. Thread.join waits on the thread's sentinel lock (_thread._set_sentinel), which the
#    interpreter releases when the thread's state is deleted.
go = threading.Event()
t = threading.Thread(target=go.wait)
t.start()
sentinel = t._tstate_lock
print("sentinel:", type(sentinel).__name__, "locked =", sentinel.locked())
go.set()
t.join()
print("after join: locked =", sentinel.locked(), "| t._tstate_lock =", t._tstate_lock)

# 3. Condition.wait allocates a fresh lock, acquires it, queues it in _waiters and
#    blocks acquiring it a second time; notify() releases the oldest waiter's lock.
cond = threading.Condition()
woken = []


def consumer():
    with cond:
        cond.wait()
        woken.append("consumer")


c = threading.Thread(target=consumer)
c.start()
while True:  # poll until the consumer is parked in wait()
    with cond:
        if cond._waiters:
            waiter = cond._waiters[0]
            print("waiters:", len(cond._waiters), "| its lock is locked:", waiter.locked())
            cond.notify()
            print("after notify: waiters:", len(cond._waiters))
            break
    time.sleep(0.001)
c.join()
print(woken)
