# __matmul__/__rmatmul__/__imatmul__ on a tiny matrix class.
class M:
    def __init__(self, rows): self.rows = rows
    def __matmul__(self, o):
        if not isinstance(o, M):
            return NotImplemented
        cols = list(zip(*o.rows))
        return M([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __rmatmul__(self, o):
        return "rmatmul with " + type(o).__name__
    def __repr__(self): return "M(%r)" % (self.rows,)
a = M([[1, 2], [3, 4]])
b = M([[0, 1], [1, 0]])
print(a @ b, b @ a, [1] @ a)
c = a
c @= b
print(c, a, c is a)
try:
    1 @ 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    a @ 1
except TypeError as e:
    print(type(e).__name__, e)
