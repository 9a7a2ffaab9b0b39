# float() parsing of strings: whitespace, signs, exponents, underscores, errors.
for s in ["1.5", "  -2.25 ", "+3", "1e3", "1E-3", ".5", "5.", "1_000.5", "10",
          "inf", "-Infinity", "nan", "1e400", "-1e400", "1e-400", "00012.50", "\t7\n"]:
    print(repr(s), float(s))
for s in ["", "abc", "1.2.3", "1e", "_1.0", "1__0.0", "1.0_", "0x10", "1,5", "- 1"]:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
print(float(), float(5), float(True), float(-0), float(2 ** 60))
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
