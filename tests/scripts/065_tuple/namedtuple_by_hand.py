# A tiny record type built on tuple subclassing (no imports), with properties and repr.
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
p = Point(1, 2)
q = Point(3, 4)
print(p, q, p + q, p == (1, 2), isinstance(p, tuple), len(p))
x, y = q
print(x, y, p[0], list(p), sorted([q, p]))
print(hash(p) == hash((1, 2)), {p: "origin-ish"}[(1, 2)])
