# Subclassing builtins with different __init__ signatures; __new__ gets the raw arguments.
class L(list):
    def __init__(self, a, b):
        super().__init__([a, b])
print(L(1, 2))
class D(dict):
    def __init__(self, **kw):
        super().__init__({k: v * 2 for k, v in kw.items()})
print(D(x=1, y=2))
class I(int):
    def __init__(self, value, unit):
        self.unit = unit
try:
    I(5, "m")
except TypeError as e:
    print(type(e).__name__, e)
class I2(int):
    def __new__(cls, value, unit):
        obj = super().__new__(cls, value)
        obj.unit = unit
        return obj
i = I2(5, "m")
print(i, i.unit)
class S(str):
    def __init__(self, *args):
        self.extra = args
try:
    S("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
print(S("abc").extra)
