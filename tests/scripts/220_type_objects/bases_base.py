# __bases__ and __base__ for single, multiple and builtin inheritance.
class A: pass
class B(A): pass
class C: pass
class D(B, C): pass
class E(int): pass
class F(C, E): pass
for cls in (A, B, C, D, E, F, object, int, bool, type):
    print(cls.__name__, [b.__name__ for b in cls.__bases__], getattr(cls.__base__, "__name__", None))
class G(Exception): pass
class H(G, ValueError): pass
print(H.__base__.__name__, [b.__name__ for b in H.__bases__])
class X: pass
class Y: pass
class Z(X): pass
Z.__bases__ = (Y,)
print([c.__name__ for c in Z.__mro__], isinstance(Z(), X), isinstance(Z(), Y))
try:
    Z.__bases__ = ()
except TypeError as e:
    print(type(e).__name__, e)
