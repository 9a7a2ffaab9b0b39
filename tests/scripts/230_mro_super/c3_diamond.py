# C3 linearization for simple and nested diamonds.
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E(C, B): pass
def names(cls):
    return [c.__name__ for c in cls.__mro__]
print(names(D))
print(names(E))
class F(D): pass
class G(D): pass
class H(F, G): pass
print(names(H))
class X(A): pass
class Y(X, C): pass
class W(Y, B): pass
print(names(Y), names(W))
