# sys.getrefcount for ordinary objects as they gain and lose references.
import sys
x = []
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
container = {"a": x, "b": x}
print(sys.getrefcount(x))
del container["a"]
print(sys.getrefcount(x))
container.clear()
del y
print(sys.getrefcount(x))
class Obj:
    pass
o = Obj()
print(sys.getrefcount(o))
o.self_ref = o
print(sys.getrefcount(o))
del o.self_ref
def take(a, b):
    return sys.getrefcount(a)
print(take(o, o))
lst = [o] * 5
print(sys.getrefcount(o))
lst = None
print(sys.getrefcount(o))
