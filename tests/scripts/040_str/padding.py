# center/ljust/rjust/zfill with fill characters and odd widths.
print("[" + "abc".center(9) + "]", "[" + "abc".center(8) + "]", "[" + "ab".center(7, "*") + "]")
print("[" + "abc".ljust(6) + "]", "[" + "abc".rjust(6, ".") + "]", "[" + "abcdef".ljust(3) + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "12345".zfill(3), "".zfill(3))
print("x".center(4, "-"), "x".center(5, "-"), "xy".center(5, "-"), "xy".center(6, "-"))
try:
    "a".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
print(repr("a".ljust(-1)), repr("".center(3)))
