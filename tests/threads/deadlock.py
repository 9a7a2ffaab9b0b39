# Two threads each take one lock and then wait for the other's: a deadlock.
import threading

a = threading.Lock()
b = threading.Lock()
ready = threading.Barrier(2)


def one():
    with a:
        ready.wait()
        with b:
            pass


def two():
    with b:
        ready.wait()
        with a:
            pass


t1 = threading.Thread(target=one, daemon=True)
t2 = threading.Thread(target=two, daemon=True)
t1.start()
t2.start()
t1.join()
