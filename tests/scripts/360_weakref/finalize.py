# weakref.finalize: called once, alive, detach, peek, atexit flag.
import gc
import weakref


class Res:
    def __init__(self, name):
        self.name = name


def cleanup(*args, **kwargs):
    print('cleanup', args, kwargs)
    return 'result'


r = Res('r')
fin = weakref.finalize(r, cleanup, 1, 2, key='v')
obj, func, args, kwargs = fin.peek()
print(fin.alive, obj is r, func is cleanup, args, kwargs, fin.atexit)
fin.atexit = False
print(fin.atexit)
fin.atexit = True
print(fin(), fin.alive, fin(), fin.peek(), fin.detach(), fin.atexit)
del r
print('deleting r called nothing more')

# Finalizer fires when the object dies.
s = Res('s')
f2 = weakref.finalize(s, cleanup, 's')
print(f2.alive)
del s
print(f2.alive, f2(), f2.atexit)

# detach() returns the state and kills the finalizer without calling it.
t = Res('t')
f3 = weakref.finalize(t, cleanup, 't')
obj, func, args, kwargs = f3.detach()
print(obj is t, func is cleanup, args, kwargs, f3.alive, f3.detach())
del t, obj
print('no cleanup for detached')

# In a cycle: called by gc.collect().
gc.disable()
u = Res('u')
u.me = u
f4 = weakref.finalize(u, print, 'u collected')
del u
print('before collect', f4.alive)
gc.collect()
print('after collect', f4.alive)
gc.enable()

# Several finalizers on one object: newest first.
v = Res('v')
for i in range(3):
    weakref.finalize(v, print, 'finalizer', i)
del v

# A finalizer whose func is a bound method of the object would keep it alive;
# finalize stores only a weak reference to obj itself.
w = Res('w')
f5 = weakref.finalize(w, cleanup, kw=True)
print(weakref.getweakrefcount(w), type(f5).__name__, callable(f5))
del w
print(f5.alive, f5.peek())
print(weakref.finalize.__call__.__name__, hasattr(f5, '__dict__'))
