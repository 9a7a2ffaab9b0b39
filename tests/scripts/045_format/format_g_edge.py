# The g/G type switching between fixed and exponent, and trailing zero removal.
vals = [0.0001, 0.00001234, 123.456, 1234567.0, 1e15, 1e16, 1e17, 9.999999e5, 99999.95, 0.1, 100.0, -0.0]
for v in vals:
    print(format(v, "g"), format(v, ".2g"), format(v, "#.3g"), format(v, ".10g"), format(v, ".0g"), str(v))
print(format(1e-5, "G"), format(1.5e300, "G"), format(float("inf"), "g"), format(float("nan"), "G"))
print(format(0.00001, ".3g"), format(0.0001, ".3g"), format(123456789, ".3g"), format(123456789, "g"))
print(format(2.5, ".1g"), format(3.5, ".1g"), format(0.25, ".1g"), format(0.35, ".1g"))
print(format(1234.5, "#g"), format(1e-10, "#.2g"), format(100, "g"), format(10 ** 16, "g"))
print(format(5e-324, "g"), format(1.7976931348623157e308, ".17g"))
print(f"{0.1 + 0.2:g} {1 / 3:.5g} {2 / 3:.1g}")
