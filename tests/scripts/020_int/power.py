# Integer pow: positive, zero, negative exponents, 3-arg pow, modular inverse.
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4)
print(2 ** -2, 10 ** -3)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13))
print(pow(-3, 3, 5), pow(3, 3, -5))
print(pow(3, -1, 7), pow(38, -1, 97))
print(pow(2, 1000, 10 ** 9 + 7))
print(7 ** 77)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(type(2 ** -1).__name__, type(2 ** 2).__name__)
