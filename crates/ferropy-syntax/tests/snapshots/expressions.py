a = 1 + 2 - 3 * 4 / 5 // 6 % 7 @ m ** 2 ** 3
b = -a + +a - ~a
c = a << 1 >> 2 & 3 | 4 ^ 5
d = a if b else c if d else e
e = not a or b and not c
f = a < b > c == d >= e <= f != g in h not in i is j is not k
g = (1,)
h = ()
i = [1, [2, [3]]]
j = x[1:2], x[:], x[::], x[1:], x[:2], x[::2], x[a, b:c], x[(a, b)]
k = x.y.z(1)(2)[3].w
l = 'single' "double" '''triple''' """triple double"""
m = b'bytes' rb'raw\n' Rb"\x00" B'\x41\101\n'
n = r'raw\n' u'unicode' 'esc\t\n\x41\u00e9\U0001F600\101\\\''
o = f'{a}' f"{b!s}" f'{c!a:10}' f'{{literal}}' 'plain' f'{d:{e}.{f}}'
p = f"{x=}" f"{x = !s}" f"{x=:>10}" f'{"nested"}' f"{3.14:.2f}"
q = 1_000_000 + 0xDEAD_beef + 0o777 + 0b1010 + 1e10 + 1.5E-3 + 3.j + 10J + 0.0 + 00
r = {'a': 1, 'b': 2, **other}
s = {*a, *b}
t = [*a, *b]
u = (*a, *b)
v = x if (y := f(x)) else z
w = [y := 1, y ** 2]
print(a, b, *c, d=1, **e)
print(*args, sep='')
fn(a)(b)(c)
obj.attr = 1
obj[key] = 2
a.b.c, d[e], *f = g
[a, b] = c
(a, b) = c
a = b = c = d
x: int
y: 'str' = 'y'
(z): int = 3
obj.field: float = 1.0
del a, b.c, d[e], (f, g), [h]
assert isinstance(x, int), f"bad {x!r}"
raise
lambda: (yield)
big = 123456789012345678901234567890123456789
floats = 1e308, 1e-308, 5e-324, 1.7976931348623157e308, 0.1, 100.0, 1e16, 1e15
notes = None
...
