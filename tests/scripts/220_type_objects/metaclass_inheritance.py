# The metaclass is inherited; the most derived metaclass wins; conflicts raise TypeError.
class M1(type): pass
class M2(type): pass
class M3(M1): pass
class A(metaclass=M1): pass
class B(A): pass
print(type(B).__name__)
class C(metaclass=M3): pass
class D(A, C): pass
print(type(D).__name__)
class E(metaclass=M2): pass
try:
    class F(A, E): pass
except TypeError as e:
    print(type(e).__name__, e)
class G(A, metaclass=type): pass
print(type(G).__name__)
def func_meta(name, bases, ns):
    return "made " + name
class H(metaclass=func_meta):
    pass
print(H)
class MA(type):
    def hello(cls):
        return "hello " + cls.__name__
class I(metaclass=MA): pass
print(I.hello(), hasattr(I(), "hello"))
try:
    I().hello()
except AttributeError as e:
    print(type(e).__name__, e)
