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

# Order: the shared plain reference, the shared proxy, then the others newest first.
b = A()
old_cb = weakref.ref(b, cb)
new_cb = weakref.ref(b, cb)
plain = weakref.ref(b)
shared_proxy = weakref.proxy(b)
cb_proxy = weakref.proxy(b, cb)
names = {id(plain): 'plain', id(old_cb): 'old_cb', id(new_cb): 'new_cb',
         id(shared_proxy): 'shared_proxy', id(cb_proxy): 'cb_proxy'}
print([names[id(w)] for w in weakref.getweakrefs(b)])
print(weakref.getweakrefcount(b))
