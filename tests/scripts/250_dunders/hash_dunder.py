# __hash__ results: truncation of big ints, -1 handling, bad return types, and dict usage.
class Big:
    def __hash__(self): return 2 ** 100
class MinusOne:
    def __hash__(self): return -1
class Bad:
    def __hash__(self): return "str"
class BoolHash:
    def __hash__(self): return True
print(hash(Big()) == hash(2 ** 100), hash(MinusOne()), hash(BoolHash()))
try:
    hash(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class Key:
    def __init__(self, k): self.k = k
    def __hash__(self):
        print("hash", self.k)
        return hash(self.k)
    def __eq__(self, o):
        print("eq", self.k, o.k)
        return self.k == o.k
d = {Key(1): "a"}
print(d[Key(1)])
print(Key(2) in d)
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1, 2)))
