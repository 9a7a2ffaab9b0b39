# repr of Thread objects in each state (ident masked by checking pieces).
import threading

def describe(t):
    r = repr(t)
    cls = type(t).__name__
    prefix = "<" + cls + "(" + t.name + ", "
    ok = r.startswith(prefix) and r.endswith(")>")
    state = r[len(prefix):-2]
    # drop the ident, if any
    state_word = state.split(" ")[0]
    has_ident = len(state.split(" ")) > 1
    return ok, state_word, has_ident

t = threading.Thread(target=lambda: None, name="worker")
print(repr(t))
print(describe(t))

ev = threading.Event()
t2 = threading.Thread(target=ev.wait, name="blocked")
t2.start()
print(describe(t2))
ev.set()
t2.join()
print(describe(t2))

t3 = threading.Thread(target=ev.wait, name="d", daemon=True)
print(repr(t3))
ev.clear()
t3.start()
print(describe(t3))
print("daemon in repr:", " daemon " in repr(t3))
ev.set()
t3.join()
print(describe(t3))

m = threading.main_thread()
print(type(m).__name__, describe(m))

class Custom(threading.Thread):
    pass
print(repr(Custom(name="c")))
