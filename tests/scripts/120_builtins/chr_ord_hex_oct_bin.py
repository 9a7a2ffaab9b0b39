# chr/ord/hex/oct/bin/format/repr/ascii builtins over a range of inputs.
print([chr(i) for i in [72, 105, 33]], [ord(c) for c in "Hi!"])
for n in [0, 7, 255, -1, 4096]:
    print(n, hex(n), oct(n), bin(n), format(n, "x"), format(n, "#o"), repr(n), ascii(n))
print(repr("é"), ascii("é"), ascii(["é", b"\xe9"]), repr(1.0), ascii("\u2603"))
print(format(3.14159, ".3"), format(42), format("x", "^5"), format(1234567, ",d"))
print(ord("\n"), chr(10) == "\n", ord(b"A"), ord(bytearray(b"z")))
print(chr(0x1F600), ord("😀"), hex(ord("😀")), ascii("😀"))
print(int(hex(-255), 16), int(oct(-8), 8), int(bin(-5), 2))
print(format(-1, "b"), format(-1, "#b"), hex(2 ** 64 - 1), oct(-(2 ** 64)))
