# bytes %-formatting and bytes() from ints/str/bytes-like; memoryview basics.
print(b"%d-%s-%x" % (5, b"ab", 255), b"%5.1f|" % 2.25, b"%c%c" % (65, b"B"), b"%%")
print(b"%b" % b"raw", b"%a" % "é", b"%r" % b"x")
try:
    b"%s" % "str"
except TypeError as e:
    print(type(e).__name__, e)
mv = memoryview(b"abcdef")
print(mv[0], bytes(mv[1:3]), len(mv), mv.tobytes(), mv.tolist()[:3])
ba = bytearray(b"xyz")
mv2 = memoryview(ba)
mv2[0] = ord("X")
print(ba, mv2.readonly, mv.readonly)
print(bytes(4), bytes(b"%d" % 42), bytearray("hé", "utf-8"))
