# int() parsing: bases, prefixes, underscores, whitespace, signs.
print(int("42"), int("-42"), int("+7"), int("  12  "), int("\t-3\n"))
print(int("1_000"), int("0x_ff", 16), int("ff", 16), int("FF", 16))
print(int("0x1f", 0), int("0o17", 0), int("0b101", 0), int("17", 0))
print(int("z", 36), int("Z", 36), int("10", 2), int("777", 8))
print(int("0b11", 2), int("0o7", 8), int("11", 3))
print(int("123456789012345678901234567890"))
print(int(), int(True), int(False), int(-0))
print(int("٣"))
for s, base in [("x", 10), ("", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("08", 0), ("12", 2),
                ("0x", 16), ("1.5", 10), ("  ", 10), ("9", 8)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("5", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("5", 37)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
