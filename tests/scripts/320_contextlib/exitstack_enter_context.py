# ExitStack.enter_context enters managers and exits them in reverse order.
from contextlib import ExitStack, contextmanager


class Managed:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("  enter", self.name)
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        print("  exit", self.name, et.__name__ if et else None)
        return False


with ExitStack() as stack:
    values = [stack.enter_context(Managed(n)) for n in ["a", "b", "c"]]
    print("values:", values)
print("all exited")


@contextmanager
def gen_cm(name):
    print("  gen enter", name)
    try:
        yield name * 2
    finally:
        print("  gen exit", name)


with ExitStack() as stack:
    print(stack.enter_context(gen_cm("x")))
    stack.enter_context(Managed("m"))
    print(stack.enter_context(gen_cm("y")))

# a failure while entering later managers still exits the earlier ones
class FailsOnEnter:
    def __enter__(self):
        raise OSError("cannot open")

    def __exit__(self, *exc):
        print("  never called")


try:
    with ExitStack() as stack:
        stack.enter_context(Managed("ok1"))
        stack.enter_context(FailsOnEnter())
        print("not reached")
except OSError as e:
    print("OSError", e)

# enter_context with something that is not a context manager
class NotCM:
    pass


for bad in [NotCM(), 5]:
    try:
        with ExitStack() as stack:
            stack.enter_context(bad)
    except TypeError as e:
        print(type(e).__name__, e)


class OnlyEnter:
    def __enter__(self):
        return self


try:
    with ExitStack() as stack:
        stack.enter_context(OnlyEnter())
except TypeError as e:
    print(type(e).__name__, e)

# files-like pattern: open a dynamic number of resources
names = ["f1", "f2"]
with ExitStack() as stack:
    handles = [stack.enter_context(Managed(n)) for n in names]
    print("using", handles)
