# Class keyword arguments flow to __prepare__, __new__, __init__ and __init_subclass__.
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, sorted(kw.items()))
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(kw.items()))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name, sorted(kw.items()))
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, sorted(kw.items()))
class Child(Base, a=1, b="two"):
    pass
opts = {"z": 0}
class Other(Base, **opts):
    pass
class NoMeta:
    def __init_subclass__(cls, **kw):
        print("plain init_subclass", sorted(kw.items()))
class Sub(NoMeta, color="red"):
    pass
