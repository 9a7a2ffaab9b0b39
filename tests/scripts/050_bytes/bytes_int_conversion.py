# int.to_bytes / int.from_bytes round trips; bytes of various lengths; byte ordering.
for n in [0, 1, 255, 256, 65535, 2 ** 32 - 1, 2 ** 64]:
    length = max(1, (n.bit_length() + 7) // 8)
    be = n.to_bytes(length, "big")
    le = n.to_bytes(length, "little")
    print(n, be.hex(), le.hex(), int.from_bytes(be, "big") == n, int.from_bytes(le, "little") == n)
for n in [-1, -128, -129, 127]:
    print(n, n.to_bytes(2, "big", signed=True).hex(), int.from_bytes(n.to_bytes(2, "big", signed=True), "big", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2], "big"))
print((1).to_bytes(), int.from_bytes(b"\x80", signed=True), (258).to_bytes(2, byteorder="little"))
try:
    (128).to_bytes(1, "big", signed=True)
except OverflowError as e:
    print(type(e).__name__, e)
