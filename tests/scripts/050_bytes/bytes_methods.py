# bytes methods: decode, hex/fromhex, join, split, strip, replace, find, count, upper, startswith.
b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" HeldW"))
print(b.split(), b.split(b","), b",".join([b"a", b"b", bytearray(b"c")]), b"".join([]))
print(b.replace(b"l", b"L"), b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"W"))
print(b.upper(), b.lower(), b.swapcase(), b"abc".title(), b"hello world".capitalize())
print(b.startswith(b"  H"), b.endswith((b"x", b"  ")), b.strip().isalpha(), b"123".isdigit())
print(b"\xde\xad\xbe\xef".hex(), b"abc".hex(":"), b"abcdef".hex("-", 2), bytes.fromhex("de ad BE ef"))
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("latin-1"), b"abc".decode("ascii"))
print(b"a,b,,c".split(b",", 1), b"a b".partition(b" "), b"x".center(5, b"*"), b"7".zfill(3))
print(b"a\nb\r\nc".splitlines(), b"abc".removeprefix(b"a"), b"ab".ljust(4, b"."))
try:
    b",".join(["str"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print(type(e).__name__, e)
print(b"abc".translate(None, b"b"), b"hello".translate(bytes.maketrans(b"el", b"ip")))
