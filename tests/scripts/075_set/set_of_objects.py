# Sets of user objects with __hash__ and __eq__; dedup by identity when not defined.
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x}, {self.y})"
s = {P(1, 2), P(1, 2), P(2, 1)}
print(len(s), P(2, 1) in s, sorted(s, key=lambda p: (p.x, p.y)))
class Plain:
    pass
a = Plain()
t = {a, a, Plain()}
print(len(t), a in t)
class NoHash:
    def __eq__(self, o):
        return True
try:
    {NoHash()}
except TypeError as e:
    print(type(e).__name__, e)
