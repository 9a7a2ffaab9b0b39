# staticmethod and classmethod called on the class, on instances and on subclasses.
class A:
    count = 0
    @staticmethod
    def add(x, y):
        return x + y
    @classmethod
    def make(cls, *args):
        return cls.__name__, args
    @classmethod
    def bump(cls):
        cls.count += 1
        return cls.count
class B(A):
    count = 10
print(A.add(1, 2), A().add(3, 4), B.add(5, 6))
print(A.make(1), A().make(2), B.make(), B().make(3))
print(A.bump(), A.bump(), B.bump(), A().bump(), A.count, B.count)
sm = A.__dict__["add"]
cm = A.__dict__["make"]
print(type(sm).__name__, type(cm).__name__, sm.__func__(1, 1), cm.__func__(B)[0])
print(A.add is sm.__func__, type(A.make).__name__, A.make.__self__ is A, B().make.__self__ is B)
print(callable(sm), sm(10, 20))
def plain(cls):
    return cls.__name__
A.cm2 = classmethod(plain)
A.sm2 = staticmethod(plain)
print(A.cm2(), B().cm2(), A.sm2(int))
print(A.add.__name__, A.make.__name__, sm.__wrapped__ is sm.__func__)
