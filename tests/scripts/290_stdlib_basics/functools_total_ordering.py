# functools.total_ordering derives the missing comparisons from __eq__ and one ordering method.
from functools import total_ordering
@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a <= Version(1, 2), a >= Version(1, 2))
print(sorted([b, a, Version(0, 9)]), max(a, b), min(a, b))
try:
    a < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a >= "x"
except TypeError as e:
    print(type(e).__name__, e)
@total_ordering
class Gt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __eq__(self, o): return self.v == o.v
print(Gt(1) < Gt(2), Gt(1) <= Gt(1), Gt(3) >= Gt(4))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(type(e).__name__, e)
