# int methods and attributes: bit_length, to_bytes, from_bytes, as_integer_ratio, conjugate.
print((10).bit_length(), (-10).bit_length(), (2 ** 64).bit_length())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"\xff" * 10, "big"))
print((5).as_integer_ratio(), (5).conjugate(), (5).real, (5).imag)
print((7).numerator, (7).denominator)
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
print(int.__name__, (3).__class__.__name__)
print((3).__add__(4), (3).__mul__(2.0), (3).__radd__(1))
print((-3).__abs__(), (3).__neg__(), (3).__pos__(), (3).__invert__())
