# functools.cmp_to_key, partialmethod, singledispatch and cached_property basics.
from functools import cmp_to_key, partialmethod, singledispatch, cached_property
def cmp(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or ((a > b) - (a < b))
print(sorted(["bb", "a", "ccc", "ab"], key=cmp_to_key(cmp)))
class Cell:
    def __init__(self): self.state = None
    def set(self, v): self.state = v
    on = partialmethod(set, True)
    off = partialmethod(set, False)
c = Cell()
c.on()
print(c.state, end=" ")
c.off()
print(c.state)
@singledispatch
def show(x):
    return "object " + repr(x)
@show.register
def _(x: int):
    return "int %d" % x
@show.register(list)
def _(x):
    return "list of %d" % len(x)
print(show(1), show([1, 2]), show("s"), show(True))
class Data:
    def __init__(self): self.n = 0
    @cached_property
    def value(self):
        self.n += 1
        return self.n * 100
d = Data()
print(d.value, d.value, d.n, "value" in vars(d))
