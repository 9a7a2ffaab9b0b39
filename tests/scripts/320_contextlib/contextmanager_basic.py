# contextlib.contextmanager: the yielded value is bound by 'as'; code after yield runs on exit.
from contextlib import contextmanager


@contextmanager
def tag(name):
    print(f"<{name}>")
    yield name.upper()
    print(f"</{name}>")


with tag("div") as t:
    print("  body, t =", t)

with tag("p"):
    print("  no as-target")

with tag("outer") as a, tag("inner") as b:
    print("  both:", a, b)


@contextmanager
def yields_none():
    yield


with yields_none() as v:
    print("value:", v)


@contextmanager
def resource(log):
    log.append("acquire")
    try:
        yield log
    finally:
        log.append("release")


log = []
with resource(log) as l:
    l.append("use")
print(log)

cm = tag("x")
print(type(cm).__name__)
print(hasattr(cm, "__enter__"), hasattr(cm, "__exit__"))
print(tag.__name__, tag.__wrapped__.__name__ if hasattr(tag, "__wrapped__") else None)

# __enter__ / __exit__ called manually
cm = tag("manual")
print("enter ->", cm.__enter__())
print("exit ->", cm.__exit__(None, None, None))


# return inside the with body still runs the cleanup
def f():
    with tag("ret"):
        return "returned"


print(f())

for i in range(3):
    with tag(f"loop{i}"):
        if i == 1:
            continue
        print("  loop body", i)
