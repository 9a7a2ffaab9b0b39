# How each comparison is dispatched. When every key has the same class CPython calls its
# __lt__ directly first, and on NotImplemented falls back to the full comparison (so
# __lt__ runs twice, then the reflected __gt__); mixed classes go straight to the full one.
class A:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("  %s.__lt__(%s)" % (self, other))
        return NotImplemented
    def __gt__(self, other):
        print("  %s.__gt__(%s)" % (self, other))
        return self.v > other.v
    def __eq__(self, other):
        print("  %s.__eq__(%s)" % (self, other))
        return self.v == other.v
    def __repr__(self):
        return "%s%d" % (type(self).__name__, self.v)

class B(A):
    pass

print("same class:", sorted([A(2), A(1), A(3)]))
print("mixed classes:", sorted([A(2), B(1), A(3)]))
print("tuples, same first class:", sorted([(A(2), 1), (A(1), 2), (A(2), 0)]))
print("tuples, mixed first class:", sorted([(A(2), 1), (B(1), 2), (A(2), 0)]))
print("tuples, equal firsts:", sorted([(1, A(2)), (1, A(1)), (0, A(3))]))
x = A(7)
print("identical firsts:", sorted([(x, 2), (x, 1)]))
print("lists:", sorted([[A(2)], [A(1)]]))
print("key=tuple:", sorted([A(2), A(1)], key=lambda a: (a,)))

class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print("  %s.__gt__(%s)" % (self.v, other.v))
        return self.v > other.v
    def __repr__(self):
        return "G%d" % self.v
print("only __gt__:", sorted([OnlyGt(2), OnlyGt(3), OnlyGt(1)]))

class Sub(int):
    def __lt__(self, other):
        print("  Sub.__lt__(%d, %d)" % (self, other))
        return int(self) < int(other)
print("int subclass:", sorted([Sub(3), Sub(1), Sub(2)]))
print("int subclass and ints:", sorted([3, Sub(1), 2]))

class Truthy:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        print("  __bool__ ->", self.b)
        return self.b

class W:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return Truthy(self.v < other.v)
    def __repr__(self):
        return "W%d" % self.v
print("non-bool __lt__ result:", sorted([W(2), W(1), W(3)]))

class BadBool:
    def __bool__(self):
        raise RuntimeError("no truth")
class X:
    def __lt__(self, other):
        return BadBool()
try:
    sorted([X(), X()])
except RuntimeError as e:
    print("RuntimeError:", e)
