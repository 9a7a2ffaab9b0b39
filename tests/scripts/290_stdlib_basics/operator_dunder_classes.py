# operator functions dispatch to user dunders exactly like the operators do.
import operator
class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + getattr(o, "v", o))
    def __radd__(self, o): return V(o + self.v)
    def __getitem__(self, i): return self.v * i
    def __lt__(self, o): return self.v < o.v
    def __index__(self): return self.v
    def __neg__(self): return V(-self.v)
    def __contains__(self, x): return x == self.v
    def __repr__(self): return "V(%d)" % self.v
print(operator.add(V(1), V(2)), operator.add(5, V(1)), operator.getitem(V(3), 4))
print(operator.lt(V(1), V(2)), operator.index(V(7)), operator.neg(V(3)), operator.contains(V(2), 2))
print(sorted([V(3), V(1)], key=operator.attrgetter("v")), [1, 2, 3, 4][operator.index(V(2))])
print(list(map(operator.methodcaller("__neg__"), [V(1), V(2)])))
