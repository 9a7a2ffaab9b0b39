# Instance attributes shadow methods; deleting restores; dunder lookup ignores instance dict.
class A:
    def greet(self):
        return "method"
    def __len__(self):
        return 1
    def __repr__(self):
        return "A()"
a = A()
a.greet = lambda: "instance lambda"
print(a.greet(), A.greet(a))
del a.greet
print(a.greet())
a.__len__ = lambda: 99
a.__repr__ = lambda: "instance repr"
print(len(a), a.__len__(), repr(a), a.__repr__())
A.__len__ = lambda self: 5
print(len(a))
a.__call__ = lambda: "called"
try:
    a()
except TypeError as e:
    print(type(e).__name__, e)
