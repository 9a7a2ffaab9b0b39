# float.is_integer, as_integer_ratio, hex/fromhex, conjugate, real/imag.
for x in [1.0, 1.5, -2.0, 0.0, 1e20, 1e-20, float("inf"), float("nan")]:
    print(x, x.is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.75).as_integer_ratio())
print((1.0).hex(), (0.1).hex(), (-0.5).hex(), (0.0).hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x1.999999999999ap-4"))
print((3.5).conjugate(), (3.5).real, (3.5).imag)
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print(type(e).__name__, e)
