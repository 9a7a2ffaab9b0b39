# getweakrefcount / getweakrefs.
import weakref


class A:
    pass


def cb(w):
    pass


a = A()
print(weakref.getweakrefcount(a), weakref.getweakrefs(a))
r1 = weakref.ref(a)
print(weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r1], weakref.getweakrefs(a)[0] is r1)
r2 = weakref.ref(a, cb)
print(weakref.getweakrefcount(a), sorted(map(id, weakref.getweakrefs(a))) == sorted([id(r1), id(r2)]))
p = weakref.proxy(a)
print(weakref.getweakrefcount(a), any(x is p for x in weakref.getweakrefs(a)))
del r2
print(weakref.getweakrefcount(a))
del p
print(weakref.getweakrefcount(a))
del a
print(weakref.getweakrefcount(r1), r1())
for obj in [1, 'x', None, [], {}]:
    print(type(obj).__name__, weakref.getweakrefcount(obj), weakref.getweakrefs(obj))
