# str, bytes and bytearray pickles: short/long opcodes, protocol 0 raw-unicode-escape,
# protocol < 3 bytes via _codecs.encode, and framing of large payloads.
import pickle

strings = ['', 'a', 'abc', 'caf\xe9', '\u20ac uro', '\U0001f600 grin', 'back\\slash', 'new\nline',
           'cr\rnul\x00eof\x1a', 'x' * 255, 'y' * 256, '\u00ff\u0100']
for s in strings:
    for proto in range(6):
        data = pickle.dumps(s, proto)
        assert pickle.loads(data) == s
        print(proto, repr(s)[:20], data if len(data) < 90 else (len(data), data[:30], data[-10:]))

blobs = [b'', b'\x00', b'abc', bytes(range(256)), b'\xff' * 300]
for b in blobs:
    for proto in range(6):
        data = pickle.dumps(b, proto)
        assert pickle.loads(data) == b
        print(proto, b[:8], len(data), data[:70])

for ba in [bytearray(), bytearray(b'xy'), bytearray(b'\x80' * 3)]:
    for proto in range(6):
        data = pickle.dumps(ba, proto)
        back = pickle.loads(data)
        print(proto, ba, data, type(back).__name__, back == ba)

# Payloads of 64 KiB and more are written outside the protocol 4 frames.
for proto in (4, 5):
    for obj in [b'z' * 70000, 'w' * 70000, bytearray(b'q' * 70000), ['s' * 40000, 't' * 40000],
                list(range(20000))]:
        data = pickle.dumps(obj, proto)
        back = pickle.loads(data)
        print(proto, type(obj).__name__, len(data), data[:16], data[-12:], back == obj)
print(pickle.loads(pickle.dumps(b'latin1 \xe9', 2)), pickle.loads(b'X\x03\x00\x00\x00\xe2\x82\xac.'))
print(pickle.loads(b'V\\u20ac \\U0001f600 \\\\x\n.'), pickle.loads(b"S'a\\x41\\n\\'b\\101'\n."))
print(pickle.loads(b'U\x03abc.'), pickle.loads(b'T\x03\x00\x00\x00abc.', encoding='bytes'))
print(pickle.loads(b'U\x02\xe9\xe8.', encoding='latin-1'))
