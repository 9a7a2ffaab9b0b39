import os, sys as system
from . import x
from ..a.b import (c as d, e)
print("hello", 1 + 2 * 3, sep='')
x = y = [1, 2, *z]
a, *b = c
def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:
    """doc"""
    global g
    return a if b else c
async def g():
    await x
    async for i in y:
        yield i
    async with a as b, c:
        pass
class C(B, metaclass=M):
    x: int = 1
    @property
    def p(self): return self._p
lambda: 0
lambda x, *y, z=1, **k: x
d = {1: 2, **e}
s = {1, 2}
[x for x in y if x if z for w in x]
{k: v for k, v in d.items()}
(x for x in y)
f(x for x in y)
a[1:2, ::3, ...]
a[1]
del a[0], b.c
try:
    pass
except (A, B) as e:
    raise X from e
except C:
    pass
else:
    pass
finally:
    pass
while x:
    break
else:
    continue
if a: pass
elif b: pass
else: pass
with (open(a) as f, open(b) as g):
    pass
x += 1
assert x, "m"
nonlocal_ = not a and b or c
t = 1 < 2 <= 3 != 4 is not 5 not in 6
u = -x ** -y
v = 'a' 'b' "c"
w = f"a{b!r:>{c}}d{e=}" 'z'
n = 0x_ff + 0o17 + 0b101 + 1_000 + 1.5e3 + 2j + .5
(y := 10)
print(*a, **k)
match = 1
