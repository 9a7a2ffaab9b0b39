# str/repr of ints, int from floats and strings, str(int) of negatives and big values.
print(str(0), str(-0), repr(12), str(-12))
print(str(10 ** 50), repr(-(10 ** 50)))
print(int(3.99), int(-3.99), int(1e20), int(-0.5))
print(int(2.0 ** 80))
print(int("  -0012  "), int("0"), int("-0"))
print(len(str(2 ** 1000)))
print(str(2 ** 1000)[:20], str(2 ** 1000)[-10:])
print(int(float("1e5")), int("1" + "0" * 30))
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(int("0x10", 16), int("10", base=16))
print([int(c) for c in "90817"])
