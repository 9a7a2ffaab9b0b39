# current_thread, main_thread, active_count, enumerate, get_ident.
import threading

main = threading.main_thread()
print(threading.current_thread() is main)
print(main.name, type(main).__name__)
print("ident:", main.ident == threading.get_ident())
print("active_count:", threading.active_count())
print("enumerate:", [t.name for t in threading.enumerate()])

go = threading.Event()
ready = threading.Barrier(4)
info = {}
lock = threading.Lock()

def worker(i):
    me = threading.current_thread()
    with lock:
        info[i] = (me.name, me is not main, threading.get_ident() == me.ident,
                   threading.main_thread() is main)
    ready.wait()
    go.wait()

threads = [threading.Thread(target=worker, args=(i,), name=f"w{i}") for i in range(3)]
for t in threads:
    t.start()
ready.wait()
print("active while running:", threading.active_count())
print("enumerate while running:", sorted(t.name for t in threading.enumerate()))
print("all in enumerate:", all(t in threading.enumerate() for t in threads))
go.set()
for t in threads:
    t.join()
for i in sorted(info):
    print(i, info[i])
print("active after join:", threading.active_count())
print("enumerate after join:", [t.name for t in threading.enumerate()])

# threading.get_ident / get_native_id match _thread's
import _thread
print(threading.get_ident is _thread.get_ident, threading.get_native_id is _thread.get_native_id)
print(threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX, threading.ThreadError is RuntimeError)
