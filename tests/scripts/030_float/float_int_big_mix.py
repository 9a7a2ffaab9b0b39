# Mixed big-int/float arithmetic and comparisons without overflow surprises.
big = 10 ** 20
print(big + 0.5, big * 1.0, big / 3, big // 3.0, big % 7.0)
print(float(big) == big, float(big + 1) == big + 1)
print(2 ** 64 * 0.5, 0.5 * 2 ** 64)
print(10 ** 300 * 1e-300, 1e300 * 10 ** 8)
try:
    print(10 ** 400 * 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10 ** 400 + 0.5)
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 > 1e308, 10 ** 400 == float("inf"), -(10 ** 400) < float("-inf"))
print(round(big / 7, 3), int(big / 7))
print((2 ** 53 + 1) * 1.0 == 2 ** 53)
