# Container protocols through proxies: len, iteration, membership, items, bool, str.
import weakref


class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, x):
        return x in self.items

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __str__(self):
        return 'Bag of %d' % len(self.items)

    def __reversed__(self):
        return reversed(self.items)


b = Bag(1, 2, 3)
p = weakref.proxy(b)
print(len(p), list(p), 2 in p, 9 in p, p[0], p[-1], p[0:2], str(p), bool(p))
p[0] = 'one'
del p[1]
print(b.items, list(reversed(p)), f'{p}', '%s' % p)
empty = Bag()
print(bool(weakref.proxy(empty)), len(weakref.proxy(empty)))

# Builtin containers that support weak references: set and frozenset.
s = {1, 2, 3}
ps = weakref.proxy(s)
print(len(ps), 2 in ps, sorted(ps), ps | {4}, {0} | ps, ps == {1, 2, 3}, ps.issubset({1, 2, 3, 4}))
ps.add(5)
print(sorted(s))


# A subclass of list.
class L(list):
    pass


lst = L([3, 1, 2])
pl = weakref.proxy(lst)
pl.sort()
pl.append(4)
print(lst, pl[1], pl + [5], [0] + pl, pl * 2, len(pl), pl == [1, 2, 3, 4])
pl[0] = 100
print(lst)


# An iterator referent: next() and iter() pass through.
class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


c = Counter(3)
pc = weakref.proxy(c)
print(next(pc), iter(pc) is c, list(pc), next(pc, 'done'))

del b
for expr in ['len(p)', 'list(p)', '1 in p', 'p[0]', 'str(p)']:
    try:
        eval(expr)
    except ReferenceError as e:
        print(expr, '->', e)
try:
    p[0] = 1
except ReferenceError as e:
    print('setitem ->', e)
try:
    del p[0]
except ReferenceError as e:
    print('delitem ->', e)
