# str() of various objects, str from bytes with encoding, len, and iteration over characters.
print(str(), repr(str()), str(123), str(-1.5), str([1, "a"]), str((1,)), str({"a": 1}), str(None))
print(str(b"abc"), str(b"abc", "ascii"), str(bytearray(b"xy"), encoding="utf-8"))
print(str(b"\xc3\xa9", "utf-8"), str(b"\xff", "utf-8", "replace"))
print(len(""), len("abc"), len("a\nb"))
for ch in "hi!":
    print(ch, end=" ")
print()
print(list("abc"), tuple("ab"), sorted(set("banana")))
class P:
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
print(str(P()), repr(P()), [P()], f"{P()}", "%s %r" % (P(), P()))
