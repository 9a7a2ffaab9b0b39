# str of floats around the repr switch points (1e16, 1e-4), and format defaults.
for x in [1e15, 9999999999999998.0, 1e16, 1.5e16, 1e17, 123456789012345678.0,
          0.0001, 0.00001, 0.000123, 1e-10, 1.0, 10.0, 100.0, 1e5, 1e100, -1e16, 2.0 ** 60]:
    print(x, repr(x), format(x), format(x, ""), f"{x}")
print(float(10 ** 16), float(10 ** 15), float(-(10 ** 16)))
print(1e16 == 10 ** 16, 1e16 + 1 == 1e16, 1e16 + 2)
print(str(0.1 + 0.7), str(1 / 7))
print(str(1e-4), str(9.999e-5), str(123456789012345.6), str(1234567890123456.7))
print(repr(-1e-5), repr(-0.0001), str(1e22), str(1e21))
print([0.5, 1e16, 1e-5], (2.0,), {1.5: 1e100})
