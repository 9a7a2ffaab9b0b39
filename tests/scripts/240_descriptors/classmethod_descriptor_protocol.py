# classmethod/staticmethod objects expose __get__; binding rules by hand.
class A:
    @classmethod
    def cm(cls, x):
        return (cls.__name__, x)
    @staticmethod
    def sm(x):
        return ("static", x)
class B(A):
    pass
cm = A.__dict__["cm"]
sm = A.__dict__["sm"]
print(cm.__get__(None, B)(1), cm.__get__(B())(2), sm.__get__(None, A)(3), sm.__get__(A())(4))
print(cm.__func__.__name__, sm.__func__.__name__, hasattr(cm, "__set__"))
bound = B.cm
print(bound.__self__.__name__, bound.__func__ is cm.__func__)
wrapped = classmethod(staticmethod(lambda *a: a))
class C:
    w = wrapped
try:
    print(C.w())
except TypeError as e:
    print(type(e).__name__, e)
double = staticmethod(staticmethod(lambda: "nested static"))
class D:
    f = double
print(type(D.f).__name__)
