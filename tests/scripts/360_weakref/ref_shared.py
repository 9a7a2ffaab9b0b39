# Plain references without callback are shared; others are not.
import weakref


class A:
    pass


def cb(w):
    pass


a = A()
r1 = weakref.ref(a)
r2 = weakref.ref(a)
r3 = weakref.ref(a, None)
print(r1 is r2, r1 is r3)
r4 = weakref.ref(a, cb)
r5 = weakref.ref(a, cb)
print(r4 is r1, r4 is r5)


class Sub(weakref.ref):
    pass


s1 = Sub(a)
s2 = Sub(a)
print(s1 is s2, s1 is r1)
print(weakref.getweakrefcount(a))
del r1, r2, r3
r6 = weakref.ref(a)
print(weakref.getweakrefcount(a), r6() is a)
