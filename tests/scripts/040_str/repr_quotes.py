# repr of strings: quote selection and escapes for control and non-ASCII characters.
for s in ["plain", "it's", 'say "x"', "both ' and \"", "back\\slash", "tab\t", "nl\n", "cr\r",
          "\x00\x01\x1f\x7f", "\x80\x9f\xa0", "é", "日本", "\u200b", "\U0001F600", "\ud800", "\uffff", "\u0085"]:
    print(repr(s))
print(ascii("é日本\U0001F600\n"), ascii("plain"))
print(str("x"), repr(repr("x")))
print(repr("'"), repr('"'), repr("'\""), repr(""), repr("\\'"))
print(repr("\x1b[0m"), repr("\u2028"), repr("\u00ad"), repr("\U000e0001"))
print(str(["a'b", 'a"b']), repr(("x",)))
print(repr("tab\there").count("\\"), len(repr("\n")))
