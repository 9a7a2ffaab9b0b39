# Uncaught exceptions in threads go through threading.excepthook.
import threading

print(threading.excepthook is threading.__excepthook__)

def hook(args):
    print("hook:", args.exc_type.__name__, "|", args.exc_value, "|", args.thread.name,
          "| tb:", args.exc_traceback is not None)

threading.excepthook = hook

def fail(msg):
    raise ValueError(msg)

t = threading.Thread(target=fail, args=("bad value",), name="failer")
t.start()
t.join()
print("alive after failure:", t.is_alive())

class Custom(Exception):
    pass

def fail2():
    raise Custom("custom", 2)

t = threading.Thread(target=fail2, name="custom-thread")
t.start()
t.join()

# SystemExit in a thread: the default hook ignores it silently, but a custom hook still gets it
def leave():
    raise SystemExit(3)
t = threading.Thread(target=leave, name="leaver")
t.start()
t.join()
print("after SystemExit thread")
threading.excepthook = threading.__excepthook__
t = threading.Thread(target=leave, name="leaver2")
t.start()
t.join()
print("default hook ignored SystemExit")
threading.excepthook = hook

# a hook that itself raises: CPython reports on stderr via sys.excepthook; main goes on
def bad_hook(args):
    raise RuntimeError("hook failed")
threading.excepthook = bad_hook
t = threading.Thread(target=fail, args=("again",), name="x")
t.start()
t.join()
print("main continues")

# ExceptHookArgs is a structseq-like tuple
captured = []
threading.excepthook = captured.append
t = threading.Thread(target=fail, args=("captured",), name="cap")
t.start()
t.join()
a = captured[0]
print(type(a).__name__, len(a), a[0].__name__, str(a[1]), a[3] is t)

# restore the default hook
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)
