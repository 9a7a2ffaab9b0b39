# Left and right shifts, including negatives and big shifts.
print(1 << 0, 1 << 1, 1 << 10, 1 << 64, 1 << 100)
print(1024 >> 3, 1 >> 1, 1 >> 100)
print(-1 >> 1, -1 >> 100, -8 >> 1, -9 >> 1)
print(-1 << 3, -5 << 70)
print((1 << 100) >> 99)
print((2 ** 70 + 12345) >> 64)
print(-(2 ** 70) >> 3)
x = 0
x |= 1 << 5
x |= 1 << 65
print(x, x >> 65, (x >> 5) & 1)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
print(True << 3, False >> 1)
