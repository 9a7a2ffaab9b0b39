# int subclasses: arithmetic returns plain int unless overridden; repr/str/format and bool.
class Money(int):
    def __repr__(self):
        return "Money(%d)" % int(self)
m = Money(5)
print(m, repr(m), str(m), f"{m:03d}", m + 1, type(m + 1).__name__, type(-m).__name__)
print(type(m * m).__name__, type(abs(m)).__name__, type(m // 2).__name__, type(+m).__name__)
print(m == 5, hash(m) == hash(5), {m: 1}[5], isinstance(m, int), m.bit_length())
class Flag(int):
    def __new__(cls, value, name):
        obj = super().__new__(cls, value)
        obj.name = name
        return obj
f = Flag(4, "four")
print(f, f.name, f + 1, f.real, type(f.real).__name__, int(f), type(int(f)).__name__)
class Strict(int):
    def __add__(self, o):
        return Strict(int(self) + int(o))
    __radd__ = __add__
print(type(Strict(1) + 2).__name__, type(2 + Strict(1)).__name__, sum([Strict(1), Strict(2)]))
print(Money("12"), Money("ff", 16), Money(3.9))
