# collections.deque's whole API, its error messages and its corner cases (CPython's
# deque is C; ferropy's is native too).
from collections import deque
import copy
import gc


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque(range(5))
t("init", lambda: d)
t("maxlen str", lambda: deque([1], maxlen='a'))
t("maxlen neg", lambda: deque([1], maxlen=-1))
t("too many", lambda: deque([1], 2, 3))
t("bad kw", lambda: deque(foo=1))
t("kw", lambda: deque(iterable=[1, 2], maxlen=1))
t("both", lambda: deque([1], iterable=[2]))
t("not iterable", lambda: deque(1))
t("reinit", lambda: (d.__init__([7, 8]), d)[1])
t("maxlen attr", lambda: (deque().maxlen, deque([], 4).maxlen))
t("maxlen set", lambda: setattr(deque(), 'maxlen', 3))
t("maxlen descr", lambda: deque.maxlen)

d = deque()
d.append(1)
d.appendleft(0)
d.extend([2, 3])
d.extendleft([-1, -2])
t("ends", lambda: d)
t("pop", lambda: (d.pop(), d.popleft(), d))
t("pop empty", lambda: deque().pop())
t("popleft empty", lambda: deque().popleft())
t("append args", lambda: deque().append())
t("pop args", lambda: deque().pop(1))
t("unbound", lambda: deque.append())
t("foreign", lambda: deque.append(1, 2))
t("len foreign", lambda: deque.__len__(1))

b = deque(maxlen=3)
for i in range(6):
    b.append(i)
t("bounded", lambda: b)
b.appendleft(-1)
t("bounded left", lambda: b)
b.extend(range(10, 20))
t("bounded extend", lambda: b)
b.extendleft('ab')
t("bounded extendleft", lambda: b)
z = deque(maxlen=0)
z.append(1)
z.extend(iter([1, 2, 3]))
t("maxlen 0", lambda: (z, len(z)))
t("insert full", lambda: b.insert(0, 'x'))

d = deque('abcdefg')
d.rotate(2)
t("rotate 2", lambda: d)
d.rotate(-3)
t("rotate -3", lambda: d)
d.rotate(100)
t("rotate 100", lambda: d)
d.rotate()
t("rotate default", lambda: d)
t("rotate str", lambda: d.rotate('a'))
d.reverse()
t("reverse", lambda: d)

d = deque([1, 2, 3, 2, 1])
t("count", lambda: d.count(2))
t("index", lambda: (d.index(2), d.index(2, 2), d.index(1, -2), d.index(3, 0, 3)))
t("index missing", lambda: d.index(9))
t("index range", lambda: d.index(1, 1, 4))
t("index big", lambda: d.index(1, -10**30, 10**30))
t("contains", lambda: (3 in d, 9 in d))
d.insert(1, 'x')
d.insert(-1, 'y')
d.insert(100, 'end')
d.insert(-100, 'start')
t("insert", lambda: d)
t("insert str", lambda: d.insert('a', 1))
d.remove('x')
t("remove", lambda: d)
t("remove missing", lambda: d.remove('zz'))

d = deque(range(6))
t("getitem", lambda: (d[0], d[-1], d[3], d[-6]))
t("getitem range", lambda: d[6])
t("getitem neg range", lambda: d[-7])
t("getitem slice", lambda: d[1:2])
t("getitem str", lambda: d['a'])
d[1] = 'one'
d[-1] = 'last'
del d[2]
del d[-2]
t("set/del", lambda: d)
t("del range", lambda: d.__delitem__(10))


class Idx:
    def __index__(self):
        return 1


t("index dunder", lambda: d[Idx()])

d = deque([1, 2, 3])
t("iter", lambda: list(d))
t("reversed", lambda: list(reversed(d)))
it = iter(d)
t("hint", lambda: (it.__length_hint__(), next(it), it.__length_hint__()))
d.append(4)
t("mutated next", lambda: next(it))
t("mutated next again", lambda: next(it))
it = iter(deque([1, 2]))
t("iter types", lambda: (type(it).__name__, type(it).__module__, type(reversed(deque())).__name__))
t("iter reduce", lambda: iter(deque([5, 6])).__reduce__()[1])
for x in d:
    pass
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("grow in loop:", e)


class Eq:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.append(0)
        return False


m = deque([1, 2, 3])
t("count mutating", lambda: m.count(Eq(m)))
m = deque([1, 2, 3])
t("contains mutating", lambda: Eq(m) in m)
m = deque([1, 2, 3])
t("index mutating", lambda: m.index(Eq(m)))

d = deque([1, 2])
d.append(d)
t("recursive repr", lambda: d)
t("repr bounded", lambda: deque('ab', maxlen=5))

a, b2 = deque([1, 2]), deque([1, 3])
t("compare", lambda: (a < b2, a <= b2, a == b2, a != b2, a > b2, a >= b2))
t("eq list", lambda: deque([1]) == [1])
t("lt list", lambda: deque([1]) < [2])
t("hash", lambda: hash(deque()))
t("add", lambda: deque([1]) + deque([2, 3]))
t("add bounded", lambda: deque([1, 2], maxlen=2) + deque([3]))
t("add list", lambda: deque([1]) + [1])
x = deque([1])
x += [2, 3]
t("iadd", lambda: x)
x += x
t("iadd self", lambda: x)
x.extend(x)
t("extend self", lambda: x)
t("mul", lambda: (deque([1, 2]) * 3, 2 * deque('a'), deque([1]) * 0, deque([1]) * -2))
t("mul bounded", lambda: deque([1, 2, 3], maxlen=4) * 3)
t("mul str", lambda: deque([1]) * 'a')
y = deque([1, 2], maxlen=5)
y *= 4
t("imul", lambda: y)
t("class getitem", lambda: deque[int])

d = deque([1, [2]], maxlen=7)
c = d.copy()
c2 = copy.copy(d)
c3 = copy.deepcopy(d)
d[1].append(3)
t("copies", lambda: (c, c2, c3, c.maxlen, c3.maxlen))
t("reduce", lambda: deque([1], 3).__reduce__()[:3])
t("reduce unbounded", lambda: deque([1]).__reduce__()[:3])


class MyDeque(deque):
    def __init__(self, *args, tag='t', **kw):
        super().__init__(*args, **kw)
        self.tag = tag

    def append(self, x):
        super().append(x * 10)


md = MyDeque([1, 2], maxlen=4, tag='mine')
md.append(3)
t("subclass", lambda: (md, md.tag, type(md.copy()).__name__, md.copy()))
t("subclass add", lambda: type(md + deque([9])).__name__)
t("subclass reduce", lambda: md.__reduce__()[:3])
t("subclass isinstance", lambda: (isinstance(md, deque), MyDeque.__mro__))
t("truth", lambda: (bool(deque()), bool(deque([0])), len(deque('abc'))))
t("type", lambda: (deque.__name__, deque.__module__, deque.__qualname__, type(deque()).__name__))
t("dir", lambda: [n for n in dir(deque) if not n.startswith('__')])
t("doc", lambda: deque.__doc__.splitlines()[0])

# A cycle through a deque is collected.
gc.collect()
class Node:
    pass


n = Node()
n.q = deque([n])
del n
print("collected", gc.collect() >= 2)

# Queue-style use.
q = deque()
for i in range(1000):
    q.append(i)
total = 0
while q:
    total += q.popleft()
print("drained", total, len(q))

# Repeat counts and sizes at the edges.
class Times:
    def __index__(self):
        return 2


class RMul:
    def __rmul__(self, other):
        return 'rmul'


t("x mul idx", lambda: deque([1]) * Times())
t("x mul rmul", lambda: deque([1]) * RMul())
t("x mul huge", lambda: deque([1]) * 10**20)
t("x mul huge neg", lambda: deque([1]) * -10**20)
t("x mul bounded huge", lambda: len(deque([1, 2], maxlen=3) * (10**6)))
t("x mul empty huge", lambda: deque() * 10**18)
t("x rotate huge", lambda: deque([1,2,3]).rotate(10**20))
t("x insert huge", lambda: deque([1,2,3]).insert(10**20, 1))
t("x getitem huge", lambda: deque([1])[10**20])
t("x maxlen huge", lambda: deque([], maxlen=10**20))
t("x maxlen float", lambda: deque([], maxlen=1.5))
t("x maxlen bool", lambda: deque([1,2], maxlen=True))
d = deque([3, 1, 2])
t("x sorted", lambda: sorted(d))
t("x list", lambda: list(d) + [len(d)])
t("x eq other subclass", lambda: deque([1]) == type('D', (deque,), {})([1]))
t("x index kw", lambda: deque([1]).index(1, start=0))
t("x remove kw", lambda: deque([1]).remove(value=1))
