# Misc dunders: __index__ for slicing, __int__/__float__, __contains__ fallback to __iter__, __format__.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
lst = list(range(10))
print(lst[Idx(3)], lst[Idx(1):Idx(4)], "abc"[Idx(-1)], hex(Idx(255)), range(Idx(3)))
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 7.5
print(int(Num()), float(Num()))
class IterOnly:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in IterOnly(), 5 in IterOnly())
class Fmt:
    def __format__(self, spec):
        return f"Fmt[{spec}]"
print(f"{Fmt():>10}", format(Fmt(), "x"), "{:abc}".format(Fmt()))
class Neg:
    def __neg__(self):
        return "negated"
    def __pos__(self):
        return "positive"
    def __invert__(self):
        return "inverted"
print(-Neg(), +Neg(), ~Neg())
