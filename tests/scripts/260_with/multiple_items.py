# `with a, b:` enters left to right and exits right to left; parenthesized form too.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.suppress
with CM("a") as a, CM("b") as b:
    print("body", a, b)
with CM("outer", suppress=True), CM("inner"):
    raise RuntimeError("boom")
print("continued")
with (CM("p1") as p1,
      CM("p2") as p2):
    print(p1, p2)
with CM("x"), CM("y", suppress=True), CM("z"):
    raise KeyError("k")
print("done")
