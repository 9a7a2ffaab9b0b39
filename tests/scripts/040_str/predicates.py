# isdigit/isalpha/isalnum/isspace/isdecimal/isnumeric/isprintable/isascii/isidentifier.
tests = ["abc", "ABC123", "123", "", " \t\n", "½", "²", "٣", "abc def", "a_b", "_x1", "1x", "ñ", "\x07", "ascii~"]
for t in tests:
    print(repr(t), t.isdigit(), t.isalpha(), t.isalnum(), t.isspace(), t.isdecimal(),
          t.isnumeric(), t.isprintable(), t.isascii(), t.isidentifier())
print("".join(c for c in "a1 B2_" if c.isalnum()), [c.isspace() for c in " \t\x0b\x0c\x1c"])
print("Ⅻ".isnumeric(), "⁵".isdigit(), "⁵".isdecimal(), "三".isnumeric(), "三".isdigit())
print("abc".isascii(), "é".isascii(), "".isascii(), "\x7f".isascii())
print("A".isupper(), "a1".islower(), "1".isupper(), "Ab Cd".istitle(), "AB Cd".istitle())
print("\n".isprintable(), " ".isprintable(), "\u00a0".isprintable(), "\u200b".isprintable())
