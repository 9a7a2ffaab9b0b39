# ExitStack.push registers __exit__-style callbacks or context manager objects (only __exit__ is used).
from contextlib import ExitStack


def exit_cb(et, ev, tb):
    print("  exit_cb got", et.__name__ if et else None, ev)
    return False


class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("  __enter__ should not be called by push", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("  CM.__exit__", self.name, et.__name__ if et else None)


with ExitStack() as stack:
    r = stack.push(exit_cb)
    print("push returned callback:", r is exit_cb)
    cm = CM("pushed")
    print("push returned cm:", stack.push(cm) is cm)
print("done 1")

try:
    with ExitStack() as stack:
        stack.push(exit_cb)
        stack.push(CM("p"))
        raise KeyError("boom")
except KeyError as e:
    print("propagated", e)


# push as a decorator
with ExitStack() as stack:
    @stack.push
    def decorated(*exc):
        print("  decorated exit callback", exc[0])
print("done 2")


# an exit callback that suppresses
def suppressor(et, ev, tb):
    print("  suppressor sees", et.__name__ if et else None)
    return et is ValueError


with ExitStack() as stack:
    stack.push(suppressor)
    raise ValueError("suppressed by pushed callback")
print("continued")

try:
    with ExitStack() as stack:
        stack.push(suppressor)
        raise TypeError("not suppressed")
except TypeError as e:
    print("TypeError", e)

try:
    with ExitStack() as stack:
        stack.push(5)
except TypeError as e:
    print(type(e).__name__, e)
