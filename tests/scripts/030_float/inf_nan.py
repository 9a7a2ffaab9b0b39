# Infinities and NaN: creation, arithmetic, comparisons, repr.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, float("-inf"), float("Infinity"), float("-NaN"), float("  inf  "))
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1)
print(1 / inf, -1 / inf, inf > 1e308, -inf < -1e308)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(inf == inf, inf == -inf)
print(1e308 * 10, -1e308 * 10)
print([nan] == [nan], nan in [nan])
x = float("nan")
print(x == x, x != x)
print(repr(inf), str(nan), type(inf).__name__)
print(max(1.0, inf), min(-inf, 0))
print(inf // 1, inf % 2 != inf % 2)
try:
    int(inf)
except OverflowError as e:
    print(type(e).__name__, e)
