# float() of objects with __float__/__index__; float subclasses; float.__round__ etc.
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 4
print(float(F()), float(I()))
class MyFloat(float):
    pass
m = MyFloat(1.25)
print(m, m * 2, type(m * 2).__name__, type(m).__name__, isinstance(m, float))
print(float.__name__, (1.5).__class__.__name__)
print((2.5).__round__(), (2.567).__round__(2), (7.9).__trunc__(), (-7.9).__trunc__())
print((1.5).__add__(1), (1.5).__radd__(1), (1.5).__add__("x"))
print(float("  1.5e+2  "), float("-.5e-1"))
print(float.fromhex("inf"), float.fromhex("0x0p0"))
print(2.0.__mul__(3), 10.0.__floordiv__(3))
