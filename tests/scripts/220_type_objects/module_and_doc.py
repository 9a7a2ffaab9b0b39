# __module__ and __doc__ on classes, functions and instances.
class A:
    """The A class."""
    def m(self):
        "method doc"
class B(A):
    pass
class C:
    x = 1
print(A.__module__, A.__doc__, B.__doc__, C.__doc__)
print(A.m.__doc__, A().__doc__, A().__module__)
print(int.__module__, object.__module__, type.__module__, ValueError.__module__)
def f():
    """f doc"""
print(f.__module__, f.__doc__)
class D:
    __doc__ = "explicit"
print(D.__doc__)
class E:
    """first"""
    __doc__ = "second"
print(E.__doc__)
class F:
    1
    """not a docstring"""
print(F.__doc__)
print(__name__)
