# __get__ receives (instance, owner) from instances and (None, owner) from classes.
class Spy:
    def __get__(self, obj, owner=None):
        return ("obj" if obj is not None else None, owner.__name__ if owner else None)
class A:
    s = Spy()
class B(A):
    pass
print(A.s, A().s, B.s, B().s)
sp = A.__dict__["s"]
print(sp.__get__(None, A), sp.__get__(A(), A), sp.__get__(A()))
class Meta(type):
    m = Spy()
class C(metaclass=Meta):
    pass
print(C.m)
try:
    C().m
except AttributeError as e:
    print(type(e).__name__, e)
inst_desc = A()
inst_desc.direct = Spy()
print(type(inst_desc.direct).__name__)
