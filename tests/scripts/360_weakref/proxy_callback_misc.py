# Proxy callbacks, sharing, hashing, construction errors.
import weakref


class A:
    pass


got = []
a = A()
p1 = weakref.proxy(a)
p2 = weakref.proxy(a)
p3 = weakref.proxy(a, got.append)
p4 = weakref.proxy(a, None)
print(p1 is p2, p1 is p3, p1 is p4)
print(weakref.getweakrefcount(a))
refs = weakref.getweakrefs(a)
print(len(refs), p1 in [r for r in refs if r is p1], any(r is p3 for r in refs))
try:
    hash(p1)
except TypeError as e:
    print('TypeError', e)
try:
    {p1: 1}
except TypeError as e:
    print('TypeError', e)
del a
print(len(got), got[0] is p3)
try:
    got[0].anything
except ReferenceError as e:
    print('ReferenceError', e)
for t in (weakref.ProxyType, weakref.CallableProxyType):
    try:
        t(1)
    except TypeError as e:
        print('TypeError', e)
for bad in [1, 'str', [1], {}, (1,), None]:
    try:
        weakref.proxy(bad)
    except TypeError as e:
        print('TypeError', e)
print(weakref.ProxyType.__hash__ is not object.__hash__)
for args in [(), (A(), None, 3)]:
    try:
        weakref.proxy(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    weakref.proxy(A(), callback=None)
except TypeError as e:
    print('TypeError', e)
for t in weakref.ProxyTypes:
    try:
        class Sub(t):
            pass
    except TypeError as e:
        print('TypeError', e)
