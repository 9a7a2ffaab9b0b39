# The weakref module's public names.
import weakref
import _weakref
import _weakrefset

print(sorted(weakref.__all__))
for name in weakref.__all__:
    assert hasattr(weakref, name), name
print(weakref.ref is _weakref.ref, weakref.proxy is _weakref.proxy)
print(weakref.WeakSet is _weakrefset.WeakSet)
print(weakref.ProxyTypes)
print(weakref.ReferenceType, weakref.ProxyType, weakref.CallableProxyType)
print(weakref.KeyedRef.__mro__[1] is weakref.ref, weakref.WeakMethod.__mro__[1] is weakref.ref)
print(weakref.WeakValueDictionary.__mro__[1].__name__, weakref.WeakKeyDictionary.__mro__[1].__name__)


class A:
    pass


a = A()
k = weakref.KeyedRef(a, None, 'the key')
print(k.key, k() is a, type(k).__name__)
print(issubclass(weakref.WeakSet, __import__('collections.abc').abc.MutableSet))
print(weakref.finalize.__name__, weakref.WeakMethod.__slots__)
