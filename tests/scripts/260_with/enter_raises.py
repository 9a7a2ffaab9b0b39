# If __enter__ raises, __exit__ is not called; in `with a, b` only entered managers exit.
class CM:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail
    def __enter__(self):
        print("enter", self.name)
        if self.fail:
            raise RuntimeError("enter failed: " + self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
try:
    with CM("solo", fail=True):
        print("not reached")
except RuntimeError as e:
    print("caught", e)
try:
    with CM("first"), CM("second", fail=True), CM("third"):
        print("not reached")
except RuntimeError as e:
    print("caught", e)
