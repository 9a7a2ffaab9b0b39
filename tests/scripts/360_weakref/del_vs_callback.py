# Order of __del__ and weak reference callbacks.
import gc
import weakref


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('__del__', self.name)


# Freed by reference counting: __del__ runs first, then the weakref is cleared.
d = D('refcount')
r = weakref.ref(d, lambda w: print('callback refcount, referent gone:', w() is None))
del d
print('---')

# Found by the cycle collector: weak references are cleared (callbacks run) first.
gc.disable()
c = D('cycle')
c.self = c
rc = weakref.ref(c, lambda w: print('callback cycle, referent gone:', w() is None))
del c
gc.collect()
print('---')


# __del__ sees its weak references still alive when freed by refcount.
class E:
    def __del__(self):
        print('in __del__, weakref alive:', wr() is self)


e = E()
wr = weakref.ref(e)
del e
print('after:', wr())
gc.enable()
