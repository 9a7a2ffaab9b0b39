# Defining __eq__ without __hash__ sets __hash__ to None: instances become unhashable.
class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, P) and self.x == o.x
print(P.__hash__, P(1) == P(1), P(1) != P(2))
for use in [lambda: hash(P(1)), lambda: {P(1)}, lambda: {P(1): 1}, lambda: frozenset([P(2)])]:
    try:
        use()
    except TypeError as e:
        print(type(e).__name__, e)
class H(P):
    def __hash__(self): return hash(self.x)
print(hash(H(5)) == hash(5), len({H(1), H(1), H(2)}))
class KeepHash:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
print(type(hash(KeepHash())).__name__)
class Child(H):
    def __eq__(self, o): return False
try:
    hash(Child(1))
except TypeError as e:
    print(type(e).__name__, e)
class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(P(1).__hash__, type(None)))
