# Class decorators run after class creation, bottom-up, and may replace the class.
def add_greet(cls):
    cls.greet = lambda self: "hi from " + cls.__name__
    return cls
def register(tag):
    def deco(cls):
        print("register", tag, cls.__name__)
        cls.tag = tag
        return cls
    return deco
@register("outer")
@register("inner")
@add_greet
class A:
    pass
print(A().greet(), A.tag)
def replace(cls):
    return 42
@replace
class B:
    pass
print(B)
def wrap(cls):
    class Wrapped(cls):
        def extra(self): return "extra"
    Wrapped.__name__ = "Wrapped" + cls.__name__
    return Wrapped
@wrap
class C:
    def base(self): return "base"
print(C.__name__, C().base(), C().extra(), [k.__name__ for k in C.__mro__])
