# __exit__ can inspect and selectively suppress based on the exception type and value.
class Ignore:
    def __init__(self, *names):
        self.names = names
        self.caught = []
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is None:
            return False
        self.caught.append(t.__name__)
        return t.__name__ in self.names or (isinstance(v, OSError) and v.errno == 2)
def raise_os():
    raise OSError(2, "nf")
ig = Ignore("KeyError", "ZeroDivisionError")
for action in [lambda: {}["x"], lambda: 1 / 0, lambda: int("x"), lambda: None,
               lambda: (_ for _ in ()).throw(StopIteration), raise_os]:
    try:
        with ig:
            action()
        print("ok")
    except Exception as e:
        print("escaped", type(e).__name__)
print(ig.caught)
class CatchAll:
    def __enter__(self): return self
    def __exit__(self, t, v, tb): return True
with CatchAll():
    raise SystemExit(3)
print("SystemExit suppressed too")
