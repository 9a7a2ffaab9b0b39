# Complex numbers: literals, construction, real/imag, repr.
z = 3 + 4j
print(z, repr(z), z.real, z.imag, type(z).__name__)
print(1j, -1j, 0j, 2j * 2j, 1j ** 2)
print(complex(1, 2), complex(1.5), complex(), complex("1+2j"), complex(" 3-4j "))
print(complex("j"), complex("-1.5j"), complex(2, -0.0))
print(abs(z), abs(-3j), z.conjugate())
print(1 + 0j, 0.5 + 1j, -0.0j, (-0.0 - 0j))
print(complex(float("inf"), 1), complex(float("nan"), 0))
print(z == 3 + 4j, z != 3, (3 + 0j) == 3, 1j == 1j)
print(hash(3 + 0j) == hash(3), hash(1j) == hash(1j))
print(complex(1e16, 1e-5), complex(0.1, 0.2))
try:
    complex("1+")
except ValueError as e:
    print(type(e).__name__, e)
