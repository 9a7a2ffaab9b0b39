# Bitwise and/or/xor/invert on positive, negative and big ints.
print(12 & 10, 12 | 10, 12 ^ 10, ~12)
print(-12 & 10, -12 | 10, -12 ^ 10, ~-12)
print(-1 & 255, -256 & 255, -1 ^ 0)
big = 2 ** 80 + 2 ** 3
print(big & 0xFF, big | 1, big ^ big, big & -big)
print(~(2 ** 70), -(2 ** 70) & (2 ** 71 - 1))
print((-(2 ** 64)) | 5, (-(2 ** 64)) ^ -1)
print(0b1100 & 0b1010 == 0b1000)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(5 & True, type(5 & True).__name__)
print(~True, ~False)
print((255).bit_count(), (-7).bit_count(), (2 ** 100 - 1).bit_count())
try:
    1 & 1.0
except TypeError as e:
    print(type(e).__name__, e)
