# C3 linearization, step by step: the MRO of D is D + merge(MRO(B), MRO(C), [B, C]).
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass

def names(classes):
    return [c.__name__ for c in classes]

print("B:", names(B.__mro__))
print("C:", names(C.__mro__))
print("D:", names(D.__mro__))

# An order that contradicts itself has no linearization.
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class R(P, Q): pass
except TypeError as e:
    print("TypeError:", e)
