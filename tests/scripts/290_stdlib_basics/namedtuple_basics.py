# collections.namedtuple: construction, repr, _fields, _replace, _asdict, _make, defaults.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, repr(p), p.x, p[1], p._fields, len(p), tuple(p), p == (1, 2))
print(p._replace(x=10), p, p._asdict(), type(p._asdict()).__name__)
print(Point._make([5, 6]), Point._make(range(2)), isinstance(p, tuple), type(p).__name__)
Color = namedtuple("Color", "r g b", defaults=[0, 255])
print(Color(1), Color(1, 2), Color._field_defaults, Color.__name__)
x, y = p
print(x + y, max(p), sorted([Point(3, 1), Point(1, 9)]))
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p._replace(z=1)
except ValueError as e:
    print(type(e).__name__, e)
R = namedtuple("R", "a, b, def, _c", rename=True)
print(R._fields)
try:
    namedtuple("Bad", ["ok", "class"])
except ValueError as e:
    print(type(e).__name__, e)
