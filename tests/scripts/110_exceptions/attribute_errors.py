# AttributeError messages for instances, classes, modules-like objects, and None.
class A:
    x = 1
    def __init__(self):
        self.y = 2
a = A()
tests = [lambda: a.z, lambda: A.z, lambda: (5).foo, lambda: "s".foo, lambda: [].foo,
         lambda: None.foo, lambda: (1.5).real.foo, lambda: len.foo, lambda: type.foo]
for t in tests:
    try:
        t()
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    (5).x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del a.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "abc".upper = None
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(a, "z", "default"), hasattr(a, "y"), hasattr(A, "y"))
