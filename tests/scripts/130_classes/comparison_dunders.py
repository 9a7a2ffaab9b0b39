# __eq__, __lt__, __le__ etc.; reflected comparisons; NotImplemented fallback; sorting with __lt__.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs), max(vs), min(vs))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.1"), Version("1.0") == "1.0")
print(Version("2.0") > Version("1.9"))
try:
    Version("1.0") <= Version("1.0")
except TypeError as e:
    print(type(e).__name__, e)
class Loose:
    def __eq__(self, other):
        print("Loose.__eq__ called")
        return True
print(1 == Loose(), Loose() == 1, Loose() != 2)
