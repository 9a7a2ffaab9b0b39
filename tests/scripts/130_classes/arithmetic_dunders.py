# __add__/__sub__/__mul__/__radd__/__iadd__/__neg__ on a vector class; NotImplemented handling.
class Vec:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f"Vec{self.c}"
    def __add__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(*(a + b for a, b in zip(self.c, o.c)))
    def __sub__(self, o):
        return Vec(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k):
        return Vec(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
v, w = Vec(1, 2), Vec(3, 4)
print(v + w, w - v, v * 3, 3 * v, -v, abs(w))
print(sum([v, w, v]))
v2 = v
v2 += w
print(v2, v, v2 is v)
try:
    v + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" + v
except TypeError as e:
    print(type(e).__name__, e)
