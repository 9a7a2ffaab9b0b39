# Nested withs: inner __exit__ can suppress or pass the exception outward.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, "sees", t.__name__ if t else None, v if t else "")
        return self.suppress
with CM("outer"):
    with CM("inner", suppress=True):
        raise ValueError("v1")
    print("between")
try:
    with CM("outer"):
        with CM("middle"):
            with CM("inner"):
                raise TypeError("t1")
except TypeError as e:
    print("escaped", e)
with CM("outer", suppress=True):
    with CM("inner"):
        raise OSError("os")
    print("not reached")
print("end")
