# IEEE-754 packing for 'e', 'f' and 'd': rounding (half to even), subnormals,
# overflow, infinities and NaNs, compared bit for bit with CPython.
import struct

tests = [0.1, 0.2, 1/3, 2/3, 1e-5, -1e-5, 0.0001, 65504.0, 65519.0, 65519.99,
         2.0**-14, 2.0**-15, 2.0**-24, 2.0**-25, 2.0**-25 * 1.0000001, 3 * 2.0**-25,
         2.0**-126, 2.0**-149, 2.0**-150, 2.0**-150 * 1.5, 1.17549421e-38,
         3.4028234663852886e38, 3.4028235e38, 1 + 2.0**-24, 1 + 2.0**-23 + 2.0**-24,
         1 + 3 * 2.0**-24, 1 + 2.0**-11, 1 + 3 * 2.0**-11, 123456.789, -7.25e-3,
         5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, -0.0, 0.0]
# Values are shown with float.hex(): exact, and independent of repr's digit choice.
for x in tests:
    row = [x.hex()]
    for code in 'efd':
        try:
            b = struct.pack('>' + code, x)
            row.append('%s:%s=%s' % (code, b.hex(), struct.unpack('>' + code, b)[0].hex()))
        except OverflowError as e:
            row.append('%s:%s' % (code, e))
    print(' '.join(row))

for x in [float('inf'), float('-inf'), float('nan'), -float('nan')]:
    print(x, [struct.pack('<' + c, x).hex() for c in 'efd'])

for h in range(0, 0x10000, 0x0f37):
    print(hex(h), struct.unpack('<e', h.to_bytes(2, 'little'))[0].hex(), end='  ')
print()
for bits in [0x00000001, 0x007fffff, 0x00800000, 0x3f800001, 0x7f7fffff, 0x7f800000, 0xff800000, 0x80000000, 0xc0490fdb]:
    print(hex(bits), struct.unpack('>f', bits.to_bytes(4, 'big'))[0].hex())

# A sweep of values around float32 rounding boundaries.
acc = 0
for i in range(2000):
    x = (i * 2654435761 % 1000003) / 997.0 * 2.0 ** ((i % 60) - 30)
    acc = (acc * 31 + int.from_bytes(struct.pack('<f', x), 'little')) % (2**61 - 1)
    acc = (acc * 31 + int.from_bytes(struct.pack('<e', x if abs(x) < 65000 else 1.0), 'little')) % (2**61 - 1)
print('checksum', acc)
