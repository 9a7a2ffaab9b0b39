# Iterating bytes yields ints; building bytes from computations; XOR cipher round trip.
data = b"secret message"
key = b"k3y"
enc = bytes(c ^ key[i % len(key)] for i, c in enumerate(data))
print(enc.hex())
dec = bytes(c ^ key[i % len(key)] for i, c in enumerate(enc))
print(dec, dec == data)
print(sum(data), max(data), min(data), sorted(b"dcba"))
print([c for c in b"AZaz" if c < 97])
print(bytes(sorted(b"hello")), bytes(reversed(b"abc")))
checksum = 0
for c in data:
    checksum = (checksum * 31 + c) % 65521
print(checksum)
