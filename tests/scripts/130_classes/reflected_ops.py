# Reflected operators (__radd__, __rsub__, __rmul__), subclass priority, and in-place fallbacks.
class Meters:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"{self.v}m"
    def __add__(self, o):
        print("  __add__")
        return Meters(self.v + (o.v if isinstance(o, Meters) else o))
    def __radd__(self, o):
        print("  __radd__")
        return Meters(o + self.v)
    def __rsub__(self, o):
        return Meters(o - self.v)
    def __mul__(self, k):
        return Meters(self.v * k)
    def __rmul__(self, k):
        return Meters(k * self.v)
print(Meters(2) + 3)
print(3 + Meters(2))
print(10 - Meters(4), 2 * Meters(5), Meters(5) * 2)
x = Meters(1)
x += 4
print(x)
class Sub(Meters):
    def __radd__(self, o):
        print("  Sub.__radd__ wins")
        return Sub(o.v + self.v + 1000)
print(Meters(1) + Sub(2))
print(sum([Meters(1), Meters(2)], Meters(0)))
