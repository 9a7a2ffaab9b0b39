# Objects equal under __eq__ with matching __hash__ collapse in sets/dicts; mismatched hashes do not.
class Good:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Good) and self.v % 10 == o.v % 10
    def __hash__(self): return hash(self.v % 10)
    def __repr__(self): return "G%d" % self.v
class BadHash(Good):
    def __hash__(self): return hash(self.v)
print(len({Good(1), Good(11), Good(21), Good(2)}), sorted({Good(3), Good(13)}, key=lambda g: g.v))
print(len({BadHash(1), BadHash(11)}), BadHash(1) == BadHash(11))
d = {Good(5): "first"}
d[Good(15)] = "second"
print(d)
print(Good(7) in {Good(17)}, Good(7) in [Good(27)], {Good(1): 1} == {Good(11): 1})
