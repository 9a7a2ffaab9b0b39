# A metaclass implementing virtual subclass registration like abc.ABCMeta.register.
class Registry(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls._virtual = []
    def register(cls, sub):
        cls._virtual.append(sub)
        return sub
    def __subclasscheck__(cls, sub):
        if any(issubclass(sub, v) for v in cls._virtual):
            return True
        return type.__subclasscheck__(cls, sub)
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))
class Sized(metaclass=Registry): pass
class Real(Sized): pass
Sized.register(list)
@Sized.register
class Custom: pass
print(issubclass(list, Sized), isinstance([], Sized), issubclass(Custom, Sized), isinstance(Custom(), Sized))
print(issubclass(Real, Sized), isinstance(Real(), Sized), issubclass(dict, Sized), isinstance({}, Sized))
print(Sized in list.__mro__, [c.__name__ for c in Sized._virtual])
class SubList(list): pass
print(issubclass(SubList, Sized))
