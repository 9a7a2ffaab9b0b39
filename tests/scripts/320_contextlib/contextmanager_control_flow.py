# return, break and continue inside with blocks of generator-based managers.
from contextlib import contextmanager


@contextmanager
def scope(name):
    print("  enter", name)
    try:
        yield name
    except BaseException as e:
        print("  exception at exit:", type(e).__name__)
        raise
    else:
        print("  clean exit", name)
    finally:
        print("  finally", name)


def early_return(flag):
    with scope("func") as s:
        if flag:
            return "early " + s
        print("  not early")
    return "late"


print(early_return(True))
print(early_return(False))

for i in range(4):
    with scope(f"iter{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("  body", i)
print("loop done")

while True:
    with scope("while"):
        break
print("while done")


def gen():
    for i in range(3):
        with scope(f"gen{i}"):
            yield i


g = gen()
print(next(g))
print(next(g))
g.close()
print("generator closed")


# a value returned from inside nested managers
def nested():
    with scope("a"):
        with scope("b"):
            try:
                return "from try"
            finally:
                print("  try-finally inside b")


print(nested())
