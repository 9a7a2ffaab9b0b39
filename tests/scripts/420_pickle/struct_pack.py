# struct.pack/unpack/calcsize for every format code, byte order and repeat count.
import struct

codes = 'bBhHiIlLqQnNPefd?'
for order in ['', '@', '=', '<', '>', '!']:
    sizes = []
    for code in codes + 'xcsp':
        try:
            sizes.append('%s=%d' % (code, struct.calcsize(order + code)))
        except struct.error as e:
            sizes.append('%s:%s' % (code, e))
    print(repr(order), ' '.join(sizes))

# native alignment and padding
for fmt in ['bi', 'ib', 'bd', 'b0i', 'bhiq', '@bhiqd?P', 'cq', 'hbq', '3sq', 'xi', '=bi', '<bi', '5p2h', 'e?e', '', '  ', '2 h']:
    try:
        print(repr(fmt), struct.calcsize(fmt))
    except struct.error as e:
        print(repr(fmt), 'error:', e)

values = {
    'b': [-128, -1, 0, 127], 'B': [0, 200, 255], 'h': [-32768, -2, 32767], 'H': [0, 65535],
    'i': [-2**31, -5, 2**31 - 1], 'I': [0, 2**32 - 1], 'l': [-2**31, 2**31 - 1], 'L': [0, 2**32 - 1],
    'q': [-2**63, 2**63 - 1], 'Q': [0, 2**64 - 1], '?': [True, False, 0, 2, [], 'x'],
    'e': [0.0, -0.0, 1.5, 65504.0, 2.0**-24, float('inf')], 'f': [0.1, -2.5, 3.4e38, 1e-45],
    'd': [0.1, -1e308, 5e-324, float('-inf')],
}
for order in ['<', '>', '!', '=', '@']:
    for code, vals in values.items():
        out = []
        for v in vals:
            b = struct.pack(order + code, v)
            out.append('%s->%s->%r' % (v, b.hex(), struct.unpack(order + code, b)[0]))
        print(order + code, ' '.join(out))

for fmt, args in [('@nNP', (-1, 5, 4096)), ('<3h', (1, 2, 3)), ('>2I?', (1, 2, True)),
                  ('<c3s3p', (b'a', b'xyzw', b'q')), ('<0s5s', (b'ignored', b'ab')),
                  ('>10p', (b'hello world',)), ('<300p', (b'z' * 299,)), ('@bq', (1, 2)),
                  ('@bhbi', (1, 2, 3, 4)), ('<4x2h', (7, 8)), ('<2c', (b'a', b'b')), ('<i', (True,))]:
    b = struct.pack(fmt, *args)
    back = struct.unpack(fmt, b)
    print(fmt, b[:24], len(b), back if fmt != '<300p' else (len(back[0]), back[0][:5]))

class Idx:
    def __index__(self):
        return 42
class Flt:
    def __float__(self):
        return 2.5
print(struct.pack('<i', Idx()), struct.pack('<d', Idx()), struct.pack('<d', Flt()), struct.pack('<f', 3))
print(struct.unpack('<p', b'\x05'), struct.unpack('<3p', b'\xffab'), struct.unpack('??', b'\x00\x07'))
print(struct.unpack('<e', b'\x00\xfe'), struct.unpack('>d', bytes.fromhex('7ff8000000000000')))
print(struct.pack(b'<h', 1), struct.calcsize(b'q'))
