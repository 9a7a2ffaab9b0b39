# __mro__ tuple vs mro() list, and overriding mro() in a metaclass.
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([c.__name__ for c in D.__mro__], type(D.__mro__).__name__)
print([c.__name__ for c in D.mro()], type(D.mro()).__name__)
print(D.__mro__ == tuple(D.mro()), int.mro(), object.__mro__)
print([c.__name__ for c in bool.__mro__])
class Meta(type):
    def mro(cls):
        return [cls, object]
class Flat(B, metaclass=Meta):
    pass
print([c.__name__ for c in Flat.__mro__], issubclass(Flat, B), isinstance(Flat(), A))
print(type.mro(D) == D.mro())
