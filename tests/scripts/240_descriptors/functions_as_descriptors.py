# Functions are non-data descriptors: __get__ binds; instance attributes hold plain functions.
def outside(self, x):
    return ("outside", type(self).__name__, x)
class A:
    pass
A.meth = outside
a = A()
print(a.meth(1))
a.inst_func = outside
try:
    a.inst_func(1)
except TypeError as e:
    print(type(e).__name__, e)
print(a.inst_func(a, 2))
bound = outside.__get__(a)
print(bound(3), bound.__self__ is a)
print(hasattr(outside, "__get__"), hasattr(outside, "__set__"))
a.__dict__["meth"] = lambda x: ("shadow", x)
print(a.meth(4))
lam = lambda self: "lambda bound"
A.lm = lam
print(A().lm(), type(len).__name__)
A.builtin = len
try:
    A().builtin()
except TypeError as e:
    print(type(e).__name__, e)
print(A().builtin([1, 2]))
