# MRO computation for multi-level hierarchies with shared ancestors.
class A: pass
class B: pass
class C: pass
class D(A, B): pass
class E(B, C): pass
class F(D, E): pass
class G(E, C): pass
class H(F, G): pass
for cls in (D, E, F, G, H):
    print(cls.__name__, [k.__name__ for k in cls.__mro__])
class I(A): pass
class J(I, B): pass
class K(J, A, C): pass
print([k.__name__ for k in K.__mro__])
try:
    class L(A, J): pass
except TypeError as e:
    print(type(e).__name__, e)
