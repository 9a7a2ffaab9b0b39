# Hashable keys: ints, floats equal to ints, tuples, frozensets, bools, user objects with __hash__/__eq__.
d = {}
d[1] = "a"
d[1.0] = "b"
d[True] = "c"
print(d)
d[frozenset({1, 2})] = "fs"
print(d[frozenset({2, 1})])
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v % 10)
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return f"Key({self.v})"
kd = {Key(1): "one", Key(11): "eleven"}
print(kd[Key(11)], len(kd), Key(1) in kd, Key(21) in kd)
print(kd)
class NoHash:
    __hash__ = None
try:
    {NoHash(): 1}
except TypeError as e:
    print(type(e).__name__, e)
class EqOnly:
    def __eq__(self, other):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
