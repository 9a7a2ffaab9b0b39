# divmod and pow builtins, including 3-argument pow and float/int mixing.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-1, 3))
print(pow(2, 8), pow(2, -1), pow(2.0, 3), pow(-8, 1 / 3) == (-8) ** (1 / 3), pow(0, 0))
print(pow(7, 128, 13), pow(2, 10 ** 6, 1000), pow(5, -1, 11), pow(-2, 5, 7))
print(pow(base=3, exp=4), pow(3, 4, mod=5))
try:
    pow(2, 3, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod("a", 2)
except TypeError as e:
    print(type(e).__name__, e)
