# BaseException.__new__ stores args even when __init__ is overridden without calling super.
class A(Exception):
    def __init__(self, x):
        self.x = x
a = A(5)
print(a.args, str(a), a.x)
class B(Exception):
    def __init__(self, *args):
        super().__init__("fixed message")
b = B(1, 2)
print(b.args, str(b))
class C(Exception):
    def __new__(cls, *args):
        obj = super().__new__(cls, "from new")
        return obj
c = C("ignored?")
print(c.args)
class D(Exception):
    def __init__(self):
        super().__init__()
try:
    D(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise A
except TypeError as e:
    print(type(e).__name__, e)
