# callable(), type identity and isinstance on classes, metaclasses and instances.
class Meta(type): pass
class A(metaclass=Meta): pass
class B: 
    def __call__(self): return "called"
print(callable(A), callable(A()), callable(B()), callable(B), callable(Meta), callable(1))
print(isinstance(A, type), isinstance(A, Meta), isinstance(B, Meta), isinstance(type, type))
print(isinstance(object, object), isinstance(type, object), issubclass(type, object))
print(issubclass(Meta, type), issubclass(A, object), type(Meta).__name__)
print(type.__name__, type(type).__name__, type.__class__.__name__, object.__class__.__name__)
print(A.__class__ is Meta, B.__class__ is type, A().__class__.__class__ is Meta)
try:
    issubclass(A(), A)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(B()())
