# Printing a progression of powers of ten and fractions to exercise exponent formatting.
x = 1.0
for _ in range(20):
    print(x, -x)
    x *= 10
y = 1.0
for _ in range(8):
    y /= 10
    print(y)
print(1 / 8, 3 / 16, 1 / 1024, 1 / 3e5)
print(0.1 ** 10, 10.0 ** 21, 10.0 ** -5)
