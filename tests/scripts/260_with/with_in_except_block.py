# A with statement inside an except handler: context chaining and handled exception state.
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, "context:", type(v.__context__).__name__ if v else None)
        return False
try:
    try:
        raise KeyError("first")
    except KeyError:
        with CM():
            raise ValueError("second")
except ValueError as e:
    print("final", type(e).__name__, "context", type(e.__context__).__name__)
try:
    raise IndexError("idx")
except IndexError:
    with CM():
        print("body in handler")
print("ok")
