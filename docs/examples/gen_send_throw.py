# send() resumes the frame with a value; throw() resumes it by raising at the yield.
def echo():
    received = None
    while True:
        try:
            received = yield f"echo {received}"
        except ValueError as e:
            received = f"caught {e}"


g = echo()
try:
    g.send("too early")  # the frame has not reached a yield yet
except TypeError as e:
    print("TypeError:", e)
print(g.send(None))  # same as next(g): runs to the first yield
print(g.send("hi"))  # "hi" becomes the value of the yield expression
print(g.throw(ValueError("bad")))  # handled inside, so throw() returns the next yield
try:
    g.throw(KeyError("k"))  # not handled: it finishes the generator and propagates
except KeyError as e:
    print("KeyError", e, "->", g.gi_frame)


# PEP 479: a StopIteration escaping the frame becomes RuntimeError.
def leaky():
    yield 1
    next(iter([]))  # raises StopIteration inside the generator


try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
