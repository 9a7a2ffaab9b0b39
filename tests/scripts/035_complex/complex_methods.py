# complex() with objects, complex subclass, attribute access, equality to floats.
class C:
    def __complex__(self):
        return 2 + 3j
print(complex(C()))
class MyComplex(complex):
    pass
m = MyComplex(1, 1)
print(m, type(m).__name__, m + 1, type(m + 1).__name__)
print((2 + 3j).real.is_integer(), (1.5j).imag)
print(complex(1, 2) == complex("1+2j"), complex(2) == 2.0, complex(0, 0) == 0)
print(isinstance(1j, complex), isinstance(1, complex))
try:
    complex("1", 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex("abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(1j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(1j)
except TypeError as e:
    print(type(e).__name__, e)
print(bool(0j), bool(0.0 + 1e-300j))
