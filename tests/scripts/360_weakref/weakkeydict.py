# WeakKeyDictionary: entries vanish with their keys.
import gc
import weakref


class Key:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Key(%s)' % self.name


keys = [Key(c) for c in 'abcd']
d = weakref.WeakKeyDictionary()
for i, k in enumerate(keys):
    d[k] = i
print(len(d), d[keys[1]], keys[2] in d, Key('x') in d, 5 in d, d.get(keys[3]), d.get(Key('y'), 'no'))
del keys[0]
print(len(d), sorted(d.values()), sorted(k.name for k in d))
print(sorted((k.name, v) for k, v in d.items()))
print(d.pop(keys[0]), len(d), d.pop(Key('z'), 'default'))
print(d.setdefault(keys[1], 'dflt'), d.setdefault(keys[-1], 'unused'))
d.update({keys[1]: 'updated'})
print(d[keys[1]], len(d.keyrefs()))
c = d.copy()
print(type(c).__name__, len(c))
del d[keys[1]]
print(len(d))
try:
    d[Key('gone')]
except KeyError as e:
    print('KeyError')
try:
    d[1] = 2
except TypeError as e:
    print('TypeError', e)

# Equal keys: lookup goes through the referent's __eq__/__hash__.
class Name:
    def __init__(self, s):
        self.s = s

    def __eq__(self, other):
        return isinstance(other, Name) and other.s == self.s

    def __hash__(self):
        return hash(self.s)


n1 = Name('n')
n2 = Name('n')
wk = weakref.WeakKeyDictionary()
wk[n1] = 'first'
print(wk[n2], n2 in wk, len(wk))
del n1
print(len(wk), n2 in wk)

# Keys in a cycle are removed on gc.collect(); removal during iteration is deferred.
gc.disable()
k = Key('cycle')
k.me = k
wk[k] = 'c'
del k
print(len(wk))
gc.collect()
print(len(wk))
gc.enable()
ks = [Key(str(i)) for i in range(3)]
wk2 = weakref.WeakKeyDictionary(dict.fromkeys(ks, 0))
it = iter(wk2)
first = next(it)
del ks[2]
print(len(wk2), len(list(it)) + 1 <= 3)
del first, it
print(len(wk2))
