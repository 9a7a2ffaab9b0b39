# Float presentation types: e, E, f, F, g, G, %, none, with precision.
vals = [0.0, 1.0, 1.5, -2.25, 1234.5678, 0.000123456, 1e16, 1.23e-10, 100.0, 123456789.0]
for v in vals:
    print(format(v, "e"), format(v, ".2E"), format(v, "f"), format(v, ".1F"), format(v, "g"), format(v, ".3G"), format(v, ".1%"), format(v, ".3"))
inf, nan = float("inf"), float("nan")
print(format(inf, "f"), format(-inf, "F"), format(nan, "e"), format(nan, "G"), format(inf, "%"), format(inf, "+010.2f"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"), format(1e100, ".0f")[:12])
print(format(1e-5, "g"), format(1e-4, "g"), format(123456, "g"), format(1234567, "g"), format(1234567, ".10g"))
print(format(0.1, ".20f"), format(1 / 3, ".15g"), format(2 / 3, ".17g"))
print(format(12.0, "g"), format(12.0, "#g"), format(12.0, ".0e"), format(12.0, "#.0e"))
print(format(1.5, ""), format(1e16, ""), format(1.0, ".0"), format(10.0, ".1"), format(123.0, ".2"))
