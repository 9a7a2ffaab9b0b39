# property with getter/setter/deleter via decorators and via property(fget, fset, fdel, doc).
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Temperature in C."
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("set", v)
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleted")
        self._c = None
    def _get_f(self):
        return self._c * 9 / 5 + 32
    def _set_f(self, v):
        self._c = (v - 32) * 5 / 9
    fahrenheit = property(_get_f, _set_f, None, "Temperature in F.")
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
t.fahrenheit = 32
print(t.celsius)
del t.celsius
print(t._c)
print(Temp.celsius.__doc__, Temp.fahrenheit.__doc__)
print(Temp.celsius.fget.__name__, Temp.celsius.fset.__name__, Temp.fahrenheit.fdel)
print(type(Temp.celsius).__name__, isinstance(Temp.celsius, property))
p = property()
print(p.fget, p.fset, p.fdel, p.__doc__)
