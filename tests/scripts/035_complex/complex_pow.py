# Complex powers with integer exponents are exact for small Gaussian integers.
z = 1 + 1j
p = 1
for i in range(9):
    print(i, p, z ** i)
    p *= z
print((2 + 0j) ** 10, (0 + 2j) ** 4, (1 - 1j) ** -2)
print(1j ** 1j == 1j ** 1j, abs((3 + 4j) ** 2))
print((-1) ** 0.5)
print((-8) ** (1 / 3) != 2)
try:
    0j ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(0j ** 0, 0j ** 2)
