# functools.partial: positional/keyword freezing, overriding keywords, attributes and nesting.
from functools import partial
def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=10)
two_to = partial(power, 2)
print(square(5), cube_mod(7), two_to(8), square(3, exp=3))
print(square.func is power, square.args, square.keywords, two_to.args)
nested = partial(partial(power, 3), mod=5)
print(nested(4), nested.func is power, nested.args, nested.keywords)
print(repr(partial(max, 1, key=abs)).replace(repr(max), "max"))
try:
    partial()
except TypeError as e:
    print(type(e).__name__, e)
try:
    partial(5)
except TypeError as e:
    print(type(e).__name__, e)
p = partial(print, "prefix:", sep="|")
p("a", "b")
class C:
    def m(self, x, y):
        return (x, y)
    pm = partial(m, y="fixed")
print(C().m(1, 2), C.pm(C(), 1))
