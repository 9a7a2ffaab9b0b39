# Objects in reference cycles: their weak references are cleared by gc.collect().
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


gc.disable()
log = []
a = Node('a')
b = Node('b')
a.other = b
b.other = a
ra = weakref.ref(a, lambda w: log.append('a cleared'))
rb = weakref.ref(b, lambda w: log.append('b cleared'))
del a, b
print(ra() is not None, rb() is not None, log)
gc.collect()
print(ra(), rb(), sorted(log))

# A self-referencing object.
s = Node('s')
s.other = s
rs = weakref.ref(s)
del s
print(rs() is not None)
gc.collect()
print(rs())

# A weak reference stored inside the cycle that is collected: its callback is not called.
x = Node('x')
x.other = x
x.ref = weakref.ref(x, lambda w: print('callback of garbage ref'))
outer = weakref.ref(x, lambda w: print('outer callback called'))
del x
gc.collect()
print(outer())

# A live object reachable from nothing but a weak reference dies at once.
y = Node('y')
ry = weakref.ref(y)
y = None
print(ry())
gc.enable()
