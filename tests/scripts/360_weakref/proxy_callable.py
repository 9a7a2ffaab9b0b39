# Proxies to callable objects are CallableProxyType.
import weakref


def func(*args, **kwargs):
    return ('func', args, kwargs)


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x):
        return x + self.n


class Klass:
    def __init__(self, v):
        self.v = v


pf = weakref.proxy(func)
print(type(pf), callable(pf))
print(pf(1, 2, k=3), pf.__name__)
ad = Adder(10)
pa = weakref.proxy(ad)
print(type(pa).__name__, pa(5), pa.n)
pk = weakref.proxy(Klass)
obj = pk(9)
print(type(pk).__name__, type(obj).__name__, obj.v, pk.__name__)
print(weakref.CallableProxyType.__name__, weakref.CallableProxyType.__module__)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))


class NotCallable:
    pass


nc = NotCallable()
pn = weakref.proxy(nc)
try:
    pn()
except TypeError as e:
    print('TypeError', type(pn).__name__ in str(e))
print(hasattr(weakref.ProxyType, '__call__'), hasattr(weakref.CallableProxyType, '__call__'))
del ad
try:
    pa(1)
except ReferenceError as e:
    print('ReferenceError', e)
try:
    hash(weakref.proxy(func))
except TypeError as e:
    print('TypeError', e)
