# super() without arguments fails in staticmethods, plain functions and outside classes.
class A:
    @staticmethod
    def s():
        return super().x
    def m(self):
        def inner():
            return super().x
        return inner()
try:
    A.s()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    A().m()
except RuntimeError as e:
    print(type(e).__name__, e)
def free():
    return super()
try:
    free()
except RuntimeError as e:
    print(type(e).__name__, e)
class B:
    def m(*args):
        return super().__repr__
try:
    B.m()
except RuntimeError as e:
    print(type(e).__name__, e)
class C:
    def m(self):
        del self
        return super()
try:
    C().m()
except (RuntimeError, UnboundLocalError) as e:
    print(type(e).__name__, e)
