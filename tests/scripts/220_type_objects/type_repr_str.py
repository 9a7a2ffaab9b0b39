# repr/str of classes, builtin types, nested classes and renamed classes.
class A:
    class B:
        pass
print(repr(A), str(A), A.B, repr(A.B))
print(int, type, object, type(None), type(...))
print(f"{A}", "%s" % A, [A, int])
A.__qualname__ = "X.Y"
print(A)
A.__module__ = "pkg.mod"
print(A)
A.__module__ = "builtins"
print(A)
class Meta(type):
    def __str__(cls):
        return "str:" + cls.__name__
class C(metaclass=Meta): pass
print(C, repr(C), [C])
print(ValueError, StopIteration, BaseException)
