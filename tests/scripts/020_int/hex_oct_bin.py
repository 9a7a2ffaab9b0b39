# hex/oct/bin of ints, negatives, big values; formatting specs related to bases.
print(hex(255), oct(8), bin(5))
print(hex(-255), oct(-8), bin(-5))
print(hex(0), oct(0), bin(0))
print(hex(2 ** 64), bin(2 ** 10), oct(2 ** 30))
print(hex(True), bin(False))
print(format(255, "x"), format(255, "X"), format(255, "#x"), format(255, "#X"))
print(format(8, "o"), format(8, "#o"), format(5, "b"), format(5, "#b"))
print(format(-255, "#x"), format(5, "08b"), format(5, "#010b"))
print(int(hex(12345), 16), int(bin(12345), 2), int(oct(12345), 8))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin("1")
except TypeError as e:
    print(type(e).__name__, e)
