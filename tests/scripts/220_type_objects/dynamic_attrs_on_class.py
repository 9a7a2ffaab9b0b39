# setattr/getattr/delattr/hasattr on classes and propagation to subclasses and instances.
class A:
    base = 1
class B(A):
    pass
b = B()
setattr(A, "added", "yes")
print(B.added, b.added, getattr(B, "missing", "default"))
A.method = lambda self: "method on " + type(self).__name__
print(b.method())
B.base = 2
print(A.base, B.base, b.base)
del B.base
print(B.base)
try:
    del B.base
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(A, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.new_attr = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.x = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del A.__name__
except TypeError as e:
    print(type(e).__name__, e)
print(hasattr(A, "added"), hasattr(A, "gone"), delattr(A, "added"), hasattr(B, "added"))
