# Subclassing a namedtuple to add methods and properties; __slots__ keeps it lean.
from collections import namedtuple
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __str__(self):
        return "<%s, %s>" % self
v = Vec(3, 4) + Vec(1, 1)
print(v, repr(v), v.norm2, type(v).__name__, v._fields, Vec.__mro__[1].__name__)
try:
    v.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(v._replace(x=0), type(v._replace(x=0)).__name__, v._asdict())
Pair = namedtuple("Pair", "first second", module="mymod")
print(Pair.__module__, Pair.__doc__, Pair.first.__doc__)
print(Pair(1, 2) < Pair(1, 3), hash(Pair(1, 2)) == hash((1, 2)))
