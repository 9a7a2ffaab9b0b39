# ord/chr round trips, len of non-ASCII strings, and code point ranges.
for c in "aZ0 é€日😀":
    print(c, ord(c), hex(ord(c)), chr(ord(c)) == c)
print(len("héllo"), len("日本語"), len("😀😀"), "😀"[0] == "😀")
print(chr(65), chr(0x263A), chr(0x10FFFF) == "\U0010ffff", repr(chr(0)))
print("".join(chr(i) for i in range(97, 123)))
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)
print("é" < "z", "Z" < "a", sorted("bAaB"), max("hello"), min("hello"))
