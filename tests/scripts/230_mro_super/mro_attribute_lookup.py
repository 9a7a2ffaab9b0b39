# Attribute lookup walks the MRO: first class defining the name wins.
class A:
    x = "A"
    def f(self): return "A.f"
class B(A):
    pass
class C(A):
    x = "C"
    def f(self): return "C.f"
class D(B, C):
    pass
print(D.x, D().f(), [k.__name__ for k in D.__mro__])
class E(A):
    x = "E"
class F(B, E):
    pass
print(F.x)
B.x = "B"
print(D.x, F.x)
del B.x
print(D.x)
for cls in D.__mro__:
    print(cls.__name__, "x" in vars(cls))
