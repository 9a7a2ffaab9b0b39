# Complex arithmetic: + - * / ** and mixing with ints and floats.
a = 1 + 2j
b = 3 - 1j
print(a + b, a - b, a * b, a / b)
print(a + 1, 2 * a, a / 2, 1 / a)
print(a ** 2, a ** 0, (1j) ** 3, (2 + 0j) ** 2)
print(-a, +a, a * a.conjugate())
print((1 + 1j) * (1 - 1j), (0.5 + 0.5j) * 2)
print(sum([1j, 2, 3.5]), type(sum([1j, 2])).__name__)
try:
    a / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    a // 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    a % 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
