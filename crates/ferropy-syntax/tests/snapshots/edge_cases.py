@functools.lru_cache(maxsize=None)
@a.b[c](d)
@(lambda f: f)
def cached(*args: *Ts, **kw): ...
global a, b
nums = 1E5, 0XFF, 0O17, 0B11, 1_0.0_1e1_0, 0_0, 00, 1if x else 2, 0.5j, 1e-7, 123456789.0, 1e22
s = U'x' R'\d' F'{x}' fR'{x}\d' Rf'\d{x}'
sb = BR'\d' Rb'\d' rB'x'
t = 'a' \
    'b'
u = f"{'nested'!r}" f'{x:{"<"}10}' f'{a["k"]}' f"{x!r:^{w}.{p}f}" f'{ {1: 2}[1] }' f'{(lambda: 1)()}'
v = f'''{
x
+ y}'''
w = [x async for x in y if await z]
x = lambda a, b=2, *c, d, e=5, **f: (a, b, c, d, e, f)
y = a[...], a[:, 1], a[1:2:3], a[::-1], a[b, c:d, ...], a[*b]
z = {**a, 'b': 1, **c}
print(*a, *b, sep='', **c, end='')
f(a)(b)[c].d.e(*f, g=h)
i = j = k[0] = l.m = n, o = 1, 2
p, = q
[r] = s
*t, u = v
a @= b; a //= 2; a **= 2; a >>= 1; a <<= 1; a ^= 1; a |= 1; a &= 1; a %= 3
if (n := len(a)) > 10: pass
while chunk := f.read(10): pass
print(f"{x!a}", f"{x:}", f"{x!s:}", f'{x=!r:>{10}}')
del (a), [b, c], d.e
assert (x, y)
raise E(1) from exc.__cause__
import a.b.c as d, e
from .... import f
from ... import g
from .a import (b)
x = not -+~a ** -b
x = a if b else lambda: c
x = (yield from g())
x = [(yield)]
x = ()[()]
x = {*()}
x = 'é' '\u20ac' if 0 else b'\xc3'
