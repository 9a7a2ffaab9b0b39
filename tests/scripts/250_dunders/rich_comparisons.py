# Rich comparisons, their reflections (__lt__ <-> __gt__, __le__ <-> __ge__), and == fallback.
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("  %s.__lt__(%s)" % (self.v, getattr(o, "v", o)))
        return self.v < getattr(o, "v", o)
    def __le__(self, o):
        print("  %s.__le__" % self.v)
        return NotImplemented
    def __eq__(self, o):
        print("  %s.__eq__" % self.v)
        return NotImplemented
print(V(1) < V(2))
print(V(3) > V(2))
print(5 > V(7))
try:
    V(1) <= V(2)
except TypeError as e:
    print(type(e).__name__, e)
a = V(1)
print(a == a, a == V(1), a != a)
print(sorted([V(3), V(1), V(2)], key=lambda x: x)[0].v)
print(max(V(4), V(9)).v)
