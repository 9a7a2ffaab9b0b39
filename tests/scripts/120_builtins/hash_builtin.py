# hash() of ints, floats, bools, strings equality, tuples, frozensets; unhashables error.
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0) == hash(False))
print(hash(42), hash(-42), hash(-1), hash(2 ** 61 - 2), hash(2 ** 61), hash(-(2 ** 61)))
print(hash(0.5), hash(-1.5), hash(1e300) == hash(int(1e300)))
print(hash("abc") == hash("ab" + "c"), hash((1, "a")) == hash((1, "a")), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(None) == hash(None), hash(...) == hash(Ellipsis), type(hash("x")).__name__)
class H:
    def __hash__(self):
        return 12345
class Big:
    def __hash__(self):
        return 2 ** 100
print(hash(H()), hash(Big()) == hash(2 ** 100))
class BadHash:
    def __hash__(self):
        return "no"
for v in [[], {}, set(), bytearray(), BadHash()]:
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
