# WeakValueDictionary: entries vanish with their values.
import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'Obj(%d)' % self.n


objs = [Obj(i) for i in range(5)]
d = weakref.WeakValueDictionary()
for i, o in enumerate(objs):
    d['k%d' % i] = o
print(len(d), sorted(d), d['k2'], d.get('k9', 'missing'), 'k3' in d)
del objs[1]
print(len(d), sorted(d), 'k1' in d, d.get('k1'))
try:
    d['k1']
except KeyError as e:
    print('KeyError', e)
print(sorted(d.items(), key=lambda kv: kv[0]))
print(sorted(v.n for v in d.values()))
print(d.pop('k0'), len(d), d.pop('zz', 'default'))
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError', e)
extra = Obj(9)
print(d.setdefault('k9', extra), d.setdefault('k9', Obj(10)))
d.update({'u': extra}, v=extra)
print(sorted(d))
c = d.copy()
print(type(c).__name__, sorted(c), sorted(d | {'w': extra}), sorted({'x': extra} | d))
del d['u']
print(sorted(d), [type(r).__name__ for r in d.valuerefs()][:1])
print(sorted(r.key for r in d.itervaluerefs()))
k, v = d.popitem()
print(k in d, len(d))
del extra
print(sorted(d))

# Values in a cycle disappear on gc.collect().
gc.disable()
cyc = Obj(100)
cyc.me = cyc
d['cyc'] = cyc
del cyc
print('cyc' in d)
gc.collect()
print('cyc' in d)
gc.enable()

# Deletions while iterating are deferred until the iteration ends.
keep = [Obj(i) for i in range(4)]
wd = weakref.WeakValueDictionary({i: o for i, o in enumerate(keep)})
it = iter(wd.keys())
first = next(it)
del keep[3]
rest = sorted(it)
print(first, rest, len(wd))
try:
    weakref.WeakValueDictionary({1: 2})
except TypeError as e:
    print('TypeError', e)
