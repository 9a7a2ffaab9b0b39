# tuple subclasses: __new__ override, properties over fields, immutability, slicing types.
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    @property
    def y(self): return self[1]
    def __repr__(self):
        return "Point(%r, %r)" % self
p = Point(1, 2)
print(p, p.x, p.y, len(p), p == (1, 2), type(p[:]).__name__, type(p + (3,)).__name__)
try:
    p[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
a, b = p
print(a, b, hash(p) == hash((1, 2)), sorted([Point(2, 1), Point(1, 5)]))
p.label = "has dict"
print(p.label)
class Slotted(tuple):
    __slots__ = ()
try:
    Slotted((1,)).z = 1
except AttributeError as e:
    print(type(e).__name__, e)
