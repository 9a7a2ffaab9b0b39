# sys.getrefcount for arguments, closures, bound methods, default values and iteration.
import sys

class O:
    def method(self):
        return sys.getrefcount(self)

o = O()
base = sys.getrefcount(o)
print("base:", base)

def arg(x):
    return sys.getrefcount(x)

print("as argument:", arg(o))

def arg2(x, y):
    return sys.getrefcount(x)

print("passed twice:", arg2(o, o))

def star(*args):
    return sys.getrefcount(args[0])

print("via *args:", star(o))

def kw(**kwargs):
    return sys.getrefcount(kwargs["k"])

print("via **kwargs:", kw(k=o))

def local_copy(x):
    y = x
    z = x
    return sys.getrefcount(x)

print("two extra locals:", local_copy(o))

print("method self:", o.method())

bm = o.method
print("bound method held:", sys.getrefcount(o))
del bm
print("released:", sys.getrefcount(o))

def make_closure(x):
    def inner():
        return x
    return inner

c = make_closure(o)
print("captured in closure:", sys.getrefcount(o))
c2 = make_closure(o)
print("two closures:", sys.getrefcount(o))
del c, c2
print("closures gone:", sys.getrefcount(o))

def with_default(x=o):
    return x

print("default value:", sys.getrefcount(o))
del with_default
print("function gone:", sys.getrefcount(o))

lam = lambda: o
print("lambda over global:", sys.getrefcount(o))

def gen(x):
    yield x

g = gen(o)
print("unstarted generator:", sys.getrefcount(o))
next(g)
print("suspended generator:", sys.getrefcount(o))
g.close()
print("closed generator:", sys.getrefcount(o))
del g

lst = [o, o, o]
for item in lst:
    pass
print("loop variable after loop:", sys.getrefcount(o))
del item, lst
print("cleared:", sys.getrefcount(o))

it = iter([o])
print("list behind iterator:", sys.getrefcount(o))
next(it)
print("after next (item returned and dropped):", sys.getrefcount(o))
del it

r = sys.getrefcount
print("getrefcount via alias:", r(o))
print("in a fresh list literal:", sys.getrefcount([o][0]))
print("final:", sys.getrefcount(o))
