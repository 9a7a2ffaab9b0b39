# __name__ and __qualname__ of nested classes, methods and functions.
class Outer:
    class Inner:
        class Deep:
            def meth(self):
                pass
        def m(self):
            def local():
                pass
            return local
    def method(self):
        class InMethod:
            pass
        return InMethod
def func():
    class InFunc:
        pass
    return InFunc
print(Outer.__name__, Outer.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.Deep.__qualname__, Outer.Inner.Deep.meth.__qualname__)
print(Outer.Inner().m().__qualname__, Outer.Inner().m().__name__)
print(Outer().method().__qualname__, func().__qualname__)
print(Outer.method.__qualname__, Outer.method.__name__)
print(func.__qualname__, (lambda: 0).__qualname__)
Outer.__name__ = "Renamed"
print(Outer.__name__, Outer.__qualname__)
Outer.__qualname__ = "Q.R"
print(Outer.__qualname__)
try:
    Outer.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Outer.__qualname__ = 5
except TypeError as e:
    print(type(e).__name__, e)
