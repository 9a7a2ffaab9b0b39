# Two-argument super(C, obj) and super(C, cls), and the unbound super object.
class A:
    def m(self): return "A.m"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
class B(A):
    def m(self): return "B.m"
    @classmethod
    def c(cls): return "B.c " + cls.__name__
class C(B):
    def m(self): return "C.m"
c = C()
print(super(C, c).m(), super(B, c).m(), super(C, C).c(), super(B, C).c())
print(super(C, C).m(c))
try:
    super(C, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(C, A())
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(1, c)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(A, c).m2
except AttributeError as e:
    print(type(e).__name__, e)
s = super(C, c)
print(type(s).__name__, s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
u = super(C)
print(u.__thisclass__.__name__, u.__self__)
