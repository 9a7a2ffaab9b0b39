# Callbacks: called with the (now dead) reference, newest reference first.
import weakref


class A:
    def __init__(self, name):
        self.name = name


log = []


def make_cb(label):
    def cb(w):
        log.append((label, w() is None))
    return cb


a = A('a')
r1 = weakref.ref(a, make_cb('first'))
r2 = weakref.ref(a, make_cb('second'))
r3 = weakref.ref(a, make_cb('third'))
del a
print(log)

# The callback receives the weak reference object itself.
seen = []
b = A('b')
rb = weakref.ref(b, seen.append)
del b
print(len(seen), seen[0] is rb, seen[0]())

# A reference that dies before its referent never calls back.
c = A('c')
rc = weakref.ref(c, lambda w: print('should not be called'))
del rc
del c
print('no callback for a dead reference')

# A callback may create new objects and references.
holder = []


def resurrect_cb(w):
    n = A('new')
    holder.append(weakref.ref(n))
    print('callback ran, new ref alive:', holder[-1]() is not None)


d = A('d')
rd = weakref.ref(d, resurrect_cb)
del d
print('new ref dead afterwards:', holder[0]() is None)

# An exception in one callback does not stop the others (it is reported on stderr).
order = []
e = A('e')
re1 = weakref.ref(e, lambda w: order.append('ok 1'))


def bad(w):
    order.append('bad')
    raise ValueError('boom')


re2 = weakref.ref(e, bad)
re3 = weakref.ref(e, lambda w: order.append('ok 3'))
del e
print(order)
