# isinstance/issubclass with tuples (nested too), unions, and error cases.
class A: pass
class B(A): pass
class C: pass
print(isinstance(B(), (C, A)), isinstance(C(), (A, B)), isinstance(1, (str, (float, (int,)))))
print(issubclass(B, (C, A)), issubclass(bool, (str, int)), issubclass(C, ()))
print(isinstance(1, int | str), issubclass(B, C | A), isinstance(None, type(None) | int))
# Tuple entries are checked left to right, so a bad entry after a match is never seen.
print(isinstance(1, (int, 1)), issubclass(B, (A, "x")))
for check in [lambda: isinstance(1, (1, int)), lambda: issubclass(B, ("x", A)), lambda: isinstance(1, (str, 1))]:
    try:
        print(check())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, [int])
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(True, int), isinstance(1, bool), isinstance(A, type), isinstance(A(), object))
