# Floor division and modulo sign rules for all sign combinations, divmod, and big operands.
for a in (7, -7, 0):
    for b in (2, -2, 3, -3):
        print(a, b, a // b, a % b, divmod(a, b))
print(divmod(2 ** 70 + 5, 7))
print(divmod(-(2 ** 70), 3))
print(divmod(2 ** 70, -(2 ** 35)))
print((-1) // (2 ** 80), (-1) % (2 ** 80))
try:
    1 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
