# Hash and equality of numeric values that compare equal; ints as dict keys.
print(hash(1) == hash(1.0) == hash(True))
print(hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(-1), hash(-2), hash(5), hash(2 ** 61 - 1), hash(2 ** 61))
print(hash(10 ** 30) == hash(float(10 ** 30)))
print(hash(2 ** 100) == hash(2.0 ** 100))
print(hash(-(2 ** 64)), hash(2 ** 64))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
s = {1, 1.0, True, 2, 2.0}
print(len(s))
print({0: "a", False: "b", 0.0: "c"})
