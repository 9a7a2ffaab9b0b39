# type.__call__: __init__ runs only when __new__ returns an instance of the class.
class A:
    def __new__(cls, v):
        print("A.__new__", v)
        if v < 0:
            return "negative"
        return super().__new__(cls)
    def __init__(self, v):
        print("A.__init__", v)
        self.v = v
print(A(1).v)
print(A(-1))
class B(A):
    pass
class C:
    def __new__(cls):
        return B(2)
    def __init__(self):
        print("C.__init__ never")
c = C()
print(type(c).__name__, c.v)
class D:
    def __new__(cls, *a, **k):
        obj = object.__new__(cls)
        obj.created = a
        return obj
    def __init__(self, *a, **k):
        self.inited = k
d = D(1, 2, x=3)
print(d.created, d.inited)
class E(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 10)
print(E(4), type(E(4)).__name__)
