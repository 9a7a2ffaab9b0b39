# type(name, bases, ns) builds classes dynamically, with methods, bases and class attributes.
def hello(self):
    return "hello from " + type(self).__name__
Base = type("Base", (), {"x": 1, "hello": hello})
Derived = type("Derived", (Base,), {"y": 2, "__repr__": lambda self: "<Derived>"})
d = Derived()
print(Base.__name__, Derived.__name__, Derived.__bases__, Base.__bases__)
print(d.x, d.y, d.hello(), repr(d), d)
print([c.__name__ for c in Derived.__mro__])
print(isinstance(d, Base), issubclass(Derived, Base), issubclass(Base, Derived))
E = type("E", (), {})
print(E.__name__, E.__qualname__, E.__module__, E.__doc__)
M = type("M", (int,), {"double": lambda self: self * 2})
print(M(21).double(), type(M(3) + 1).__name__, M(5))
Ex = type("Ex", (ValueError,), {})
try:
    raise Ex("boom")
except ValueError as e:
    print(type(e).__name__, e, e.args)
print(type("Named", (), {"__qualname__": "Outer.Named"}).__qualname__)
D2 = type("D2", (), {"__doc__": "doc text", "__module__": "mymod"})
print(D2.__doc__, D2.__module__, D2)
