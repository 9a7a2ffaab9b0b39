# weakref.ref: calling, liveness, __callback__, subclassing, generic alias.
import weakref


class A:
    pass


a = A()
r = weakref.ref(a)
print(type(r).__name__, r() is a, r.__callback__)
print(weakref.ref is weakref.ReferenceType, type(r) is weakref.ReferenceType)
del a
print(r(), r() is None)


def cb(w):
    pass


b = A()
r2 = weakref.ref(b, cb)
print(r2.__callback__ is cb)
del b
print(r2(), r2.__callback__)

# Weak references to the kinds of objects that support them.
def func():
    pass


class K:
    def m(self):
        pass


k = K()
for obj in [func, K, {1, 2}, frozenset({3}), (x for x in ()), k.m, func.__code__, weakref]:
    w = weakref.ref(obj)
    print(type(obj).__name__, w() is obj)


# Subclasses can carry extra state.
class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)
        self.tag = tag

    def __new__(cls, ob, callback=None, tag=None):
        return super().__new__(cls, ob, callback)


c = A()
m = MyRef(c, None, 'tagged')
print(type(m).__name__, m.tag, m() is c, isinstance(m, weakref.ref))
print(m is not weakref.ref(c))
print(weakref.ref[int].__origin__ is weakref.ref, weakref.ref[int].__args__)
