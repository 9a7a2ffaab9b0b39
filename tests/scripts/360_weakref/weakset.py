# WeakSet: members vanish when they die; the set API.
import collections.abc
import gc
import weakref


class Item:
    def __init__(self, n):
        self.n = n


items = [Item(i) for i in range(5)]
s = weakref.WeakSet(items)
print(len(s), items[0] in s, Item(0) in s, 3 in s, [] in s)
del items[0]
print(len(s), sorted(i.n for i in s))
s2 = weakref.WeakSet(items[:2])
print(s2 <= s, s >= s2, s2 < s, s > s2, s == weakref.WeakSet(items), s != s2, s == set(items))
print(sorted(i.n for i in s - s2), sorted(i.n for i in s & s2))
print(sorted(i.n for i in s | s2), sorted(i.n for i in s ^ weakref.WeakSet(items[1:3])))
print(s.isdisjoint(s2), s.issubset(items), s.issuperset(items[3:]))
extra = Item(10)
s.add(extra)
s.add(extra)
print(len(s))
s.discard(extra)
s.discard(Item(11))
print(len(s))
try:
    s.remove(Item(12))
except KeyError:
    print('KeyError on remove')
s.remove(items[0])
print(len(s), sorted(i.n for i in s))
c = s.copy()
print(type(c).__name__, len(c))
s -= weakref.WeakSet(items[1:2])
print(len(s))
s |= weakref.WeakSet(items)
print(len(s))
s &= weakref.WeakSet(items[:2])
print(len(s))
popped = s.pop()
print(popped in items, len(s))
s.clear()
print(len(s))
try:
    s.pop()
except KeyError as e:
    print('KeyError', e)
try:
    s.add(1)
except TypeError as e:
    print('TypeError', e)
print(isinstance(s, collections.abc.MutableSet), weakref.WeakSet[int])

# Members in a cycle go on gc.collect(); removals during iteration are deferred.
gc.disable()
cyc = Item(99)
cyc.me = cyc
ws = weakref.WeakSet([cyc])
del cyc
print(len(ws))
gc.collect()
print(len(ws))
gc.enable()
pool = [Item(i) for i in range(4)]
ws = weakref.WeakSet(pool)
seen = 0
for x in ws:
    if seen == 0:
        pool.clear()
    seen += 1
del x
print(seen >= 1, len(ws))
