# _thread.start_new_thread with positional args and kwargs; completion signalled through locks.
import _thread
import time

results = []
done = _thread.allocate_lock()
done.acquire()

def worker(a, b, *, c=0):
    results.append(("worker", a, b, c))
    done.release()

ident = _thread.start_new_thread(worker, (1, 2), {"c": 3})
print("ident is int:", type(ident) is int)
done.acquire()
print(results)

# no kwargs
done2 = _thread.allocate_lock()
done2.acquire()
def noargs():
    results.append("noargs")
    done2.release()
_thread.start_new_thread(noargs, ())
done2.acquire()
print(results[-1])

# a thread whose function raises: CPython reports it on stderr, the process carries on
done3 = _thread.allocate_lock()
done3.acquire()
def boom():
    try:
        raise ValueError("boom in thread")
    finally:
        done3.release()
_thread.start_new_thread(boom, ())
done3.acquire()
time.sleep(0.05)  # let the stderr report finish
print("main still running")

# argument validation
for args in [(1, ()), (print, []), (print, (), [])]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError:", e)

# start_new_thread is also available as start_new
print(_thread.start_new is _thread.start_new_thread or callable(_thread.start_new))
