# Nested with statements: multiple items, parenthesized form, and their ordering.
from contextlib import contextmanager


@contextmanager
def cm(name, fail=False):
    print("enter", name)
    if fail:
        raise RuntimeError(f"{name} failed to enter")
    try:
        yield name
    finally:
        print("exit", name)


with cm("a") as a, cm("b") as b:
    print("body", a, b)

with (
    cm("p1") as p1,
    cm("p2") as p2,
    cm("p3"),
):
    print("parenthesized", p1, p2)

with (cm("single")):
    print("single parenthesized")

with cm("outer") as o:
    with cm("inner") as i:
        print("nested", o, i)

# the second manager can use the first's value
with cm("first") as f, cm(f + "-derived") as d:
    print("derived", d)

# failure entering the second manager exits the first
try:
    with cm("ok"), cm("bad", fail=True), cm("never"):
        print("not reached")
except RuntimeError as e:
    print("RuntimeError", e)

# an exception in the body passes through all managers in reverse
try:
    with cm("x"), cm("y"):
        raise ValueError("body")
except ValueError as e:
    print("ValueError", e)

# tuple as target
with cm("tu") as (t0, t1):
    print("unpacked", t0, t1)

# targets can be attributes and subscripts
class NS:
    pass


ns = NS()
d = {}
with cm("attr") as ns.value, cm("item") as d["key"]:
    pass
print(ns.value, d)
