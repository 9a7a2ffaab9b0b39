# float() parses bytes and bytearray like str; errors show the original object.
for x in [b'1.5', bytearray(b' 2 '), b'-inf', b'1_000.5', b'1e3', b'x', b'\xff', b'', bytearray()]:
    try:
        print(repr(x), '->', float(x))
    except (ValueError, TypeError) as e:
        print(repr(x), '!!', type(e).__name__, e)
class B(bytes):
    pass
print(float(B(b'2.25')))
