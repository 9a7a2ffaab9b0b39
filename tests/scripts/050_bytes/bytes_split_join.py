# bytes.split/rsplit/join/strip corner cases and conversion of lines.
raw = b"name=alice\nage=30\n\ncity=paris\n"
pairs = {}
for line in raw.splitlines():
    if not line:
        continue
    k, _, v = line.partition(b"=")
    pairs[k.decode()] = v.decode()
print(pairs)
print(b"  a  b  ".split(), b"a  b".split(b" "), b"1.2.3".rsplit(b".", 1))
print(b"-".join(x.upper() for x in [b"a", b"b"]))
print(b"xxhixx".strip(b"x"), b"\t data \n".strip())
print(b"a:b:c".split(b":", maxsplit=1), b"".split(b","), b"abc".split(b"abc"))
print(b"hello"[1:4].decode().upper())
