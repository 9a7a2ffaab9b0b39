# Keys of a class __dict__ (sorted, dunders filtered) and its mappingproxy behaviour.
class A:
    x = 1
    def m(self): pass
    @staticmethod
    def s(): pass
    @property
    def p(self): return 1
class B(A):
    y = 2
print(sorted(k for k in A.__dict__ if not k.startswith("__")))
print(sorted(k for k in B.__dict__ if not k.startswith("__")))
print(sorted(k for k in A.__dict__ if k.startswith("__")))
print(sorted(k for k in B.__dict__ if k.startswith("__")))
print(type(A.__dict__).__name__, "x" in A.__dict__, "x" in B.__dict__)
print(type(A.__dict__["s"]).__name__, type(A.__dict__["p"]).__name__, type(A.__dict__["m"]).__name__)
try:
    A.__dict__["z"] = 3
except TypeError as e:
    print(type(e).__name__, e)
A.z = 3
print(A.__dict__["z"], B.z, "z" in B.__dict__)
del A.z
print("z" in A.__dict__, hasattr(B, "z"))
a = A()
a.q = 9
print(a.__dict__, vars(a), vars(A) is not None)
print(object.__dict__.get("__dict__"), "__dict__" in A.__dict__, "__weakref__" in A.__dict__)
