# __index__ is used by range, sequence indexing/slicing, hex/bin/oct and operator-like builtins.
class Idx:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
i2, i5 = Idx(2), Idx(5)
print(list(range(i2)), list(range(i2, i5)), "abcdef"[i2], [0, 1, 2, 3, 4, 5][i2:i5])
print(hex(Idx(255)), bin(i5), oct(Idx(8)), "%x" % Idx(255), "ab" * i2, [1] * i2)
print((1, 2, 3)[Idx(-1)], bytes(Idx(3)), int(Idx(7)), round(3.14159, Idx(2)))
print("{:>{}}".format("x", 3), [1, 2, 3, 4].pop(Idx(0)), "abc".center(i5, "*"))
class BadIdx:
    def __index__(self): return "no"
try:
    [1, 2][BadIdx()]
except TypeError as e:
    print(type(e).__name__, e)
class NoIdx: pass
try:
    [1, 2][NoIdx()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(NoIdx())
except TypeError as e:
    print(type(e).__name__, e)
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
