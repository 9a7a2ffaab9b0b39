# Operators through a proxy, including reflected and in-place forms.
import weakref


class V:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'V(%r)' % self.v

    def _val(self, o):
        return o.v if isinstance(o, V) else o

    def __add__(self, o): return V(self.v + self._val(o))
    def __radd__(self, o): return V(self._val(o) + self.v)
    def __sub__(self, o): return V(self.v - self._val(o))
    def __rsub__(self, o): return V(self._val(o) - self.v)
    def __mul__(self, o): return V(self.v * self._val(o))
    def __rmul__(self, o): return V(self._val(o) * self.v)
    def __truediv__(self, o): return V(self.v / self._val(o))
    def __floordiv__(self, o): return V(self.v // self._val(o))
    def __rfloordiv__(self, o): return V(self._val(o) // self.v)
    def __mod__(self, o): return V(self.v % self._val(o))
    def __divmod__(self, o): return divmod(self.v, self._val(o))
    def __rdivmod__(self, o): return divmod(self._val(o), self.v)
    def __pow__(self, o, m=None): return V(pow(self.v, self._val(o), m))
    def __rpow__(self, o): return V(self._val(o) ** self.v)
    def __lshift__(self, o): return V(self.v << self._val(o))
    def __rshift__(self, o): return V(self.v >> self._val(o))
    def __and__(self, o): return V(self.v & self._val(o))
    def __or__(self, o): return V(self.v | self._val(o))
    def __xor__(self, o): return V(self.v ^ self._val(o))
    def __rand__(self, o): return V(self._val(o) & self.v)
    def __matmul__(self, o): return 'matmul'
    def __rmatmul__(self, o): return 'rmatmul'
    def __neg__(self): return V(-self.v)
    def __pos__(self): return V(+self.v)
    def __abs__(self): return V(abs(self.v))
    def __invert__(self): return V(~self.v)
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __index__(self): return int(self.v)
    def __iadd__(self, o):
        self.v += self._val(o)
        return self
    def __eq__(self, o): return self.v == self._val(o)
    def __lt__(self, o): return self.v < self._val(o)
    def __le__(self, o): return self.v <= self._val(o)
    def __gt__(self, o): return self.v > self._val(o)
    def __ge__(self, o): return self.v >= self._val(o)
    __hash__ = object.__hash__


a = V(7)
b = V(2)
p = weakref.proxy(a)
q = weakref.proxy(b)
print(p + 1, 1 + p, p + q, p - 1, 10 - p, p * 3, 3 * p, p / 2, p // 2, 20 // p)
print(p % 4, divmod(p, 2), divmod(15, p), p ** 2, 2 ** p, pow(p, 2, 5))
print(p << 1, p >> 1, p & 3, p | 8, p ^ 1, 6 & p, p @ 1, 1 @ p)
print(-p, +p, abs(V(-3)), ~p, int(p), float(p), [0, 1, 2, 3, 4, 5, 6, 7, 8][p])
print(p == 7, p != 7, 7 == p, p == q, p < q, p > q, q <= p, p >= 8, 3 < p, 3 > p)
print([x.v for x in sorted([p, q, V(5)])])
print(hex(p), bin(q), range(10)[q])

# In-place operators rebind the name to what the referent's operator returns.
r = p
r += 5
print(r is a, a.v, type(p).__name__, p.v)
s = q
s -= 1
print(type(s).__name__, s, b.v)

# Unsupported operations report the referent's type.
class Plain:
    pass


pl = Plain()
pp = weakref.proxy(pl)
for expr in ['pp + 1', '1 + pp', 'pp < 1', '-pp', 'pp * pp']:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', e)
print(pp == pp, pp != pp, pp == pl)
del a
try:
    q + p
except ReferenceError as e:
    print('ReferenceError', e)
try:
    p == 1
except ReferenceError as e:
    print('ReferenceError', e)
