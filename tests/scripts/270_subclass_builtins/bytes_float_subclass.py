# float, complex and bytes subclasses keep their methods and lose type on arithmetic.
class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32
c = Celsius(100)
print(c, repr(c), c.to_f(), type(c + 1).__name__, c.is_integer(), round(c), f"{c:.1f}")
class B(bytes):
    def hexed(self):
        return self.hex()
b = B(b"\x01\xff")
print(b, b.hexed(), type(b + b"x").__name__, type(b[0]).__name__, type(b[:1]).__name__, len(b))
class Z(complex):
    pass
z = Z(1, 2)
print(z, type(z).__name__, type(z * 2).__name__, z.real, abs(Z(3, 4)))
class BA(bytearray): pass
ba = BA(b"ab")
ba.append(99)
print(ba, type(ba).__name__)
