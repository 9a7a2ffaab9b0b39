# daemon flag: default, explicit, inherited from the creating thread, isDaemon/setDaemon.
import threading

print("main daemon:", threading.main_thread().daemon)
t = threading.Thread(target=lambda: None)
print("default:", t.daemon, t.isDaemon())
t.daemon = True
print("after set:", t.daemon)
t.setDaemon(False)
print("after setDaemon(False):", t.daemon)
print("kwarg:", threading.Thread(daemon=True).daemon, threading.Thread(daemon=False).daemon)
print("kwarg None:", threading.Thread(daemon=None).daemon)

# inheritance: a thread created by a daemon thread is a daemon by default
seen = {}
def make_child():
    child = threading.Thread(target=lambda: None)
    seen["child"] = child.daemon
    seen["explicit"] = threading.Thread(daemon=False).daemon
    seen["self"] = threading.current_thread().daemon

parent = threading.Thread(target=make_child, daemon=True)
parent.start()
parent.join()
print("inside daemon:", sorted(seen.items()))

seen.clear()
parent = threading.Thread(target=make_child)
parent.start()
parent.join()
print("inside non-daemon:", sorted(seen.items()))

# cannot change daemon status once started
ev = threading.Event()
t = threading.Thread(target=ev.wait)
t.start()
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
ev.set()
t.join()
print("daemon unchanged:", t.daemon)

# a daemon thread still blocked at exit does not prevent exit
forever = threading.Event()
d = threading.Thread(target=forever.wait, daemon=True)
d.start()
print("daemon alive at end:", d.is_alive())
