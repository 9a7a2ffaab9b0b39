# A hand-written property and classmethod, reimplemented with descriptors.
class MyProperty:
    def __init__(self, fget=None, fset=None):
        self.fget, self.fset = fget, fset
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return self.fget(obj)
    def __set__(self, obj, value):
        if self.fset is None:
            raise AttributeError("can't set")
        self.fset(obj, value)
    def setter(self, fset):
        return MyProperty(self.fget, fset)
class MyClassMethod:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, owner=None):
        if owner is None:
            owner = type(obj)
        def bound(*args):
            return self.f(owner, *args)
        return bound
class A:
    def __init__(self):
        self._v = 1
    @MyProperty
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val * 2
    @MyClassMethod
    def who(cls, suffix=""):
        return cls.__name__ + suffix
class B(A): pass
a = B()
a.v = 4
print(a.v, type(A.v).__name__, A.who(), B.who("!"), a.who("?"))
class RO:
    x = MyProperty(lambda self: "ro")
try:
    RO().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
