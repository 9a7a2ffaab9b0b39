# Exception handling in ExitStack: suppression, replacement and chaining.
from contextlib import ExitStack


def raiser(exc):
    def cb(*args):
        print("  raising", type(exc).__name__)
        raise exc
    return cb


def suppress_all(*exc):
    print("  suppressing", exc[0].__name__ if exc[0] else None)
    return True


# an exception raised by a callback replaces the body's exception, with context chaining
try:
    with ExitStack() as stack:
        stack.callback(raiser(KeyError("from callback")))
        raise ValueError("from body")
except KeyError as e:
    print("got", type(e).__name__, e, "| context:", type(e.__context__).__name__, e.__context__)

# exceptions from several callbacks chain together with the body's exception
try:
    with ExitStack() as stack:
        stack.callback(raiser(IndexError("first registered")))
        stack.callback(raiser(TypeError("second registered")))
        raise ValueError("body")
except IndexError as e:
    print("got", type(e).__name__, e)
    chain = []
    ctx = e.__context__
    while ctx is not None:
        chain.append(f"{type(ctx).__name__}({ctx})")
        ctx = ctx.__context__
    print("context chain:", " -> ".join(chain))

# without a body exception, the last-raised callback exception wins
try:
    with ExitStack() as stack:
        stack.callback(raiser(IndexError("first registered")))
        stack.callback(raiser(TypeError("second registered")))
except IndexError as e:
    print("got", type(e).__name__, e, "| context:", repr(e.__context__))

# a later (inner) callback's exception can be suppressed by an earlier (outer) one
with ExitStack() as stack:
    stack.push(suppress_all)
    stack.callback(raiser(RuntimeError("suppressed later")))
print("suppressed")

# once suppressed, outer callbacks see no exception
def show(*exc):
    print("  outer sees", exc[0])


with ExitStack() as stack:
    stack.push(show)
    stack.push(suppress_all)
    raise ValueError("body error")
print("continued")

# exit returns whether the exception was suppressed
stack = ExitStack()
stack.push(suppress_all)
print("__exit__ ->", stack.__exit__(ValueError, ValueError("v"), None))
stack = ExitStack()
print("__exit__ ->", stack.__exit__(None, None, None))

# the body's exception keeps its identity when nothing intervenes
err = OSError("identity")
try:
    with ExitStack() as stack:
        stack.callback(print, "  plain callback")
        raise err
except OSError as e:
    print("same:", e is err, "| context:", e.__context__)
