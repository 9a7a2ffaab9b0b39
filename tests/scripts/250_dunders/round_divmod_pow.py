# __round__ with/without ndigits, __divmod__/__rdivmod__, and three-argument pow via __pow__.
class R:
    def __round__(self, n=None):
        return ("round", n)
    def __divmod__(self, o):
        return ("divmod", o)
    def __rdivmod__(self, o):
        return ("rdivmod", o)
    def __pow__(self, e, mod=None):
        return ("pow", e, mod)
    def __rpow__(self, b, mod=None):
        return ("rpow", b, mod)
r = R()
print(round(r), round(r, 2), round(r, None), divmod(r, 3), divmod(3, r))
print(r ** 2, pow(r, 2), pow(r, 2, 5), 2 ** r)
try:
    pow(2, r, 5)
except TypeError as e:
    print(type(e).__name__, e)
class NoRound: pass
try:
    round(NoRound())
except TypeError as e:
    print(type(e).__name__, e)
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(12345, -2), type(round(2.7)).__name__)
print(pow(3, 4, 5), pow(2, -1, 7), divmod(-7, 2), divmod(7.5, 2))
try:
    pow(2, 0.5, 3)
except TypeError as e:
    print(type(e).__name__, e)
