# ExitStack unwinds everything in LIFO order, mixing callbacks, push and enter_context.
from contextlib import ExitStack, contextmanager

order = []


@contextmanager
def gen(name):
    order.append("enter " + name)
    try:
        yield
    finally:
        order.append("exit " + name)


class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        order.append("enter " + self.name)

    def __exit__(self, *exc):
        order.append("exit " + self.name)


with ExitStack() as stack:
    stack.enter_context(gen("g1"))
    stack.callback(order.append, "callback 1")
    stack.push(lambda *exc: order.append("push 1"))
    stack.enter_context(CM("c1"))
    with ExitStack() as inner:
        inner.callback(order.append, "inner callback")
        stack.callback(order.append, "callback 2 (outer)")
    order.append("body end")
for line in order:
    print(line)

# nested stacks: an ExitStack can be entered into another
order.clear()
with ExitStack() as outer:
    inner = outer.enter_context(ExitStack())
    inner.callback(order.append, "inner 1")
    outer.callback(order.append, "outer 1")
    inner.callback(order.append, "inner 2")
print(order)

# callbacks added during unwinding? callbacks see state at their time
order.clear()
with ExitStack() as stack:
    for i in range(4):
        stack.callback(order.append, i)
print(order)
