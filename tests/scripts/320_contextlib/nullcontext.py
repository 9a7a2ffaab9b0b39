# contextlib.nullcontext: a do-nothing context manager.
from contextlib import nullcontext, suppress

with nullcontext() as v:
    print("value:", v)
with nullcontext(42) as v:
    print("value:", v)
obj = [1, 2]
with nullcontext(obj) as v:
    print(v is obj)

try:
    with nullcontext("x"):
        raise ValueError("not suppressed")
except ValueError as e:
    print(type(e).__name__, e)

n = nullcontext("reuse")
with n as a:
    with n as b:
        print(a, b)
print(n.__exit__(ValueError, ValueError(), None))
print(nullcontext(enter_result=5).__enter__())


def process(data, ignore_errors):
    cm = suppress(ValueError) if ignore_errors else nullcontext()
    results = []
    for d in data:
        with cm:
            results.append(int(d))
    return results


print(process(["1", "2"], False))
print(process(["1", "x", "3"], True))
try:
    process(["1", "x"], False)
except ValueError as e:
    print(type(e).__name__, e)


class Conn:
    def __enter__(self):
        print("  open connection")
        return self

    def __exit__(self, *exc):
        print("  close connection")

    def query(self):
        return "rows"


def run(conn=None):
    with (nullcontext(conn) if conn is not None else Conn()) as c:
        return c.query()


print(run())
print(run(Conn()))
