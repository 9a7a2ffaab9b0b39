# Inconsistent hierarchies raise TypeError with the exact C3 failure message.
class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
try:
    class Z(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
class P: pass
class Q(P): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print(type(e).__name__, e)
class O: pass
class M1(O): pass
class M2(O): pass
class N1(M1, M2): pass
class N2(M2, M1): pass
try:
    class Bad(N1, N2): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("Dyn", (P, Q), {})
except TypeError as e:
    print(type(e).__name__, e)
