# If the right operand is a subclass that overrides the reflected method, it is tried first.
class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
    def __mul__(self, o):
        return "Base.__mul__"
    def __lt__(self, o):
        return "Base.__lt__"
    def __gt__(self, o):
        return "Base.__gt__"
class Sub(Base):
    def __radd__(self, o):
        return "Sub.__radd__"
    def __gt__(self, o):
        return "Sub.__gt__"
class SubNoOverride(Base):
    pass
print(Base() + Sub())
print(Base() + SubNoOverride())
print(Base() * Sub())
print(Base() < Sub())
print(Sub() + Base())
class MyInt(int):
    def __radd__(self, o):
        return "MyInt.__radd__"
    def __rsub__(self, o):
        return NotImplemented
print(1 + MyInt(2), 5 - MyInt(2), type(5 - MyInt(2)).__name__)
class MyFloat(float):
    def __rmul__(self, o):
        return "MyFloat.__rmul__"
print(2 * MyFloat(1.5), 2.0 * MyFloat(1.5))
