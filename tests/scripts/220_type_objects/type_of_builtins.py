# type(obj) for builtin values and the type of types.
values = [1, 1.5, 1j, "s", b"b", bytearray(b"x"), [], (), {}, set(), frozenset(), None,
          True, range(3), slice(1, 2), Ellipsis, NotImplemented, object(), type, len]
for v in values:
    t = type(v)
    print(t.__name__, t, type(t).__name__)
print(type(type) is type, type(object) is type, type(int) is type)
print(type(1) is int, type(True) is bool, type(True) is int)
print(isinstance(True, int), issubclass(bool, int))
class A: pass
print(type(A), type(A()), type(A()) is A, A().__class__ is A)
print(type(A.__dict__).__name__, type(A.__mro__).__name__, type(A.__bases__).__name__)
