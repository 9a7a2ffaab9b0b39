# Properties are inherited, overridden wholesale, or extended with parent.prop.setter.
class Base:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x
class ReadWrite(Base):
    @Base.x.setter
    def x(self, v):
        self._x = v * 100
r = ReadWrite()
r.x = 2
print(r.x, Base.x is ReadWrite.x, type(ReadWrite.x).__name__)
try:
    Base().x = 3
except AttributeError as e:
    print(type(e).__name__, e)
class Override(Base):
    x = "plain attr"
print(Override().x)
class Computed(Base):
    @property
    def x(self):
        return "computed from " + str(super().x)
print(Computed().x)
p1 = Base.x
p2 = p1.setter(lambda self, v: None)
p3 = p2.deleter(lambda self: None)
print(p1 is p2, p1.fset is None, p2.fset is not None, p3.fdel is not None, p3.fget is p1.fget)
