# True division of ints: exact rounding, big operands, and overflow.
print(1 / 3, 2 / 3, 10 / 4, -7 / 2)
print(10 ** 20 / 10 ** 10, (10 ** 30 + 1) / 10 ** 30)
print(2 ** 100 / 2 ** 50)
print(1 / 2 ** 100)
print((2 ** 1000) / (2 ** 999))
print(10 ** 400 // 10 ** 399)
print(123456789123456789 / 1000)
try:
    10 ** 400 / 1
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
print(0 / 5, -0 / 5, 0 / -5)
print(type(6 / 3).__name__, 6 / 3)
