# AttributeError messages from super() objects and missing parent methods.
class A:
    pass
class B(A):
    def go(self):
        return super().go()
    def data(self):
        return super().missing_attr
try:
    B().go()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    B().data()
except AttributeError as e:
    print(type(e).__name__, e)
class C(A):
    @classmethod
    def cm(cls):
        return super().nothing
try:
    C.cm()
except AttributeError as e:
    print(type(e).__name__, e)
s = super(B, B())
try:
    s.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(s, "go"), hasattr(s, "__init__"), hasattr(super(A, A()), "go"))
