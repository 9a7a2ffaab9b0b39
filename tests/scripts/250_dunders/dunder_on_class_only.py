# Implicit dunder lookup uses the type, not the instance, and bypasses __getattr__/__getattribute__.
class A:
    def __getattr__(self, name):
        return lambda *a: "getattr " + name
    def __getattribute__(self, name):
        if name.startswith("__") and name != "__class__" and name != "__dict__":
            return lambda *a: "getattribute " + name
        return object.__getattribute__(self, name)
a = A()
print(a.__len__(), a.foo())
try:
    len(a)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(a)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(a) == object.__repr__(a), str(a).startswith("<"))
A.__len__ = lambda self: 3
print(len(a))
