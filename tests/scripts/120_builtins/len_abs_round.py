# len/abs/round on various types, including __len__/__abs__/__round__ protocols.
print(len("abc"), len([1, 2]), len({}), len(range(10)), len(b"xy"), len({1, 2, 2}), len((1,)))
print(abs(-5), abs(5), abs(-2.5), abs(3 + 4j), abs(-0.0), abs(True), abs(-(2 ** 70)))
print(round(3.14159, 2), round(2.5), round(-2.5), round(17, -1), round(1.23456e10, -5))
class Sized:
    def __len__(self):
        return 7
class Absy:
    def __abs__(self):
        return "absolute"
class Roundy:
    def __round__(self, n=None):
        return f"rounded({n})"
print(len(Sized()), abs(Absy()), round(Roundy()), round(Roundy(), 3))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
try:
    round("x")
except TypeError as e:
    print(type(e).__name__, e)
