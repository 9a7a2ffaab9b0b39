# MRO of object, classes with only object as base, and explicit object bases.
class A: pass
class B(object): pass
class C(A, object): pass
print(object.__mro__, A.__mro__ == B.__mro__)
print([c.__name__ for c in C.__mro__])
try:
    class D(object, A): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class E(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class F(object, object): pass
except TypeError as e:
    print(type(e).__name__, e)
print([c.__name__ for c in type.__mro__], [c.__name__ for c in type(type).__mro__])
