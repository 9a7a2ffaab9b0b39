# int(float) truncates toward zero; big floats convert exactly.
for x in [0.9, -0.9, 1.9999, -1.9999, 1e10, -1e10, 2.5, -2.5, 1e16 + 1, 1e20, 2.0 ** 70, 1.7976931348623157e308]:
    print(x, int(x))
print(int(0.1 + 0.2 == 0.3), int(-0.0))
print(int(123.456 * 1000))
print(int(1e308) == 10 ** 308, int(1e22) == 10 ** 22, int(1e23) == 10 ** 23)
print(int(3.0) == 3.0, type(int(3.0)).__name__)
print(int(-1e-300), int(0.99999999999999999), int(-2.0000000000000004))
print(int(9007199254740993.0), int(2.0 ** 63), int(-(2.0 ** 63)) - 1)
print([int(x / 2) for x in range(-5, 6)])
