# __exit__'s return value is tested for truth: custom __bool__ and NotImplemented count.
class Truth:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("__bool__ called ->", self.v)
        return self.v
class CM:
    def __init__(self, ret): self.ret = ret
    def __enter__(self): return self
    def __exit__(self, *a): return self.ret
for ret in [Truth(True), Truth(False)]:
    try:
        with CM(ret):
            raise ValueError
        print("suppressed")
    except ValueError:
        print("propagated")
with CM(Truth(False)):
    print("no exception: __bool__ not consulted")
class BadBool:
    def __bool__(self): raise RuntimeError("bool failed")
try:
    with CM(BadBool()):
        raise ValueError("original")
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
