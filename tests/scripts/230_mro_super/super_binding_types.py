# What super() returns for functions, classmethods, staticmethods and data attributes at each level.
class A:
    data = "A.data"
    def f(self): return "A.f"
class B(A):
    data = "B.data"
    def f(self): return "B.f"
class C(B):
    def check(self):
        s = super()
        return [s.data, s.f(), super(B, self).data, super(B, self).f()]
print(C().check())
print(super(C, C()).data, super(B, C).data, type(super(B, C).f).__name__)
sup = super(B, C())
print(sup.__thisclass__.__name__, sup.__self_class__.__name__)
try:
    super(B, C()).__thisclass__ = A
except AttributeError as e:
    print(type(e).__name__, e)
