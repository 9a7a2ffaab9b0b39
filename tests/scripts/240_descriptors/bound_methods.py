# Bound methods: __self__, __func__, equality, calling via the class, and rebinding.
class A:
    def __init__(self, n):
        self.n = n
    def get(self, extra=0):
        return self.n + extra
a, b = A(1), A(2)
m = a.get
print(m(), m(10), A.get(b), A.get(b, 5))
print(m.__self__ is a, m.__func__ is A.get, m.__name__, m.__qualname__)
print(a.get == a.get, a.get == b.get, a.get is a.get, type(m).__name__, type(A.get).__name__)
f = A.get
print(f.__get__(b)(), f.__get__(b, A)(100), type(f.__get__(None, A)).__name__)
try:
    A.get()
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.get(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    m.new_attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
A.get.tag = "tagged"
print(m.tag)
ms = [A(i).get for i in range(3)]
print([x() for x in ms])
