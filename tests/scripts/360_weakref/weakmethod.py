# WeakMethod keeps a bound method alive only as long as its object and function.
import weakref


class C:
    def __init__(self, n):
        self.n = n

    def get(self):
        return 'get %d' % self.n

    @classmethod
    def cm(cls):
        return 'classmethod of ' + cls.__name__


c = C(1)
calls = []
wm = weakref.WeakMethod(c.get, lambda w: calls.append(type(w).__name__))
m = wm()
print(m(), m == c.get, m.__self__ is c, type(m).__name__)
del m
print(isinstance(wm, weakref.ref), type(wm).__mro__[1].__name__)
wm2 = weakref.WeakMethod(c.get)
print(wm == wm2, wm != wm2, hash(wm) == hash(wm2), wm is wm2)
# A plain ref to a bound method dies at once; a WeakMethod does not.
print(weakref.ref(c.get)() is None, wm() is not None)
wc = weakref.WeakMethod(C.cm)
print(wc()())
for bad in [len, C.get, 1]:
    try:
        weakref.WeakMethod(bad)
    except TypeError as e:
        print('TypeError', e)
del c
print(wm(), calls, wm == wm2, wm == wm, wm != wm2)
print(wm2(), calls)


# The function dying also kills the WeakMethod.
class D:
    pass


def f(self):
    return 'f'


D.f = f
d = D()
wf = weakref.WeakMethod(d.f, lambda w: print('function gone'))
print(wf()())
del D.f, f
print(wf())
