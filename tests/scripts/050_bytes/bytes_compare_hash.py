# bytes equality/ordering, hashing, use as dict keys, comparison with str.
print(b"abc" == b"abc", b"abc" != b"abd", b"a" < b"b", b"" < b"\x00", b"ab" < b"abc")
print(bytearray(b"x") == b"x", b"x" == bytearray(b"x"), b"x" == "x")
d = {b"key": 1}
print(d[b"key"], b"key" in d, bytes(bytearray(b"key")) in d)
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"a" < "a"
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([b"b", b"a", b"ab", b"B"]))
print(max(b"hello"), b"hello".count(108))
