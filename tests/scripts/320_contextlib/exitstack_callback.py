# ExitStack.callback registers arbitrary cleanup functions, run LIFO.
from contextlib import ExitStack


def cleanup(name, *args, **kwargs):
    print("  cleanup", name, args, kwargs)
    return True  # return values of callbacks are ignored


with ExitStack() as stack:
    print(type(stack).__name__)
    stack.callback(cleanup, "first")
    stack.callback(cleanup, "second", 1, 2)
    r = stack.callback(cleanup, "third", key="v")
    print("callback returned the function:", r is cleanup)
    print("body done")
print("after with")

# callbacks returning True do not suppress exceptions
try:
    with ExitStack() as stack:
        stack.callback(cleanup, "on error")
        raise ValueError("kept")
except ValueError as e:
    print("propagated", e)

# callback used as a decorator
with ExitStack() as stack:
    @stack.callback
    def at_exit():
        print("  decorated callback")
    print("registered", at_exit.__name__)

# a callback can be registered more than once
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "  numbered", i)

# each callback runs exactly once, in reverse registration order
calls = []
with ExitStack() as stack:
    stack.callback(calls.append, "a")
    stack.callback(calls.append, "b")
print(calls)

# close() runs the callbacks immediately
stack = ExitStack()
stack.callback(print, "  closed explicitly")
print("before close")
stack.close()
print("after close")
stack.close()
print("second close does nothing")

try:
    ExitStack().callback()
except TypeError as e:
    print(type(e).__name__, e)
