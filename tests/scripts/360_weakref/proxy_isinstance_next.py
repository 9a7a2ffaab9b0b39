# isinstance() looks at a proxy's forwarded __class__ (CPython object_isinstance falls
# back to obj.__class__); next() on a proxy uses its type's __next__ slot.
import weakref


class A:
    pass


class B(A):
    pass


b = B()
p = weakref.proxy(b)
print(type(p).__name__, p.__class__.__name__)
print(isinstance(p, B), isinstance(p, A), isinstance(p, (int, A)), isinstance(p, int))
print(isinstance(p, weakref.ProxyType), issubclass(type(p), A))
try:
    next(p)
except TypeError as e:
    print('TypeError', e)
