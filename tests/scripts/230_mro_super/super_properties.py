# super() with properties: reading the parent property, and super() cannot set attributes.
class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v * 10
    @v.setter
    def v(self, value):
        self._v = value
class Child(Base):
    @property
    def v(self):
        return super().v + 1
    @v.setter
    def v(self, value):
        Base.v.fset(self, value * 2)
c = Child()
print(c.v)
c.v = 5
print(c._v, c.v)
class Bad(Base):
    def set_through_super(self):
        super().v = 3
try:
    Bad().set_through_super()
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Base.v).__name__, Base.v.fget(c), super(Child, c).v)
class Ext(Child):
    v = property(lambda self: "ext " + str(super(Ext, self).v))
print(Ext().v)
