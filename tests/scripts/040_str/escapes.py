# Escape sequences in string literals and their lengths.
print(len("\n"), len("\\n"), len(r"\n"), len("\x41"), len("\u00e9"), len("\U0001F600"))
print("a\tb|", "a\\tb|")
print("\101\102\103", "\x48\x49", "\u0048\u0049", "\N{BULLET}")
print("line\
continued")
print('\'' + "\"")
print("bell:" + repr("\a\b\f\v"))
print(r"C:\path\new", r"raw\\two")
print("""a
b""".split("\n"))
print(repr("\0"), repr("\08"), len("\0"))
