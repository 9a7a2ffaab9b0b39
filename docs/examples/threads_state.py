# Each thread has its own "exception being handled", ident and thread-local attributes:
# the interpreter swaps them in and out whenever the GIL changes hands.
import sys
import threading

local = threading.local()
local.name = "main's value"
a_inside = threading.Event()
b_done = threading.Event()
idents = {}


def a():
    idents["A"] = threading.get_ident()
    local.name = "A's value"
    try:
        raise KeyError("A's error")
    except KeyError:
        a_inside.set()
        b_done.wait()  # blocked inside the except block: B runs meanwhile
        print("A, back in its except block:", repr(sys.exc_info()[1]))
        print("A sees local.name =", local.name)


def b():
    idents["B"] = threading.get_ident()
    a_inside.wait()
    print("B, while A is in its except block:", sys.exc_info()[1])
    print("B sees local.name =", getattr(local, "name", "<unset>"))
    b_done.set()


threads = [threading.Thread(target=f) for f in (a, b)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("main sees local.name =", local.name)
print("three different idents:", len({threading.get_ident(), *idents.values()}) == 3)
