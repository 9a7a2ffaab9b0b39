# Exceptions other than AttributeError from __getattribute__/properties propagate past __getattr__.
class A:
    def __getattribute__(self, name):
        if name == "bad":
            raise KeyError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
a = A()
print(a.other)
try:
    a.bad
except KeyError as e:
    print(type(e).__name__, e)
try:
    getattr(a, "bad", "default")
except KeyError as e:
    print("getattr default does not catch", type(e).__name__)
class P:
    @property
    def v(self):
        raise ValueError("inside property")
    def __getattr__(self, name):
        return "never for v"
try:
    P().v
except ValueError as e:
    print(type(e).__name__, e)
print(hasattr(P(), "zzz"))
try:
    hasattr(a, "bad")
except KeyError as e:
    print("hasattr propagates", type(e).__name__)
