# Complex repr formats: zero real part, negative zero, large and small components.
for z in [1j, 2 + 0j, -2 + 0j, 0 + 0j, 1.5 - 2.5j, 1e20j, 1e-20 + 1j, complex(-0.0, 1),
          complex(0.0, -0.0), complex(1, float("inf")), complex(-float("inf"), -1),
          complex(float("nan"), float("nan")), 1e16 + 1e16j, 123456789.123 + 0.1j]:
    print(repr(z), str(z))
print([1 + 2j, 3j])
print(format(1 + 2j), format(1.5 + 2.25j, ".2f"), format(3j, ">12"))
print(f"{1 + 2j!r}", "%s" % (1j,))
print(repr(complex(0, 1e16)), repr(complex(1e-5, -1e-5)), repr(complex(2.5, 0)))
print(str(-1j), str(-(1 + 1j)), str(1j * 1j))
