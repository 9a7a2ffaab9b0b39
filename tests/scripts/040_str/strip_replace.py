# strip/lstrip/rstrip with chars, replace with count, removeprefix/removesuffix.
s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHELLOcba".strip("abc"), "xyhix".lstrip("xy"), "hi!!?".rstrip("!?"))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"))
print("hello".replace("l", ""), "banana".replace("an", "AN"), "x".replace("y", "z"))
print("aaaa".replace("aa", "b"), "abc".replace("b", "bbb"))
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"), "abc".removeprefix("x"))
print(repr("".strip()), repr("   ".strip()))
print("abc".replace("abc", ""), "abcabc".replace("abc", "x", 0))
