# Defining __eq__ without __hash__ makes instances unhashable; defining both allows set/dict use.
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
print(OnlyEq.__hash__)
try:
    {OnlyEq(1)}
except TypeError as e:
    print(type(e).__name__, e)
class Both:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, Both) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
print(len({Both(1), Both(1), Both(2)}), Both(1) in [Both(1)], Both(1) == Both(2))
class Default:
    pass
x = Default()
print(x == x, x == Default(), hash(x) == hash(x), len({x, x}))
class Child(Both):
    def __eq__(self, o):
        return False
print(Child.__hash__ is None)
