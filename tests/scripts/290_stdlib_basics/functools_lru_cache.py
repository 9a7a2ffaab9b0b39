# functools.lru_cache: hits/misses in cache_info(), maxsize eviction, cache_clear, typed.
from functools import lru_cache, cache
calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(calls, sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
@lru_cache
def no_parens(a, b=1):
    return a + b
print(no_parens(1), no_parens(1), no_parens(1, b=1), no_parens.cache_info())
@lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed.cache_info().currsize)
@cache
def c(x):
    return x
print(c(1), c(1), c.cache_info(), c.__wrapped__(5), c.cache_info().hits)
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, type(info).__name__)
try:
    sq([1])
except TypeError as e:
    print(type(e).__name__, e)
