# Integer presentation types: d, b, o, x, X, c, n, and none; with widths.
for v in [0, 5, 255, -255, 2 ** 70]:
    print(format(v, "d"), format(v, "b"), format(v, "o"), format(v, "x"), format(v, "X"), format(v, ""))
print(format(65, "c"), format(0x263A, "c"), format(10, "n"), format(True, "d"), format(True, ""), format(True, "x"))
print(format(42, "8d"), format(42, "<8b"), format(42, "^#10x"), format(42, "08o"))
print(format(42, "e"), format(42, "f"), format(42, ".2%"), format(42, "g"))
try:
    format(42, "s")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.5, "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(42, ".2d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(-1, "c")
except OverflowError as e:
    print(type(e).__name__, e)
