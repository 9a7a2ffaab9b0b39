# property objects: __doc__ from getter, getter()/setter()/deleter() return new copies, __set_name__.
class A:
    @property
    def x(self):
        "x's docstring"
        return 1
    y = property(lambda self: 2, doc="explicit doc")
print(A.x.__doc__, A.y.__doc__)
p = A.x
q = p.getter(lambda self: 99)
print(p is q, q.__doc__, q.fget(None), p.fget(A()))
class B:
    x = q
print(B().x)
print(hasattr(property, "__set_name__"), type(A.__dict__["x"]) is property)
class Sub(property):
    pass
class C:
    @Sub
    def v(self):
        return "from Sub"
    @v.setter
    def v(self, value):
        pass
print(C().v, type(C.__dict__["v"]).__name__)
