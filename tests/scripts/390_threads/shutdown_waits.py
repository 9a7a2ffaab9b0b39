# At exit the interpreter waits for non-daemon threads (even after sys.exit), not for daemon ones.
import sys
import threading
import time

started = threading.Event()

def late_worker():
    started.set()
    time.sleep(0.1)
    print("non-daemon worker finished after main")

def daemon_worker():
    time.sleep(30)
    print("daemon worker never prints")

threading.Thread(target=daemon_worker, daemon=True).start()
t = threading.Thread(target=late_worker)
t.start()
started.wait()
print("main reached the end, worker alive:", t.is_alive())
sys.exit(3)
