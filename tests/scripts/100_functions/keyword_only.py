# Keyword-only parameters after * and *args, and the error messages when misused.
def f(a, *, b, c=3):
    return (a, b, c)
print(f(1, b=2), f(1, c=0, b=9))
def g(*args, sep="-"):
    return sep.join(map(str, args))
print(g(1, 2, 3), g(1, 2, sep="+"), g())
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, b=2, d=4)
except TypeError as e:
    print(type(e).__name__, e)
print(f.__kwdefaults__, f.__code__.co_kwonlyargcount)
