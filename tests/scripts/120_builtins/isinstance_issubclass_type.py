# isinstance/issubclass with tuples and subclasses, type() identity, bool/int relationship.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, object))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(A, A), issubclass(bool, int))
print(type(b) is B, type(b) is A, type(b) == B, type(b).__name__, type(B).__name__)
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, float)), isinstance(None, type(None)))
print(isinstance(3, (int, (str, (float,)))), isinstance([], (list,)))
for bad in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, "x")]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), issubclass(type, object))
