# __int__, __float__, __index__ and __trunc__ conversions and their error messages.
class N:
    def __int__(self): return 7
    def __float__(self): return 2.5
class OnlyIndex:
    def __index__(self): return 11
class BadInt:
    def __int__(self): return "7"
class BadFloat:
    def __float__(self): return 1
print(int(N()), float(N()), int(OnlyIndex()), float(OnlyIndex()))
print(int(True), float(False), int(-3.9), int("  12 "), float(" -1.5e3 "))
for f, v in [(int, BadInt()), (float, BadFloat()), (int, object()), (float, object()), (complex, object())]:
    try:
        print(f(v))
    except TypeError as e:
        print(type(e).__name__, e)
class C:
    def __complex__(self): return 1 + 2j
print(complex(C()), complex(N()))
