# RuntimeErrors from misusing Thread objects.
import threading

def attempt(label, f):
    try:
        f()
        print(label, "-> ok")
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

t = threading.Thread(target=lambda: None)
attempt("join before start", t.join)
attempt("join(1) before start", lambda: t.join(1))
t.start()
t.join()
attempt("start twice", t.start)
attempt("join current thread", threading.current_thread().join)
attempt("join main from main", threading.main_thread().join)

# joining itself from inside the thread
msgs = []
def self_join():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        msgs.append(str(e))
t2 = threading.Thread(target=self_join)
t2.start()
t2.join()
print("self join:", msgs)

# Thread() argument handling
attempt("positional target", lambda: threading.Thread(None, print).name is not None)
attempt("bad kwarg", lambda: threading.Thread(foo=1))

# a non-callable target fails in the thread, reported through excepthook
def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value)
threading.excepthook = hook
t3 = threading.Thread(target=5)
t3.start()
t3.join()
