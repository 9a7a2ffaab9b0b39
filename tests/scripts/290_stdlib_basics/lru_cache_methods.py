# lru_cache on methods and with keyword arguments; the cache key includes self and kwarg order.
from functools import lru_cache
class Calc:
    def __init__(self, base):
        self.base = base
    def __hash__(self):
        return hash(self.base)
    def __eq__(self, o):
        return self.base == o.base
    @lru_cache(maxsize=None)
    def add(self, x):
        print("computing", self.base, x)
        return self.base + x
a, b, a2 = Calc(1), Calc(2), Calc(1)
print(a.add(10), a.add(10), b.add(10), a2.add(10))
print(Calc.add.cache_info())
@lru_cache(maxsize=None)
def kw(a=0, b=0):
    return a - b
print(kw(a=1, b=2), kw(b=2, a=1), kw(1, 2), kw.cache_info())
print(kw.__name__, kw.__wrapped__(5, 1), type(kw.cache_parameters()).__name__, kw.cache_parameters())
