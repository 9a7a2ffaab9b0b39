# Hashing and comparing weak references, alive and dead.
import weakref


class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, P) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


a = P(1)
b = P(1)
c = P(2)
ra, rb, rc = weakref.ref(a), weakref.ref(b), weakref.ref(c)
print(ra == rb, ra != rb, ra == rc, ra is rb)
print(hash(ra) == hash(a), hash(ra) == hash(rb))
print(ra == a, (ra == 1), ra.__eq__(1))
d = {ra: 'a'}
print(d[rb], rc in d)

# Once dead, a reference is only equal to itself; a hash computed earlier is kept.
h = hash(ra)
del a
print(ra() is None, ra == rb, ra == ra, ra != rb)
print(hash(ra) == h)
del c
try:
    hash(rc)
except TypeError as e:
    print('TypeError', e)
del b
print(ra == rb, rb == rb)


class Unhashable:
    __hash__ = None


u = Unhashable()
ru = weakref.ref(u)
try:
    hash(ru)
except TypeError as e:
    print('TypeError', e)
