# bytes literals, construction, len, indexing returns ints, slicing returns bytes.
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], type(b[0]).__name__, type(b[1:2]).__name__)
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes())
print(b"a" + b"b", b"ab" * 3, b"l" in b, 108 in b, b"xyz" < b"xz", b"" == bytes(0))
print(list(b"AB"), tuple(b"\x00\xff"))
print(bytes(b"copy"), bytes(bytearray(b"ba")))
for bad in [[256], [-1], "str", 1.5]:
    try:
        print(bytes(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
