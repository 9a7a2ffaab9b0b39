# Properties and classmethods work alongside __slots__ storage.
class Point:
    __slots__ = ("_x", "_y")
    def __init__(self, x, y):
        self._x, self._y = x, y
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = float(v)
    @property
    def norm2(self):
        return self._x ** 2 + self._y ** 2
    @classmethod
    def origin(cls):
        return cls(0, 0)
p = Point(3, 4)
print(p.x, p.norm2)
p.x = 6
print(p.x, p.norm2, Point.origin().norm2)
try:
    p.norm2 = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.color = "red"
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in Point.__dict__ if not k.startswith("__")))
