# ExitStack.pop_all transfers the registered callbacks to a new stack.
from contextlib import ExitStack


class Res:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("  open", self.name)
        return self

    def __exit__(self, *exc):
        print("  close", self.name)


def open_all(names, fail_at=None):
    with ExitStack() as stack:
        res = []
        for n in names:
            if n == fail_at:
                raise RuntimeError(f"failed opening {n}")
            res.append(stack.enter_context(Res(n)))
        # success: keep everything open beyond the with block
        return res, stack.pop_all()


resources, keeper = open_all(["a", "b"])
print("opened:", [r.name for r in resources])
print(type(keeper).__name__)
print("using resources")
keeper.close()
print("closed by keeper")

try:
    open_all(["x", "y", "z"], fail_at="z")
except RuntimeError as e:
    print("RuntimeError", e)

# pop_all empties the original stack
stack = ExitStack()
stack.callback(print, "  cb1")
new = stack.pop_all()
print("closing original")
stack.close()
print("closing new")
new.close()

# the new stack can be used as a context manager
stack = ExitStack()
stack.callback(print, "  from popped stack")
with stack.pop_all():
    print("inside popped with")

# pop_all twice
stack = ExitStack()
stack.callback(print, "  only once")
a = stack.pop_all()
b = stack.pop_all()
b.close()
print("b closed (empty)")
a.close()
